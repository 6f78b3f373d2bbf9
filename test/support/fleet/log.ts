/** Writing and reading the fleet's log as the tests need it: entries in the documented format (FLEET.md). */
import { createClient } from 'redis';
import type { LiveEvent } from '../../../src/operators/pipeline/events.js';
import { encodeEntry } from '../../../src/fleet/entry.js';
import { fleetKeys } from '../../../src/fleet/keys.js';
import { chatEvent } from '../../../src/testing/index.js';

function newClient(url: string) {
  return createClient({ url });
}
export type TestClient = ReturnType<typeof newClient>;

export async function client(url: string): Promise<TestClient> {
  const c = newClient(url);
  c.on('error', () => {});
  await c.connect();
  return c;
}

/** A chat event numbered `n` of `room` (its msgId says both). */
export function chat(room: string, n: number): LiveEvent {
  return chatEvent({ msgId: `${room}-${n}`, comment: `${room} #${n}`, createTime: 1_700_000_000_000 + n });
}

/** XADDs one event as a worker writes it (epoch 1); returns the entry id. */
export async function writeEntry(c: TestClient, room: string, event: LiveEvent, prefix?: string, partitions?: number): Promise<string> {
  return String(await c.sendCommand(['XADD', fleetKeys(prefix, partitions).logOf(room), '*', ...encodeEntry(room, event, 1)]));
}
