/**
 * The relay under load: one simulator room, a relay in a child process (what is
 * measured: its CPU and memory) and its WebSocket clients in another child
 * process. The simulator runs in this process and stamps each event it is
 * handed (`t:<ms>` in a chat comment, on the clock the clients share), so
 * latency is client receive time − simulator send time.
 *
 * Set RELAY_BASELINE to another checkout (e.g. a `git worktree` of an older
 * commit, with node_modules) to run its relay in the same rounds as this one:
 * each round runs every variant in turn, so a burst of load from other jobs
 * hits them alike, and ratios pair runs of the same round.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startSimulator, type Simulator, type SimulatorOptions } from '../src/simulator/index.js';
import type { BenchRow } from './measure.js';

const KEY = 'bench-relay-key';
const ROOM = 'fanout';
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const CURRENT = here('../src/relay/index.ts');
const BASELINE = process.env.RELAY_BASELINE ? `${process.env.RELAY_BASELINE.replace(/\/$/, '')}/src/relay/index.ts` : undefined;

/** A child process driven by request → one reply messages. */
class Child {
  private readonly proc: ChildProcess;
  readonly ready: Promise<unknown>;
  constructor(file: string) {
    this.proc = fork(here(file), [], { execArgv: ['--expose-gc', '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.ready = new Promise((resolve) => this.proc.once('message', resolve));
  }
  request<T>(msg: Record<string, unknown>): Promise<T> {
    return new Promise((resolve, reject) => {
      const onExit = () => reject(new Error(`${String(msg.cmd)}: the child exited`));
      this.proc.once('exit', onExit);
      this.proc.once('message', (reply) => {
        this.proc.off('exit', onExit);
        resolve(reply as T);
      });
      this.proc.send(msg);
    });
  }
  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
      this.proc.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.proc.send({ cmd: 'close' });
    });
  }
}

interface Usage {
  cpuMs: number;
  heapUsed: number;
  rss: number;
  loopDelayMaxMs: number;
  stats: { clients: number; slowDropped: number };
}
interface Report {
  clients: number;
  complete: number;
  closes: Record<string, number>;
  p50: number;
  p99: number;
  max: number;
  samples: number;
  loopDelayMaxMs: number;
}

interface Variant {
  name: string;
  module: string;
  format?: 'array';
  fanout?: { windowMs?: number; chunkSize?: number };
}

// This process runs the simulator: a stall here would show as a heartbeat gap that is not the relay's.
const benchLoop = monitorEventLoopDelay({ resolution: 10 });
benchLoop.enable();

const stamp = () => performance.timeOrigin + performance.now();

/** A simulator here, a relay and a client process for one run; all closed after `fn`. */
async function withRelay<T>(
  variant: Variant,
  setup: { simulator: SimulatorOptions; heartbeatInterval: number; maxConnections: number },
  fn: (run: { sim: Simulator; relay: Child; url: string; token: string; clients: Child }) => Promise<T>,
): Promise<T> {
  const { heartbeatInterval, maxConnections } = setup;
  const sim = await startSimulator(setup.simulator);
  const relay = new Child('./relay-server.ts');
  const clients = new Child('./relay-clients.ts');
  try {
    await Promise.all([relay.ready, clients.ready]);
    const { url } = await relay.request<{ url: string }>({
      cmd: 'start',
      module: variant.module,
      options: {
        apiKeys: [KEY],
        graceMs: 300,
        // Heartbeats every second, so the gaps between them are measured finely; the relay's own
        // stale watchdog is kept out of the way (a stalled relay would otherwise reconnect itself).
        liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false, heartbeatInterval, staleAfterMs: 600_000 },
        ...(variant.fanout ? { fanout: variant.fanout } : {}),
      },
    });
    const res = await fetch(`${url}/authentication/jwt`, {
      method: 'POST',
      headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ rooms: [ROOM], maxConnections, expiresIn: 3600 }),
    });
    const { token } = (await res.json()) as { token: string };
    return await fn({ sim, relay, url, token, clients });
  } finally {
    await clients.close();
    await relay.close();
    await sim.close();
  }
}

/**
 * The longest gap between the upstream's heartbeats the simulator got in [from, to] (counting from
 * `from` to the first and from the last to `to`), and how often the room was entered (1: never reconnected).
 */
