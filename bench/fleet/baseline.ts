/**
 * The baseline of the fleet bench: the same rooms in one process with liveRoom$ (no Redis). argv[2] is
 * JSON `{ rooms, liveRoomOptions }`. Prints `{ connected }` once every room has connected (a room whose reconnects run out is started again), then on each
 * line from stdin "mark" starts a window and on "report" prints `{ events, p50, p99 }` for it.
 */
import { createInterface } from 'node:readline';
import { retry, timer } from 'rxjs';
import { liveRoom$ } from '../../src/sources/liveRoom.js';

const { rooms, liveRoomOptions } = JSON.parse(process.argv[2]!) as { rooms: string[]; liveRoomOptions: Record<string, unknown> };
const connected = new Set<string>();
let said = false;
let events = 0;
let latencies: number[] = [];
for (const room of rooms) {
  // A room whose reconnects ran out (sign requests time out while a thousand rooms connect at once) is
  // started again: the baseline keeps every room, as the fleet's workers do by claiming it again.
  liveRoom$(room, { ...liveRoomOptions, fetchRoomInfo: false })
    .pipe(retry({ delay: () => timer(1_000) }))
    .subscribe({
      next: (e) => {
        if (e.type === 'connected') {
          connected.add(room);
          if (!said && connected.size === rooms.length) {
            said = true;
            process.stdout.write(`${JSON.stringify({ connected: connected.size })}\n`);
          }
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
