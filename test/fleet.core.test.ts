import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkFleetConfig,
  connectRedis,
  decodeEntry,
  encodeEntry,
  fleetKeys,
  fleetRoomId,
  FleetConfigError,
  FleetEntryError,
  fnv1a,
  partitionOf,
  RedisAuthError,
  RedisUnavailableError,
  RedisWrongTypeError,
  withRedis,
} from '../src/fleet/index.js';
import { chatEvent, giftEvent } from '../src/testing/index.js';
import { MessageDecodeError } from '../src/errors.js';
import type { LiveEvent } from '../src/operators/pipeline/events.js';
import { closedPort } from './support/net.js';
import { startRedisServer, type RedisServer } from './support/redisServer.js';

const PASSWORD = 'hunter2-secret-pass';
let open: RedisServer;
let locked: RedisServer;
beforeAll(async () => {
  [open, locked] = await Promise.all([startRedisServer(), startRedisServer({ password: PASSWORD })]);
});
afterAll(async () => {
  await Promise.all([open?.close(), locked?.close()]);
});

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('fleet connection: typed errors, no password in them', () => {
  it('an unreachable Redis is a retryable RedisUnavailableError naming host and port', async () => {
    const port = await closedPort();
    const error = await failure(connectRedis(`redis://:${PASSWORD}@127.0.0.1:${port}`));
    expect(error).toBeInstanceOf(RedisUnavailableError);
    expect(error).toMatchObject({ code: 'REDIS_UNAVAILABLE', retryable: true, message: `Cannot reach Redis at 127.0.0.1:${port} (connection refused)` });
    expect(String(error.message) + String(error.stack)).not.toContain(PASSWORD);
  });

  it('a wrong password is a RedisAuthError (WRONGPASS), a missing one too (NOAUTH), neither with the password', async () => {
    const wrong = await failure(connectRedis(`redis://:not-${PASSWORD}@127.0.0.1:${locked.port}`));
    expect(wrong).toBeInstanceOf(RedisAuthError);
    expect(wrong).toMatchObject({ code: 'REDIS_AUTH', retryable: false, message: `Redis at 127.0.0.1:${locked.port} refused the user name or password (WRONGPASS)` });
    expect(wrong.message).not.toContain(PASSWORD);
    const none = await failure(connectRedis(`redis://127.0.0.1:${locked.port}`));
    expect(none).toBeInstanceOf(RedisAuthError);
    expect(none.message).toBe(`Redis at 127.0.0.1:${locked.port} wants a password (NOAUTH): give it in the URL, before the host (see the README)`);
    // The right one connects.
    await withRedis(locked.url, async (conn) => expect(await conn.send(['PING'])).toBe('PONG'));
  });

  it('a fleet key holding another type is a RedisWrongTypeError naming the key', async () => {
    const keys = fleetKeys('wrongtype');
    await withRedis(open.url, async (conn) => {
      await conn.send(['SET', keys.config, 'not a hash']);
      const error = await failure(checkFleetConfig(conn, keys));
      expect(error).toBeInstanceOf(RedisWrongTypeError);
      expect(error).toMatchObject({ code: 'REDIS_WRONG_TYPE', key: 'wrongtype:config' });
      expect(error.message).toContain('Redis key wrongtype:config holds another type of value (WRONGTYPE)');
    });
  });

  it('a fleet configured with another partition count is a FleetConfigError', async () => {
    await withRedis(open.url, async (conn) => {
      await checkFleetConfig(conn, fleetKeys('parts', 16));
      await checkFleetConfig(conn, fleetKeys('parts', 16));
      const error = await failure(checkFleetConfig(conn, fleetKeys('parts', 8)));
      expect(error).toBeInstanceOf(FleetConfigError);
      expect(error.message).toContain('has 16 partitions, this process was configured with 8');
    });
  });

  it('uses a client you created and never closes it', async () => {
    const client = createClient({ url: open.url });
    client.on('error', () => {});
    await client.connect();
    try {
      await withRedis(client, async (conn) => expect(await conn.send(['SET', 'mine', '1'])).toBe('OK'));
      expect(client.isOpen).toBe(true);
      expect(await client.get('mine')).toBe('1');
    } finally {
      await client.close();
    }
  });

  it('runs scripts by SHA and sends them whole when Redis has forgotten them', async () => {
    const { redisScript } = await import('../src/fleet/redis.js');
    const script = redisScript("return redis.call('INCR', KEYS[1])");
    await withRedis(open.url, async (conn) => {
      await conn.send(['SCRIPT', 'FLUSH']);
      expect(await conn.script(script, ['counter'], [])).toBe(1);
      expect(await conn.script(script, ['counter'], [])).toBe(2);
    });
  });
});