function heartbeats(sim: Simulator, from: number, to: number): { gapMs: number; entered: number } {
  const frames = sim.room(ROOM).received();
  const beats = frames.filter((f) => f.payloadType === 'hb' && f.at >= from && f.at <= to).map((f) => f.at);
  let gap = 0;
  let last = from;
  for (const at of beats) {
    gap = Math.max(gap, at - last);
    last = at;
  }
  return { gapMs: Math.round(Math.max(gap, to - last)), entered: frames.filter((f) => f.payloadType === 'im_enter_room').length };
}

const until = async (check: () => boolean | Promise<boolean>, ms: number, what: string) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

interface LoadResult {
  p50: number;
  p99: number;
  max: number;
  complete: number;
  clients: number;
  closes: string;
  cpuPercent: number;
  cpuMsPerMillion: number;
  heartbeatGapMs: number;
  loopDelayMaxMs: number;
  benchLoopDelayMaxMs: number;
  clientsLoopDelayMaxMs: number;
  upstreamConnects: number;
  slowDropped: number;
  drainMs: number;
}

/** `n` clients on one room, `rate` events/s for `seconds`, then the end of the LIVE. */
function load(variant: Variant, n: number, rate: number, seconds: number): Promise<LoadResult> {
  return withRelay(
    variant,
    { simulator: { rooms: [{ uniqueId: ROOM, traffic: false }], heartbeatTimeoutMs: 600_000 }, heartbeatInterval: 1000, maxConnections: n },
    async ({ sim, relay, url, token, clients }) => {
      const { connected } = await clients.request<{ connected: number }>({ cmd: 'connect', url, room: ROOM, token, n, format: variant.format ?? 'event', sampleEvery: 10 });
      if (connected !== n) throw new Error(`${variant.name}: ${connected} of ${n} clients connected`);
      const room = sim.room(ROOM);
      await until(() => room.connections().some((c) => c.enteredRoom), 10_000, 'the upstream');
      await new Promise((r) => setTimeout(r, 500));
      const before = await relay.request<Usage>({ cmd: 'usage' });
      benchLoop.reset();
      const t0 = Date.now();
      const total = rate * seconds;
      let sent = 0;
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          const due = Math.min(total, Math.floor(((Date.now() - t0) * rate) / 1000));
          const events = [];
          for (; sent < due; sent++) events.push({ type: 'chat' as const, comment: `t:${stamp().toFixed(3)}` });
          if (events.length) room.push(...events);
          if (sent >= total) {
            clearInterval(timer);
            resolve();
          }
        }, 5);
      });
      room.end();
      const tEnd = Date.now();
      const report = await clients.request<Report>({ cmd: 'report', expected: total, deadlineMs: 120_000 });
      const drained = Date.now();
      const after = await relay.request<Usage>({ cmd: 'usage' });
      // From the start of the load until the upstream's last frame (its last ack, when a relay that
      // fell behind has worked through the backlog): once it has closed, heartbeats stop.
      const lastFrame = room.received().at(-1)?.at ?? tEnd;
      const hb = heartbeats(sim, t0, Math.max(tEnd, lastFrame));
      const cpuMs = after.cpuMs - before.cpuMs;
      return {
        p50: report.p50,
        p99: report.p99,
        max: report.max,
        complete: report.complete,
        clients: report.clients,
        closes: Object.entries(report.closes)
          .map(([code, k]) => `${k}×${code}`)
          .join(' '),
        cpuPercent: Math.round((cpuMs / (drained - t0)) * 100),
        cpuMsPerMillion: Math.round((cpuMs / (total * n)) * 1e6),
        heartbeatGapMs: hb.gapMs,
        loopDelayMaxMs: Math.round(after.loopDelayMaxMs),
        benchLoopDelayMaxMs: Math.round(benchLoop.max / 1e6),
        clientsLoopDelayMaxMs: Math.round(report.loopDelayMaxMs),
        upstreamConnects: hb.entered,
        slowDropped: after.stats.slowDropped,
        drainMs: drained - tEnd,
      };
    },
  );
}

