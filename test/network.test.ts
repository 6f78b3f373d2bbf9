import { describe, expect, it } from 'vitest';
import { request } from '../src/api/http.js';
import type { SignedConnection } from '../src/api/sign.js';
import { decodeFetchResult, encodeFetchResult } from '../src/decoders/index.js';
import { HttpError, NetworkError, ReconnectExhaustedError } from '../src/errors.js';
import type { LiveEvent } from '../src/operators/pipeline/events.js';
import { liveRoom$ } from '../src/sources/liveRoom.js';
import { closedPort } from './support/net.js';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}

describe('a request that gets no answer', () => {
  it('is a NetworkError of kind refused when nothing listens, naming host and port in one line', async () => {
    const port = await closedPort();
    const err = await failure(request(`http://127.0.0.1:${port}/@someone/live?sessionid=session-secret-1`, {}, {}));
    expect(err).toBeInstanceOf(NetworkError);
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ kind: 'refused', host: `127.0.0.1:${port}`, code: 'HTTP', status: undefined, retryable: true, message: `Connection refused by 127.0.0.1:${port}` });
    // The runtime's own chain is kept for whoever wants the details.
    expect(JSON.stringify((err as Error).cause, Object.getOwnPropertyNames((err as Error).cause))).not.toContain('session-secret-1');
  });

  it('is a NetworkError of kind dns when the host name does not resolve', async () => {
    const err = await failure(request('http://nonexistent.invalid/@someone/live', {}, {}));
    expect(err).toMatchObject({ kind: 'dns', host: 'nonexistent.invalid', message: 'Cannot resolve nonexistent.invalid (DNS)' });
    expect(err).toBeInstanceOf(NetworkError);
  });

  it('says what failed otherwise, with the URL but never its query', async () => {
    // Port 1 is one fetch refuses to use ("bad port"): no answer, and not one of the known kinds.
    const err = await failure(request('http://127.0.0.1:1/webcast/fetch?apiKey=key-secret-2&cursor=1', {}, {}));
    expect(err).toMatchObject({ kind: 'other', message: 'Request to http://127.0.0.1:1/webcast/fetch?… failed: bad port' });
    expect((err as Error).message).not.toContain('key-secret-2');
  });
});

describe('liveRoom$ when the network fails before any socket', () => {
  it('emits disconnected with the NetworkError and no close code, and gives up after 1 reconnect attempt', async () => {
    const port = await closedPort();
    const base = `http://127.0.0.1:${port}`;
    const events: LiveEvent[] = [];
    const room$ = liveRoom$('someone', { endpoints: { web: base, webcast: base }, signServerUrl: base, maxReconnectAttempts: 1, reconnectDelayMs: 1 });
    const error = await new Promise<unknown>((resolve) => room$.subscribe({ next: (e) => events.push(e), error: resolve, complete: () => resolve(undefined) }));
    expect(error).toBeInstanceOf(ReconnectExhaustedError);
    expect((error as Error).message).toBe(`Gave up after 1 reconnect attempt: Connection refused by 127.0.0.1:${port}`);
    expect(events.map((e) => e.type)).toEqual(['disconnected', 'disconnected']);
    for (const e of events) {
      if (e.type !== 'disconnected') continue;
      expect(e.code).toBeUndefined();
      expect(e.reason).toBe(`Connection refused by 127.0.0.1:${port}`);
      expect(e.error).toBeInstanceOf(NetworkError);
      expect(e.error).toMatchObject({ kind: 'refused' });
    }
  });
});

describe('liveRoom$ when the push socket cannot be opened', () => {
  it('reports a NetworkError with no close code, its host but never the signed URL', async () => {
    const port = await closedPort();
    const fetchResult = decodeFetchResult(encodeFetchResult({ messages: [], cursor: 'c1', internalExt: 'ext' }));
    const signed: SignedConnection = { roomId: '7', wsUrl: `ws://127.0.0.1:${port}/webcast/im/ws?token=ws-secret-3`, cookies: {}, userAgent: 'ua', fetchResult };
    const events: LiveEvent[] = [];
    const room$ = liveRoom$('', { roomId: '7', fetchRoomInfo: false, signProvider: async () => signed, maxReconnectAttempts: 0 });
    const error = await new Promise<unknown>((resolve) => room$.subscribe({ next: (e) => events.push(e), error: resolve, complete: () => resolve(undefined) }));
    const disconnected = events.find((e) => e.type === 'disconnected');
    expect(disconnected).toMatchObject({ reason: `Connection refused by 127.0.0.1:${port}`, willReconnect: false });
    expect(disconnected).not.toHaveProperty('code');
    expect(disconnected?.type === 'disconnected' && disconnected.error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe(`Gave up after 0 reconnect attempts: Connection refused by 127.0.0.1:${port}`);
    expect(JSON.stringify(events) + String(error)).not.toContain('ws-secret-3');
  });
});
