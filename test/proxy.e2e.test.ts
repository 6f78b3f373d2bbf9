import { readFileSync } from 'node:fs';
import { lastValueFrom, toArray } from 'rxjs';
import { fetch as undiciFetch, ProxyAgent, type RequestInit as UndiciRequestInit } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, type ClientOptions } from 'ws';
import { InvalidArgumentError, liveRoom$, LiveError, ProxyError, redactSecrets, type LiveEvent, type LiveRoomOptions, type WireEvent } from '../src/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { closedPort } from './support/net.js';
import { startTestProxy, type TestProxy } from './support/proxy.js';

let sim: Simulator | undefined;
const proxies: TestProxy[] = [];
const agents: ProxyAgent[] = [];
afterEach(async () => {
  await Promise.all(agents.splice(0).map((a) => a.close()));
  await Promise.all(proxies.splice(0).map((p) => p.close()));
  await sim?.close();
  sim = undefined;
});

async function proxy(options: Parameters<typeof startTestProxy>[0] = {}) {
  const p = await startTestProxy(options);
  proxies.push(p);
  return p;
}

/**
 * The `fetch` README "Through a proxy" shows: undici's fetch with a `ProxyAgent`. With
 * `proxyTunnel: false` the agent forwards plain http:// requests to the proxy as they are (an
 * https:// one is tunnelled all the same), so the proxy sees, and logs, each request.
 */
function fetchThrough(proxyUrl: string, agentOptions: { proxyTunnel?: boolean } = {}): typeof fetch {
  const dispatcher = new ProxyAgent({ uri: proxyUrl, ...agentOptions });
  agents.push(dispatcher);
  return ((url: string, init: UndiciRequestInit) => undiciFetch(url, { ...init, dispatcher })) as unknown as typeof fetch;
}

/** The stream's error, or a failure when it completes. */
async function failure(options: LiveRoomOptions, uniqueId = 'host'): Promise<unknown> {
  return lastValueFrom(liveRoom$(uniqueId, options)).then(
    () => expect.fail('the stream completed'),
    (err: unknown) => err,
  );
}

const SECRET = 'pr0xy-s3cret';

