import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createClient } from 'redis';
import { from, lastValueFrom } from 'rxjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SignedConnection, SignRequest } from '../src/api/sign.js';
import { InvalidArgumentError, SignRateLimitError } from '../src/errors.js';
import { signBudget, signBudgetKeys, withSignBudget } from '../src/fleet/signBudget.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';
import { startRedisServer, type RedisServer } from './support/redisServer.js';

const API_KEY = 'sk-budget-secret-4f1c9a';
const CHILD = fileURLToPath(new URL('./support/fleet/signChild.ts', import.meta.url));

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.close();
});

const children: ChildProcess[] = [];
let sim: Simulator | undefined;
let proxy: Server | undefined;
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await sim?.close();
  sim = undefined;
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
  proxy = undefined;
});

async function flush(): Promise<void> {
  const client = createClient({ url: redis.url });
  await client.connect();
  await client.sendCommand(['FLUSHALL']);
  await client.close();
}

const request = (roomId: string): SignRequest => ({ roomId, uniqueId: `room${roomId}`, cursor: '', internalExt: '', cookies: {} });

/** A sign provider that answers at once and notes when each request reached it. */
function recordingProvider(log: number[], answer?: (n: number) => Error | undefined) {
  return (req: SignRequest) => {
    const n = log.push(Date.now());
    const error = answer?.(n);
    if (error) return Promise.reject(error);
    return Promise.resolve({ roomId: req.roomId } as SignedConnection);
  };
}

/** The most requests in any window of `ms` that starts at a request. */
function busiestWindow(times: number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j]! < sorted[i]! + ms) j++;
    most = Math.max(most, j - i);
  }
  return most;
}

describe('signBudget: one sign budget per API key, shared through Redis', () => {
  it('keeps requests from separate connections together under the rate, evenly spaced', { timeout: 30_000 }, async () => {
    await flush();
    const log: number[] = [];
    // Three budgets over three connections, as three workers would have: 24 requests at once, 10 per second.
    const providers = [0, 1, 2].map(() => signBudget(recordingProvider(log), { redis: redis.url, apiKey: API_KEY, requests: 10, perMs: 1_000 }));
    const started = Date.now();
    await Promise.all(Array.from({ length: 24 }, (_, i) => lastValueFrom(from(providers[i % 3]!(request(String(1000 + i)))))));
    expect(log).toHaveLength(24);
    // 10 per second, one every 100 ms: 24 requests span at least 2.3 s, and no second holds more than 10.
    expect(Math.max(...log) - Math.min(...log)).toBeGreaterThanOrEqual(2_300 - 20);
    expect(busiestWindow(log, 1_000 - 20)).toBeLessThanOrEqual(10);
    expect(log[0]! - started).toBeLessThan(1_000);
  });

  it('a 429 pauses every provider on the key for its retry-after; the 429 still reaches its caller', { timeout: 30_000 }, async () => {
    await flush();
    const log: number[] = [];
    const limited = new SignRateLimitError('The sign server rate-limited the WebSocket bootstrap', { retryAfterMs: 1_500 });
    const first = signBudget(
      recordingProvider(log, (n) => (n === 1 ? limited : undefined)),
      { redis: redis.url, apiKey: API_KEY, requests: 100, perMs: 1_000 },
    );
    const second = signBudget(recordingProvider(log), { redis: redis.url, apiKey: API_KEY, requests: 100, perMs: 1_000 });
    await expect(lastValueFrom(from(first(request('1'))))).rejects.toBe(limited);
    const pausedAt = log[0]!;
    // Another worker's request waits out the pause, though its own budget has room.
    await lastValueFrom(from(second(request('2'))));
    expect(log[1]! - pausedAt).toBeGreaterThanOrEqual(1_500 - 20);
    // Another API key is not paused.
    const other = signBudget(recordingProvider(log), { redis: redis.url, apiKey: 'another-key', requests: 100, perMs: 1_000 });
    const before = Date.now();
    await lastValueFrom(from(other(request('3'))));
    expect(log[2]! - before).toBeLessThan(1_000);
  });

  it('with maxWaitMs, a request beyond it fails at once with a retryable SignRateLimitError and books nothing', { timeout: 30_000 }, async () => {
    await flush();
    const log: number[] = [];
    const provider = signBudget(recordingProvider(log), { redis: redis.url, apiKey: API_KEY, requests: 1, perMs: 5_000, maxWaitMs: 1_000 });
    await lastValueFrom(from(provider(request('1'))));
    const error = await lastValueFrom(from(provider(request('2')))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignRateLimitError);
    expect((error as SignRateLimitError).retryable).toBe(true);
    expect((error as SignRateLimitError).retryAfterMs).toBeGreaterThan(3_000);
    expect(String((error as Error).message)).not.toContain(API_KEY);
    expect(log).toHaveLength(1);
  });

  it('stores only a hash of the API key: no key name or value holds it', { timeout: 30_000 }, async () => {
    await flush();
    const provider = signBudget(recordingProvider([]), { redis: redis.url, apiKey: API_KEY, requests: 5, perMs: 1_000, pauseMs: 10_000 });
    await lastValueFrom(from(provider(request('1'))));
    const refused = signBudget(recordingProvider([], () => new SignRateLimitError('429')), { redis: redis.url, apiKey: API_KEY, requests: 5, perMs: 1_000 });
    await lastValueFrom(from(refused(request('2')))).catch(() => {});
    const client = createClient({ url: redis.url });
    await client.connect();
    const names = (await client.sendCommand(['KEYS', '*'])) as string[];
    const keys = signBudgetKeys(API_KEY);
    expect(names.sort()).toEqual([keys.pause, keys.rate].sort());
    expect(keys.rate).toMatch(/^tlrx:sign:\{[0-9a-f]{16}\}:rate$/);
    for (const name of names) {
      expect(name).not.toContain(API_KEY);
      expect(String(await client.sendCommand(['GET', name]))).not.toContain(API_KEY);
    }
    await client.close();
  });

  it('refuses a budget it cannot keep, before any request', () => {
    const p = recordingProvider([]);
    expect(() => signBudget(p, { redis: redis.url, requests: 5 })).toThrow(InvalidArgumentError);
    expect(() => signBudget(p, { redis: redis.url, apiKey: 'k', requests: 0 })).toThrow(/requests must be a positive number/);
    expect(() => signBudget(p, { redis: redis.url, apiKey: 'k', requests: 5, burst: 1.5 })).toThrow(/burst must be a positive whole number/);
    expect(() => withSignBudget({}, { redis: redis.url, requests: 5 })).toThrow(/per API key/);
  });
});

