import { concat, defer, EMPTY, from, identity, map, mergeMap, Observable, of, pipe, shareReplay, tap, type OperatorFunction, type SchedulerLike } from 'rxjs';
import { fetchRoomInfo, type RoomInfo } from '../api/roomInfo.js';
import { resolveLivePage } from '../api/livePage.js';
import type { Endpoints, HttpOptions } from '../api/options.js';
import { resolveSignProvider, type SignRequest } from '../api/sign.js';
import { assertRoomId, normalizeUniqueId } from '../api/uniqueId.js';
import type { LiveEvent, RoomInfoEvent } from '../operators/pipeline/events.js';
import { checkedMaxMessages } from '../decoders/frames.js';
import { EVENT_REGISTRY, methodsOf, type RegisteredEventType } from '../decoders/registry.js';
import { checkedMaxBytes } from '../decoders/inflate.js';
import { InvalidArgumentError, UserOfflineError } from '../errors.js';
import { connect, type WebSocketFactory } from '../operators/pipeline/connect.js';
import { decode } from '../operators/pipeline/decode.js';
import { demultiplex } from '../operators/pipeline/demultiplex.js';
import { heartbeat } from '../operators/pipeline/heartbeat.js';
import { poll, watchSocketOpens } from '../operators/pipeline/poll.js';
import { retryWithBackoff } from '../operators/pipeline/retryWithBackoff.js';
import { sign, type SignProviderLike } from '../operators/pipeline/sign.js';
import { createResumeState, type PipelineItem, type ResumeState, type SocketEvent } from '../operators/pipeline/types.js';
import type { RoomStats } from './roomStats.js';
import { parseProxyUrl } from './proxyTunnel.js';
import { defaultWebSocketFactory, fromWebSocketImpl, proxiedWebSocketFactory, type WebSocketLikeConstructor } from './webSocket.js';

/** Options of `liveRoom$`. Every one is optional. */
export interface LiveRoomOptions {
  /** Sign-server API key. */
  apiKey?: string | undefined;
  /** Sign-server base URL. Default: Euler Stream's (or tik.tools' with `signProvider: 'tiktool'`). */
  signServerUrl?: string | undefined;
  /** `'euler'` (default), `'tiktool'`, or your own function (returning a Promise, an Observable or any `ObservableInput`). */
  signProvider?: 'euler' | 'tiktool' | SignProviderLike | undefined;
  /** Reconnect after connection errors, resuming where the stream left off. Default true. */
  autoReconnect?: boolean | undefined;
  /** Reconnect attempts after a failure before giving up. Default 5. */
  maxReconnectAttempts?: number | undefined;
  /** First reconnect delay (doubles each attempt), ms. Default 1,000. */
  reconnectDelayMs?: number | undefined;
  /** Longest reconnect delay, ms. Default 30,000. */
  maxReconnectDelayMs?: number | undefined;
  /** Heartbeat period, ms. Default 10,000. */
  heartbeatInterval?: number | undefined;
  /** A socket silent this long is stale and reconnected. Default 2.5 × heartbeatInterval. */
  staleAfterMs?: number | undefined;
  /**
   * A WebSocket constructor (the runtime's own, undici's, `ws`). Its headers go in the shape it
   * reads (see `WebSocketStyle`; `fromWebSocketImpl(Impl, { style })` to say it yourself).
   * Default: `ws` on Node, the native WebSocket on Bun and Deno, a `fetch` upgrade on
   * Cloudflare Workers, the page's WebSocket in a browser (see `webSocketFactoryFor`).
   */
  webSocketImpl?: WebSocketLikeConstructor | undefined;
  /** Full control over sockets (tests, proxies). Takes precedence over `webSocketImpl`. */
  webSocketFactory?: WebSocketFactory | undefined;
  /**
   * An HTTP proxy for the WebSocket, `http://user:password@host:port`: the socket goes through a
   * CONNECT tunnel (`ws` on Node and Bun; see `proxiedWebSocketFactory`). The HTTP steps go through
   * `fetch`, which must be given with it (a fetch through the same proxy, or `globalThis.fetch`
   * to send them directly on purpose): see README "Through a proxy". The user and password
   * appear in no error, event or log line.
   */
  proxy?: string | undefined;
  /** Log each stage to the console (or to your function). */
  debug?: boolean | ((message: string) => void) | undefined;
  /** Skip room resolution and connect to this room id. */
  roomId?: string | undefined;
  /** Fetch room info first: emits `roomInfo` and fails fast on an offline room. Default true. */
  fetchRoomInfo?: boolean | undefined;
  /** A logged-in session (age-restricted rooms). */
  sessionId?: string | undefined;
  /** The data centre of that session's account. */
  ttTargetIdc?: string | undefined;
  /** Base URLs of TikTok (`web`, `webcast`): point them at a simulator to test. */
  endpoints?: Partial<Endpoints> | undefined;
  userAgent?: string | undefined;
  /** fetch implementation for the HTTP steps. */
  fetch?: typeof fetch | undefined;
  /** HTTP timeout, ms. Default 10,000. */
  timeoutMs?: number | undefined;
  /** Scheduler for heartbeats, watchdog and backoff (tests use a virtual one). */
  scheduler?: SchedulerLike | undefined;
  /** Decode only these event types' methods (others are skipped unparsed): a speed lever. */
  events?: ReadonlyArray<LiveEvent['type']> | undefined;
  /** Largest frame (and decompressed payload) accepted. Default 16 MiB. */
  maxFrameBytes?: number | undefined;
  /** Most messages one frame may carry (a `TooManyMessagesError` beyond, retried). Default 10,000. */
  maxMessagesPerFrame?: number | undefined;
  /** How many msgIds are remembered to drop repeats after reconnects. Default 10,000. */
  dedupWindow?: number | undefined;
  /** Random source for reconnect jitter. */
  random?: (() => number) | undefined;
  /** Where the room's running figures go (events/s, reconnects, bytes, lag, heartbeats, last error); see `RoomStats`. */
  stats?: RoomStats | undefined;
  /**
   * How events travel: `'websocket'` (default), `'polling'` (TikTok's `im/fetch` over HTTP, each poll
   * signed by the sign provider, every `fetchInterval` TikTok asks, 250 ms … 10 s: for networks that
   * block WebSockets), or `'auto'` (the WebSocket, then polling for good once
   * `AUTO_FALLBACK_AFTER` sockets in a row failed to open; its `connected` says `transport: 'polling'`).
   */
  transport?: 'websocket' | 'polling' | 'auto' | undefined;
  /**
   * Start where an earlier stream of this room stopped (another process's, say): its last `cursor` and
   * `internalExt`, so TikTok replays what came after, and its newest `msgIds`, so nothing it already
   * delivered comes twice. `liveRoomFrames$` gives this state after every frame.
   */
  resumeFrom?: RoomResume | undefined;
}

