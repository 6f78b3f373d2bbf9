/*
 * The deterministic numbers the factories fill in: a counter for msgIds and
 * createTimes (reset with `resetFactories()`), and 19-digit ids derived from
 * names, so that `liveUser({ uniqueId: 'alice' })` is the same user in every
 * test and another than bob.
 */

/** The room every factory's event is in unless told otherwise. */
export const FAKE_ROOM_ID = '7300000000000000001';

/** The `createTime` of the first event after a reset (2026-01-01T00:00:00Z); each next one is a second later. */
export const FAKE_START_TIME = 1_767_225_600_000;

let sequence = 0;

/** Restarts the msgId and createTime counter: call it in `beforeEach` for events that do not depend on test order. */
export function resetFactories(): void {
  sequence = 0;
}

/** The next number of the counter: 1 after a reset. */
export function nextSequence(): number {
  sequence += 1;
  return sequence;
}

/** A msgId for the counter's number `n`: 19 digits, ordered like `n`. */
export function fakeMsgId(n: number): string {
  return `7400${String(n).padStart(15, '0')}`;
}

/** The `createTime` for the counter's number `n`. */
export function fakeCreateTime(n: number): number {
  return FAKE_START_TIME + (n - 1) * 1000;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;

/** A 19-digit decimal id that always comes out the same for `seed` (FNV-1a, 64-bit). */
export function fakeId(seed: string): string {
  let hash = FNV_OFFSET;
  for (const ch of seed) hash = ((hash ^ BigInt(ch.codePointAt(0)!)) * FNV_PRIME) & MASK;
  return String(1_000_000_000_000_000_000n + (hash % 9_000_000_000_000_000_000n));
}
