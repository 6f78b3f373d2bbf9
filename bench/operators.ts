import { from, map, type Observable } from 'rxjs';
import { comboEnd, leaderboard, type GiftEvent, type LiveUser } from '../src/index.js';
import { prng } from '../src/simulator/index.js';
import { measure, type BenchRow } from './measure.js';

/**
 * 1,000,000 gift events from 2,000 users: streaks of 1–6 frames (updates, then
 * the end frame) and single gifts. Built as plain object literals, the shape
 * the decoders produce.
 */
export function gifts(n: number): GiftEvent[] {
  const random = prng(7);
  const users: LiveUser[] = Array.from({ length: 2000 }, (_, i) => ({ userId: String(7_000_000_000_000_000_000n + BigInt(i * 7919)), uniqueId: `u${i}`, nickname: `u${i}`, profilePictureUrl: '', isModerator: false, isSubscriber: false, followRole: 0, badges: [] }));
  const out: GiftEvent[] = [];
  let group = 1;
  const gift = (user: LiveUser, single: boolean, repeatCount: number, repeatEnd: boolean, groupId: string): GiftEvent => ({
    type: 'gift',
    method: 'WebcastGiftMessage',
    msgId: String(out.length),
    roomId: '1',
    createTime: 0,
    user,
    giftId: single ? 6064 : 5655,
    giftName: single ? 'GG' : 'Rose',
    diamondCount: single ? 10 : 1,
    giftType: single ? 2 : 1,
    giftPictureUrl: '',
    repeatCount,
    repeatEnd,
    combo: !single && !repeatEnd,
    groupId,
    toUser: undefined,
  });
  while (out.length < n) {
    const user = users[Math.floor(random() * users.length)]!;
    if (random() < 0.3) {
      out.push(gift(user, true, 1, false, '0'));
      continue;
    }
    const steps = 1 + Math.floor(random() * 6);
    const groupId = String(group++);
    for (let s = 1; s <= steps && out.length < n; s++) out.push(gift(user, false, s, s === steps, groupId));
  }
  return out;
}

function drain<T>(source: Observable<T>): number {
  let n = 0;
  source.subscribe(() => n++);
  return n;
}

export function benchOperators(): BenchRow[] {
  const events = gifts(1_000_000);
  const baseline = measure('rxjs map (baseline)', () => void drain(from(events).pipe(map((e) => e))), { runs: 5 });
  const combo = measure('comboEnd', () => void drain(from(events).pipe(comboEnd())), { runs: 5 });
  const board = measure('leaderboard', () => void drain(from(events).pipe(leaderboard({ top: 10 }))), { runs: 5 });
  const both = measure('comboEnd + leaderboard', () => void drain(from(events).pipe(comboEnd(), leaderboard({ top: 10 }))), { runs: 5 });
  return [baseline, combo, board, both].map((m) => ({
    name: `operators: ${m.name} over 1,000,000 gifts`,
    medianMs: m.medianMs,
    eventsPerSec: Math.round((events.length / m.medianMs) * 1000),
    ratioToBaseline: Number((m.medianMs / baseline.medianMs).toFixed(2)),
    target: m === baseline ? '' : '≥ 1,000,000/s',
  }));
}
