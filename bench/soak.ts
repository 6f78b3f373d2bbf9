/**
 * `npm run soak`: a long run of simulated traffic through `liveRoom$` and the
 * relay, with faults every few seconds, that must end with exact delivery and
 * a flat heap. Not part of CI (it runs for an hour by default).
 *
 *   npm run soak                         # 60 minutes at 2,000 events/s
 *   npm run soak -- --minutes 5 --rate 500 --clients 5
 *   npm run soak -- --minutes 2 --faults drop-clean,stall   # only these faults
 *
 * This process holds the simulator (on 127.0.0.1), one direct `liveRoom$`
 * subscriber and a relay; the relay's well-behaved WebSocket and SSE clients
 * and the clients that stop reading run in a child process
 * (bench/soak-clients.ts); reset upgrade requests come from here. Every event
 * the direct subscriber gets is checked against what the simulator published,
 * in order, as it arrives; each relay client's count, order and msgId sum are
 * compared with what was published from its first event on. The heap (after
 * a full GC) and the active handles of this process are sampled every 30 s. The verdict and the figures are
 * printed and written to bench/results/soak-*.json; the exit code is 0 only
 * when every check holds.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect as tcpConnect, type Socket } from 'node:net';
import { parseArgs } from 'node:util';
import { liveRoom$, RoomStats, type LiveEvent } from '../src/index.js';
import { startRelay } from '../src/relay/index.js';
import { startSimulator } from '../src/simulator/index.js';
import type { ClientFigures, FromClients, ToClients } from './soak-clients.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '60' },
    rate: { type: 'string', default: '2000' },
    clients: { type: 'string', default: '10' },
    'fault-every': { type: 'string', default: '3' },
    faults: { type: 'string' },
  },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
const clientCount = Number(values.clients);
const faultEveryMs = Number(values['fault-every']) * 1000;
if (!(minutes > 0) || !(rate > 0) || !(clientCount >= 1) || !(faultEveryMs > 0)) throw new Error('--minutes, --rate, --clients and --fault-every must be positive numbers');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc (npm run soak does)');

const ROOM = 'soak';
const started = Date.now();
const elapsed = () => ((Date.now() - started) / 1000).toFixed(0).padStart(5);
const say = (line: string) => process.stdout.write(`[${elapsed()} s] ${line}\n`);

// Every subscriber joins within the first second; 'start' lets each begin at the room's first message.
// The simulator keeps 30 s of history (more than a stall and its detection take), so it is full early and
// the heap that follows is the client's and the relay's.
const sim = await startSimulator({ seed: 7, historySize: rate * 30, rooms: [{ uniqueId: ROOM, joinFrom: 'start', traffic: { rate, seed: 7 } }] });
const room = sim.room(ROOM);
const clientOptions = { ...sim.clientOptions, fetchRoomInfo: false, heartbeatInterval: 2000, reconnectDelayMs: 100, maxReconnectDelayMs: 1000, maxReconnectAttempts: 1000 } as const;
// 8 MiB of headroom per client: on a busy machine a client that reads is still scheduled late at times.
const relay = await startRelay({ apiKeys: ['soak-admin'], graceMs: 1000, maxBufferBytes: 8 * 2 ** 20, liveRoomOptions: clientOptions });

// ---------------------------------------------------------------- the truth, and who checks against it

const MASK = (1n << 64n) - 1n;
const EARLY = 200_000;
const early = new Map<string, { index: number; sumBefore: bigint }>();
let publishedCount = 0;
let publishedSum = 0n;
/** msgIds the simulator published, in order, from absolute position `base`. */
const expected: string[] = [];
let base = 0;
let lastSeen: string | undefined;
/** Appends what the simulator published since the last call. */
function pull(): void {
  const sent = room.sent();
  let from = 0;
  if (lastSeen !== undefined) {
    from = sent.length;
    while (from > 0 && sent[from - 1]!.msgId !== lastSeen) from -= 1;
    if (from === 0) throw new Error('The soak lost track of the simulator (its history moved past the last message read)');
  }
  for (let i = from; i < sent.length; i++) {
    const id = sent[i]!.msgId;
    expected.push(id);
    // Where each of the first messages stands, for the relay clients' sums (they join in the first seconds).
    if (publishedCount < EARLY) early.set(id, { index: publishedCount, sumBefore: publishedSum });
    publishedCount += 1;
    publishedSum = (publishedSum + BigInt(id)) & MASK;
  }
  if (sent.length) lastSeen = sent[sent.length - 1]!.msgId;
}

