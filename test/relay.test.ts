import type { ClientRequestArgs } from 'node:http';
import { connect as netConnect, type NetConnectOpts, type Socket } from 'node:net';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { startRelay, type Relay, type RelayOptions } from '../src/relay/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { sleep, until } from './support/rawClient.js';
import { sseData } from './support/relay.js';

const KEY = 'relay-admin-key';
let sim: Simulator | undefined;
let relay: Relay | undefined;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.terminate();
  await relay?.close();
  await sim?.close();
  relay = undefined;
  sim = undefined;
});

async function setup(rooms: string[], options: Partial<RelayOptions> = {}) {
  sim = await startSimulator({ rooms: rooms.map((uniqueId) => ({ uniqueId, traffic: false })) });
  const logs: string[] = [];
  relay = await startRelay({ apiKeys: [KEY], liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false }, graceMs: 300, log: (l) => logs.push(l), ...options });
  return { sim, relay, logs };
}

async function token(body: Record<string, unknown>, key = KEY): Promise<Response> {
  return fetch(`${relay!.url}/authentication/jwt`, { method: 'POST', headers: { 'x-api-key': key, 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
async function mint(rooms: string[], maxConnections = 1, expiresIn = 60): Promise<string> {
  const res = await token({ rooms, maxConnections, expiresIn });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

interface Client {
  ws: WebSocket;
  events: Array<{ type: string; msgId?: string; [k: string]: unknown }>;
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}
function client(room: string, jwt: string, headers: Record<string, string> = {}, createConnection?: (options: ClientRequestArgs) => Socket): Client {
  const ws = new WebSocket(`${relay!.url.replace('http', 'ws')}/ws?uniqueId=${room}&jwtKey=${encodeURIComponent(jwt)}`, { headers, ...(createConnection ? { createConnection } : {}) });
  sockets.push(ws);
  const events: Client['events'] = [];
  ws.on('message', (d) => events.push(JSON.parse(d.toString())));
  ws.on('error', () => {});
  return {
    ws,
    events,
    opened: new Promise((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    }),
    closed: new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }))),
  };
}
/** The HTTP status a refused WebSocket got. */
function refusal(room: string, jwt: string | undefined, headers: Record<string, string> = {}): Promise<number> {
  const ws = new WebSocket(`${relay!.url.replace('http', 'ws')}/ws?uniqueId=${room}${jwt === undefined ? '' : `&jwtKey=${encodeURIComponent(jwt)}`}`, { headers });
  ws.on('error', () => {});
  return new Promise((resolve) => {
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('open', () => resolve(101));
  });
}
const wire = (c: Client) => c.events.filter((e) => typeof e.msgId === 'string' && e.type !== 'error').map((e) => e.msgId);

describe('relay: one shared upstream per room', () => {
  it('gives 200 clients on one room every event, in order, over one upstream connection', { timeout: 60_000 }, async () => {
    const { sim } = await setup(['stage']);
    const jwt = await mint(['stage'], 200);
    const clients = Array.from({ length: 200 }, () => client('stage', jwt));
    await Promise.all(clients.map((c) => c.opened));
    await until(() => relay!.stats().clients === 200 && sim.room('stage').connections().some((c) => c.enteredRoom), 10_000, '200 clients and the upstream');
    expect(sim.openSockets()).toBe(1);
    const room = sim.room('stage');
    for (let i = 0; i < 10; i++) room.emit('chat', 50);
    room.end();
    await Promise.all(clients.map((c) => c.closed));
    const sent = room.sent().map((m) => m.msgId);
    expect(sent).toHaveLength(501);
    for (const c of clients) expect(wire(c)).toEqual(sent);
    const closes = await Promise.all(clients.map((c) => c.closed));
    expect(new Set(closes.map((c) => `${c.code} ${c.reason}`))).toEqual(new Set(['1000 The LIVE has ended']));
  });

  it('keeps rooms apart', async () => {
    const { sim } = await setup(['red', 'blue']);
    const a = client('red', await mint(['red']));
    const b = client('blue', await mint(['blue']));
    await Promise.all([a.opened, b.opened]);
    await until(() => sim.openSockets() === 2, 5000, 'two upstreams');
    await sleep(100);
    sim.room('red').emit('chat', 5);
    sim.room('blue').emit('gift', 3);
    await until(() => wire(a).length === 5 && wire(b).length === 3, 5000, 'both rooms');
    expect(wire(a)).toEqual(sim.room('red').sent().map((m) => m.msgId));
    expect(wire(b)).toEqual(sim.room('blue').sent().map((m) => m.msgId));
    expect(a.events.filter((e) => e.type === 'connected')).toHaveLength(1);
  });

  it('opens the upstream on the first client and closes it after the last leaves (with grace)', async () => {
    const { sim, logs } = await setup(['lonely']);
    const jwt = await mint(['lonely'], 2);
    expect(sim.openSockets()).toBe(0);
    const a = client('lonely', jwt);
    await a.opened;
    await until(() => sim.openSockets() === 1, 5000, 'upstream open');
    const b = client('lonely', jwt);
    await b.opened;
    a.ws.close();
    await sleep(500);
    expect(sim.openSockets()).toBe(1); // b is still there
    b.ws.close();
    await until(() => relay!.stats().upstreams === 0 && sim.openSockets() === 0, 5000, 'upstream closed');
    expect(logs).toEqual(expect.arrayContaining(['upstream @lonely open', 'upstream @lonely closed']));
  });

  it('streams Server-Sent Events too', async () => {
    const { sim } = await setup(['sse']);
    const jwt = await mint(['sse']);
    const controller = new AbortController();
    const res = await fetch(`${relay!.url}/events?uniqueId=sse&jwtKey=${jwt}`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    let text = '';
    const read = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
    })().catch(() => {});
    await until(() => sim.room('sse').connections().some((c) => c.enteredRoom), 5000, 'upstream');
    await sleep(50);
    sim.room('sse').emit('like', 4);
    sim.room('sse').end();
    await read;
    const events = sseData(text).map((b) => JSON.parse(b));
    expect(events.filter((e) => e.msgId).map((e) => e.msgId)).toEqual(sim.room('sse').sent().map((m) => m.msgId));
    expect(events.map((e) => e.type)).toContain('connected');
  });
});

