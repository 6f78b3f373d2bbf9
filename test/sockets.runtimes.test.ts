import { createRequire } from 'node:module';
import { lastValueFrom, take, toArray, type Subscription } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConnectionClosedError,
  detectRuntime,
  fromWebSocketImpl,
  FrameDecodeError,
  HandshakeRejectedError,
  liveRoom$,
  SocketUnavailableError,
  webSocketFactoryFor,
  webSocketStyleOf,
  workersWebSocketFactory,
  type LiveEvent,
  type LiveRoomOptions,
  type SocketHandlers,
  type WebSocketLikeConstructor,
} from '../src/index.js';
import { lazyWebSocketFactory } from '../src/sources/webSocket.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';
import { fetched, initStyleWebSocket, seen, workersFetch } from './support/runtimeSockets.js';

let sim: Simulator | undefined;
const subs: Subscription[] = [];
afterEach(async () => {
  for (const s of subs.splice(0)) s.unsubscribe();
  await sim?.close();
  sim = undefined;
  seen.length = 0;
  fetched.length = 0;
  vi.unstubAllGlobals();
});

/** A simulator that, as TikTok does, refuses a socket without the ttwid cookie and the signed route token. */
async function strictSimulator(uniqueId: string) {
  sim = await startSimulator({ enforceSignature: true, rooms: [{ uniqueId, traffic: false }] });
  return sim;
}

/** The first `n` chat events of a room the test fills, or the stream's error. */
async function firstChats(uniqueId: string, options: LiveRoomOptions, n = 3): Promise<LiveEvent[]> {
  const s = sim!;
  const events = lastValueFrom(liveRoom$(uniqueId, { ...s.clientOptions, fetchRoomInfo: false, autoReconnect: false, ...options }).pipe(take(n + 1), toArray()));
  await until(() => s.room(uniqueId).connections().some((c) => c.enteredRoom), 10_000, 'the room entered');
  s.room(uniqueId).emit('chat', n);
  return events;
}

/** What a stream errors with (it must error: a hang fails the test on its timeout). */
function errorOf(uniqueId: string, options: LiveRoomOptions): Promise<unknown> {
  return lastValueFrom(liveRoom$(uniqueId, { ...sim!.clientOptions, fetchRoomInfo: false, autoReconnect: false, ...options })).then(
    () => new Error('completed instead of erroring'),
    (e: unknown) => e,
  );
}

describe('runtime detection', () => {
  it('tells workerd with nodejs_compat, Deno 2 and Bun (all with a process.versions.node) from Node and browsers', () => {
    const node = { process: { versions: { node: '22.0.0' } } };
    expect(detectRuntime({ ...node, navigator: { userAgent: 'Cloudflare-Workers' } })).toBe('workerd');
    expect(detectRuntime({ ...node, Deno: { version: { deno: '2.1.0' } } })).toBe('deno');
    expect(detectRuntime({ process: { versions: { node: '22.6.0', bun: '1.1.0' } }, Bun: { version: '1.1.0' } })).toBe('bun');
    expect(detectRuntime(node)).toBe('node');
    expect(detectRuntime({ navigator: { userAgent: 'Mozilla/5.0' } })).toBe('browser');
    expect(detectRuntime()).toBe('node');
  });

  it('reads a constructor as ws (an EventEmitter), the init object (Node, Bun, Deno) or protocols only (browsers, workerd)', async () => {
    const { default: Ws } = await import('ws');
    const Native = initStyleWebSocket();
    expect(webSocketStyleOf(Ws as unknown as WebSocketLikeConstructor)).toBe('ws');
    for (const runtime of ['node', 'bun', 'deno'] as const) expect(webSocketStyleOf(Native, runtime)).toBe('init');
    for (const runtime of ['browser', 'workerd'] as const) expect(webSocketStyleOf(Native, runtime)).toBe('protocols');
  });
});

describe('a native WebSocket that takes { protocols, headers } (undici, Bun, Deno)', () => {
  it('sends the cookie and User-Agent in the second argument, so a strict TikTok lets it in', async () => {
    await strictSimulator('native');
    const Native = initStyleWebSocket();
    const events = await firstChats('native', { webSocketImpl: Native });
    expect(events.map((e) => e.type)).toEqual(['connected', 'chat', 'chat', 'chat']);
    expect(seen[0]!.headers).toMatchObject({ Cookie: expect.stringMatching(/ttwid=/), 'User-Agent': expect.any(String) });
    expect(seen[0]!.protocols).toEqual([]);
  });

  it('turns undici’s non-101 failure (no status, no headers) into a HandshakeRejectedError', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'guarded', traffic: false }] });
    sim.room('guarded').rejectHandshakes(1, 'DEVICE_BLOCKED');
    const err = await errorOf('guarded', { webSocketImpl: initStyleWebSocket() });
    expect(err).toBeInstanceOf(HandshakeRejectedError);
    expect(err).toMatchObject({ status: 0, retryable: true });
    expect((err as Error).message).toMatch(/non-101 status code/);
  });

  it('reads the HTTP status out of Deno’s and Bun’s messages', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'guarded', traffic: false }] });
    sim.room('guarded').rejectHandshakes(2, 'DEVICE_BLOCKED');
    const deno = await errorOf('guarded', { webSocketImpl: initStyleWebSocket('NetworkError: failed to connect to WebSocket: Invalid status code 200 OK') });
    expect(deno).toBeInstanceOf(HandshakeRejectedError);
    expect(deno).toMatchObject({ status: 200 });
    const bun = await errorOf('guarded', { webSocketImpl: initStyleWebSocket('Expected 101 status code') });
    expect(bun).toBeInstanceOf(HandshakeRejectedError);
    expect(bun).toMatchObject({ status: 0 });
  });

  it('passes on a failure that does not speak of the handshake as it is, not as a HandshakeRejectedError', () => {
    const Native = initStyleWebSocket('connect ECONNREFUSED');
    let error: unknown;
    const handlers: SocketHandlers = { open() {}, message() {}, close() {}, error: (e) => (error = e) };
    const factory = fromWebSocketImpl(Native, { style: 'init' });
    factory('ws://127.0.0.1:9/', { headers: {} }, handlers);
    return until(() => error !== undefined, 5000, 'the error').then(() => {
      expect(error).not.toBeInstanceOf(HandshakeRejectedError);
      expect((error as Error).message).toMatch(/ECONNREFUSED/);
    });
  });

  it('errors with a FrameDecodeError when the socket delivers a Blob instead of bytes', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'blobby', traffic: false }] });
    const Native = initStyleWebSocket(undefined, { blobsOnly: true });
    // The simulator answers im_enter_room with a frame: that first frame already comes as a Blob.
    const err = await errorOf('blobby', { webSocketImpl: Native });
    expect(err).toBeInstanceOf(FrameDecodeError);
    expect((err as Error).message).toMatch(/a Blob, not binary bytes/);
  });
});

