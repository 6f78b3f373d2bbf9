/**
 * `npm run bench:fleet`: the fleet on this machine. Rooms of a simulator (its own process) watched by
 * worker processes writing to one redis-server, read back by a consumer group in this process; then
 * the same rooms in one liveRoom$ process (the baseline: no Redis, no durability); then the takeover of
 * 250 rooms after SIGKILL of their worker. Sizes: FLEET_ROOMS (default 200), FLEET_WORKERS (2),
 * FLEET_RATE (events/s per room, default 10), FLEET_TAKEOVER_ROOMS (250), FLEET_WINDOW_MS (15,000).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Subscription } from 'rxjs';
import { createClient } from 'redis';
import { addRoom } from '../src/fleet/registry.js';
import { fleetEvents$ } from '../src/fleet/fleetEvents.js';
import { fleetKeys } from '../src/fleet/keys.js';
import { startRedisServer } from '../test/support/redisServer.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ROOMS = env('FLEET_ROOMS', 200);
const WORKERS = env('FLEET_WORKERS', 2);
const RATE = env('FLEET_RATE', 10);
const TAKEOVER_ROOMS = env('FLEET_TAKEOVER_ROOMS', 250);
const WINDOW_MS = env('FLEET_WINDOW_MS', 15_000);
const LEASE_MS = 5_000;
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const children: ChildProcess[] = [];
/** The bench's redis-server, stopped on the way out whatever happened. */
let redisServer: Awaited<ReturnType<typeof startRedisServer>> | undefined;

