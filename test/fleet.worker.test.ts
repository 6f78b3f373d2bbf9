import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  acquireLease,
  addRoom,
  fleetKeys,
  isFenced,
  listRooms,
  removeRoom,
  RoomExistsError,
  RoomNotRegisteredError,
  startWorker,
  withRedis,
  writeFenced,
  type FleetWorker,
  type Claim,
} from '../src/fleet/index.js';
import { acquireLeases } from '../src/fleet/lease.js';
import { chatEvent } from '../src/testing/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';
import { compareLog, logOf, wireMsgIds } from './support/fleet.js';
import { startRedisServer, type RedisServer } from './support/redisServer.js';

let redis: RedisServer;
let sim: Simulator | undefined;
const workers: FleetWorker[] = [];
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.close();
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  await sim?.close();
  sim = undefined;
  await withRedis(redis.url, (conn) => conn.send(['FLUSHALL']));
});

describe('fleet registry', () => {
  it('adds, lists and removes rooms; adding twice and removing an absent room are typed errors', async () => {
    await addRoom(redis.url, '@Alice', { priority: 2, events: ['chat'] });
    await addRoom(redis.url, 'https://www.tiktok.com/@bob/live');
    expect((await listRooms(redis.url)).map(({ addedAt: _a, ...r }) => r)).toEqual([{ uniqueId: 'alice', priority: 2, events: ['chat'] }, { uniqueId: 'bob' }]);
    await expect(addRoom(redis.url, 'ALICE')).rejects.toBeInstanceOf(RoomExistsError);
    await expect(addRoom(redis.url, 'alice')).rejects.toThrow('@alice is already in the fleet');
    await removeRoom(redis.url, '@alice');
    await expect(removeRoom(redis.url, 'alice')).rejects.toBeInstanceOf(RoomNotRegisteredError);
    await expect(removeRoom(redis.url, 'carol')).rejects.toThrow('@carol is not in the fleet');
    expect((await listRooms(redis.url)).map((r) => r.uniqueId)).toEqual(['bob']);
  });
});

describe('fleet leases and the fence', () => {
  it('grows the epoch on every claim and refuses a write from an older epoch, writing nothing', async () => {
    const keys = fleetKeys();
    await withRedis(redis.url, async (conn) => {
      const first = (await acquireLease(conn, keys, 'room_a', 'w1', 200, Date.now())) as Claim;
      expect(first).toMatchObject({ epoch: 1, token: 'w1 1', resume: undefined });
      expect(await acquireLease(conn, keys, 'room_a', 'w2', 200, Date.now())).toBeUndefined();
      const write = { events: [chatEvent({ msgId: '1' })], cursor: 'c1', internalExt: 'seq:1', status: 'live' as const, now: Date.now(), lag: 0, roomId: '7001' };
      expect(await writeFenced(conn, keys, first, 1000, 200, write)).toBe(1);
      // w1 pauses past its lease; w2 claims: epoch 2, resuming from w1's last write.
      await new Promise((r) => setTimeout(r, 250));
      const second = (await acquireLease(conn, keys, 'room_a', 'w2', 5_000, Date.now())) as Claim;
      expect(second).toMatchObject({ epoch: 2, resume: { cursor: 'c1', internalExt: 'seq:1', msgIds: ['1'] }, roomId: '7001' });
      const zombie = await writeFenced(conn, keys, first, 1000, 200, { ...write, events: [chatEvent({ msgId: '2' })], cursor: 'zombie' }).catch((e: unknown) => e);
      expect(isFenced(zombie)).toBe(true);
      // Even with w2's token but w1's epoch, the epoch check refuses.
      expect(isFenced(await writeFenced(conn, keys, { ...first, token: second.token }, 1000, 200, write).catch((e: unknown) => e))).toBe(true);
      expect(wireMsgIds(await logOf(redis.url, 'room_a'))).toEqual(['1']);
      expect(await conn.send(['HGET', keys.state('room_a'), 'cursor'])).toBe('c1');
    });
  });

  it("keeps the newest msgIds the log holds as the room's dedup window: trimmed to keepMsgIds, emptied when the LIVE ends", async () => {
    const keys = fleetKeys();
    await withRedis(redis.url, async (conn) => {
      const claim = (await acquireLease(conn, keys, 'room_w', 'w1', 5_000, Date.now())) as Claim;
      const base = { cursor: 'c', internalExt: 'e', status: 'live' as const, now: Date.now(), lag: 0, roomId: '7002', keepMsgIds: 3 };
      const chats = (ids: string[]) => ids.map((msgId) => chatEvent({ msgId }));
      // Lifecycle events (no msgId) are written but are not part of the window.
      await writeFenced(conn, keys, claim, 1000, 5_000, { ...base, events: [{ type: 'connected', roomId: '7002' } as never, ...chats(['1', '2'])] });
      await writeFenced(conn, keys, claim, 1000, 5_000, { ...base, events: chats(['3', '4', '5']) });
      await conn.send(['DEL', keys.lease('room_w')]);
      const next = (await acquireLease(conn, keys, 'room_w', 'w2', 5_000, Date.now())) as Claim;
      expect(next.resume).toEqual({ cursor: 'c', internalExt: 'e', msgIds: ['3', '4', '5'] });
      await writeFenced(conn, keys, next, 1000, 5_000, { ...base, cursor: '', internalExt: '', status: 'ended', events: chats(['6']) });
      expect(await conn.send(['EXISTS', keys.msgIds('room_w')])).toBe(0);
    });
  });
});

