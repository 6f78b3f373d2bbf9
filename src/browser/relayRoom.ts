import { defer, from, map, Observable, switchMap, type ObservableInput, type SchedulerLike } from 'rxjs';
import { ConnectionClosedError, LiveError, RelayError, type LiveErrorCode } from '../errors.js';
import { isStreamEnd } from '../operators/index.js';
import type { DisconnectedEvent, LiveEvent } from '../operators/pipeline/events.js';
import { retryWithBackoff, type RetryWithBackoffOptions } from '../operators/pipeline/retryWithBackoff.js';
import { reviveRelayItem, type RelayItem } from './revive.js';

/** The parts of the browser's `WebSocket` that `relayRoom$` uses. */
export interface RelayWebSocket {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  close(code?: number, reason?: string): void;
}

export interface RelayRoomOptions {
  /** The relay's base URL, `http(s)://host:port`. */
  url: string;
  /** The room (`@name`, `name` or a LIVE URL's name). */
  uniqueId: string;
  /** A token for the room (from your server, which holds the relay's API key). Used first, then `getToken`. */
  token?: string | undefined;
  /**
   * Gets a fresh token when there is none, when the relay refused one, or when a connection failed
   * before it opened (an expired token looks like that to a browser). Default: the relay's
   * `GET /api/live/connect?uniqueId=…`, which serves rooms the relay made public.
   */
  getToken?: (() => ObservableInput<string>) | undefined;
  /**
   * `'auto'` (the default): WebSocket, falling back to Server-Sent Events where there is no
   * `WebSocket` or after two WebSocket connections in a row failed to open; or one of them only.
   */
  transport?: 'auto' | 'websocket' | 'sse' | undefined;
  /** Reconnecting: as `retryWithBackoff`, except `maxAttempts` defaults to `Infinity` (a page keeps trying). */
  retry?: Omit<RetryWithBackoffOptions, 'scheduler' | 'resetOnSuccess'> | undefined;
  /** Where reconnect delays are scheduled (marble tests). Default `asyncScheduler`. */
  scheduler?: SchedulerLike | undefined;
  /** The WebSocket constructor. Default `globalThis.WebSocket`. */
  WebSocket?: (new (url: string) => RelayWebSocket) | undefined;
  /** The fetch for tokens and SSE. Default `globalThis.fetch`. */
  fetch?: typeof fetch | undefined;
}

/** `relayRoom$`'s own link to the relay, told apart from the relay's link to TikTok, which it passes on. */
export type RelayLinkEvent = (Extract<LiveEvent, { type: 'connected' }> | DisconnectedEvent) & { link: 'relay' };

type Relayed = { relayed: LiveEvent | RelayLinkEvent };

/** 401: the token expired or was refused, and the next attempt gets a fresh one; 429 and 5xx: the relay is busy. */
const RETRYABLE_STATUS = (status: number) => status === 401 || status === 429 || status >= 500;

/**
 * A room's events in a web page, through the tiktok-live-rx relay: a cold
 * `Observable<LiveEvent>` of the same typed union `liveRoom$` emits, over the
 * relay's WebSocket (or Server-Sent Events), that reconnects with backoff and
 * jitter and **resumes where it left off**: the relay numbers each room's
 * events and replays what a page missed from its window; past the window a
 * `gap` event says how many were lost. The relay's link to TikTok arrives as
 * it does from `liveRoom$` (`roomInfo`, `connected`, `disconnected`, `gap`);
 * the page's own link to the relay as `connected` / `disconnected` events with
 * `link: 'relay'`. Completes after the end of the LIVE; errors with a
 * `LiveError` for what retrying cannot fix (a room that is not live, a token
 * the relay will not give).
 *
 * @example
 * relayRoom$({ url: 'https://relay.example.com', uniqueId: 'someone' })
 *   .pipe(ofType('chat'))
 *   .subscribe({ next: (c) => console.log(c.comment), error: (e) => console.error(e.message) });
 */
