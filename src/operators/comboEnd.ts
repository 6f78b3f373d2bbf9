import { asyncScheduler, Observable, Subscription, type MonoTypeOperatorFunction, type SchedulerLike } from 'rxjs';
import { isStreamEnd, type GiftEvent } from '../decoders/events.js';
import { RecentKeys } from './recentKeys.js';

export interface ComboEndOptions {
  /** A streak with no update for this long counts as finished (TikTok sometimes never sends the last frame). Default 10,000 ms. */
  idleMs?: number | undefined;
  scheduler?: SchedulerLike | undefined;
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
 * It takes gifts alone (`gift$(room$)`) or a whole room: events other than
 * gifts pass through unchanged, and the end of the LIVE (`isStreamEnd`) first
 * flushes the open streaks, so the end is always the last thing said.
 *
 * ```
 * source:  -a-b--c-----d----|    (a, b: updates of one streak; c: its repeatEnd frame; d: a single gift)
 * result:  ------c-----d----|
 *
 * source:  -a---x--e-----|       (x: a chat; e: the end of the LIVE, with a's streak still open)
 * result:  -----x--(fe)--|       (f: a's streak, flushed before the end)
 * ```
 *
 * @example
 * gift$(room$).pipe(comboEnd()).subscribe((g) => console.log(`${g.user.uniqueId} sent ${g.repeatCount}× ${g.giftName}`));
 * room$.pipe(comboEnd()).subscribe(render); // every event, with gifts once per streak
 */
export function comboEnd<T extends { readonly type: string } = GiftEvent>(options: ComboEndOptions = {}): MonoTypeOperatorFunction<T> {
  const idleMs = options.idleMs ?? 10_000;
  const scheduler = options.scheduler ?? asyncScheduler;
  return (source) =>
    new Observable<T>((subscriber) => {
      // Open streaks; one timer, armed for the earliest deadline, serves them all
      // (an update only moves its streak's deadline, it never touches the timer).
      const open = new Map<string, { last: GiftEvent; deadline: number }>();
      const finished = new RecentKeys(10_000);
      const subscription = new Subscription();
      let timer: Subscription | undefined;
      const flush = (key: string, last: GiftEvent) => {
        open.delete(key);
        finished.add(key);
        subscriber.next({ ...last, repeatEnd: true, combo: false } as GiftEvent & T);
      };
      const flushAll = () => {
        timer?.unsubscribe();
        timer = undefined;
        for (const [key, streak] of open) flush(key, streak.last);
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
          next(event) {
            if (event.type !== 'gift') {
              if (isStreamEnd(event)) flushAll();
              subscriber.next(event);
              return;
            }
            const gift = event as GiftEvent & T;
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
            flushAll();
            subscriber.complete();
          },
        }),
      );
      return subscription;
    });
}
