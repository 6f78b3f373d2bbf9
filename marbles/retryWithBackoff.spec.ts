import { takeWhile } from 'rxjs';
import { describe, it } from 'vitest';
import { ConnectionClosedError, ReconnectExhaustedError, SignRateLimitError, UserOfflineError } from '../src/errors.js';
import { backoffDelay, retryWithBackoff } from '../src/operators/pipeline/retryWithBackoff.js';
import { newScheduler } from './support.js';
import { expect } from 'vitest';

const closed = new ConnectionClosedError(1006, 'gone');
const d = (attempt: number, delayMs: number, willReconnect = true) => ({ type: 'disconnected', code: 1006, reason: 'gone', error: closed, attempt, willReconnect, delayMs });

describe('retryWithBackoff', () => {
  it('resubscribes after retryable errors with growing delays, then gives up (the TSDoc diagram)', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-a-#', { a: 'a' }, closed);
      const result = source.pipe(retryWithBackoff({ initialDelayMs: 5, maxAttempts: 2, resetOnSuccess: false, jitter: 0 }));
      expectObservable(result).toBe('-a-d-----a-e----------a-(f#)', { a: 'a', d: d(1, 5), e: d(2, 10), f: d(3, 0, false) }, new ReconnectExhaustedError(2, { cause: closed }));
      expectSubscriptions(source.subscriptions).toBe(['^--!', '--------^--!', '---------------------^--!']);
    });
  });

  it('passes terminal errors through at once, with no disconnected event', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const offline = new UserOfflineError('someone');
      expectObservable(cold('-a-#', { a: 'a' }, offline).pipe(retryWithBackoff())).toBe('-a-#', { a: 'a' }, offline);
    });
  });

  it('spreads delays by the jitter fraction, both ways', () => {
    for (const [random, expected] of [
      [0, 5],
      [0.5, 10],
      [0.999, 15],
    ] as const) {
      newScheduler().run(({ cold, expectObservable }) => {
        const result = cold('#', undefined, closed).pipe(retryWithBackoff({ initialDelayMs: 10, jitter: 0.5, random: () => random, maxAttempts: 1 }));
        expectObservable(result, `^ ${expected + 5}ms !`).toBe(`d ${expected - 1}ms (e#)`, { d: d(1, expected), e: d(2, 0, false) }, new ReconnectExhaustedError(1, { cause: closed }));
      });
    }
  });

  it('waits at least what a 429 asked for (retry-after), with no close code: no socket closed', () => {
    const limited = new SignRateLimitError('slow down', { retryAfterMs: 40 });
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('#', undefined, limited);
      const result = source.pipe(retryWithBackoff({ initialDelayMs: 5, jitter: 0, maxAttempts: 1 }));
      expectObservable(result).toBe('d 39ms (e#)', { d: { type: 'disconnected', reason: 'slow down', error: limited, attempt: 1, willReconnect: true, delayMs: 40 }, e: { type: 'disconnected', reason: 'slow down', error: limited, attempt: 2, willReconnect: false, delayMs: 0 } }, new ReconnectExhaustedError(1, { cause: limited }));
    });
  });

  it('starts counting again after a healthy connection (resetOnSuccess)', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a#', { a: 'a' }, closed);
      const result = source.pipe(retryWithBackoff({ initialDelayMs: 3, jitter: 0, maxAttempts: 1 }));
      expectObservable(result, '^-------------!').toBe('ad--ad--ad--ad', { a: 'a', d: d(1, 3) });
    });
  });

  it('caps the delay at maxDelayMs', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('#', undefined, closed);
      const result = source.pipe(retryWithBackoff({ initialDelayMs: 4, maxDelayMs: 6, jitter: 0, maxAttempts: 3, resetOnSuccess: false }));
      expectObservable(result).toBe('a---b-----c-----(e#)', { a: d(1, 4), b: d(2, 6), c: d(3, 6), e: d(4, 0, false) }, new ReconnectExhaustedError(3, { cause: closed }));
    });
  });

  it('cancels the pending reconnect when unsubscribed', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('#', undefined, closed);
      expectObservable(source.pipe(retryWithBackoff({ initialDelayMs: 10, jitter: 0 })), '^---!').toBe('d---', { d: d(1, 10) });
      expectSubscriptions(source.subscriptions).toBe(['(^!)']);
    });
  });

  it('resubscribes to a hot source at each delay; one that has failed fails again at once', () => {
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('--a-^-b-#', { a: 'a', b: 'b' }, closed);
      const result = source.pipe(retryWithBackoff({ initialDelayMs: 5, jitter: 0, resetOnSuccess: false }));
      expectObservable(result, '^--------------------!').toBe('--b-d----e---------f-', { b: 'b', d: d(1, 5), e: d(2, 10), f: d(3, 20) });
      expectSubscriptions(source.subscriptions).toBe(['^---!', '---------(^!)', '-------------------(^!)']);
    });
  });

  it('unsubscribes from the source when unsubscribed while connected', () => {
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-a-^-b---c---', { a: 'a', b: 'b', c: 'c' });
      expectObservable(source.pipe(retryWithBackoff()), '^----!').toBe('--b---', { b: 'b' });
      expectSubscriptions(source.subscriptions).toBe('^----!');
    });
  });

  it('unsubscribes from the source at once on a terminal error, and never resubscribes', () => {
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const offline = new UserOfflineError('someone');
      const source = hot('-a-^-b--#', { a: 'a', b: 'b' }, offline);
      expectObservable(source.pipe(retryWithBackoff({ initialDelayMs: 1 }))).toBe('--b--#', { b: 'b' }, offline);
      expectSubscriptions(source.subscriptions).toBe('^----!');
    });
  });

  it('does not reconnect for a subscriber that left on the disconnected event', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-a-#', { a: 'a' }, closed);
      const result = source.pipe(
        retryWithBackoff({ initialDelayMs: 5, jitter: 0, maxAttempts: 2, resetOnSuccess: false }),
        takeWhile((value) => value === 'a'),
      );
      expectObservable(result).toBe('-a-|', { a: 'a' });
      expectSubscriptions(source.subscriptions).toBe('^--!');
    });
  });

  it('doubles from the initial delay', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, 1000, 30_000))).toEqual([1000, 2000, 4000, 8000, 16000, 30000]);
  });

  it('completes when the source completes', () => {
    newScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-a-|', { a: 'a' });
      expectObservable(source.pipe(retryWithBackoff())).toBe('-a-|', { a: 'a' });
      expectSubscriptions(source.subscriptions).toBe('^--!');
    });
  });
});