export function relayRoom$(options: RelayRoomOptions): Observable<LiveEvent> {
  return defer(() => {
    const base = options.url.replace(/\/+$/, '');
    const room = options.uniqueId.trim().replace(/^.*@/, '').replace(/[/?#].*$/, '').toLowerCase();
    const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    const WebSocketImpl = options.WebSocket ?? (globalThis as { WebSocket?: new (url: string) => RelayWebSocket }).WebSocket;
    const getToken = options.getToken ?? (() => publicToken(fetchImpl, base, room));
    // Survives reconnects: where to resume from, the token in hand, how transports fared.
    let lastId: string | undefined;
    let token = options.token;
    let attempt = 0;
    let wsFailuresInARow = 0;
    let roomId = '';

    const transport = (): 'websocket' | 'sse' => {
      if (options.transport === 'sse' || !WebSocketImpl) return 'sse';
      if (options.transport === 'websocket') return 'websocket';
      return wsFailuresInARow >= 2 ? 'sse' : 'websocket';
    };

    const connection$ = defer(() => {
      attempt += 1;
      const thisAttempt = attempt;
      const token$ = token === undefined ? from(getToken()) : from([token]);
      return token$.pipe(
        switchMap((t) => {
          token = t;
          const url = new URL(`${base}/${transport() === 'sse' ? 'events' : 'ws'}`);
          url.searchParams.set('uniqueId', room);
          if (lastId) url.searchParams.set('since', lastId);
          const items$ = transport() === 'sse' ? sse$(fetchImpl, url, t) : webSocket$(WebSocketImpl!, url, t);
          return items$.pipe(
            map((item): Relayed => {
              if (item === OPEN) return { relayed: { type: 'connected', roomId, attempt: thisAttempt, link: 'relay' } };
              if (item.relayId) lastId = item.relayId;
              const event = reviveRelayItem(item);
              if ('roomId' in event && event.roomId) roomId = event.roomId;
              return { relayed: event };
            }),
          );
        }),
      );
    }).pipe(
      // A connection that never opened may have had a stale token: the next attempt gets a fresh one.
      catchOpenFailure(() => {
        token = undefined;
        if (transport() === 'websocket') wsFailuresInARow += 1;
      }, () => {
        wsFailuresInARow = 0;
      }),
    );

    return connection$.pipe(
      endAfterStreamEnd(),
      retryWithBackoff<Relayed>({
        maxAttempts: Infinity,
        ...options.retry,
        scheduler: options.scheduler,
        // Healthy once the relay sent an event: a link that opens and then fails (garbage, a refusal) still counts.
        resetOnSuccess: (v) => !('link' in v.relayed),
      }),
      map((v): LiveEvent => ('relayed' in v ? v.relayed : { ...v, link: 'relay' } as RelayLinkEvent)),
    );
  });
}

const OPEN = Symbol('open');

/** Completes after the end of the LIVE has passed. */
function endAfterStreamEnd() {
  return (source: Observable<Relayed>) =>
    new Observable<Relayed>((subscriber) =>
      source.subscribe({
        next(v) {
          subscriber.next(v);
          if (isStreamEnd(v.relayed)) subscriber.complete();
        },
        error: (err: unknown) => subscriber.error(err),
        complete: () => subscriber.complete(),
      }),
    );
}

/** Calls `onFailure` when the source errors before its connection opened, `onOpen` when it opens. */
function catchOpenFailure(onFailure: () => void, onOpen: () => void) {
  return (source: Observable<Relayed>) =>
    new Observable<Relayed>((subscriber) => {
      let opened = false;
      return source.subscribe({
        next(v) {
          if (!opened && v.relayed.type === 'connected' && 'link' in v.relayed) {
            opened = true;
            onOpen();
          }
          subscriber.next(v);
        },
        error(err: unknown) {
          if (!opened) onFailure();
          subscriber.error(err);
        },
        complete: () => subscriber.complete(),
      });
    });
}

/** A short-lived token for a public room from the relay's `/api/live/connect`. */
async function publicToken(fetchImpl: typeof fetch, base: string, room: string): Promise<string> {
  const res = await relayFetch(fetchImpl, `${base}/api/live/connect?uniqueId=${encodeURIComponent(room)}`, {});
  const body = (await res.json().catch(() => ({}))) as { token?: unknown };
  if (typeof body.token !== 'string') throw new RelayError('The relay answered /api/live/connect without a token', res.status);
  return body.token;
}

/** `fetch` that turns an unreachable relay and an error status into a `RelayError` saying which. */
async function relayFetch(fetchImpl: typeof fetch, url: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetchImpl(url, init);
  } catch (err) {
    if ((err as { name?: string } | null)?.name === 'AbortError') throw err;
    throw new RelayError(`Cannot reach the relay at ${new URL(url).origin}`, undefined, { cause: err, retryable: true });
  }
  if (res.ok) return res;
  const body = (await res.json().catch(() => ({}))) as { error?: unknown };
  const why = typeof body.error === 'string' ? body.error : `HTTP ${res.status}`;
  throw new RelayError(`The relay refused ${new URL(url).pathname}: ${why}`, res.status, { retryable: RETRYABLE_STATUS(res.status) });
}

/** Parses one relay message; a message that is not a relay event's JSON is a `RelayError`. */
function parseItem(text: unknown): RelayItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(text));
  } catch {
    throw new RelayError('The relay sent a message that is not JSON', undefined, { retryable: true });
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  for (const item of items) {
    if (!item || typeof item !== 'object' || typeof (item as { type?: unknown }).type !== 'string') throw new RelayError('The relay sent something that is not an event', undefined, { retryable: true });
  }
  return items as RelayItem[];
}