describe('liveRoom$ through an HTTP proxy', () => {
  it('sends every HTTP step and the WebSocket through the proxy, and delivers every event', { timeout: 30_000 }, async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'proxied', traffic: { rate: 2_000, limit: 400, endAfterLimit: true } }] });
    const p = await proxy({ credentials: `alice:${SECRET}` });
    const url = p.url(`alice:${SECRET}`);
    const lines: string[] = [];
    const events = await lastValueFrom(
      liveRoom$('proxied', { ...sim.clientOptions, fetch: fetchThrough(url, { proxyTunnel: false }), proxy: url, debug: (line) => lines.push(line) }).pipe(toArray()),
    );
    const wire = events.filter((e): e is WireEvent => 'msgId' in e);
    const room = sim.room('proxied');
    expect(wire.map((e) => e.msgId)).toEqual(room.sent().map((m) => m.msgId));
    expect(wire).toHaveLength(401);
    expect(wire.at(-1)).toMatchObject({ type: 'control', action: 3 });
    expect(events.filter((e) => e.type === 'roomInfo')).toHaveLength(1);
    // The live page, the room info and the sign server's fetch went through the proxy, the socket in one tunnel.
    const { port } = new URL(sim.clientOptions.endpoints.web);
    expect(p.log.requests).toEqual(['GET /@proxied/live', 'GET /webcast/room/info/', expect.stringMatching(/^GET \/webcast\/rooms\/\d+\/connect$/)]);
    expect(p.log.tunnels).toEqual([`127.0.0.1:${port}`]);
    expect(p.log.refused).toBe(0);
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  it('tunnels the HTTP steps too with a ProxyAgent that always uses CONNECT (as it does for https://)', { timeout: 30_000 }, async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'tunnelled', traffic: { rate: 2_000, limit: 50, endAfterLimit: true } }] });
    const p = await proxy({ credentials: `alice:${SECRET}` });
    const url = p.url(`alice:${SECRET}`);
    const events = await lastValueFrom(liveRoom$('tunnelled', { ...sim.clientOptions, fetch: fetchThrough(url), proxy: url }).pipe(toArray()));
    expect(events.filter((e): e is WireEvent => 'msgId' in e).map((e) => e.msgId)).toEqual(sim.room('tunnelled').sent().map((m) => m.msgId));
    expect(p.log.requests).toEqual([]);
    // At least one tunnel for the HTTP steps (undici keeps it alive) and one for the socket.
    expect(p.log.tunnels.length).toBeGreaterThanOrEqual(2);
  });

  it('a proxy that wants other credentials fails the socket with a ProxyError (407) that does not carry the password', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'host', traffic: false }] });
    const p = await proxy({ credentials: 'alice:right' });
    const lines: string[] = [];
    const events: LiveEvent[] = [];
    const err = await lastValueFrom(
      liveRoom$('host', { ...sim.clientOptions, fetch: globalThis.fetch, proxy: p.url(`alice:${SECRET}`), debug: (line) => lines.push(line) }).pipe(
        toArray(),
      ),
    ).then(
      () => expect.fail('the stream completed'),
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ProxyError);
    const error = err as ProxyError;
    expect(error).toMatchObject({ code: 'HTTP', kind: 'proxy', proxyStatus: 407, host: `127.0.0.1:${p.port}`, retryable: false });
    expect(error.message).toBe(`The proxy 127.0.0.1:${p.port} refused the tunnel to ${new URL(sim.clientOptions.endpoints.web).host}: 407 Proxy Authentication Required (the proxy wants other credentials: check the user and password of the proxy URL)`);
    expect(`${error.message} ${error.stack} ${JSON.stringify(events)} ${lines.join('\n')}`).not.toContain(SECRET);
    expect(p.log.refused).toBe(1);
  });

  it('a proxy that wants other credentials fails the HTTP steps with a ProxyError (407), tunnelled or not', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'host', traffic: false }] });
    const p = await proxy({ credentials: 'alice:right' });
    const wrong = p.url(`alice:${SECRET}`);
    for (const proxyTunnel of [true, false]) {
      const err = await failure({ ...sim.clientOptions, fetch: fetchThrough(wrong, { proxyTunnel }), proxy: wrong });
      expect(err, `proxyTunnel: ${proxyTunnel}`).toBeInstanceOf(ProxyError);
      expect(err).toMatchObject({ kind: 'proxy', proxyStatus: 407, retryable: false });
      expect((err as Error).message).toMatch(/The proxy refused the request to 127\.0\.0\.1:\d+ with 407: it wants other credentials/);
      expect(`${(err as Error).message} ${(err as Error).stack}`).not.toContain(SECRET);
    }
    expect(p.log.refused).toBe(2);
    expect(p.log.tunnels).toEqual([]);
  });

  it('a proxy that refuses the tunnel (502) is a retryable ProxyError; one that is not there, a ProxyError saying so', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'host', traffic: false }] });
    const p = await proxy({ refuseConnectWith: 502 });
    const refused = await failure({ ...sim.clientOptions, fetch: globalThis.fetch, proxy: p.url(), autoReconnect: false });
    expect(refused).toBeInstanceOf(ProxyError);
    expect(refused).toMatchObject({ proxyStatus: 502, retryable: true });
    expect((refused as Error).message).toMatch(/^The proxy 127\.0\.0\.1:\d+ refused the tunnel to 127\.0\.0\.1:\d+: 502 Refused$/);

    const port = await closedPort();
    const absent = await failure({ ...sim.clientOptions, fetch: globalThis.fetch, proxy: `http://bob:${SECRET}@127.0.0.1:${port}`, autoReconnect: false });
    expect(absent).toBeInstanceOf(ProxyError);
    expect(absent).toMatchObject({ proxyStatus: undefined, retryable: true, host: `127.0.0.1:${port}` });
    expect((absent as Error).message).toBe(`Cannot reach the proxy 127.0.0.1:${port}: connection refused`);
  });

  it('retries a refusing proxy like any network failure, and gives up with the proxy named', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'host', traffic: false }] });
    const p = await proxy({ refuseConnectWith: 502 });
    const err = await failure({ ...sim.clientOptions, fetch: globalThis.fetch, proxy: p.url(`u:${SECRET}`), maxReconnectAttempts: 2, reconnectDelayMs: 1, fetchRoomInfo: false });
    expect(err).toBeInstanceOf(LiveError);
    expect((err as LiveError).code).toBe('RECONNECT_EXHAUSTED');
    expect((err as Error).cause).toBeInstanceOf(ProxyError);
    expect((err as Error).message).toContain(`The proxy 127.0.0.1:${p.port} refused the tunnel`);
    expect((err as Error).message).not.toContain(SECRET);
  });

  it('refuses a proxy it cannot honour before any request, without echoing credentials', async () => {
    const cases: Array<[LiveRoomOptions, RegExp]> = [
      [{ proxy: `http://u:${SECRET}@127.0.0.1:1` }, /proxy covers the WebSocket only: pass fetch too/],
      [{ proxy: `socks5://u:${SECRET}@127.0.0.1:1`, fetch: globalThis.fetch }, /^proxy must be an http:\/\/ proxy \(one that takes CONNECT\), got socks5:\/\/127\.0\.0\.1:1$/],
      [{ proxy: `not a url ${SECRET}`, fetch: globalThis.fetch }, /^proxy must be a URL/],
      [{ proxy: 'http://127.0.0.1:1', fetch: globalThis.fetch, webSocketFactory: () => ({ send() {}, close() {} }) }, /Pass proxy or webSocketFactory, not both/],
    ];
    for (const [options, message] of cases) {
      const err = await failure({ ...options, roomId: '7', fetchRoomInfo: false, signProvider: () => Promise.reject(new Error('not reached')) });
      expect(err).toBeInstanceOf(InvalidArgumentError);
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toContain(SECRET);
    }
  });

  it('redacts the user and password of any URL and a Proxy-Authorization header from text', () => {
    expect(redactSecrets(`via http://alice:${SECRET}@proxy.example:3128 then`)).toBe('via http://[redacted]@proxy.example:3128 then');
    expect(redactSecrets('Proxy-Authorization: Basic YWxpY2U6cw==')).toBe('Proxy-Authorization: [redacted]');
    expect(redactSecrets('https://www.tiktok.com/@someone/live')).toBe('https://www.tiktok.com/@someone/live');
    // A hint's placeholder is no secret.
    expect(redactSecrets('give it in the URL, redis://:PASSWORD@127.0.0.1:6379')).toBe('give it in the URL, redis://:PASSWORD@127.0.0.1:6379');
  });
});