describe('fleet keys', () => {
  it('FNV-1a 32-bit as published, and a room always in one partition', () => {
    // Reference values of FNV-1a 32 (the published test vectors).
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(partitionOf('foobar', 16)).toBe(0xbf9cf968 % 16);
    const keys = fleetKeys();
    const p = keys.partition('some_streamer');
    expect(keys.state('some_streamer')).toBe(`tlrx:{p${p}}:state:some_streamer`);
    expect(keys.lease('some_streamer')).toBe(`tlrx:{p${p}}:lease:some_streamer`);
    expect(keys.logOf('some_streamer')).toBe(`tlrx:{p${p}}:log`);
    expect(keys.logs()).toHaveLength(16);
    expect(fleetRoomId('https://www.tiktok.com/@Some_Streamer/live')).toBe('some_streamer');
  });
});

describe('fleet entries', () => {
  it('round-trips events, bytes and in-band errors included, with the filter fields set', () => {
    const chat = chatEvent({ comment: 'hi', user: { uniqueId: 'alice' } });
    const unknown: LiveEvent = { type: 'unknown', method: 'WebcastNewThing', msgId: '7', createTime: 5, payload: new Uint8Array([1, 2, 255]) } as LiveEvent;
    const error: LiveEvent = { type: 'error', error: new MessageDecodeError('WebcastChatMessage', 'bad bytes'), method: 'WebcastChatMessage', msgId: '9' };
    const connected: LiveEvent = { type: 'connected', roomId: '1', attempt: 2 };
    for (const event of [chat, giftEvent(), unknown, error, connected]) {
      const fields = encodeEntry('room_a', event, 7);
      const entry = decodeEntry('1-0', fields);
      expect(entry).toMatchObject({ id: '1-0', room: 'room_a', type: event.type, epoch: 7 });
      expect(entry.msgId).toBe('msgId' in event && event.msgId ? event.msgId : '');
      if (event.type === 'error') expect(entry.event).toMatchObject({ type: 'error', error: { code: 'MESSAGE_DECODE', message: 'bad bytes' } });
      else expect(entry.event).toEqual(event);
    }
    expect(decodeEntry('1-0', encodeEntry('r', chat, 1)).createTime).toBe(chat.createTime);
    expect(decodeEntry('1-0', encodeEntry('r', connected, 1)).createTime).toBeUndefined();
  });

  it('garbage in an entry is a FleetEntryError naming the entry, never a crash', () => {
    const good = encodeEntry('r', chatEvent(), 3);
    const replace = (field: string, value: unknown) => good.map((v, i) => (i > 0 && good[i - 1] === field && i % 2 === 1 ? value : v));
    const cases: Array<[unknown, string]> = [
      [null, 'it has no fields'],
      [['room'], 'odd length'],
      [['room', 'r'], 'the field "type" is missing'],
      [replace('event', '{not json'), 'its event is not JSON'],
      [replace('event', '[1,2]'), 'its event is not an object of type "chat"'],
      [replace('event', '{"type":"gift"}'), 'its event is not an object of type "chat"'],
      [replace('epoch', 'x'), 'its epoch "x" is not a whole number'],
      [replace('createTime', 'soon'), 'its createTime "soon" is not a number'],
      [replace('room', 42), 'the field "room" is missing'],
    ];
    for (const [fields, message] of cases) {
      let caught: unknown;
      try {
        decodeEntry('5-1', fields);
      } catch (error) {
        caught = error;
      }
      expect(caught, message).toBeInstanceOf(FleetEntryError);
      expect((caught as Error).message, message).toContain('Stream entry 5-1 is not a fleet entry: ');
      expect((caught as Error).message, message).toContain(message);
    }
  });
});