describe('relay: tokens', () => {
  it('mints scoped, expiring tokens only for the relay API key', async () => {
    await setup(['vip']);
    const ok = await token({ rooms: ['@VIP'], expiresIn: 120, maxConnections: 3 });
    const body = (await ok.json()) as { token: string; expiresAt: number };
    expect(body.expiresAt - Date.now()).toBeGreaterThan(110_000);
    const claims = JSON.parse(Buffer.from(body.token.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ rooms: ['vip'], max: 3, iss: 'tiktok-live-rx-relay' });
    expect((await token({ rooms: ['vip'] }, 'wrong')).status).toBe(401);
    expect((await token({ rooms: [] })).status).toBe(400);
    expect((await token({ rooms: ['vip'], expiresIn: 10 ** 9 })).status).toBe(400);
  });

  it('refuses missing, tampered, expired and wrong-room tokens before any upstream connection', async () => {
    const { sim } = await setup(['vip', 'other']);
    const good = await mint(['vip']);
    const [h, p, s] = good.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), rooms: ['other'] })).toString('base64url');
    const expiredRes = await token({ rooms: ['vip'], expiresIn: 1 });
    const expired = ((await expiredRes.json()) as { token: string }).token;
    await sleep(2100);
    expect(await refusal('vip', undefined)).toBe(401);
    expect(await refusal('vip', 'not.a.token')).toBe(401);
    expect(await refusal('other', `${h}.${forged}.${s}`)).toBe(401);
    expect(await refusal('vip', `${good}x`)).toBe(401);
    expect(await refusal('vip', expired)).toBe(401);
    expect(await refusal('other', good)).toBe(403);
    const sse = await fetch(`${relay!.url}/events?uniqueId=other&jwtKey=${good}`);
    expect(sse.status).toBe(403);
    expect(await sse.json()).toEqual({ error: 'This token is not valid for @other' });
    expect(sim.openSockets()).toBe(0);
    expect(sim.room('vip').received()).toEqual([]);
  });

  it('caps connections per token', async () => {
    await setup(['capped']);
    const jwt = await mint(['capped'], 2);
    const a = client('capped', jwt);
    const b = client('capped', jwt);
    await Promise.all([a.opened, b.opened]);
    expect(await refusal('capped', jwt)).toBe(403);
    a.ws.close();
    await a.closed;
    await until(() => relay!.stats().clients === 1, 2000, 'a slot freed');
    expect(await refusal('capped', jwt)).toBe(101);
  });

  it('gives pages a token only for public rooms', async () => {
    await setup(['open_house', 'private']);
    await relay!.close();
    relay = await startRelay({ apiKeys: [KEY], publicRooms: ['open_house'], liveRoomOptions: { ...sim!.clientOptions, fetchRoomInfo: false } });
    const res = await fetch(`${relay.url}/api/live/connect?uniqueId=open_house`);
    const { wsUrl, token: jwt } = (await res.json()) as { wsUrl: string; token: string };
    expect(wsUrl).toBe(`${relay.url.replace('http', 'ws')}/ws?uniqueId=open_house`);
    const c = client('open_house', jwt);
    await c.opened;
    expect((await fetch(`${relay.url}/api/live/connect?uniqueId=private`)).status).toBe(403);
    expect(await refusal('private', jwt)).toBe(403);
  });

  it('answers CORS only for allowed origins and refuses sockets from other origins', async () => {
    await setup(['cors'], { corsOrigins: ['https://overlay.example'] });
    const allowed = await fetch(`${relay!.url}/authentication/jwt`, { method: 'OPTIONS', headers: { origin: 'https://overlay.example' } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://overlay.example');
    const denied = await fetch(`${relay!.url}/authentication/jwt`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(denied.status).toBe(403);
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    const jwt = await mint(['cors'], 5);
    expect(await refusal('cors', jwt, { origin: 'https://evil.example' })).toBe(403);
    expect(await refusal('cors', jwt, { origin: 'https://overlay.example' })).toBe(101);
  });

  it('never logs keys or tokens', async () => {
    const { logs, sim } = await setup(['quiet']);
    const jwt = await mint(['quiet']);
    const c = client('quiet', jwt);
    await c.opened;
    sim.room('quiet').emit('chat', 2);
    await until(() => wire(c).length === 2, 5000, 'events');
    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs) {
      expect(line).not.toContain(KEY);
      expect(line).not.toContain(jwt);
    }
  });
});

