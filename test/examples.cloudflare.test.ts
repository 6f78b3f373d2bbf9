import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
// @ts-expect-error: a plain ES module without types
import { installed } from '../scripts/runtimes.mjs';
import { until } from './support/rawClient.js';

// examples/cloudflare (a Durable Object per room, a Worker that mints scoped tokens) bundled as wrangler
// bundles it and run under workerd, against the simulator on 127.0.0.1, with browsers played by ws.
const root = fileURLToPath(new URL('..', import.meta.url));
const API_KEY = 'cf-example-key';
const TOKEN_SECRET = 'cf-example-token-secret-0123456789';

let sim: Simulator;
let workerd: ChildProcess;
let dir: string;
let base: string;
let log = '';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as { port: number };
  await new Promise((ok) => s.close(ok));
  return port;
}

beforeAll(async () => {
  const bin = (installed() as Record<string, { bin: string } | undefined>).workerd?.bin;
  if (!bin || !existsSync(bin)) throw new Error('workerd is not installed: run `node scripts/runtimes.mjs` (npm test runs it first)');
  sim = await startSimulator({ rooms: [{ uniqueId: 'alice', traffic: false }, { uniqueId: 'bob', traffic: false }], enforceSignature: true });
  dir = mkdtempSync(join(tmpdir(), 'tlr-cf-'));
  // As wrangler bundles a Worker: everything in one module, under the Workers conditions.
  await build({
    entryPoints: [join(root, 'examples/cloudflare/worker.ts')],
    outfile: join(dir, 'worker.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    logLevel: 'error',
  });
  const text = (name: string, value: string) => `(name = "${name}", text = ${JSON.stringify(value)})`;
  writeFileSync(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker), (name = "internet", network = (allow = ["public", "private", "local"])) ],
  sockets = [ (name = "http", address = "127.0.0.1:0", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker", esModule = embed "worker.mjs") ],
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "ROOMS", durableObjectNamespace = "LiveRoomObject"),
    ${text('API_KEY', API_KEY)},
    ${text('TOKEN_SECRET', TOKEN_SECRET)},
    ${text('LIVE_OPTIONS', JSON.stringify({ ...sim.clientOptions, fetchRoomInfo: false, reconnectDelayMs: 50 }))},
  ],
  durableObjectNamespaces = [ (className = "LiveRoomObject", uniqueKey = "tiktok-live-rx-example-rooms") ],
  durableObjectStorage = (inMemory = void),
  globalOutbound = "internet",
);
`,
  );
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  workerd = spawn(bin, ['serve', join(dir, 'config.capnp'), '--socket-addr', `http=127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  workerd.stdout!.on('data', (d: Buffer) => (log += d));
  workerd.stderr!.on('data', (d: Buffer) => (log += d));
  let up = false;
  for (let i = 0; i < 200 && !up && workerd.exitCode === null; i++) {
    up = await fetch(`${base}/`).then(
      () => true,
      () => false,
    );
    if (!up) await new Promise((ok) => setTimeout(ok, 100));
  }
  if (!up) throw new Error(`workerd did not start: ${log}`);
}, 60_000);