describe('startWorker (in this process)', () => {
  it('claims the registered rooms and logs exactly what each room sent; stop() releases every lease at once', async () => {
    sim = await startSimulator({ rooms: ['w_a', 'w_b', 'w_c'].map((uniqueId) => ({ uniqueId, traffic: { rate: 50 }, joinFrom: 'start' as const })) });
    for (const r of sim.rooms()) await addRoom(redis.url, r.uniqueId);
    const worker = await startWorker({ redis: redis.url, capacity: 10, leaseMs: 1_000, liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false } });
    workers.push(worker);
    await until(() => worker.status().rooms.length === 3 && worker.status().events > 60, 10_000, 'three rooms written');
    for (const r of sim.rooms()) r.end();
    await until(() => worker.status().rooms.length === 0, 10_000, 'every room ended');
    for (const r of sim.rooms()) {
      const logged = wireMsgIds(await logOf(redis.url, r.uniqueId));
      expect(compareLog(r.sent().map((m) => m.msgId), logged), r.uniqueId).toEqual({ lost: 0, duplicated: 0, outOfOrder: 0 });
      expect(logged).toEqual(r.sent().map((m) => m.msgId));
    }
  });

  it('shares rooms fairly as workers come and go, each room in one worker only', async () => {
    sim = await startSimulator({ rooms: Array.from({ length: 12 }, (_, i) => ({ uniqueId: `share_${i}`, traffic: { rate: 5 }, joinFrom: 'start' as const })) });
    for (const r of sim.rooms()) await addRoom(redis.url, r.uniqueId);
    const options = { redis: redis.url, capacity: 20, leaseMs: 1_000, liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false } };
    const a = await startWorker({ ...options, id: 'a' });
    workers.push(a);
    await until(() => a.status().rooms.length === 12, 10_000, 'a takes all 12');
    const b = await startWorker({ ...options, id: 'b' });
    workers.push(b);
    await until(() => a.status().rooms.length === 6 && b.status().rooms.length === 6, 15_000, 'a and b with 6 each');
    const c = await startWorker({ ...options, id: 'c' });
    workers.push(c);
    await until(() => [a, b, c].every((w) => w.status().rooms.length === 4), 15_000, '4 each');
    const owners = [a, b, c].flatMap((w) => w.status().rooms.map((r) => r.uniqueId));
    expect(new Set(owners).size).toBe(12);
    await c.stop();
    await until(() => a.status().rooms.length === 6 && b.status().rooms.length === 6, 15_000, 'back to 6 each');
  });

  it('checks an offline room again later without holding a slot', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'napping', status: 'offline', traffic: { rate: 20 }, joinFrom: 'start' }, { uniqueId: 'awake', traffic: { rate: 20 }, joinFrom: 'start' }] });
    await addRoom(redis.url, 'napping', { priority: 1 });
    await addRoom(redis.url, 'awake');
    const worker = await startWorker({ redis: redis.url, capacity: 1, leaseMs: 1_000, offlineCheckMs: 1_500, liveRoomOptions: { ...sim.clientOptions } });
    workers.push(worker);
    // One slot, tried first by the offline room (its priority is higher): it gives the slot up, so the live one gets it.
    await until(() => worker.status().rooms.some((r) => r.uniqueId === 'awake'), 10_000, 'the live room in the only slot');
    const keys = fleetKeys();
    const state = await withRedis(redis.url, (conn) => conn.send(['HMGET', keys.state('napping'), 'status', 'lastError']));
    expect(state).toEqual(['offline', '@napping is not live right now']);
    sim.room('awake').end();
    sim.room('napping').status = 'live';
    await until(() => worker.status().rooms.some((r) => r.uniqueId === 'napping' && r.events > 0), 10_000, 'the napping room checked again and claimed');
  });
});