describe('relay: backpressure', () => {
  it('drops a client that stops reading, with a clear reason, while the others keep up', { timeout: 60_000 }, async () => {
    const { sim } = await setup(['busy'], { maxBufferBytes: 64 * 1024 });
    const jwt = await mint(['busy'], 5);
    // The slow page's TCP socket is made here (ws's `createConnection` option), so the test holds it
    // through Node's public net API rather than the ws client's internals. The relay runs on Node only,
    // and so does this test.
    let slowSocket: Socket | undefined;
    const slow = client('busy', jwt, {}, (options) => (slowSocket = netConnect(options as NetConnectOpts)));
    const fast = [client('busy', jwt), client('busy', jwt)];
    await Promise.all([slow.opened, ...fast.map((f) => f.opened)]);
    await until(() => sim.room('busy').connections().some((c) => c.enteredRoom), 5000, 'upstream');
    // The slow page stops reading: its socket's receive side is paused.
    slowSocket!.pause();
    const room = sim.room('busy');
    // Keep talking until the relay gives up on it (the kernel buffers a few MB first).
    for (let i = 0; i < 400 && relay!.stats().slowDropped === 0; i++) {
      room.emit('chat', 200);
      await sleep(5);
    }
    await until(() => relay!.stats().slowDropped === 1, 20_000, 'the slow client dropped');
    room.end();
    for (const f of fast) await f.closed;
    for (const f of fast) expect(wire(f)).toEqual(room.sent().map((m) => m.msgId));
    slowSocket!.resume();
    const closed = await slow.closed;
    expect(closed.code).toBe(4008);
    expect(closed.reason).toBe('Client too slow: more than 65536 bytes waiting');
    expect(wire(slow).length).toBeLessThan(room.sent().length);
    const metrics = await (await fetch(`${relay!.url}/metrics`)).text();
    expect(metrics).toMatch(/^tiktok_live_relay_slow_clients_dropped_total 1$/m);
  });
});
