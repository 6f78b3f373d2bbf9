import { Observable, type OperatorFunction } from 'rxjs';
import type { GiftEvent, LiveUser } from '../decoders/events.js';

export interface LeaderboardEntry {
  /** 1-based position. */
  rank: number;
  user: LiveUser;
  /** The score: diamonds by default. */
  total: number;
  /** Finished gifts counted (streaks count once). */
  gifts: number;
}

export interface LeaderboardOptions {
  /** How many places. Default 10. */
  top?: number;
  /** Score of one finished gift. Default: diamonds (`diamondCount × repeatCount`); `'gifts'` counts gifts. */
  by?: 'diamonds' | 'gifts' | ((gift: GiftEvent) => number);
}

/**
 * A running top-N of gifters. Only finished gifts count (a streak in progress,
 * `combo: true`, does not), so put it after `comboEnd()` or feed it raw gift
 * events. Emits the ranking each time it changes; ties keep whoever got there
 * first ahead. State is per subscription.
 *
 * ```
 * source:  -a-b-c-|          (a: alice 5, b: bob 5, c: carol 1; top 2)
 * result:  -x-y---|          (x: [alice], y: [alice, bob]; c changes nothing)
 * ```
 *
 * @example
 * gift$(room$).pipe(comboEnd(), leaderboard({ top: 10 })).subscribe(render);
 */
export function leaderboard(options: LeaderboardOptions = {}): OperatorFunction<GiftEvent, LeaderboardEntry[]> {
  const top = options.top ?? 10;
  const by = options.by ?? 'diamonds';
  const score = typeof by === 'function' ? by : by === 'gifts' ? () => 1 : (g: GiftEvent) => g.diamondCount * Math.max(1, g.repeatCount);
  return (source) =>
    new Observable<LeaderboardEntry[]>((subscriber) => {
      const totals = new Map<string, { user: LiveUser; total: number; gifts: number; since: number }>();
      let order = 0;
      let last = '';
      return source.subscribe({
        next(gift) {
          if (gift.combo) return;
          const points = score(gift);
          const entry = totals.get(gift.user.userId);
          if (entry) {
            entry.total += points;
            entry.gifts += 1;
            entry.user = gift.user;
            entry.since = ++order;
          } else totals.set(gift.user.userId, { user: gift.user, total: points, gifts: 1, since: ++order });
          const ranking = [...totals.values()].sort((a, b) => b.total - a.total || a.since - b.since).slice(0, top);
          const signature = ranking.map((e) => `${e.user.userId}:${e.total}`).join('|');
          if (signature === last) return;
          last = signature;
          subscriber.next(ranking.map((e, i) => ({ rank: i + 1, user: e.user, total: e.total, gifts: e.gifts })));
        },
        error: (err: unknown) => subscriber.error(err),
        complete: () => subscriber.complete(),
      });
    });
}
