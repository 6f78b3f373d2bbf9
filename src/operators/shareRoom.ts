import { asyncScheduler, share, Subject, timer, type MonoTypeOperatorFunction, type SchedulerLike } from 'rxjs';

export interface ShareRoomOptions {
  /** Keep the connection this long after the last subscriber leaves, for one that comes back. Default 0. */
  graceMs?: number | undefined;
  scheduler?: SchedulerLike | undefined;
}

/**
 * Shares one room connection among subscribers: the first subscription
 * connects, later ones join the live stream (events are never replayed), and
 * the connection closes `graceMs` after the last one leaves. An error or the
 * end of the LIVE resets it, so the next subscriber connects afresh.
 *
 * ```
 * source:  --a--b--c--d-----      (one subscription to the source: ^------------!)
 * sub 1:   ^-------!
 * sub 2:        ^-------!
 * seen 1:  --a--b--
 * seen 2:       b--c--d-
 * ```
 *
 * @example
 * const room$ = liveRoom$('streamer').pipe(shareRoom({ graceMs: 2000 }));
 */
export function shareRoom<T>(options: ShareRoomOptions = {}): MonoTypeOperatorFunction<T> {
  const graceMs = options.graceMs ?? 0;
  const scheduler = options.scheduler ?? asyncScheduler;
  return share<T>({
    connector: () => new Subject<T>(),
    resetOnError: true,
    resetOnComplete: true,
    resetOnRefCountZero: graceMs > 0 ? () => timer(graceMs, scheduler) : true,
  });
}