/** Where a room's stream stands: enough for another stream to go on from there (`resumeFrom`). */
export interface RoomResume {
  cursor: string;
  internalExt: string;
  /** The newest msgIds delivered (oldest first), to drop what a resumed fetch repeats. */
  msgIds?: readonly string[] | undefined;
}

/** Sockets in a row that must fail to open, signing working, before `transport: 'auto'` polls instead. */
export const AUTO_FALLBACK_AFTER = 2;

const TRANSPORTS: ReadonlySet<unknown> = new Set(['websocket', 'polling', 'auto']);

function methodSet(events: LiveRoomOptions['events']): ReadonlySet<string> | undefined {
  if (!events) return undefined;
  // The end of the LIVE always matters.
  const set = new Set<string>(methodsOf('control'));
  for (const type of events) if (type in EVENT_REGISTRY) for (const m of methodsOf(type as RegisteredEventType)) set.add(m);
  return set;
}

/** What every HTTP step of a room uses: endpoints, fetch, timeout, User-Agent. */
function httpOptionsOf(options: LiveRoomOptions): HttpOptions {
  return { endpoints: options.endpoints, fetch: options.fetch, timeoutMs: options.timeoutMs, userAgent: options.userAgent };
}

/** The sign provider `liveRoom$` uses with these options: yours, or the named style's with its key and server. */
export function signProviderFor(options: LiveRoomOptions): SignProviderLike {
  if (typeof options.signProvider === 'function') return options.signProvider;
  return resolveSignProvider(options.signProvider, {
    ...httpOptionsOf(options),
    apiKey: options.apiKey,
    signServerUrl: options.signServerUrl,
    sessionId: options.sessionId,
    ttTargetIdc: options.ttTargetIdc,
  });
}

/** The socket of a room without a `webSocketFactory`: `webSocketImpl`'s or the runtime's, through `proxy` if there is one. */
function socketFactoryOf({ webSocketImpl, proxy, timeoutMs }: LiveRoomOptions): WebSocketFactory {
  if (webSocketImpl) return fromWebSocketImpl(webSocketImpl, { proxy, proxyTimeoutMs: timeoutMs });
  return proxy === undefined ? defaultWebSocketFactory : proxiedWebSocketFactory(proxy, { timeoutMs });
}

function logger(debug: LiveRoomOptions['debug'], uniqueId: string): (message: string) => void {
  if (!debug) return () => {};
  const sink = typeof debug === 'function' ? debug : (m: string) => console.debug(m);
  return (message) => sink(`[tiktok-live-rx @${uniqueId}] ${message}`);
}

