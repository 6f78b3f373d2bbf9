import { asyncScheduler, Observable, Subscription, type MonoTypeOperatorFunction, type SchedulerLike } from 'rxjs';
import type { GiftEvent } from '../decoders/events.js';
import { RecentKeys } from './recentKeys.js';

export interface ComboEndOptions {
  /** A streak with no update for this long counts as finished (TikTok sometimes never sends the last frame). Default 10,000 ms. */
  idleMs?: number;
  scheduler?: SchedulerLike;
}

const streakKey = (g: GiftEvent) => `${g.user.userId}:${g.giftId}:${g.groupId}`;

/**
 * One gift per finished streak, with its final `repeatCount`. A streakable
 * gift's updates are held back; the streak is emitted on its `repeatEnd`
 * frame, or after `idleMs` without an update (then as `repeatEnd: true,
 * combo: false`, with the last count seen). Single gifts pass at once. Open
 * streaks are flushed when the source completes, and late frames of a streak
 * already flushed are dropped, so nothing is counted twice.
 *
 * ```
 * source:  -a-b--c-----d----|    (a, b: updates of one streak; c: its repeatEnd frame; d: a single gift)
 * result:  ------c-----d----|
 * ```
 *
 * @example
 * gift$(room$).pipe(comboEnd()).subscribe((g) => console.log(`${g.user.uniqueId} sent ${g.repeatCount}× ${g.giftName}`));
 */
export function comboEnd(options: ComboEndOptions = {}): MonoTypeOperatorFunction<GiftEvent> {
  const idleMs = options.idleMs ?? 10_000;
  const scheduler = options.scheduler ?? asyncScheduler;
  return (source) =>
    new Observable<GiftEvent>((subscriber) => {
      // Open streaks; one timer, armed for the earliest deadline, serves them all
      // (an update only moves its streak's deadline, it never touches the timer).
      const open = new Map<string, { last: GiftEvent; deadline: number }>();
      const finished = new RecentKeys(10_000);
      const subscription = new Subscription();
      let timer: Subscription | undefined;
      const flush = (key: string, last: GiftEvent) => {
        open.delete(key);
        finished.add(key);
        subscriber.next({ ...last, repeatEnd: true, combo: false });
      };
      const arm = (deadline: number) => {
        if (timer) return;
        timer = scheduler.schedule(() => {
          // A fired action leaves the subscription (as debounceTime does), or a long stream would hold every one.
          const fired = timer;
          timer = undefined;
          fired?.unsubscribe();
          const now = scheduler.now();
          let next = Infinity;
          for (const [key, streak] of open) {
            if (streak.deadline <= now) flush(key, streak.last);
            else next = Math.min(next, streak.deadline);
          }
          if (next < Infinity) arm(next);
        }, Math.max(0, deadline - scheduler.now()));
        subscription.add(timer);
      };
      subscription.add(
        source.subscribe({
          next(gift) {
            if (gift.giftType !== 1) {
              subscriber.next(gift);
              return;
            }
            const key = streakKey(gift);
            if (finished.has(key)) return; // a late frame of a streak already emitted
            const streak = open.get(key);
            if (gift.repeatEnd) {
              if (streak) open.delete(key);
              finished.add(key);
              subscriber.next(gift);
              return;
            }
            const deadline = scheduler.now() + idleMs;
            if (streak) {
              streak.last = gift;
              streak.deadline = deadline;
            } else open.set(key, { last: gift, deadline });
            arm(deadline);
          },
          error: (err: unknown) => subscriber.error(err),
          complete() {
            timer?.unsubscribe();
            for (const [key, streak] of open) flush(key, streak.last);
            subscriber.complete();
          },
        }),
      );
      return subscription;
    });
}