describe('a wss:// socket through the proxy', () => {
  const TLS = { key: readFileSync(new URL('./fixtures/tls/key.pem', import.meta.url)), cert: readFileSync(new URL('./fixtures/tls/cert.pem', import.meta.url)) };

  /** `ws` trusting the test certificate (its options reach the TLS inside the tunnel), as a user's `webSocketImpl`. */
  class TrustingWebSocket extends WebSocket {
    constructor(url: string, protocols: string[], options: ClientOptions) {
      super(url, protocols, { ...options, ca: TLS.cert });
    }
  }

  it('runs TLS inside the CONNECT tunnel, verified against the server certificate, and delivers every event', { timeout: 30_000 }, async () => {
    sim = await startSimulator({ tls: TLS, rooms: [{ uniqueId: 'secure', traffic: { rate: 2_000, limit: 100, endAfterLimit: true } }, { uniqueId: 'idle', traffic: false }] });
    const p = await proxy({ credentials: `alice:${SECRET}` });
    const url = p.url(`alice:${SECRET}`);
    const dispatcher = new ProxyAgent({ uri: url, requestTls: { ca: TLS.cert } });
    agents.push(dispatcher);
    const viaProxy = ((u: string, init: UndiciRequestInit) => undiciFetch(u, { ...init, dispatcher })) as unknown as typeof fetch;
    const options: LiveRoomOptions = { ...sim.clientOptions, fetch: viaProxy, proxy: url, webSocketImpl: TrustingWebSocket };
    const events = await lastValueFrom(liveRoom$('secure', options).pipe(toArray()));
    expect(events.filter((e): e is WireEvent => 'msgId' in e).map((e) => e.msgId)).toEqual(sim.room('secure').sent().map((m) => m.msgId));
    const { port } = new URL(sim.clientOptions.endpoints.web);
    expect(p.log.tunnels.filter((t) => t === `127.0.0.1:${port}`).length).toBeGreaterThanOrEqual(2);

    // Without the certificate trusted, the socket's TLS fails the check: TLS really runs end to end.
    const err = await failure({ ...options, webSocketImpl: WebSocket, autoReconnect: false }, 'idle');
    expect(err).toMatchObject({ kind: 'tls' });
  });
});