describe('startWorker at scale', () => {
  it('claims many rooms in one call per partition, each answer in its room\'s place: claimed, taken or waiting', async () => {
    const keys = fleetKeys();
    const names = Array.from({ length: 40 }, (_, i) => `batch_${i}`);
    await withRedis(redis.url, async (conn) => {
      const held = names.filter((_, i) => i % 3 === 0);
      const napping = names.filter((_, i) => i % 3 === 1);
      await acquireLeases(conn, keys, held, 'other', 60_000, Date.now());
      for (const n of napping) await conn.send(['HSET', keys.state(n), 'status', 'offline', 'checkAfter', String(Date.now() + 60_000)]);
      const claims = await acquireLeases(conn, keys, names, 'me', 60_000, Date.now());
      names.forEach((n, i) => {
        const claim = claims[i];
        if (i % 3 === 0) expect(claim, n).toBeUndefined();
        else if (i % 3 === 1) expect(claim && 'waitUntil' in claim, n).toBe(true);
        else expect(claim, n).toMatchObject({ room: n, epoch: 1, token: 'me 1' });
      });
      expect(new Set(names.map((n) => keys.partition(n))).size).toBeGreaterThan(8);
    });
  });


  it('a tick over 1,000 registered rooms is a few commands and one script call per partition, not commands per room', { timeout: 30_000 }, async () => {
    const keys = fleetKeys();
    const names = Array.from({ length: 1_000 }, (_, i) => `many_${i}`);
    await withRedis(redis.url, async (conn) => {
      await conn.send(['HSET', keys.rooms, ...names.flatMap((n) => [n, JSON.stringify({ addedAt: Date.now() })])]);
      // Every room held by a worker that is not running: the tick looks at all of them and claims none.
      const claims = await acquireLeases(conn, keys, names, 'elsewhere', 60_000, Date.now());
      expect(claims.every((c) => c && 'epoch' in c)).toBe(true);
    });
    const client = createClient({ url: redis.url });
    client.on('error', () => {});
    await client.connect();
    const sent: string[] = [];
    try {
      const counting = { sendCommand: (args: ReadonlyArray<string>) => (sent.push(args[0]!), client.sendCommand([...args])) };
      const worker = await startWorker({ redis: counting, id: 'counted', capacity: 10, leaseMs: 1_000 });
      workers.push(worker);
      // A tick begins with the worker's HSET of itself: the commands between the 2nd and the 6th are four whole ticks.
      const tickStarts = () => sent.flatMap((c, i) => (c === 'HSET' ? [i] : []));
      await until(() => tickStarts().length >= 6, 10_000, 'six ticks');
      await worker.stop();
      const [, second, , , , sixth] = tickStarts();
      const perTick = sent.slice(second, sixth).reduce<Record<string, number>>((n, c) => ((n[c] = (n[c] ?? 0) + 1), n), {});
      expect(worker.status().rooms).toEqual([]);
      // HSET itself, HGETALL the workers and the rooms, one LOOK script per partition.
      expect(perTick).toEqual({ HSET: 4, HGETALL: 8, EVALSHA: 4 * keys.partitions });
      expect(sent.filter((c) => c === 'EXISTS' || c === 'HMGET')).toEqual([]);
    } finally {
      await client.close();
    }
  });
});

describe('startWorker: the stored room id', () => {
  it("is written with the room's first messages, before any socket opens, so a takeover resumes in that room", async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'no_socket', traffic: { rate: 50 }, joinFrom: 'start' }] });
    const room = sim.room('no_socket');
    // Every handshake refused: only the signed im/fetch batches arrive, never `connected`.
    room.rejectHandshakes(1_000);
    await addRoom(redis.url, 'no_socket');
    const worker = await startWorker({ redis: redis.url, capacity: 1, leaseMs: 1_000, liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false, maxReconnectAttempts: 1_000, reconnectDelayMs: 50, maxReconnectDelayMs: 100 } });
    workers.push(worker);
    // Lifecycle events first (the refused handshakes), then the room's own messages, caught up by each re-sign.
    await until(() => worker.status().events > 10, 10_000, 'batches written without a socket');
    const keys = fleetKeys();
    const [cursor, roomId] = (await withRedis(redis.url, (conn) => conn.send(['HMGET', keys.state('no_socket'), 'cursor', 'roomId']))) as [string, string];
    expect(cursor).not.toBe('');
    expect(roomId).toBe(room.roomId);
  });
});