afterAll(async () => {
  workerd?.kill('SIGTERM');
  await sim?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function mint(rooms: unknown, key = API_KEY): Promise<Response> {
  return fetch(`${base}/token`, { method: 'POST', headers: { 'x-api-key': key, 'content-type': 'application/json' }, body: JSON.stringify({ rooms }) });
}

async function token(rooms: string[]): Promise<string> {
  const res = await mint(rooms);
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

interface Page {
  events: Array<{ type: string; msgId?: string; action?: number }>;
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  ws: WebSocket;
}

/** A browser page's socket to a room. */
function page(room: string, jwt: string): Page {
  const ws = new WebSocket(`${base.replace('http', 'ws')}/rooms/${room}/ws?token=${encodeURIComponent(jwt)}`);
  const events: Page['events'] = [];
  ws.on('message', (d) => events.push(JSON.parse(String(d))));
  ws.on('error', () => {});
  return {
    ws,
    events,
    opened: new Promise((ok, fail) => {
      ws.once('open', () => ok());
      ws.once('unexpected-response', (_req, res) => fail(new Error(`HTTP ${res.statusCode}`)));
    }),
    closed: new Promise((ok) => ws.once('close', (code, reason) => ok({ code, reason: String(reason) }))),
  };
}

const wire = (p: Page) => p.events.filter((e) => e.msgId !== undefined).map((e) => e.msgId);

describe('examples/cloudflare under workerd', () => {
  it('mints a token only for an API key holder, and only for usernames', async () => {
    expect((await mint(['alice'], 'wrong')).status).toBe(401);
    expect((await mint([])).status).toBe(400);
    expect((await mint(['not a name!'])).status).toBe(400);
    const res = await mint(['@Alice']);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ rooms: ['alice'], expiresIn: 3600, token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) });
  });

  it('lets a page into the rooms its token names, and no other', async () => {
    const jwt = await token(['alice']);
    await expect(page('bob', jwt).opened).rejects.toThrow('HTTP 403');
    await expect(page('alice', `${jwt}x`).opened).rejects.toThrow('HTTP 401');
    await expect(page('alice', (await token(['bob'])).replace(/\.[^.]+$/, jwt.slice(jwt.lastIndexOf('.')))).opened).rejects.toThrow('HTTP 401');
  });

  it('runs one liveRoom$ per room in its Durable Object and fans every event out to each page, in order, to the end', { timeout: 60_000 }, async () => {
    const jwt = await token(['alice', 'bob']);
    const alice = [page('alice', jwt), page('alice', jwt)];
    const bob = page('bob', jwt);
    await Promise.all([...alice, bob].map((p) => p.opened));
    // One upstream socket per room, whatever the number of pages; it carries TikTok's cookie (the
    // simulator enforces signatures, as TikTok does).
    await until(() => sim.room('alice').connections().some((c) => c.enteredRoom) && sim.room('bob').connections().some((c) => c.enteredRoom), 15_000, 'both rooms upstream');
    expect(sim.room('alice').connections()).toHaveLength(1);
    expect(sim.room('bob').connections()).toHaveLength(1);
    expect(sim.room('alice').connections()[0]!.cookies.ttwid).toMatch(/^1\|/);
    sim.room('alice').emit('chat', 30);
    sim.room('alice').emit('gift', 10);
    sim.room('bob').emit('like', 5);
    // A page that joins later gets what comes after it joined.
    const sentBefore = sim.room('alice').sent().length;
    await until(() => alice.every((p) => wire(p).length === sentBefore), 15_000, "alice's events on both pages");
    const late = page('alice', jwt);
    await late.opened;
    sim.room('alice').emit('chat', 5);
    sim.room('alice').end();
    sim.room('bob').end();
    const closes = await Promise.all([...alice, late, bob].map((p) => p.closed));
    for (const c of closes) expect(c).toEqual({ code: 1000, reason: 'the LIVE ended' });
    const sentAlice = sim.room('alice').sent().map((m) => m.msgId);
    for (const p of alice) expect(wire(p)).toEqual(sentAlice);
    expect(wire(late)).toEqual(sentAlice.slice(sentBefore));
    expect(wire(bob)).toEqual(sim.room('bob').sent().map((m) => m.msgId));
    expect(alice[0]!.events.at(-1)).toMatchObject({ type: 'control', action: 3 });
    expect(alice[0]!.events[0]).toMatchObject({ type: 'connected' });
  });

  // workerd evicts a Durable Object after about 10 s without work (its hibernatable sockets stay open,
  // and the next event makes a new instance). A room's upstream is work: a LIVE with nothing to say for
  // longer than that keeps its object, its one upstream socket and its pages.
  it('keeps a quiet room streaming past workerd’s idle eviction', { timeout: 40_000 }, async () => {
    sim.addRoom({ uniqueId: 'erin', traffic: false });
    const jwt = await token(['erin']);
    const p = page('erin', jwt);
    await p.opened;
    await until(() => sim.room('erin').connections().some((c) => c.enteredRoom), 15_000, 'upstream');
    const upstream = sim.room('erin').connections()[0]!.id;
    await new Promise((ok) => setTimeout(ok, 12_000));
    sim.room('erin').emit('chat', 3);
    await until(() => wire(p).length === 3, 10_000, 'the chats after the quiet spell');
    // The same socket: the object was never evicted, nor did it reconnect.
    expect(sim.room('erin').connections().map((c) => c.id)).toEqual([upstream]);
    expect(wire(p)).toEqual(sim.room('erin').sent().map((m) => m.msgId));
    p.ws.close(1000);
    await p.closed;
  });

  it('stops the room when its last page leaves', { timeout: 30_000 }, async () => {
    sim.addRoom({ uniqueId: 'carol', traffic: { rate: 50 } });
    const jwt = await token(['carol']);
    const p = page('carol', jwt);
    await p.opened;
    await until(() => sim.room('carol').connections().some((c) => c.enteredRoom), 15_000, 'upstream');
    await until(() => wire(p).length > 3, 10_000, 'events');
    p.ws.close(1000);
    await p.closed;
    await until(() => sim.room('carol').connections().length === 0, 10_000, 'the upstream closed');
  });
});

