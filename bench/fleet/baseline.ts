/**
 * The baseline of the fleet bench: the same rooms in one process with liveRoom$ (no Redis). argv[2] is
 * JSON `{ rooms, liveRoomOptions }`. Prints `{ connected }` once every room is connected, then on each
 * line from stdin "mark" starts a window and on "report" prints `{ events, p50, p99 }` for it.
 */
import { createInterface } from 'node:readline';
import { liveRoom$ } from '../../src/sources/liveRoom.js';

const { rooms, liveRoomOptions } = JSON.parse(process.argv[2]!) as { rooms: string[]; liveRoomOptions: Record<string, unknown> };
let connected = 0;
let events = 0;
let latencies: number[] = [];
for (const room of rooms) {
  liveRoom$(room, { ...liveRoomOptions, fetchRoomInfo: false }).subscribe({
    next: (e) => {
      if (e.type === 'connected') {
        if (++connected === rooms.length) process.stdout.write(`${JSON.stringify({ connected })}\n`);
        return;
      }
      if ('createTime' in e && typeof e.createTime === 'number') {
        events += 1;
        latencies.push(Date.now() - e.createTime);
      }
    },
  });
}
const pct = (xs: number[], p: number) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'mark') {
    events = 0;
    latencies = [];
  } else if (line === 'report') {
    process.stdout.write(`${JSON.stringify({ events, p50: pct(latencies, 0.5), p99: pct(latencies, 0.99), heapUsed: process.memoryUsage().heapUsed })}\n`);
  }
});
