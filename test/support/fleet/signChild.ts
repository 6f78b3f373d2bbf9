/**
 * A process that watches rooms with a shared sign budget (test/fleet.signBudget.test.ts): argv[2] is
 * JSON `{ rooms, options, budget }`. Prints one JSON line per `connected`, `disconnected` and error.
 */
import { withSignBudget } from '../../../src/fleet/signBudget.js';
import { liveRoom$ } from '../../../src/sources/liveRoom.js';

const { rooms, options, budget } = JSON.parse(process.argv[2]!) as {
  rooms: string[];
  options: Record<string, unknown>;
  budget: { redis: string; requests: number; perMs: number };
};
const say = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ ...line, at: Date.now() })}\n`);
for (const room of rooms) {
  liveRoom$(room, withSignBudget(options, budget)).subscribe({
    next: (e) => {
      if (e.type === 'connected') say({ room, type: 'connected' });
      if (e.type === 'disconnected') say({ room, type: 'disconnected', code: e.error?.code, delayMs: e.delayMs });
    },
    error: (e: { code?: string; message?: string }) => say({ room, type: 'error', code: e.code, message: e.message }),
  });
}
say({ type: 'started' });