/**
 * A `proxy` that can be honoured: a good URL, no `webSocketFactory` beside it (which would open its
 * own socket around it), and a `fetch` for the HTTP steps, which the global fetch would send
 * around the proxy without a word.
 */
function checkedProxy(options: LiveRoomOptions): void {
  parseProxyUrl(options.proxy!);
  if (options.webSocketFactory) throw new InvalidArgumentError('Pass proxy or webSocketFactory, not both: the factory opens its own sockets');
  if (!options.fetch) {
    throw new InvalidArgumentError(
      'proxy covers the WebSocket only: pass fetch too, one that goes through the same proxy (README "Through a proxy"), or fetch: globalThis.fetch to send the HTTP requests directly',
    );
  }
}

/** A `resumeFrom` as its type says, also when it came from JSON or JavaScript. */
function isRoomResume(value: unknown): value is RoomResume {
  if (typeof value !== 'object' || value === null) return false;
  const { cursor, internalExt, msgIds } = value as Record<string, unknown>;
  const idsOk = msgIds === undefined || (Array.isArray(msgIds) && msgIds.every((id) => typeof id === 'string'));
  return typeof cursor === 'string' && typeof internalExt === 'string' && idsOk;
}

/** Checks `liveRoom$`'s arguments before any request; returns the handle ('' when only a room id is given). */
function checkedArguments(uniqueId: string, options: LiveRoomOptions): string {
  if (options.roomId !== undefined) assertRoomId(options.roomId);
  const name = options.roomId && !uniqueId ? '' : normalizeUniqueId(uniqueId);
  if (options.maxReconnectAttempts !== undefined && !(options.maxReconnectAttempts >= 0)) {
    throw new InvalidArgumentError(`maxReconnectAttempts must be 0 or more, got ${options.maxReconnectAttempts}`);
  }
  if (options.heartbeatInterval !== undefined && !(options.heartbeatInterval > 0)) {
    throw new InvalidArgumentError(`heartbeatInterval must be a positive number of ms, got ${options.heartbeatInterval}`);
  }
  if (options.resumeFrom !== undefined && !isRoomResume(options.resumeFrom)) {
    throw new InvalidArgumentError('resumeFrom must be { cursor: string, internalExt: string, msgIds?: string[] }');
  }
  if (options.transport !== undefined && !TRANSPORTS.has(options.transport)) {
    throw new InvalidArgumentError(`transport must be 'websocket', 'polling' or 'auto', got ${JSON.stringify(options.transport)}`);
  }
  if (options.proxy !== undefined) checkedProxy(options);
  checkedMaxBytes(options.maxFrameBytes, 'maxFrameBytes');
  checkedMaxMessages(options.maxMessagesPerFrame);
  return name;
}

/** The room a stream connects to, and the cookies its live page set. */
interface ResolvedRoom {
  roomId: string;
  cookies: Record<string, string>;
}

/**
 * The room to connect to: a known id at once (synchronously, so virtual-time
 * tests see no promise), else resolved from the live page on the first
 * attempt and remembered for every reconnect (a failed resolution is tried
 * again by the next attempt).
 */
function roomOf(name: string, roomId: string | undefined, http: HttpOptions, log: (message: string) => void): Observable<ResolvedRoom> {
  if (roomId) return of({ roomId, cookies: {} });
  return defer(async (): Promise<ResolvedRoom> => {
    log('resolving the room');
    const page = await resolveLivePage(name, http);
    if (!page) throw new UserOfflineError(name);
    log(`room ${page.roomId}`);
    return { roomId: page.roomId, cookies: page.ttwid ? { ttwid: page.ttwid } : {} };
  }).pipe(shareReplay({ bufferSize: 1, refCount: false }));
}

/**
 * A TikTok LIVE room as a cold Observable of `LiveEvent`s. Nothing happens
 * until you subscribe; each subscription resolves the room, signs, connects
 * (heartbeats, acks) and emits every event in order. Connection problems are
 * retried with backoff, resuming from the last cursor so nothing is lost and,
 * thanks to msgId dedup, nothing is delivered twice; `connected` and
 * `disconnected` events say what happens. The end of the LIVE emits its
 * `control` event and completes. Terminal problems (offline, not found, age
 * restricted, captcha, bad API key, attempts exhausted) error with a typed
 * `LiveError`. Unsubscribing closes the socket and every timer. Where
 * WebSockets are blocked, `transport: 'polling'` (or `'auto'`) reads the same
 * events by polling TikTok's `im/fetch` over HTTP instead (see `poll`).
 *
 * ```
 * subscribe:  ^
 * result:     --R--C--e-e-e--D--e-C--e-e--(X|)
 *             R roomInfo, C connected, e events, D disconnected, X control action 3;
 *             the e between D and C: what the resumed fetch caught up on, emitted as soon
 *             as it is signed, before the new socket opens (repeats of delivered ones dropped)
 * ```
 *
 * @example
 * liveRoom$('some_streamer', { apiKey })
 *   .pipe(ofType('chat'))
 *   .subscribe((e) => console.log(`${e.user.uniqueId}: ${e.comment}`));
 */
