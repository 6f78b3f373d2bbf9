import { filter, take } from 'rxjs';
import { liveRoom$, type LiveEvent } from '../src/index.js';
import type { BenchRow } from './measure.js';
import { simulatorInWorker } from './simulator.js';

const isWire = (e: LiveEvent) => 'msgId' in e;

/** Events/s through liveRoom$ from a simulator (in another thread) pushing as fast as the socket takes. */
async function throughput(count: number): Promise<{ seconds: number; events: number }> {
  const sim = await simulatorInWorker({ rooms: [{ uniqueId: 'firehose', traffic: false, joinFrom: 'start', historySize: count + 10 } as never], historySize: count + 10 }, [
    { room: 'firehose', kinds: ['chat', 'like', 'member', 'gift'], count },
  ]);
  try {
    const start = performance.now();
    let first = 0;
    let n = 0;
    await new Promise<void>((resolve, reject) => {
      liveRoom$('firehose', { ...sim.clientOptions, fetchRoomInfo: false })
        .pipe(filter(isWire), take(count))
        .subscribe({
          next: () => {
            if (n++ === 0) first = performance.now();
          },
          error: reject,
          complete: resolve,
        });
    });
    const end = performance.now();
    void start;
    return { seconds: (end - first) / 1000, events: n };
  } finally {
    await sim.close();
  }
}

/** Latency from the simulator stamping an event to the subscriber seeing it, at a steady rate. */
async function latency(rate: number, seconds: number): Promise<{ p50: number; p99: number; max: number; events: number }> {
  const sim = await simulatorInWorker({ rooms: [{ uniqueId: 'steady', traffic: { rate } }] });
  try {
    const samples: number[] = [];
    await new Promise<void>((resolve, reject) => {
      const sub = liveRoom$('steady', { ...sim.clientOptions, fetchRoomInfo: false }).subscribe({
        next: (e) => {
          if ('createTime' in e && e.createTime > 0) samples.push(Date.now() - e.createTime);
        },
        error: reject,
      });
      setTimeout(() => {
        sub.unsubscribe();
        resolve();
      }, seconds * 1000);
    });
    // Skip the first second (connection and JIT warm-up).
    const steady = samples.slice(rate).sort((a, b) => a - b);
    const at = (q: number) => steady[Math.min(steady.length - 1, Math.floor(q * steady.length))] ?? NaN;
    return { p50: at(0.5), p99: at(0.99), max: steady.at(-1) ?? NaN, events: steady.length };
  } finally {
    await sim.close();
  }
}

export async function benchEndToEnd(): Promise<BenchRow[]> {
  const t = await throughput(200_000);
  const l = await latency(10_000, 6);
  return [
    { name: 'e2e: one room, as fast as the socket takes', events: t.events, eventsPerSec: Math.round(t.events / t.seconds), target: '≥ 100,000/s' },
    { name: 'e2e: latency at 10,000 events/s', events: l.events, p50ms: l.p50, p99ms: l.p99, maxMs: l.max, target: 'p99 < 20 ms' },
  ];
}