/** `n` idle clients on one room (no traffic, heartbeats at the default 10 s): relay memory per client and idle CPU. */
function idle(variant: Variant, n: number, idleMs: number): Promise<BenchRow> {
  return withRelay(
    variant,
    { simulator: { rooms: [{ uniqueId: ROOM, traffic: false }] }, heartbeatInterval: 10_000, maxConnections: n },
    async ({ relay, url, token, clients }) => {
      const before = await relay.request<Usage>({ cmd: 'usage', gc: true });
      const { connected, ms } = await clients.request<{ connected: number; ms: number }>({ cmd: 'connect', url, room: ROOM, token, n, format: 'event', sampleEvery: n });
      await until(async () => (await relay.request<Usage>({ cmd: 'usage' })).stats.clients === connected, 30_000, 'the relay to count its clients');
      const after = await relay.request<Usage>({ cmd: 'usage', gc: true });
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, idleMs));
      const end = await relay.request<Usage>({ cmd: 'usage' });
      return {
        name: `relay: ${n.toLocaleString('en')} idle clients, ${variant.name}`,
        clients: connected,
        connectMs: ms,
        heapKBPerClient: Number(((after.heapUsed - before.heapUsed) / 1024 / connected).toFixed(1)),
        rssKBPerClient: Number(((after.rss - before.rss) / 1024 / connected).toFixed(1)),
        idleCpuPercent: Number((((end.cpuMs - after.cpuMs) / (performance.now() - t0)) * 100).toFixed(2)),
        target: '10,000 idle clients per process',
      };
    },
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[]) => (xs.length > 1 ? `${Math.min(...xs)}–${Math.max(...xs)}` : String(xs[0]));

export async function benchRelay(): Promise<BenchRow[]> {
  const rounds = Number(process.env.RELAY_ROUNDS ?? 2);
  const variants: Variant[] = [
    ...(BASELINE ? [{ name: 'baseline (RELAY_BASELINE)', module: BASELINE }] : []),
    { name: 'current, one event per message', module: CURRENT },
    { name: 'current, format=array', module: CURRENT, format: 'array' },
    { name: 'current, windowMs 0', module: CURRENT, fanout: { windowMs: 0 } },
    { name: 'current, chunkSize ∞ (no yielding)', module: CURRENT, fanout: { chunkSize: 1e9 } },
  ];
  const rates = (process.env.RELAY_RATES ?? '200,2000').split(',').map(Number);
  const cases = [
    { n: 1000, rate: 200, seconds: 10, variants },
    { n: 1000, rate: 2000, seconds: 5, variants: variants.slice(BASELINE ? 1 : 0, (BASELINE ? 1 : 0) + 2) },
  ].filter((c) => rates.includes(c.rate));
  const rows: BenchRow[] = [];
  for (const { n, rate, seconds, variants: vs } of cases) {
    const results = new Map<Variant, LoadResult[]>(vs.map((v) => [v, []]));
    for (let r = 0; r < rounds; r++) for (const v of vs) results.get(v)!.push(await load(v, n, rate, seconds));
    const base = results.get(vs[0]!)!;
    for (const v of vs) {
      const rs = results.get(v)!;
      const pick = (k: keyof LoadResult) => rs.map((x) => x[k] as number);
      rows.push({
        name: `relay: ${n} clients × ${rate} events/s, ${v.name}`,
        rounds: rs.length,
        complete: `${Math.min(...pick('complete'))}/${n}`,
        p50ms: median(pick('p50')),
        p99ms: median(pick('p99')),
        p99Range: range(pick('p99')),
        maxMs: median(pick('max')),
        p99VsFirst: v === vs[0] ? 1 : Number(median(rs.map((x, i) => x.p99 / base[i]!.p99)).toFixed(3)),
        cpuPercent: median(pick('cpuPercent')),
        cpuMsPerMillionMsgs: median(pick('cpuMsPerMillion')),
        cpuVsFirst: v === vs[0] ? 1 : Number(median(rs.map((x, i) => x.cpuMsPerMillion / base[i]!.cpuMsPerMillion)).toFixed(2)),
        hbGapMsMax: Math.max(...pick('heartbeatGapMs')),
        relayLoopDelayMaxMs: Math.max(...pick('loopDelayMaxMs')),
        simLoopDelayMaxMs: Math.max(...pick('benchLoopDelayMaxMs')),
        clientsLoopDelayMaxMs: Math.max(...pick('clientsLoopDelayMaxMs')),
        upstreamConnects: Math.max(...pick('upstreamConnects')),
        slowDropped: Math.max(...pick('slowDropped')),
        drainMs: median(pick('drainMs')),
        closes: rs.map((x) => x.closes).join(' | '),
        target: rate === 200 ? 'p99 < 1,000 ms' : '',
      });
    }
  }
  const idleVariants = [...(BASELINE ? [{ name: 'baseline', module: BASELINE }] : []), { name: 'current', module: CURRENT }];
  if (process.env.RELAY_IDLE_CLIENTS !== '0') for (const v of idleVariants) rows.push(await idle(v, Number(process.env.RELAY_IDLE_CLIENTS ?? 10_000), 11_000));
  return rows;
}
