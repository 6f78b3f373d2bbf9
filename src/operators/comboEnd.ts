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
      const open = new Map<string, { last: GiftEvent; timer: Subscription }>();
      const finished = new RecentKeys(10_000);
      const subscription = new Subscription();
      const flush = (key: string) => {
        const streak = open.get(key);
        if (!streak) return;
        streak.timer.unsubscribe();
        open.delete(key);
        finished.add(key);
        subscriber.next({ ...streak.last, repeatEnd: true, combo: false });
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
            const current = open.get(key);
            current?.timer.unsubscribe();
            if (gift.repeatEnd) {
              open.delete(key);
              finished.add(key);
              subscriber.next(gift);
              return;
            }
            const timer = scheduler.schedule(() => flush(key), idleMs);
            subscription.add(timer);
            open.set(key, { last: gift, timer });
          },
          error: (err: unknown) => subscriber.error(err),
          complete() {
            for (const key of [...open.keys()]) flush(key);
            subscriber.complete();
          },
        }),
      );
      return subscription;
    });
}
