import { asyncScheduler, Observable, Subscription, type MonoTypeOperatorFunction, type SchedulerLike } from 'rxjs';
import { encodeHeartbeat } from '../../decoders/index.js';
import { StaleConnectionError } from '../../errors.js';
import type { SocketEvent } from './types.js';

export interface HeartbeatOptions {
  /** Time between `hb` frames, ms. Default 10,000 (what TikTok's web client uses). */
  interval?: number | undefined;
  /** A socket that delivers no frame for this long is stale. Default 2.5 × interval. 0 turns the watchdog off. */
  staleAfterMs?: number | undefined;
  scheduler?: SchedulerLike | undefined;
  /** Called after each `hb` frame is sent, with its `sendPacketSeqId` (1 on each new socket). */
  onBeat?: ((seq: number) => void) | undefined;
}

/**
 * Keeps a socket alive and honest: on `open` it sends an `hb` frame at once and
 * then every `interval` (`sendPacketSeqId` counting from 1), and a watchdog
 * turns a silent socket (no frame for `staleAfterMs`) into a retryable
 * `StaleConnectionError`. Events pass through unchanged.
 *
 * ```
 * source:  -o--f-----f--------------
 * result:  -o--f-----f--------------#
 * hb sent:  1    2    3    4    5        (interval 5; staleAfterMs 15: # is 15 after the last frame)
 * ```
 *
 * @example
 * socket$.pipe(heartbeat({ interval: 10_000 }))
 */
export function heartbeat(options: HeartbeatOptions = {}): MonoTypeOperatorFunction<SocketEvent> {
  const interval = options.interval ?? 10_000;
  const staleAfterMs = options.staleAfterMs ?? interval * 2.5;
  const scheduler = options.scheduler ?? asyncScheduler;
  return (source) =>
    new Observable<SocketEvent>((subscriber) => {
      const subscription = new Subscription();
      let beats: Subscription | undefined;
      let watchdog: Subscription | undefined;
      let lastSeen = 0;
      // A frame only notes the time; one watchdog action, started by the first event, re-arms itself
      // for whatever is left of the window, so a busy socket does not cancel and create a timer per frame.
      const armWatchdog = () => {
        if (staleAfterMs <= 0) return;
        lastSeen = scheduler.now();
        if (watchdog) return;
        watchdog = scheduler.schedule(function check() {
          const silent = scheduler.now() - lastSeen;
          if (silent >= staleAfterMs) subscriber.error(new StaleConnectionError(staleAfterMs));
          else this.schedule(undefined, staleAfterMs - silent);
        }, staleAfterMs);
        subscription.add(watchdog);
      };
      subscription.add(
        source.subscribe({
          next(event) {
            if (event.type === 'signed') {
              // No socket yet: nothing to keep alive or to watch.
              subscriber.next(event);
              return;
            }
            if (event.type === 'open') {
              const { send } = event;
              const roomId = event.signed.roomId;
              let seq = 0;
              beats?.unsubscribe();
              // Recursive scheduling: a beat now, then one every `interval`.
              beats = scheduler.schedule(function beat() {
                send(encodeHeartbeat(roomId, ++seq));
                options.onBeat?.(seq);
                this.schedule(undefined, interval);
              });
              subscription.add(beats);
            }
            armWatchdog();
            subscriber.next(event);
          },
          error: (err: unknown) => subscriber.error(err),
          complete: () => subscriber.complete(),
        }),
      );
      return subscription;
    });
}