interface Consumer {
  name: string;
  /** Where it joined: relay clients that attach to a running upstream get nothing from before (no replay to late subscribers). */
  start?: number;
  next: number;
  mismatches: number;
  firstMismatch?: string;
  ended: boolean;
  endedHow?: string;
}
function consumer(name: string): Consumer {
  return { name, next: 0, mismatches: 0, ended: false };
}
/** Checks that `msgId` is the next message `c` should get. */
function check(c: Consumer, msgId: string): void {
  if (c.next - base >= expected.length) pull();
  if (c.start === undefined) {
    const at = expected.indexOf(msgId, c.next - base);
    c.start = c.next = at < 0 ? c.next : base + at;
  }
  const want = expected[c.next - base];
  if (want === msgId) {
    c.next += 1;
    return;
  }
  c.mismatches += 1;
  if (!c.firstMismatch) c.firstMismatch = `at #${c.next}: expected ${want}, got ${msgId}`;
  // Resynchronise on the message we got, so one slip is counted once.
  const at = expected.indexOf(msgId, c.next - base);
  if (at >= 0) c.next = base + at + 1;
}
/** Drops what every consumer has passed. */
function trim(): void {
  const low = direct.ended ? base + expected.length : direct.next;
  if (Number.isFinite(low) && low - base > 50_000) {
    expected.splice(0, low - base);
    base = low;
  }
}

// ---------------------------------------------------------------- the direct subscriber

const direct = consumer('liveRoom$');
const stats = new RoomStats();
const lifecycle: Record<string, number> = {};
let directError: unknown;
const directDone = new Promise<void>((resolve) => {
  liveRoom$(ROOM, { ...clientOptions, stats }).subscribe({
    next(e: LiveEvent) {
      if ('msgId' in e && e.type !== 'error') check(direct, e.msgId);
      else {
        lifecycle[e.type] = (lifecycle[e.type] ?? 0) + 1;
        if (e.type === 'disconnected') say(`liveRoom$ disconnected: ${e.code} ${e.reason} (attempt ${e.attempt}, again in ${e.delayMs} ms)`);
        if (e.type === 'gap' || e.type === 'error') say(`liveRoom$ ${e.type}: ${JSON.stringify(e)}`);
      }
    },
    error(err: unknown) {
      directError = err;
      direct.ended = true;
      direct.endedHow = `error: ${(err as Error).message}`;
      resolve();
    },
    complete() {
      direct.ended = true;
      direct.endedHow = 'complete';
      resolve();
    },
  });
});

// ---------------------------------------------------------------- relay clients

async function token(): Promise<string> {
  const res = await fetch(`${relay.url}/authentication/jwt`, { method: 'POST', headers: { 'x-api-key': 'soak-admin' }, body: JSON.stringify({ rooms: [ROOM], maxConnections: 10_000, expiresIn: 86_400 }) });
  return ((await res.json()) as { token: string }).token;
}
const jwt = await token();
const wsUrl = `${relay.url.replace(/^http/, 'ws')}/ws?uniqueId=${ROOM}&jwtKey=${jwt}`;