/** The relay's last word when its upstream failed: the error it stands for. */
function relayFailure(item: RelayItem): LiveError {
  const code = typeof item.code === 'string' ? item.code : 'RELAY';
  const message = typeof item.message === 'string' ? item.message : 'The relay failed';
  return new LiveError(code as LiveErrorCode, message, { retryable: false });
}

/** One WebSocket connection's items: OPEN, then each event; errors when it closes (but after the end of the LIVE). */
function webSocket$(WebSocketImpl: new (url: string) => RelayWebSocket, url: URL, token: string): Observable<RelayItem | typeof OPEN> {
  return new Observable((subscriber) => {
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('jwtKey', token);
    let ws: RelayWebSocket;
    try {
      ws = new WebSocketImpl(url.toString());
    } catch (err) {
      subscriber.error(new RelayError('Cannot open a WebSocket to the relay', undefined, { cause: err, retryable: false }));
      return undefined;
    }
    ws.onopen = () => subscriber.next(OPEN);
    ws.onmessage = (message) => {
      try {
        for (const item of parseItem(message.data)) {
          if (item.type === 'relayError') throw relayFailure(item);
          subscriber.next(item);
        }
      } catch (err) {
        subscriber.error(err);
        ws.close(1000);
      }
    };
    ws.onerror = () => {};
    ws.onclose = (event) => subscriber.error(new ConnectionClosedError(event.code, event.reason || 'The relay connection closed', { retryable: true }));
    return () => {
      ws.onopen = ws.onmessage = ws.onclose = null;
      ws.onerror = () => {};
      ws.close(1000);
    };
  });
}

/** One Server-Sent Events stream's items, read with `fetch` (so the token goes in a header). */
function sse$(fetchImpl: typeof fetch, url: URL, token: string): Observable<RelayItem | typeof OPEN> {
  return new Observable((subscriber) => {
    const controller = new AbortController();
    const read = async () => {
      const res = await relayFetch(fetchImpl, url.toString(), { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
      if (!res.body) throw new RelayError('The relay sent an event stream without a body', res.status, { retryable: true });
      subscriber.next(OPEN);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        if (buffered.length > 16 * 1024 * 1024) throw new RelayError('The relay sent an event larger than 16 MiB', undefined, { retryable: true });
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          const record = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const data = record
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5))
            .join('\n');
          if (!data) continue;
          for (const item of parseItem(data)) {
            if (item.type === 'relayError') throw relayFailure(item);
            subscriber.next(item);
          }
        }
      }
      throw new ConnectionClosedError(1006, 'The relay ended the event stream', { retryable: true });
    };
    read().catch((err: unknown) => {
      if (!controller.signal.aborted) subscriber.error(err);
    });
    return () => controller.abort();
  });
}
