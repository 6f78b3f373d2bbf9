import { asyncScheduler, concatMap, defer, expand, from, of, switchMap, take, throwIfEmpty, timer, type OperatorFunction, type SchedulerLike } from 'rxjs';
import type { SignedConnection, SignRequest } from '../../api/sign.js';
import { SignServerError } from '../../errors.js';
import type { LiveSocket, SocketHandlers, WebSocketFactory } from './connect.js';
import type { SignProviderLike } from './sign.js';
import type { SocketEvent } from './types.js';

/** The wait between polls when a fetch result names none, ms. */
export const DEFAULT_POLL_INTERVAL_MS = 1000;
/** The shortest wait between polls, whatever a fetch result asks, ms. */
export const MIN_POLL_INTERVAL_MS = 250;
/** The longest wait between polls, whatever a fetch result asks, ms. */
export const MAX_POLL_INTERVAL_MS = 10_000;

export interface PollOptions {
  /** Where the waits between polls are scheduled. Default `asyncScheduler`; marble tests pass their `TestScheduler`. */
  scheduler?: SchedulerLike | undefined;
}

/** The wait before the next poll: the fetch result's `fetchInterval`, within 250 ms … 10 s (1 s when it names none). */
export function pollInterval(fetchInterval: number): number {
  if (!(fetchInterval > 0)) return DEFAULT_POLL_INTERVAL_MS;
  return Math.min(MAX_POLL_INTERVAL_MS, Math.max(MIN_POLL_INTERVAL_MS, fetchInterval));
}

/** The request that continues where `signed`'s fetch result ended, keeping the cookies it set. */
function nextRequest(request: SignRequest, signed: SignedConnection): SignRequest {
  const { cursor, internalExt } = signed.fetchResult;
  return { ...request, cursor: cursor || request.cursor, internalExt: internalExt || request.internalExt, cookies: { ...signed.cookies } };
}

const noSocket = (): void => {};

/**
 * The room over HTTP, for networks that block WebSockets: the sign provider's
 * `im/fetch` (signed and fetched by the provider, as for a socket's first
 * fetch) asked again and again, each time from the cursor and internal_ext
 * the last result ended at, waiting between polls what TikTok's result asks
 * (`fetchInterval`, clamped by `pollInterval`). It emits what `connect` emits,
 * so `decode` treats each result as it treats a socket's first fetch (resume,
 * `gap`): a `signed` event per poll, and after the first an `open` with
 * `transport: 'polling'` (its `send` does nothing), so `decode` says
 * `connected`. A failed poll errors the stream (the provider's typed error:
 * a `SignRateLimitError` with `retryAfterMs`, a `NetworkError`, …) for
 * `retryWithBackoff` to judge; unsubscribing cancels the wait.
 *
 * ```
 * request:  r---------------------
 * provider: -s|                     (per poll; each result asks fetchInterval 3)
 * result:   -(So)---S---S---S----   (S: signed, o: open; polls at 0, 4, 8, 12)
 * ```
 *
 * @example
 * of(request).pipe(poll(eulerSignProvider({ apiKey })), decode({ state }))
 */
export function poll(provider: SignProviderLike, options: PollOptions = {}): OperatorFunction<SignRequest, SocketEvent> {
  const scheduler = options.scheduler ?? asyncScheduler;
  return switchMap((first) => {
    let request = first;
    const fetchOnce = () =>
      defer(() => from(provider(request))).pipe(
        take(1),
        throwIfEmpty(() => new SignServerError('The sign provider answered a poll with no fetch result')),
      );
    return fetchOnce().pipe(
      expand((signed) => {
        request = nextRequest(request, signed);
        return timer(pollInterval(signed.fetchResult.fetchInterval), scheduler).pipe(concatMap(fetchOnce));
      }),
      concatMap((signed, index) => {
        const polled: SocketEvent = { type: 'signed', signed };
        return index === 0 ? of(polled, { type: 'open' as const, signed, send: noSocket, transport: 'polling' as const }) : of(polled);
      }),
    );
  });
}

/** A WebSocket factory that counts sockets that failed to open, and the count. */
export interface SocketOpenWatch {
  factory: WebSocketFactory;
  /** Sockets in a row that failed before they opened (one that opens starts again from 0). */
  failedOpens(): number;
}

/**
 * Wraps `factory` to count the sockets that failed before they opened (refused
 * handshake, network error, a factory that throws), which is what tells
 * `transport: 'auto'` that WebSockets are blocked. Only `open`, `close` and
 * `error` are wrapped: frames go straight to the handler, at no cost.
 */
export function watchSocketOpens(factory: WebSocketFactory): SocketOpenWatch {
  let failures = 0;
  const watched: WebSocketFactory = (url, init, handlers) => {
    let settled = false;
    const failed = () => {
      if (!settled) failures += 1;
      settled = true;
    };
    const counting: SocketHandlers = {
      open() {
        settled = true;
        failures = 0;
        handlers.open();
      },
      message: handlers.message,
      close(code, reason) {
        failed();
        handlers.close(code, reason);
      },
      error(error) {
        failed();
        handlers.error(error);
      },
    };
    let socket: LiveSocket;
    try {
      socket = factory(url, init, counting);
    } catch (err) {
      failed();
      throw err;
    }
    return {
      send: (bytes) => socket.send(bytes),
      close(code, reason) {
        // Closed by the client (unsubscribed) before it opened: not a sign of a blocked network.
        settled = true;
        socket.close(code, reason);
      },
    };
  };
  return { factory: watched, failedOpens: () => failures };
}