/** A sign server in front of the simulator's that notes when each connect request arrived, and for which room. */
async function countingSignServer(target: string): Promise<{ url: string; log: { at: number; roomId: string; status: number }[] }> {
  const log: { at: number; roomId: string; status: number }[] = [];
  proxy = createServer((req, res) => {
    const at = Date.now();
    const roomId = /\/webcast\/rooms\/([^/]+)\/connect/.exec(req.url ?? '')?.[1] ?? '';
    void fetch(`${target}${req.url}`, { headers: { 'x-api-key': String(req.headers['x-api-key'] ?? ''), accept: String(req.headers.accept ?? '*/*') } }).then(async (answer) => {
      log.push({ at, roomId, status: answer.status });
      const headers: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!['content-length', 'transfer-encoding', 'connection', 'content-encoding'].includes(name)) headers[name] = value;
      });
      res.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, log };
}

interface ChildLine {
  room?: string;
  type: string;
  code?: string;
  at: number;
}

function startChild(rooms: string[], options: Record<string, unknown>, budget: Record<string, unknown>): { lines: ChildLine[]; err: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify({ rooms, options, budget })], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const lines: ChildLine[] = [];
  let buffer = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      lines.push(JSON.parse(buffer.slice(0, nl)) as ChildLine);
      buffer = buffer.slice(nl + 1);
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { lines, err: () => stderr };
}

