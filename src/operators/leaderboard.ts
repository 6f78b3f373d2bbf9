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
  top?: number | undefined;
  /** Score of one finished gift. Default: diamonds (`diamondCount × repeatCount`); `'gifts'` counts gifts. */
  by?: 'diamonds' | 'gifts' | ((gift: GiftEvent) => number) | undefined;
}

interface Standing {
  user: LiveUser;
  total: number;
  gifts: number;
  /** When the current total was reached: ties rank the earlier first. */
  since: number;
}

const ahead = (a: Standing, b: Standing) => a.total > b.total || (a.total === b.total && a.since < b.since);

/**
 * A running top-N of gifters. Only finished gifts count (a streak in progress,
 * `combo: true`, does not), so put it after `comboEnd()` or feed it raw gift
 * events. Emits the ranking each time it changes; ties keep whoever got there
 * first ahead. State is per subscription; each gift costs O(top), not a sort.
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
      const standings = new Map<string, Standing>();
      // The current top, best first.
      const board: Standing[] = [];
      let order = 0;
      const resort = () => {
        board.length = 0;
        board.push(...[...standings.values()].sort((a, b) => (ahead(a, b) ? -1 : ahead(b, a) ? 1 : 0)).slice(0, top));
      };
      return source.subscribe({
        next(gift) {
          if (gift.combo) return;
          const points = score(gift);
          let s = standings.get(gift.user.userId);
          if (s) {
            s.total += points;
            s.gifts += 1;
            s.user = gift.user;
          } else {
            s = { user: gift.user, total: points, gifts: 1, since: 0 };
            standings.set(gift.user.userId, s);
          }
          s.since = ++order;
          const at = board.indexOf(s);
          if (points < 0) {
            resort(); // a score that can fall: fall back to a full sort
          } else if (at >= 0) {
            // Already on the board: it can only move up.
            let i = at;
            while (i > 0 && ahead(s, board[i - 1]!)) {
              board[i] = board[i - 1]!;
              i -= 1;
            }
            board[i] = s;
          } else if (board.length < top || ahead(s, board[board.length - 1]!)) {
            let i = board.length < top ? board.length : board.length - 1;
            while (i > 0 && ahead(s, board[i - 1]!)) {
              board[i] = board[i - 1]!;
              i -= 1;
            }
            board[i] = s;
          } else {
            return; // not on the board: nothing changed
          }
          if (points === 0 && at >= 0) return;
          subscriber.next(board.map((e, i) => ({ rank: i + 1, user: e.user, total: e.total, gifts: e.gifts })));
        },
        error: (err: unknown) => subscriber.error(err),
        complete: () => subscriber.complete(),
      });
    });
}