export function liveRoom$(uniqueId: string, options: LiveRoomOptions = {}): Observable<LiveEvent> {
  return roomPipeline(uniqueId, options, (connection$) => {
    const stats = options.stats;
    const events$ = connection$.pipe(demultiplex({ dedupWindow: options.dedupWindow, seen: options.resumeFrom?.msgIds }));
    return stats ? events$.pipe(tap({ next: (e) => stats.recordEvent(e), error: (e: unknown) => stats.recordEnd(e), complete: () => stats.recordEnd() })) : events$;
  });
}

/**
 * What `liveRoom$` and `liveRoomFrames$` share: a room's connection (resolve, sign, connect, heartbeat,
 * decode, reconnect) up to the items `demultiplex` turns into events, given to `tail` with the resume
 * state it keeps up to date.
 */
export function roomPipeline<T>(uniqueId: string, options: LiveRoomOptions, tail: (connection$: Observable<PipelineItem>, state: ResumeState) => Observable<T>): Observable<T> {
  return defer(() => {
    const name = checkedArguments(uniqueId, options);
    const log = logger(options.debug, name || options.roomId!);
    const http = httpOptionsOf(options);
    const provider = signProviderFor(options);
    const socketFactory = options.webSocketFactory ?? socketFactoryOf(options);
    // 'auto' watches its sockets open (or not); 'websocket' keeps the factory as it is.
    const opens = options.transport === 'auto' ? watchSocketOpens(socketFactory) : undefined;
    const factory = opens?.factory ?? socketFactory;
    let polling = options.transport === 'polling';
    const methods = methodSet(options.events);
    const stats = options.stats;

    // State that survives reconnects: the resume position, the room once resolved, whether roomInfo went out.
    const state = createResumeState();
    if (options.resumeFrom) {
      state.cursor = options.resumeFrom.cursor;
      state.internalExt = options.resumeFrom.internalExt;
    }
    const room$ = roomOf(name, options.roomId, http, log);
    let infoSent = options.fetchRoomInfo === false;

    const info$ = (id: string): Observable<RoomInfoEvent> =>
      infoSent
        ? EMPTY
        : from(fetchRoomInfo(id, http)).pipe(
            map((info: RoomInfo) => {
              if (!info.isLive) throw new UserOfflineError(name || info.owner.uniqueId || id);
              infoSent = true;
              return { type: 'roomInfo' as const, roomId: id, info };
            }),
          );

    const socket: OperatorFunction<SignRequest, SocketEvent> = pipe(
      sign(provider),
      connect(factory),
      stats ? tap((e: SocketEvent) => e.type === 'frame' && stats.recordFrame(e.data.length)) : identity,
      heartbeat({ interval: options.heartbeatInterval, staleAfterMs: options.staleAfterMs, scheduler: options.scheduler, onBeat: stats && ((seq) => stats.recordHeartbeat(seq)) }),
    );

    const attempt$: Observable<PipelineItem> = defer(() => {
      state.attempt += 1;
      if (opens && !polling && opens.failedOpens() >= AUTO_FALLBACK_AFTER) {
        polling = true;
        log(`${opens.failedOpens()} WebSockets in a row failed to open: polling im/fetch instead`);
      }
      log(`connection attempt ${state.attempt}${polling ? ' (polling)' : ''}`);
      return room$.pipe(
        mergeMap(({ roomId: id, cookies }) =>
          concat(
            info$(id),
            of<SignRequest>({ roomId: id, uniqueId: name, cursor: state.cursor, internalExt: state.internalExt, cookies: { ...cookies } }).pipe(
              polling ? poll(provider, { scheduler: options.scheduler }) : socket,
              decode({ state, maxBytes: options.maxFrameBytes, maxMessagesPerFrame: options.maxMessagesPerFrame, methods }),
            ),
          ),
        ),
      );
    });

    const connection$: Observable<PipelineItem> =
      options.autoReconnect === false
        ? attempt$
        : attempt$.pipe(
            retryWithBackoff<PipelineItem>({
              maxAttempts: options.maxReconnectAttempts ?? 5,
              initialDelayMs: options.reconnectDelayMs,
              maxDelayMs: options.maxReconnectDelayMs,
              scheduler: options.scheduler,
              random: options.random,
              // Only an open socket proves health: a sign server's batch before a failing socket does not.
              resetOnSuccess: (item) => item.type === 'connected',
            }),
          );

    return tail(connection$, state);
  });
}