describe('loading or constructing a socket that fails', () => {
  it('errors with SocketUnavailableError when ws resolves to its browser stub, which throws on construction', async () => {
    await strictSimulator('stubbed');
    const stubPath = createRequire(import.meta.url).resolve('ws').replace(/index\.js$/, 'browser.js');
    const load = async () => ((await import(stubPath)) as { default: WebSocketLikeConstructor }).default;
    const err = await errorOf('stubbed', { webSocketFactory: lazyWebSocketFactory(load, 'The ws package', 'workerd') });
    expect(err).toBeInstanceOf(SocketUnavailableError);
    expect((err as Error).message).toMatch(/ws does not work in the browser/);
    expect(err).toMatchObject({ code: 'SOCKET_UNAVAILABLE', retryable: false });
  });

  it('errors with SocketUnavailableError when the import itself rejects', async () => {
    await strictSimulator('missing');
    const err = await errorOf('missing', { webSocketFactory: lazyWebSocketFactory(() => Promise.reject(new Error("Cannot find package 'ws'")), 'The ws package') });
    expect(err).toBeInstanceOf(SocketUnavailableError);
    expect((err as Error).message).toBe("The ws package could not be loaded: Cannot find package 'ws'");
  });

  it('errors with SocketUnavailableError when a factory throws, and when a runtime has no WebSocket', async () => {
    await strictSimulator('thrower');
    const thrown = await errorOf('thrower', {
      webSocketFactory: () => {
        throw new Error('no sockets here');
      },
    });
    expect(thrown).toBeInstanceOf(SocketUnavailableError);
    const none = await errorOf('thrower', { webSocketFactory: webSocketFactoryFor('browser', undefined) });
    expect(none).toBeInstanceOf(SocketUnavailableError);
    expect((none as Error).message).toMatch(/has no WebSocket/);
  });
});

describe('workersWebSocketFactory (a fetch upgrade, as on Cloudflare Workers)', () => {
  it('upgrades over https: with the cookie and User-Agent, accepts the socket and streams events', async () => {
    await strictSimulator('worker');
    const events = await firstChats('worker', { webSocketFactory: workersWebSocketFactory({ fetch: workersFetch }) });
    expect(events.map((e) => e.type)).toEqual(['connected', 'chat', 'chat', 'chat']);
    expect(fetched[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webcast\/im\/push\/v2\/\?/);
    expect(fetched[0]!.headers).toMatchObject({ Upgrade: 'websocket', Cookie: expect.stringMatching(/ttwid=/), 'User-Agent': expect.any(String) });
  });

  it('turns a refused upgrade into a HandshakeRejectedError with TikTok’s handshake-status and handshake-msg', async () => {
    await strictSimulator('refused');
    sim!.room('refused').rejectHandshakes(1, 'DEVICE_BLOCKED', 417);
    const err = await errorOf('refused', { webSocketFactory: workersWebSocketFactory({ fetch: workersFetch }) });
    expect(err).toBeInstanceOf(HandshakeRejectedError);
    expect(err).toMatchObject({ status: 417, handshakeMsg: 'DEVICE_BLOCKED' });
  });

  it('is the default socket on workerd, where the global fetch upgrades', async () => {
    await strictSimulator('default');
    const httpFetch = globalThis.fetch;
    vi.stubGlobal('fetch', workersFetch);
    const events = await firstChats('default', { webSocketFactory: webSocketFactoryFor('workerd'), fetch: httpFetch }, 1);
    expect(events.map((e) => e.type)).toEqual(['connected', 'chat']);
    expect(fetched).toHaveLength(1);
  });

  it('turns a fetch that fails into a retryable ConnectionClosedError', async () => {
    await strictSimulator('down');
    const err = await errorOf('down', { webSocketFactory: workersWebSocketFactory({ fetch: () => Promise.reject(new TypeError('Network connection lost.')) }) });
    expect(err).toBeInstanceOf(ConnectionClosedError);
    expect((err as Error).message).toMatch(/Network connection lost/);
  });
});
