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

describe('relay: graceful shutdown', () => {
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
    const dir = mkdtempSync(join(tmpdir(), 'tlrx-relay-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'keys.txt'), `${KEY}\n`);
    // The command from the current source, not a build that may be stale.
    const cli = fileURLToPath(new URL('../src/cli/index.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'relay', '--port', '0', '--api-key-file', join(dir, 'keys.txt'), '--server', sim.url], { stdio: ['ignore', 'pipe', 'pipe'] });
    cleanups.push(() => child.kill('SIGKILL'));
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await until(() => /Relay listening on (http:\/\/\S+)/.test(out), 30_000, `the relay to start: ${err}`);
    const url = /Relay listening on (http:\/\/\S+)/.exec(out)![1]!;
    const { wsClosed, sse } = await twoClients(url, 'stage');
    child.kill('SIGTERM');
    expect(await wsClosed).toEqual({ code: 1001, reason: 'Relay shutting down' });
    expect(await sse).toContain(': connected');
    let code: number | null | undefined;
    void exited.then((c) => (code = c));
    await until(() => code !== undefined, 8000, 'the relay to exit');
    expect(code).toBe(0);
    expect(err).toContain('upstream @stage closed');
  });
});
