import type { Subscription } from 'rxjs';
import { liveRoom$ } from '../src/index.js';
import type { BenchRow } from './measure.js';
import { simulatorInWorker } from './simulator.js';

const gc = (globalThis as { gc?: () => void }).gc;
const settle = async () => {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** N idle rooms in one process, heartbeats on: connect time, memory per room, idle CPU. */
async function rooms(n: number, idleMs: number): Promise<BenchRow> {
  const sim = await simulatorInWorker({ rooms: Array.from({ length: n }, (_, i) => ({ uniqueId: `idle_${i}`, traffic: false })) });
  const subs: Subscription[] = [];
  try {
    await settle();
    const before = process.memoryUsage();
    const start = performance.now();
    let connected = 0;
    await new Promise<void>((resolve, reject) => {
      for (const room of sim.rooms) {
        subs.push(
          liveRoom$('', { ...sim.clientOptions, roomId: room.roomId, fetchRoomInfo: false }).subscribe({
            next: (e) => {
              if (e.type === 'connected' && ++connected === n) resolve();
            },
            error: reject,
          }),
        );
      }
    });
    const connectMs = performance.now() - start;
    await settle();
    const after = process.memoryUsage();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, idleMs));
    const cpu = process.cpuUsage(cpu0);
    const idleCpu = (cpu.user + cpu.system) / 1000 / (performance.now() - t0);
    return {
      name: `many rooms: ${n} idle rooms`,
      connectMs: Math.round(connectMs),
      heapKBPerRoom: Math.round((after.heapUsed - before.heapUsed) / 1024 / n),
      rssKBPerRoom: Math.round((after.rss - before.rss) / 1024 / n),
      idleCpuPercent: Number((idleCpu * 100).toFixed(2)),
      target: n === 1000 ? '< 150 KB heap/room, < 5% CPU' : '',
    };
  } finally {
    for (const s of subs) s.unsubscribe();
    await sim.close();
  }
}

export async function benchManyRooms(): Promise<BenchRow[]> {
  if (!gc) console.warn('(run with node --expose-gc for exact heap numbers; npm run bench does)');
  const rows: BenchRow[] = [];
  for (const n of [100, 500, 1000]) rows.push(await rooms(n, 11_000));
  return rows;
}