const clients = fork(fileURLToPath(new URL('./soak-clients.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] });
const tell = (message: ToClients) => clients.send(message);
let lastReport: ClientFigures[] = [];
const closedEarly: string[] = [];
let ending = false;
clients.on('message', (message: FromClients) => {
  if (message.type === 'report') lastReport = message.clients;
  else if (!ending) {
    closedEarly.push(`${message.name}: ${message.how}`);
    say(`${message.name} closed: ${message.how}`);
  }
});
const report = () =>
  new Promise<{ clients: ClientFigures[]; allEnded: boolean }>((resolve) => {
    const onMessage = (message: FromClients) => {
      if (message.type !== 'report') return;
      clients.off('message', onMessage);
      resolve(message);
    };
    clients.on('message', onMessage);
    tell({ cmd: 'report' });
  });
tell({ cmd: 'start', wsUrl, sseUrl: `${relay.url}/events?uniqueId=${ROOM}&jwtKey=${jwt}`, clients: clientCount });

// ---------------------------------------------------------------- faults

const faults: Record<string, number> = {};
const hostile = { resetUpgrades: 0, slowClients: 0 };
/** An upgrade request cut off with a TCP reset the moment it is written. */
function resetUpgrade(url: string): void {
  const u = new URL(url);
  const socket: Socket = tcpConnect(Number(u.port), u.hostname, () => {
    socket.write(`GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
    socket.resetAndDestroy();
  });
  socket.on('error', () => {});
  hostile.resetUpgrades += 1;
}
/** A relay client that stops reading: the relay must drop it (4008) and nobody else may notice. */
function slowClient(): void {
  hostile.slowClients += 1;
  tell({ cmd: 'slow' });
}

let stalled = false;
const schedule: Array<[string, () => void]> = [
  ['drop-clean', () => room.dropConnection({ clean: true })],
  ['drop-reset', () => room.dropConnection({ clean: false })],
  ['corrupt-frame', () => room.corruptFrame()],
  ['reset-upgrades', () => {
    resetUpgrade(wsUrl.replace(/jwtKey=[^&]*/, ''));
    resetUpgrade(wsUrl);
    resetUpgrade(`${sim.url.replace(/^http/, 'ws')}/webcast/im/push/v2/?room_id=${room.roomId}`);
  }],
  ['truncated-gzip', () => room.truncatedGzip()],
  ['sign-429', () => {
    room.signRateLimit(1, 1);
    room.dropConnection({ clean: false });
  }],
  ['slow-client', () => slowClient()],
  ['sign-5xx', () => {
    room.signServerError(1, 503);
    room.dropConnection({ clean: true });
  }],
  ['gzip-bomb', () => room.gzipBomb(32 * 1024 * 1024)],
  ['stall', () => {
    stalled = true;
    room.stall();
    setTimeout(() => {
      room.resume();
      stalled = false;
    }, 8000);
  }],
];
const chosen = values.faults?.split(',').map((f) => f.trim());
const unknownFaults = chosen?.filter((f) => !schedule.some(([name]) => name === f)) ?? [];
if (unknownFaults.length) throw new Error(`Unknown faults: ${unknownFaults.join(', ')}; known: ${schedule.map(([n]) => n).join(', ')}`);
if (chosen) schedule.splice(0, schedule.length, ...schedule.filter(([name]) => chosen.includes(name)));
let turn = 0;
const faultTimer = setInterval(() => {
  if (stalled) return;
  const [name, run] = schedule[turn++ % schedule.length]!;
  faults[name] = (faults[name] ?? 0) + 1;
  say(`fault: ${name}`);
  run();
}, faultEveryMs);

// ---------------------------------------------------------------- samples

interface Sample {
  s: number;
  heapMB: number;
  rssMB: number;
  handles: number;
  delivered: number;
  lagMs: number | undefined;
}
const samples: Sample[] = [];
const sample = () => {
  gc();
  const mem = process.memoryUsage();
  const s: Sample = {
    s: Math.round((Date.now() - started) / 1000),
    heapMB: Math.round(mem.heapUsed / 2 ** 20),
    rssMB: Math.round(mem.rss / 2 ** 20),
    handles: process.getActiveResourcesInfo().length,
    delivered: direct.next,
    lagMs: stats.snapshot().lagMs,
  };
  samples.push(s);
  const counts = lastReport.map((c) => c.count);
  say(
    `heap ${s.heapMB} MB, rss ${s.rssMB} MB, handles ${s.handles}, published ${publishedCount}, delivered ${s.delivered} direct, ` +
      `${counts.length ? `${Math.min(...counts)}–${Math.max(...counts)}` : '?'} to relay clients (at the last report), relay clients ${relay.stats().clients}, faults ${Object.values(faults).reduce((a, b) => a + b, 0)}`,
  );
  tell({ cmd: 'report' });
};
const sampleTimer = setInterval(sample, 30_000);
const trimTimer = setInterval(() => {
  pull();
  trim();
}, 1000);
const cpuStart = process.cpuUsage();

say(`soak: ${minutes} min at ${rate} events/s; ${clientCount} relay WebSocket clients and one SSE client; a fault every ${faultEveryMs / 1000} s`);
await new Promise((resolve) => setTimeout(resolve, minutes * 60_000));

// ---------------------------------------------------------------- the end, and the verdict

clearInterval(faultTimer);
room.resume();
const handlesBeforeEnd = process.getActiveResourcesInfo().length;
sample();
say('ending the LIVE');
ending = true;
room.end();
const deadline = Date.now() + 60_000;
await directDone;
let final = await report();
while (!final.allEnded && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  final = await report();
}
pull();
clearInterval(sampleTimer);
clearInterval(trimTimer);
const cpu = process.cpuUsage(cpuStart);
const published = publishedCount;
const relayStats = relay.stats();

/** A relay client's figures against what the simulator published from its first event on. */
const judged = final.clients.map((c) => {
  const from = c.first === undefined ? undefined : early.get(c.first);
  const wantCount = from === undefined ? undefined : published - from.index;
  const wantSum = from === undefined ? undefined : ((publishedSum - from.sumBefore) & MASK).toString();
  return { ...c, joinedAt: from?.index, missing: wantCount === undefined ? undefined : wantCount - c.count, exact: wantCount === c.count && wantSum === c.sum && c.outOfOrder === 0 };
});

const warm = samples.filter((s) => s.s >= Math.min(300, Math.max(60, (minutes * 60) / 5)));
const firstWarm = warm[0] ?? samples[0]!;
const lastSample = samples[samples.length - 1]!;
const heapGrowthMB = lastSample.heapMB - firstWarm.heapMB;
const checks: Record<string, boolean> = {
  'the direct subscriber got every event, in order, once': direct.start === 0 && direct.next === published && direct.mismatches === 0,
  'the direct stream completed on the end of the LIVE': direct.endedHow === 'complete' && directError === undefined,
  'every relay client got every event from where it joined, in order, once': judged.length === clientCount + 1 && judged.every((c) => c.exact),
  'relay WebSocket clients were closed with 1000 on the end': judged.filter((c) => c.name.startsWith('relay ws')).every((c) => c.endedHow?.startsWith('close 1000')),
  'the SSE client read to the end': judged.find((c) => c.name === 'relay sse')?.endedHow === 'stream ended',
  'no well-behaved client was closed early': closedEarly.length === 0,
  'the heap stayed flat (under 32 MB of growth after warm-up)': heapGrowthMB < 32,
  'handles stayed flat (within 10 of warm-up)': handlesBeforeEnd <= firstWarm.handles + 10,
  'slow clients were dropped': hostile.slowClients === 0 || relayStats.slowDropped > 0,
};
const result = {
  date: new Date().toISOString(),
  minutes,
  rate,
  published,
  direct: { delivered: direct.next, mismatches: direct.mismatches, firstMismatch: direct.firstMismatch, endedHow: direct.endedHow },
  relayClients: judged,
  closedEarly,
  faults,
  hostile,
  lifecycle,
  roomStats: stats.snapshot(),
  relay: relayStats,
  cpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / (Date.now() - started)) * 1000) / 10,
  heapGrowthMB,
  samples,
  checks,
  ok: Object.values(checks).every(Boolean),
};
clients.kill();
await relay.close();
await sim.close();
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const file = new URL(`./results/soak-${result.date.replace(/[:.]/g, '-')}.json`, import.meta.url);
writeFileSync(file, JSON.stringify(result, null, 2));
console.log(JSON.stringify({ ...result, samples: `${samples.length} samples in ${file.pathname}` }, null, 2));
for (const [name, ok] of Object.entries(checks)) say(`${ok ? 'PASS' : 'FAIL'} ${name}`);
process.exit(result.ok ? 0 : 1);
