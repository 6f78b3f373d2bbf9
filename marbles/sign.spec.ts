import { describe, expect, it } from 'vitest';
import type { SignRequest } from '../src/api/sign.js';
import { SignRateLimitError } from '../src/errors.js';
import { sign } from '../src/operators/pipeline/sign.js';
import { newScheduler, signed } from './support.js';

const req: SignRequest = { roomId: '1', uniqueId: 'u', cursor: '', internalExt: '', cookies: {} };

describe('sign', () => {
  it('turns a request into a signed connection when the provider answers (the TSDoc diagram)', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const s = signed();
      const request$ = cold('--r----------|', { r: req });
      const provider = () => cold('---(s|)', { s });
      expectObservable(request$.pipe(sign(provider))).toBe('-----s-------|', { s });
    });
  });

  it('passes the request, cursor included, to the provider', () => {
    const seen: SignRequest[] = [];
    newScheduler().run(({ cold, expectObservable }) => {
      const provider = (r: SignRequest) => {
        seen.push(r);
        return cold('-(s|)', { s: signed() });
      };
      expectObservable(cold('a|', { a: { ...req, cursor: 'c9', internalExt: 'e9' } }).pipe(sign(provider))).toBe('-(s|)', { s: signed() });
    });
    expect(seen).toEqual([{ ...req, cursor: 'c9', internalExt: 'e9' }]);
  });

  it('lets a provider error (429 with retry-after) through untouched for the retry to judge', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const error = new SignRateLimitError('slow down', { retryAfterMs: 3000 });
      expectObservable(cold('a|', { a: req }).pipe(sign(() => cold('--#', undefined, error)))).toBe('--#', undefined, error);
    });
  });

  it('does not call the provider until subscribed, and calls it once per request, in order', () => {
    let calls = 0;
    newScheduler().run(({ cold, expectObservable }) => {
      const s = signed();
      const provider = () => {
        calls += 1;
        return cold('--(s|)', { s });
      };
      const op = cold('a-b|', { a: req, b: req }).pipe(sign(provider));
      expect(calls).toBe(0);
      expectObservable(op).toBe('--s-(s|)', { s });
    });
    expect(calls).toBe(2);
  });
});
