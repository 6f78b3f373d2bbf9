import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../src/relay/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';
import { readAll } from './support/relay.js';

const KEY = 'relay-admin-key';
let sim: Simulator | undefined;
let relay: Relay | undefined;
const cleanups: Array<() => void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await relay?.close();
  await sim?.close();
  relay = undefined;
  sim = undefined;
});

async function mint(url: string, room: string): Promise<string> {
  const res = await fetch(`${url}/authentication/jwt`, { method: 'POST', headers: { 'x-api-key': KEY }, body: JSON.stringify({ rooms: [room], maxConnections: 5 }) });
  return ((await res.json()) as { token: string }).token;
}

/** A WebSocket page and an SSE page on `room`, both past `connected`. */
async function twoClients(url: string, room: string) {
  const jwt = await mint(url, room);
  const ws = new WebSocket(`${url.replace('http', 'ws')}/ws?uniqueId=${room}&jwtKey=${jwt}`);
  cleanups.push(() => ws.terminate());
  ws.on('error', () => {});
  const types: string[] = [];
  ws.on('message', (d) => types.push((JSON.parse(d.toString()) as { type: string }).type));
  const wsClosed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const sse = readAll(await fetch(`${url}/events?uniqueId=${room}&jwtKey=${jwt}`));
  await until(() => types.includes('connected'), 15_000, 'the upstream connection');
  return { wsClosed, sse };
}

function keyFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tlrx-relay-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'keys.txt'), `${KEY}\n`);
  return join(dir, 'keys.txt');
}

/** `tiktok-live-rx relay --port 0 …` from the current source (not a build that may be stale), once it listens. */
async function relayCommand(args: string[]) {
  const cli = fileURLToPath(new URL('../src/cli/index.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'relay', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  cleanups.push(() => child.kill('SIGKILL'));
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  let gone = false;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => ((gone = true), resolve(code))));
  const listening = /Relay listening on (http:\/\/\S+)/;
  await until(() => listening.test(out) || gone, 30_000, 'the relay to start');
  if (!listening.test(out)) throw new Error(`The relay command exited: ${err}`);
  return { child, url: listening.exec(out)![1]!, exited, err: () => err };
}

describe('relay: graceful shutdown and the relay command', () => {
  it('shutdown() closes WebSockets with 1001, ends SSE streams, closes upstreams at once and refuses newcomers', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'stage', traffic: false }] });
    // A long grace period: the upstream must close because of the shutdown, not because it ran out.
    relay = await startRelay({ apiKeys: [KEY], liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false }, graceMs: 60_000 });
    const { wsClosed, sse } = await twoClients(relay.url, 'stage');
    const s = sim;
    await until(() => s.openSockets() === 1, 5000, 'the upstream socket');
    const url = relay.url;
    await relay.shutdown();
    expect(await wsClosed).toEqual({ code: 1001, reason: 'Relay shutting down' });
    expect(await sse).toContain(': connected');
    expect(relay.stats()).toEqual({ upstreams: 0, clients: 0, slowDropped: 0 });
    await until(() => s.openSockets() === 0, 5000, 'the simulator to see the upstream go');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('the relay command closes clients with 1001 and exits 0 on SIGTERM', { timeout: 60_000 }, async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'stage', traffic: false }] });
    const p = await relayCommand(['--api-key-file', keyFile(), '--server', sim.url]);
    const { wsClosed, sse } = await twoClients(p.url, 'stage');
    p.child.kill('SIGTERM');
    expect(await wsClosed).toEqual({ code: 1001, reason: 'Relay shutting down' });
    expect(await sse).toContain(': connected');
    let code: number | null | undefined;
    void p.exited.then((c) => (code = c));
    await until(() => code !== undefined, 8000, 'the relay to exit');
    expect(code).toBe(0);
    expect(p.err()).toContain('upstream @stage closed');
  });

  it('the relay command takes --connect-rate, --max-public-clients and --trust-proxy', { timeout: 60_000 }, async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'open_house', traffic: false }] });
    const p = await relayCommand(['--public-room', 'open_house', '--connect-rate', '1', '--max-public-clients', '1', '--trust-proxy', '--server', sim.url]);
    const from = (forwarded: string) => fetch(`${p.url}/api/live/connect?uniqueId=open_house`, { headers: { 'x-forwarded-for': forwarded } });
    const first = await from('203.0.113.7');
    expect(first.status).toBe(200);
    // One a minute per address: a burst of 10, then the 11th waits a minute.
    for (let i = 0; i < 9; i++) expect((await from('203.0.113.7')).status).toBe(200);
    const limited = await from('198.51.100.1, 203.0.113.7');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect((await from('203.0.113.8')).status).toBe(200);
    // One public client at a time.
    const { token } = (await first.json()) as { token: string };
    const ws = new WebSocket(`${p.url.replace('http', 'ws')}/ws?uniqueId=open_house&jwtKey=${token}`);
    cleanups.push(() => ws.terminate());
    ws.on('error', () => {});
    await new Promise((resolve) => ws.once('open', resolve));
    expect((await from('203.0.113.9')).status).toBe(503);
  });
});
