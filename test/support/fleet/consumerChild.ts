/**
 * A consumer process (test/fleet.consumers.test.ts): argv[2] is JSON `{ redis, group, consumer, holdAfter? }`.
 * Prints one JSON line per event (`{ entryId, room, msgId }`). After `holdAfter` events its handler never
 * returns (the process hangs in it), so what it was given stays unacknowledged until it is killed.
 */
import { fleetEvents$ } from '../../../src/fleet/fleetEvents.js';

const config = JSON.parse(process.argv[2]!) as { redis: string; group: string; consumer: string; holdAfter?: number };
let seen = 0;
fleetEvents$({ redis: config.redis, group: config.group, consumer: config.consumer, claimIdleMs: 60_000 }).subscribe({
  next: (e) => {
    process.stdout.write(`${JSON.stringify({ entryId: e.entryId, room: e.room, msgId: 'msgId' in e ? e.msgId : '' })}\n`);
    seen += 1;
    if (config.holdAfter !== undefined && seen >= config.holdAfter) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  },
  error: (e: Error) => process.stdout.write(`${JSON.stringify({ error: e.name, message: e.message })}\n`),
});
