import { concatMap, defer, from, type ObservableInput, type OperatorFunction } from 'rxjs';
import type { SignedConnection, SignRequest } from '../../api/sign.js';

/** A sign provider as the operator takes it: anything that turns a request into a signed connection. */
export type SignProviderLike = (request: SignRequest) => ObservableInput<SignedConnection>;

/**
 * Turns each room request into a signed connection: the push WebSocket URL
 * with TikTok's query params, cookies, User-Agent and the first fetch result.
 * The provider does the I/O (`eulerSignProvider`, `tiktoolSignProvider`, or
 * your own function); its errors (`SignRateLimitError` with `retryAfterMs`,
 * `SignAuthError`, …) flow on for the retry to judge.
 *
 * ```
 * request:  --r----------|
 * provider:   ---(s|)       (per request: a Promise answers and completes at once)
 * result:   -----s-------|
 * ```
 *
 * @example
 * of({ roomId, uniqueId, cursor: '', internalExt: '', cookies: {} })
 *   .pipe(sign(eulerSignProvider({ apiKey })))
 *   .subscribe((signed) => console.log(signed.wsUrl));
 */
export function sign(provider: SignProviderLike): OperatorFunction<SignRequest, SignedConnection> {
  return concatMap((request) => defer(() => from(provider(request))));
}
