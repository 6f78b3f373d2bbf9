/**
 * One fleet worker for the bench: argv[2] is JSON `{ redis, capacity, leaseMs, liveRoomOptions }`.
 * Prints its status as one JSON line a second; SIGTERM stops it (leases released).
 */
import { startWorker } from '../../src/fleet/worker.js';

const config = JSON.parse(process.argv[2]!) as { redis: string; capacity: number; leaseMs: number; liveRoomOptions: Record<string, unknown> };
const worker = await startWorker({ redis: config.redis, capacity: config.capacity, leaseMs: config.leaseMs, liveRoomOptions: { ...config.liveRoomOptions, fetchRoomInfo: false } });
const report = () => {
  const s = worker.status();
  process.stdout.write(`${JSON.stringify({ id: s.id, rooms: s.rooms.length, events: s.events, eventsPerSec: s.eventsPerSec, heapUsed: process.memoryUsage().heapUsed })}\n`);
};
setInterval(report, 1_000).unref();
report();
process.on('SIGTERM', () => void worker.stop().then(() => process.exit(0)));
