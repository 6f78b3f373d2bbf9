/**
 * A consumer process (test/fleet.consumers.test.ts): argv[2] is JSON `{ redis, group, consumer, holdAfter?, options? }`
 * (`options`: more `fleetEvents$` options). Prints one JSON line per event (`{ entryId, room, msgId, at }`, `at`
 * the monotonic clock in ns, which every process of the machine shares). After `holdAfter` events its
 * handler never returns (the process hangs in it), so what it was given stays unacknowledged until it is killed.
 * `busyMs`: each event keeps the handler busy this long (a consumer that is nearly always inside a batch).
 */
import { fleetEvents$, type FleetEventsOptions } from '../../../src/fleet/fleetEvents.js';

const config = JSON.parse(process.argv[2]!) as { redis: string; group: string; consumer: string; holdAfter?: number; busyMs?: number; options?: Partial<FleetEventsOptions> };
let seen = 0;
fleetEvents$({ ...config.options, redis: config.redis, group: config.group, consumer: config.consumer }).subscribe({
  next: (e) => {
    const at = String(process.hrtime.bigint());
    process.stdout.write(`${JSON.stringify({ entryId: e.entryId, room: e.room, msgId: 'msgId' in e ? e.msgId : '', at })}\n`);
    seen += 1;
    if (config.busyMs) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, config.busyMs);
    if (config.holdAfter !== undefined && seen >= config.holdAfter) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  },
  error: (e: Error) => process.stdout.write(`${JSON.stringify({ error: e.name, message: e.message })}\n`),
});
