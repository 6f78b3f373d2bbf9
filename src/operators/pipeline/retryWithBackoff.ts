import { asyncScheduler, Observable, type OperatorFunction, type SchedulerLike, type Subscription } from 'rxjs';
import type { DisconnectedEvent } from './events.js';
import { ConnectionClosedError, HttpError, ReconnectExhaustedError, SignRateLimitError, isRetryable, type LiveError } from '../../errors.js';
import { redactSecrets } from '../../redact.js';

/**
 * Options of `retryWithBackoff`. It is rxjs's `retry({ count, delay, resetOnSuccess })` specialised for
 * connections: only retryable `LiveError`s are retried, the delay grows exponentially with jitter, and
 * each retry is announced in-band.
 */
export interface RetryWithBackoffOptions<T = unknown> {
  /**
   * Retries after failures before giving up with `ReconnectExhaustedError` (rxjs's `count`). `0` gives
   * up at the first failure. Default 5.
   */
  maxAttempts?: number | undefined;
  /** Delay before the first retry, ms; it doubles with each further failure in a row. Default 1,000. */
  initialDelayMs?: number | undefined;
  /** Upper bound of the doubling delay, ms (a 429's `retryAfterMs` may still ask for more). Default 30,000. */
  maxDelayMs?: number | undefined;
  /**
   * Random spread of each delay, as a fraction: 0.2 waits between 0.8× and 1.2× the delay, so many
   * clients that lost one server do not come back at the same instant. Clamped to 0..1. Default 0.2.
   */
  jitter?: number | undefined;
  /**
   * Start counting failures from zero again once the source is healthy: `true` when it emits anything,
   * or a predicate saying which values prove health (`liveRoom$` counts only `connected`, so a sign
   * server's batch before a refused socket does not). Default `true` — where rxjs's `retry` defaults to
   * `false`: a connection that worked for an hour and then dropped starts with a short delay again.
   */
  resetOnSuccess?: boolean | ((value: T) => boolean) | undefined;
  /** Where the delays are scheduled. Default `asyncScheduler`; marble tests pass their `TestScheduler`. */
  scheduler?: SchedulerLike | undefined;
  /** Random source for the jitter, in [0, 1). Default `Math.random`; tests pass a constant. */
  random?: (() => number) | undefined;
}

/** The delay before reconnect attempt `attempt` (1-based), before jitter and retry-after. */
export function backoffDelay(attempt: number, initialDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1));
}

/** What a `disconnected` event says of `error`: a socket's close code and reason, or no code and the error's message. */
function closeInfo(error: LiveError): Pick<DisconnectedEvent, 'code' | 'reason' | 'error'> {
  if (error instanceof ConnectionClosedError) return { code: error.closeCode, reason: error.reason, error };
  return { reason: redactSecrets(error.message), error };
}

/**
 * Resubscribes to the source after a retryable `LiveError`, waiting longer each
 * time (exponential, capped, with jitter; at least a 429's `retryAfterMs`),
 * and says so in-band with a `disconnected` event (`willReconnect`,
 * `delayMs`, `attempt`, the `error`, and its close `code` when a socket closed). Terminal errors pass through at once. When attempts
 * run out it emits `disconnected` with `willReconnect: false` and errors with
 * `ReconnectExhaustedError` (the last error as `cause`). With `resetOnSuccess`
 * a source that emits again counts as healthy and the count starts over.
 *
 * ```
 * source:  -a-#                                (each subscription)
 * result:  -a-d-----a-e----------a-(f#)
 *          d: disconnected, attempt 1, delayMs 5; e: attempt 2, delayMs 10;
 *          f: willReconnect false; #: ReconnectExhaustedError
 *          (initialDelayMs 5, maxAttempts 2, resetOnSuccess false, jitter 0)
 * ```
 *
 * @example
 * attempt$.pipe(retryWithBackoff({ maxAttempts: 5, initialDelayMs: 1000 }))
 */
export function retryWithBackoff<T>(options: RetryWithBackoffOptions<T> = {}): OperatorFunction<T, T | DisconnectedEvent> {
  const maxAttempts = options.maxAttempts ?? 5;
  const initialDelayMs = options.initialDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const jitter = Math.min(1, Math.max(0, options.jitter ?? 0.2));
  const reset = options.resetOnSuccess ?? true;
  const healthy = typeof reset === 'function' ? reset : () => reset;
  const scheduler = options.scheduler ?? asyncScheduler;
  const random = options.random ?? Math.random;
  return (source) =>
    new Observable<T | DisconnectedEvent>((subscriber) => {
      let failures = 0;
      let inner: Subscription | undefined;
      let wait: Subscription | undefined;
      const subscribeSource = () => {
        inner = source.subscribe({
          next(value) {
            if (healthy(value)) failures = 0;
            subscriber.next(value);
          },
          error(error: unknown) {
            if (!isRetryable(error)) {
              subscriber.error(error);
              return;
            }
            failures += 1;
            const info = closeInfo(error as LiveError);
            if (failures > maxAttempts) {
              subscriber.next({ type: 'disconnected', ...info, attempt: failures, willReconnect: false, delayMs: 0 });
              subscriber.error(new ReconnectExhaustedError(maxAttempts, { cause: error }));
              return;
            }
            const base = backoffDelay(failures, initialDelayMs, maxDelayMs);
            let delayMs = Math.round(base * (1 + jitter * (random() * 2 - 1)));
            if ((error instanceof SignRateLimitError || error instanceof HttpError) && error.retryAfterMs !== undefined) delayMs = Math.max(delayMs, error.retryAfterMs);
            subscriber.next({ type: 'disconnected', ...info, attempt: failures, willReconnect: true, delayMs });
            // A subscriber may leave on hearing of the disconnect (takeWhile, first): then nothing must reconnect.
            if (subscriber.closed) return;
            wait = scheduler.schedule(() => subscribeSource(), delayMs);
          },
          complete: () => subscriber.complete(),
        });
      };
      subscribeSource();
      return () => {
        inner?.unsubscribe();
        wait?.unsubscribe();
      };
    });
}