interface Child {
  child: ChildProcess;
  lines: Array<Record<string, unknown>>;
  last: () => Record<string, unknown> | undefined;
}
function start(script: string, config: unknown): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', here(script), JSON.stringify(config)], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  const lines: Array<Record<string, unknown>> = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      lines.push({ ...(JSON.parse(line) as Record<string, unknown>), receivedAt: Date.now() });
    } catch {
      // not ours
    }
  });
  return { child, lines, last: () => lines.at(-1) };
}
async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`bench:fleet: timed out waiting for ${what}`);
    await sleep(50);
  }
}
/** CPU seconds a process has used (user + system), from /proc. */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
function rssKB(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

async function main(): Promise<void> {
  const redis = await startRedisServer();
  redisServer = redis;
  const admin = createClient({ url: redis.url });
  // Redis goes away at the end of a run (or a failed one): not an unhandled 'error' event.
  admin.on('error', () => {});
  await admin.connect();
  const keys = fleetKeys();
  const redisCpu = async () => {
    const info = String(await admin.sendCommand(['INFO', 'cpu']));
    return Number(/used_cpu_user:([\d.]+)/.exec(info)![1]) + Number(/used_cpu_sys:([\d.]+)/.exec(info)![1]);
  };
  const logLength = async () => {
    let total = 0;
    for (const stream of keys.logs()) total += Number(await admin.sendCommand(['XLEN', stream]));
    return total;
  };

  const sim = start('./fleet/sim.ts', { rooms: Math.max(ROOMS, TAKEOVER_ROOMS), rate: RATE });
  await until(() => sim.lines.length > 0, 60_000, 'the simulator');
  const clientOptions = sim.lines[0]!.clientOptions as Record<string, unknown>;
  const rooms = Array.from({ length: ROOMS }, (_, i) => `fleet_${i}`);
  const results: Record<string, unknown> = { rooms: ROOMS, workers: WORKERS, ratePerRoom: RATE, offered: ROOMS * RATE, windowMs: WINDOW_MS };

  // ---- the fleet: workers → Redis → a consumer group here
  const workers = Array.from({ length: WORKERS }, () => start('./fleet/worker.ts', { redis: redis.url, capacity: Math.ceil(ROOMS / WORKERS) + 10, leaseMs: LEASE_MS, liveRoomOptions: clientOptions }));
  await until(() => workers.every((w) => w.lines.length > 0), 60_000, 'the workers');
  await sleep(3_000);
  const idleRss = workers.map((w) => rssKB(w.child.pid!));
  // Send → receive, and its two halves: send → written (the entry id's time, Redis's clock on this
  // machine) and written → received.
  const latencies: number[] = [];
  const toWrite: number[] = [];
  const toRead: number[] = [];
  let received = 0;
  const consumer: Subscription = fleetEvents$({ redis: redis.url, group: 'bench', consumer: 'bench-1', startAt: 'end' }).subscribe((e) => {
    if ('createTime' in e && typeof e.createTime === 'number') {
      const now = Date.now();
      const written = Number(e.entryId.split('-')[0]);
      received += 1;
      latencies.push(now - e.createTime);
      toWrite.push(written - e.createTime);
      toRead.push(now - written);
    }
  });
  for (const room of rooms) await addRoom(redis.url, room);
  // Steady state: every room owned and shared out evenly (rooms moved by the fair share resume from
  // their stored position, and what they replay would count as latency), then 5 s more.
  const fair = () => workers.every((w) => Math.abs(Number(w.last()?.rooms ?? 0) - ROOMS / WORKERS) <= 1) && workers.reduce((sum, w) => sum + Number(w.last()?.rooms ?? 0), 0) === ROOMS;
  await until(fair, 180_000, `${ROOMS} rooms owned, shared evenly`);
  await sleep(5_000);
  if (!fair()) console.warn('bench:fleet: the rooms moved again during the settling time');
  for (const xs of [latencies, toWrite, toRead]) xs.length = 0;
  received = 0;
  const t0 = Date.now();
  const [cpu0, redis0, log0, self0] = [workers.map((w) => cpuOf(w.child.pid!)), await redisCpu(), await logLength(), process.cpuUsage()];
  await sleep(WINDOW_MS);
  const seconds = (Date.now() - t0) / 1000;
  const [cpu1, redis1, log1, self1] = [workers.map((w) => cpuOf(w.child.pid!)), await redisCpu(), await logLength(), process.cpuUsage(self0)];
  const written = log1 - log0;
  const fleetRss = workers.map((w) => rssKB(w.child.pid!));
  const workerCpu = cpu1.reduce((a, b) => a + b, 0) - cpu0.reduce((a, b) => a + b, 0);
  const per10k = (cpuSeconds: number, events: number) => round((cpuSeconds * 1000 * 10_000) / events, 0);
  results.fleet = {
    eventsPerSecWritten: round(written / seconds, 0),
    eventsPerSecConsumed: round(received / seconds, 0),
    redisCpuMsPer10k: per10k(redis1 - redis0, written),
    workersCpuMsPer10k: per10k(workerCpu, written),
    consumerCpuMsPer10k: per10k((self1.user + self1.system) / 1e6, received),
    latencyP50Ms: pct(latencies, 0.5),
    latencyP99Ms: pct(latencies, 0.99),
    sendToWrittenP50Ms: pct(toWrite, 0.5),
    sendToWrittenP99Ms: pct(toWrite, 0.99),
    writtenToReceivedP50Ms: pct(toRead, 0.5),
    writtenToReceivedP99Ms: pct(toRead, 0.99),
    rssKBPerRoom: round(fleetRss.reduce((a, b) => a + b, 0) / ROOMS - idleRss.reduce((a, b) => a + b, 0) / ROOMS, 0),
    redisUsedMemoryMB: round(Number(/used_memory:(\d+)/.exec(String(await admin.sendCommand(['INFO', 'memory'])))![1]) / 1048576),
  };
  consumer.unsubscribe();
  for (const w of workers) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((resolve) => (w.child.exitCode !== null ? resolve(0) : w.child.once('exit', resolve)))));
  console.log('fleet', JSON.stringify(results.fleet));

  // ---- the baseline: the same rooms in one liveRoom$ process
  const base = start('./fleet/baseline.ts', { rooms, liveRoomOptions: clientOptions });
  await sleep(2_000);
  const baseIdle = rssKB(base.child.pid!);
  await until(() => base.lines.some((l) => l.connected !== undefined), Math.max(120_000, ROOMS * 300), 'the baseline connected');
  await sleep(5_000);
  base.child.stdin!.write('mark\n');
  const b0 = cpuOf(base.child.pid!);
  const bt0 = Date.now();
  await sleep(WINDOW_MS);
  const bCpu = cpuOf(base.child.pid!) - b0;
  const bSeconds = (Date.now() - bt0) / 1000;
  const n = base.lines.length;
  base.child.stdin!.write('report\n');
  await until(() => base.lines.length > n, 10_000, 'the baseline report');
  const report = base.lines.at(-1) as { events: number; p50: number; p99: number };
  const baseRss = rssKB(base.child.pid!);
  results.baseline = {
    eventsPerSec: round(report.events / bSeconds, 0),
    cpuMsPer10k: per10k(bCpu, report.events),
    latencyP50Ms: report.p50,
    latencyP99Ms: report.p99,
    rssKBPerRoom: round((baseRss - baseIdle) / ROOMS, 0),
  };
  base.child.kill('SIGKILL');
  console.log('baseline', JSON.stringify(results.baseline));
  const f = results.fleet as Record<string, number>;
  const b = results.baseline as Record<string, number>;
  results.ratios = {
    cpuPer10k: round((f.workersCpuMsPer10k! + f.redisCpuMsPer10k!) / b.cpuMsPer10k!, 2),
    cpuPer10kWithConsumer: round((f.workersCpuMsPer10k! + f.redisCpuMsPer10k! + f.consumerCpuMsPer10k!) / b.cpuMsPer10k!, 2),
    latencyP50: round(f.latencyP50Ms! / Math.max(1, b.latencyP50Ms!), 2),
    latencyP99: round(f.latencyP99Ms! / Math.max(1, b.latencyP99Ms!), 2),
    rssPerRoom: round(f.rssKBPerRoom! / Math.max(1, b.rssKBPerRoom!), 2),
  };
  console.log('ratios', JSON.stringify(results.ratios));

  // ---- takeover: one worker holds TAKEOVER_ROOMS rooms, SIGKILL, a second one takes them
  await admin.sendCommand(['FLUSHALL']);
  const moving = Array.from({ length: TAKEOVER_ROOMS }, (_, i) => `fleet_${i}`);
  for (const room of moving) await addRoom(redis.url, room);
  const first = start('./fleet/worker.ts', { redis: redis.url, capacity: TAKEOVER_ROOMS, leaseMs: LEASE_MS, liveRoomOptions: clientOptions });
  await until(() => Number(first.last()?.rooms ?? 0) === TAKEOVER_ROOMS, 180_000, `${TAKEOVER_ROOMS} rooms in one worker`);
  await sleep(3_000);
  const epochs = new Map<string, number>();
  for (const room of moving) epochs.set(room, Number(await admin.sendCommand(['HGET', keys.state(room), 'epoch'])));
  const t = (await admin.sendCommand(['TIME'])) as [string, string];
  const killedAt = Number(t[0]) * 1000 + Math.floor(Number(t[1]) / 1000);
  first.child.kill('SIGKILL');
  // The taker starts after the kill (started before, it would take a fair share of the rooms at once);
  // its start-up overlaps the leases' expiry.
  const second = start('./fleet/worker.ts', { redis: redis.url, capacity: TAKEOVER_ROOMS, leaseMs: LEASE_MS, liveRoomOptions: clientOptions });
  const killedLocal = Date.now();
  await until(() => Number(second.last()?.rooms ?? 0) === TAKEOVER_ROOMS, 120_000, 'every room taken over');
  const workerUp = Number(second.lines[0]!.receivedAt) - killedLocal;
  const claimedAll = Number(second.lines.find((l) => Number(l.rooms) === TAKEOVER_ROOMS)!.receivedAt) - killedLocal;
  const firstClaims = Number(second.lines.find((l) => Number(l.rooms) > 0)?.receivedAt ?? 0) - killedLocal;
  // The first entry the new owner wrote for each room: its epoch is above the killed worker's.
  const moved = new Map<string, number>();
  const deadline = Date.now() + 90_000;
  while (moved.size < TAKEOVER_ROOMS && Date.now() < deadline) {
    for (const room of moving) {
      if (moved.has(room)) continue;
      const entries = (await admin.sendCommand(['XRANGE', keys.logOf(room), String(killedAt - 1_000), '+'])) as Array<[string, string[]]>;
      const firstNew = entries.find(([, fields]) => fields[1] === room && Number(fields[fields.indexOf('epoch') + 1]) > epochs.get(room)!);
      if (firstNew) moved.set(room, Number(firstNew[0].split('-')[0]) - killedAt);
    }
    await sleep(500);
  }
  const times = [...moved.values()];
  results.takeover = {
    rooms: TAKEOVER_ROOMS,
    leaseMs: LEASE_MS,
    newWorkerUpMs: workerUp,
    firstClaimMs: firstClaims,
    allClaimedMs: claimedAll,
    moved: times.length,
    firstEventP50Ms: pct(times, 0.5),
    firstEventP95Ms: pct(times, 0.95),
    firstEventMaxMs: Math.max(...times),
  };
  console.log('takeover', JSON.stringify(results.takeover));
  second.child.kill('SIGKILL');
  sim.child.kill('SIGTERM');
  await admin.close();
  await redis.close();
  console.log(JSON.stringify(results, null, 2));
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await redisServer?.close();
    // A failed run leaves Redis clients and timers behind: exit rather than wait on them.
    process.exit();
  });