describe('signBudget across worker processes (liveRoom$, the simulator sign server, one redis-server)', () => {
  it('three processes of five rooms each: the sign server sees at most the budget, never answers 429, and every room connects', { timeout: 60_000 }, async () => {
    await flush();
    const names = Array.from({ length: 15 }, (_, i) => `budget_room_${i}`);
    // The sign server allows 6 a second per key; the fleet budgets 4.
    sim = await startSimulator({ rooms: names.map((uniqueId) => ({ uniqueId, traffic: false })), apiKeys: [API_KEY], signRateLimit: { limit: 6, windowMs: 1_000 } });
    const signServer = await countingSignServer(sim.url);
    const options = { ...sim.clientOptions, apiKey: API_KEY, signServerUrl: signServer.url, reconnectDelayMs: 100 };
    const budget = { redis: redis.url, requests: 4, perMs: 1_000 };
    const procs = [0, 1, 2].map((i) => startChild(names.slice(i * 5, i * 5 + 5), options, budget));
    const lines = () => procs.flatMap((p) => p.lines);
    await until(() => lines().filter((l) => l.type === 'connected').length === 15, 40_000, `15 rooms connected (${procs.map((p) => p.err()).join('')})`);

    expect(lines().filter((l) => l.type === 'disconnected' || l.type === 'error')).toEqual([]);
    expect(signServer.log.map((r) => r.status)).toEqual(Array(15).fill(200));
    const times = signServer.log.map((r) => r.at);
    // 4 a second: 15 requests span at least 3.5 s, and no second holds more than 4 (less a slack for a
    // child process that sent its booked request late on this shared machine).
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(3_500 - 150);
    expect(busiestWindow(times, 1_000 - 150)).toBeLessThanOrEqual(4);
  });

  it("one process's 429 pauses the other processes for its retry-after", { timeout: 60_000 }, async () => {
    await flush();
    const names = Array.from({ length: 9 }, (_, i) => `pause_room_${i}`);
    sim = await startSimulator({ rooms: names.map((uniqueId) => ({ uniqueId, traffic: false })), apiKeys: [API_KEY] });
    // The first sign request of the first process's first room is refused: retry-after 3 s.
    sim.room(names[0]!).signRateLimit(1, 3);
    const signServer = await countingSignServer(sim.url);
    const options = { ...sim.clientOptions, apiKey: API_KEY, signServerUrl: signServer.url, reconnectDelayMs: 100 };
    const budget = { redis: redis.url, requests: 5, perMs: 1_000 };
    const procs = [startChild(names.slice(0, 3), options, budget)];
    // The others start once the pause is in Redis: their requests must wait for its end.
    const client = createClient({ url: redis.url });
    await client.connect();
    for (let tries = 0; ((await client.sendCommand(['PTTL', signBudgetKeys(API_KEY).pause])) as number) <= 0; tries++) {
      if (tries > 2_000) throw new Error('no pause after the 429');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await client.close();
    procs.push(startChild(names.slice(3, 6), options, budget), startChild(names.slice(6, 9), options, budget));
    const lines = () => procs.flatMap((p) => p.lines);
    await until(() => lines().filter((l) => l.type === 'connected').length === 9, 40_000, `9 rooms connected (${procs.map((p) => p.err()).join('')})`);

    const refused = signServer.log.find((r) => r.status === 429);
    expect(refused).toBeDefined();
    const roomIds = new Map(names.map((name, i) => [sim!.room(name).roomId, Math.floor(i / 3)]));
    expect(roomIds.get(refused!.roomId)).toBe(0);
    const after = signServer.log.filter((r) => r.at > refused!.at);
    // Nothing reached the sign server during the pause, from any process; the other processes' rooms came after it.
    expect(after.length).toBeGreaterThan(0);
    expect(Math.min(...after.map((r) => r.at)) - refused!.at).toBeGreaterThanOrEqual(3_000 - 50);
    expect(new Set(after.map((r) => roomIds.get(r.roomId)))).toEqual(new Set([0, 1, 2]));
    expect(after.filter((r) => roomIds.get(r.roomId)! > 0)).toHaveLength(6);
    // The refused room heard of its 429 and reconnected after it.
    expect(lines().filter((l) => l.type === 'disconnected')).toEqual([expect.objectContaining({ room: names[0], code: 'SIGN_RATE_LIMIT' })]);
    expect(signServer.log.filter((r) => r.status !== 200)).toHaveLength(1);
  });
});
