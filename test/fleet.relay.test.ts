import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addRoom } from '../src/fleet/registry.js';
import { startWorker, type FleetWorker } from '../src/fleet/worker.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';
import { startRedisServer, type RedisServer } from './support/redisServer.js';

const KEY = 'fleet-relay-admin-key';
const CLI = fileURLToPath(new URL('../src/cli/index.ts', import.meta.url));

let redis: RedisServer;
let dir: string;
beforeAll(async () => {
  redis = await startRedisServer();
  dir = mkdtempSync(join(tmpdir(), 'tlrx-fleet-relay-'));
  writeFileSync(join(dir, 'keys.txt'), `${KEY}\n`);
});
afterAll(async () => {
  await redis?.close();
  rmSync(dir, { recursive: true, force: true });
});

const cleanups: Array<() => void | Promise<void>> = [];
let sim: Simulator | undefined;
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  await sim?.close();
  sim = undefined;
});

/** `tiktok-live-rx relay --redis … --port 0` from the current source, once it listens. */
async function relayProcess(args: string[]): Promise<{ url: string; err: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'relay', '--port', '0', '--api-key-file', join(dir, 'keys.txt'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  cleanups.push(() => void child.kill('SIGKILL'));
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  let gone = false;
  child.once('exit', () => (gone = true));
  const listening = /Relay listening on (http:\/\/\S+)/;
  await until(() => listening.test(out) || gone, 30_000, 'the relay to start');
  if (!listening.test(out)) throw new Error(`The relay command exited: ${err}`);
  return { url: listening.exec(out)![1]!, err: () => err };
}

/** A page on `room` through a relay: the events it gets, as parsed JSON. */
async function page(url: string, room: string): Promise<Array<Record<string, unknown>>> {
  const res = await fetch(`${url}/authentication/jwt`, { method: 'POST', headers: { 'x-api-key': KEY }, body: JSON.stringify({ rooms: [room], maxConnections: 5 }) });
  const { token } = (await res.json()) as { token: string };
  const ws = new WebSocket(`${url.replace('http', 'ws')}/ws?uniqueId=${room}&jwtKey=${token}`);
  cleanups.push(() => ws.terminate());
  ws.on('error', () => {});
  const events: Array<Record<string, unknown>> = [];
  ws.on('message', (d) => events.push(JSON.parse(d.toString()) as Record<string, unknown>));
  await until(() => events.some((e) => e.type === 'connected'), 15_000, 'the page connected');
  return events;
}

describe('relay --redis: relays serve browsers from the fleet log', () => {
  it('two relay processes serve one room from the log: the same events in the same order, one TikTok connection (the worker’s)', { timeout: 90_000 }, async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'stage', traffic: false }] });
    await addRoom(redis.url, 'stage');
    const worker: FleetWorker = await startWorker({ redis: redis.url, capacity: 5, leaseMs: 2_000, liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false } });
    cleanups.push(() => worker.stop());
    const room = sim.room('stage');
    await until(() => room.connections().some((c) => c.enteredRoom), 15_000, 'the worker in the room');

    const [a, b] = await Promise.all([relayProcess(['--redis', redis.url]), relayProcess(['--redis', redis.url])]);
    const [pageA, pageB] = await Promise.all([page(a.url, 'stage'), page(b.url, 'stage')]);
    const sent: string[] = [];
    for (let n = 0; n < 40; n++) {
      for (const m of room.push({ type: 'chat', comment: `hello ${n}` })) sent.push(m.msgId);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const chats = (events: Array<Record<string, unknown>>) => events.filter((e) => e.type === 'chat').map((e) => String(e.msgId));
    await until(() => chats(pageA).length >= 40 && chats(pageB).length >= 40, 20_000, `both pages got the 40 chats (${a.err()}${b.err()})`);
    expect(chats(pageA)).toEqual(sent);
    expect(chats(pageB)).toEqual(sent);
    expect(pageA.find((e) => e.type === 'chat')).toMatchObject({ comment: 'hello 0', room: 'stage' });
    // Only the worker talks to TikTok: the relays read the log.
    expect(room.connections()).toHaveLength(1);
    expect(a.err() + b.err()).not.toMatch(/failed/);
  });

  it('refuses a --redis that is not a redis URL, and --prefix without --redis', { timeout: 30_000 }, async () => {
    await expect(relayProcess(['--redis', 'http://127.0.0.1:6379'])).rejects.toThrow(/--redis must be a redis:\/\/ or rediss:\/\/ URL/);
    await expect(relayProcess(['--prefix', 'x'])).rejects.toThrow(/--prefix and --partitions go with --redis/);
  });
});
