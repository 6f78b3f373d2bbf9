import { redactSecrets, safeUrl } from './redact.js';

/**
 * The one error taxonomy of tiktok-live-rx. Every layer (decoders, HTTP helpers,
 * operators, sources) throws only these, so callers can branch on `code` or
 * `instanceof` and ask `isRetryable(error)` what to do next.
 */

/** Machine-readable error codes. Stable public API. */
export type LiveErrorCode =
  | 'USER_OFFLINE'
  | 'USER_NOT_FOUND'
  | 'AGE_RESTRICTED'
  | 'CAPTCHA_REQUIRED'
  | 'SIGN_RATE_LIMIT'
  | 'SIGN_AUTH'
  | 'SIGN_SERVER'
  | 'PREMIUM_REQUIRED'
  | 'SESSION_REQUIRED'
  | 'HANDSHAKE_REJECTED'
  | 'CONNECTION_CLOSED'
  | 'STALE_CONNECTION'
  | 'FRAME_DECODE'
  | 'MESSAGE_DECODE'
  | 'PAYLOAD_TOO_LARGE'
  | 'TOO_MANY_MESSAGES'
  | 'REQUEST_TIMEOUT'
  | 'HTTP'
  | 'INVALID_ARGUMENT'
  | 'RECONNECT_EXHAUSTED'
  | 'RELAY'
  | 'SOCKET_UNAVAILABLE'
  | 'REDIS_UNAVAILABLE'
  | 'REDIS_AUTH'
  | 'REDIS_WRONG_TYPE'
  | 'REDIS'
  | 'FLEET_ENTRY'
  | 'FLEET_CONFIG'
  | 'ROOM_EXISTS'
  | 'ROOM_NOT_REGISTERED'
  | 'LEASE_LOST';

export interface LiveErrorOptions {
  cause?: unknown;
  retryable?: boolean;
}

/** Base class of every error this library throws or emits. */
export class LiveError extends Error {
  /** Stable machine-readable code. */
  readonly code: LiveErrorCode;
  /** True when trying again (reconnecting, re-requesting) can succeed. */
  readonly retryable: boolean;

  constructor(code: LiveErrorCode, message: string, options: LiveErrorOptions = {}) {
    // Messages reach logs, terminals and relay clients: no credential may ride along.
    super(redactSecrets(message), options.cause === undefined ? undefined : { cause: options.cause });
    // Each class below names itself with a literal (a bundler's minifier renames classes, so
    // `new.target.name` would read "Nt" there); a subclass of your own keeps its class name.
    this.name = new.target === LiveError ? 'LiveError' : new.target.name;
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}

/** The user exists but is not live now. Terminal. */
export class UserOfflineError extends LiveError {
  override name = 'UserOfflineError';
  constructor(readonly uniqueId: string, options: LiveErrorOptions = {}) {
    super('USER_OFFLINE', `@${uniqueId} is not live right now`, options);
  }
}

/** No such TikTok user, or the user has never gone live. Terminal. */
export class UserNotFoundError extends LiveError {
  override name = 'UserNotFoundError';
  constructor(readonly uniqueId: string, options: LiveErrorOptions = {}) {
    super('USER_NOT_FOUND', `TikTok user @${uniqueId} was not found (or has never gone live)`, options);
  }
}

/** The room needs a logged-in session (age-restricted or login-only). Terminal. */
export class AgeRestrictedError extends LiveError {
  override name = 'AgeRestrictedError';
  constructor(message = 'This LIVE is age-restricted: pass a sessionId of a logged-in account to watch it', options: LiveErrorOptions = {}) {
    super('AGE_RESTRICTED', message, options);
  }
}

/** TikTok answered with a captcha / WAF page instead of data. Terminal for this attempt. */
export class CaptchaRequiredError extends LiveError {
  override name = 'CaptchaRequiredError';
  constructor(message = 'TikTok answered with a captcha page: this IP is being challenged; try later, another network, or a sign server', options: LiveErrorOptions = {}) {
    super('CAPTCHA_REQUIRED', message, options);
  }
}

export interface SignRateLimitErrorOptions extends LiveErrorOptions {
  retryAfterMs?: number;
  resetAt?: number;
  limitLabel?: string;
}

/** The sign server answered 429. Retryable after `retryAfterMs`. */
export class SignRateLimitError extends LiveError {
  override name = 'SignRateLimitError';
  /** How long the server asked us to wait, in ms (undefined if it did not say). */
  readonly retryAfterMs: number | undefined;
  /** Epoch ms when the limit resets, if known. */
  readonly resetAt: number | undefined;
  readonly limitLabel: string | undefined;
  constructor(message: string, options: SignRateLimitErrorOptions = {}) {
    super('SIGN_RATE_LIMIT', message, { retryable: true, ...options });
    this.retryAfterMs = options.retryAfterMs;
    this.resetAt = options.resetAt;
    this.limitLabel = options.limitLabel;
  }
}

/** The sign server rejected the API key (401/403). Terminal. */
export class SignAuthError extends LiveError {
  override name = 'SignAuthError';
  constructor(message = 'The sign server rejected the API key: check apiKey', options: LiveErrorOptions = {}) {
    super('SIGN_AUTH', message, options);
  }
}

/** The sign server failed (5xx, malformed answer). Retryable. */
export class SignServerError extends LiveError {
  override name = 'SignServerError';
  constructor(message: string, readonly status?: number, options: LiveErrorOptions = {}) {
    super('SIGN_SERVER', message, { retryable: true, ...options });
  }
}

/** The call needs a paid plan on the sign server (402). Terminal. */
export class PremiumRequiredError extends LiveError {
  override name = 'PremiumRequiredError';
  constructor(message = 'This sign-server feature needs a premium plan', options: LiveErrorOptions = {}) {
    super('PREMIUM_REQUIRED', message, options);
  }
}

/**
 * The call acts for a logged-in TikTok account and was given no session (`sessionId`). Thrown before
 * any request. Terminal.
 */
export class SessionRequiredError extends LiveError {
  override name = 'SessionRequiredError';
  constructor(what: string, options: LiveErrorOptions = {}) {
    super('SESSION_REQUIRED', `${what} acts for a logged-in TikTok account: pass sessionId`, options);
  }
}

/** TikTok refused the WebSocket handshake (HTTP 200 with handshake-msg). Retryable with a fresh signature. */
export class HandshakeRejectedError extends LiveError {
  override name = 'HandshakeRejectedError';
  constructor(readonly status: number, readonly handshakeMsg: string, options: LiveErrorOptions = {}) {
    super('HANDSHAKE_REJECTED', `TikTok rejected the WebSocket handshake (status ${status}${handshakeMsg ? `: ${handshakeMsg}` : ''})`, { retryable: true, ...options });
  }
}

/** The socket closed without the user asking. Retryable. */
export class ConnectionClosedError extends LiveError {
  override name = 'ConnectionClosedError';
  /** The close reason the server gave (credentials redacted). */
  readonly reason: string;
  constructor(readonly closeCode: number, reason: string, options: LiveErrorOptions = {}) {
    super('CONNECTION_CLOSED', `The WebSocket closed unexpectedly (code ${closeCode}${reason ? `, ${reason}` : ''})`, { retryable: true, ...options });
    this.reason = redactSecrets(reason);
  }
}

/** Nothing arrived on the socket for too long. Retryable. */
export class StaleConnectionError extends LiveError {
  override name = 'StaleConnectionError';
  constructor(readonly silentMs: number, options: LiveErrorOptions = {}) {
    super('STALE_CONNECTION', `No frame arrived for ${silentMs} ms: the connection is stale`, { retryable: true, ...options });
  }
}

/** A WebSocket frame (or fetch result) could not be decoded. Retryable at the connection level. */
export class FrameDecodeError extends LiveError {
  override name = 'FrameDecodeError';
  constructor(message: string, options: LiveErrorOptions = {}) {
    super('FRAME_DECODE', message, { retryable: true, ...options });
  }
}

/** One message inside a good frame could not be decoded. Emitted in-band; the stream goes on. */
export class MessageDecodeError extends LiveError {
  override name = 'MessageDecodeError';
  constructor(readonly method: string, message: string, options: LiveErrorOptions = {}) {
    super('MESSAGE_DECODE', message, options);
  }
}

/** Decompressed output exceeded the configured cap (gzip bomb or oversized frame). */
export class PayloadTooLargeError extends LiveError {
  override name = 'PayloadTooLargeError';
  constructor(readonly maxBytes: number, options: LiveErrorOptions = {}) {
    super('PAYLOAD_TOO_LARGE', `Payload exceeds the ${maxBytes}-byte limit`, { retryable: true, ...options });
  }
}

/**
 * A frame carries more messages than the configured cap (`maxMessagesPerFrame`): a frame
 * of many tiny messages costs an event each however few bytes it has. Retryable.
 */
export class TooManyMessagesError extends LiveError {
  override name = 'TooManyMessagesError';
  constructor(readonly maxMessages: number, options: LiveErrorOptions = {}) {
    super('TOO_MANY_MESSAGES', `The frame carries more than ${maxMessages} messages (maxMessagesPerFrame)`, { retryable: true, ...options });
  }
}

/** An HTTP request took longer than its timeout. Retryable. */
export class RequestTimeoutError extends LiveError {
  override name = 'RequestTimeoutError';
  /** The URL without its query (which may carry credentials). */
  readonly url: string;
  constructor(url: string, readonly timeoutMs: number, options: LiveErrorOptions = {}) {
    super('REQUEST_TIMEOUT', `Request to ${safeUrl(url)} timed out after ${timeoutMs} ms`, { retryable: true, ...options });
    this.url = safeUrl(url);
  }
}

export interface HttpErrorOptions extends LiveErrorOptions {
  /** How long the server asked to wait (a 429's `retry-after`), ms. */
  retryAfterMs?: number | undefined;
}

/** An HTTP endpoint answered with an unexpected status or body. */
export class HttpError extends LiveError {
  override name = 'HttpError';
  /** How long the server asked to wait before asking again (a 429's `retry-after`), ms; undefined if it did not say. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, readonly status: number | undefined, options: HttpErrorOptions = {}) {
    super('HTTP', message, options);
    this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * What kept a request from getting any answer: the host name did not resolve (`dns`), nothing
 * listened on the port (`refused`), the connection broke (`reset`) or took too long to open
 * (`timeout`), no route led there (`unreachable`), TLS failed (`tls`), the proxy in between could not be
 * reached or refused (`proxy`, a `ProxyError`), or something else (`other`).
 */
export type NetworkErrorKind = 'dns' | 'refused' | 'reset' | 'timeout' | 'unreachable' | 'tls' | 'proxy' | 'other';

/**
 * A request got no HTTP answer at all: the network failed before a server could reply. An
 * `HttpError` (code `HTTP`, no `status`) whose `kind` says what failed and `host` (host[:port],
 * never a query) where; the message is that root cause in one short line, such as
 * `Cannot resolve www.tiktok.com (DNS)` or `Connection refused by 127.0.0.1:8080`, and `cause`
 * keeps the runtime's own error chain. Retryable: the network may come back.
 */
export class NetworkError extends HttpError {
  override name = 'NetworkError';
  constructor(
    readonly kind: NetworkErrorKind,
    readonly host: string,
    message: string,
    options: LiveErrorOptions = {},
  ) {
    super(message, undefined, { retryable: true, ...options });
  }
}

/**
 * The proxy in between refused or could not be reached: it answered the tunnel (or a request) with
 * `proxyStatus` instead of passing it on (407: it wants other credentials; 502: it could not reach
 * the target), or there was no proxy to talk to (`proxyStatus` undefined). A `NetworkError` of
 * kind `'proxy'`; `host` is the proxy's host:port where it is known. The message never carries the
 * proxy's user or password. Retryable unless the proxy refused with a 4xx other than 429: other
 * credentials, not time, fix those.
 */
export class ProxyError extends NetworkError {
  override name = 'ProxyError';
  constructor(
    readonly proxyStatus: number | undefined,
    host: string,
    message: string,
    options: LiveErrorOptions = {},
  ) {
    super('proxy', host, message, { retryable: proxyStatus === undefined || proxyStatus >= 500 || proxyStatus === 429, ...options });
  }
}

/** A caller passed an argument that cannot work. Thrown before any I/O. */
export class InvalidArgumentError extends LiveError {
  override name = 'InvalidArgumentError';
  constructor(message: string, options: LiveErrorOptions = {}) {
    super('INVALID_ARGUMENT', message, options);
  }
}

/**
 * A recording's last line is cut short: not JSON, and no newline after it, as a recorder stopped
 * mid-write leaves it. `replayRoom$` plays every whole line and then reports it as an in-band
 * `error` event; a bad line anywhere else is an `InvalidArgumentError` that fails the replay.
 */
export class TruncatedRecordingError extends InvalidArgumentError {
  override name = 'TruncatedRecordingError';
  constructor(readonly line: number, options: LiveErrorOptions = {}) {
    super(`Line ${line} of the recording is cut short (the recording stopped mid-write): the lines before it were played`, options);
  }
}

/** Every reconnect attempt failed. Terminal; `cause` is the last error, and the message ends with its message. */
export class ReconnectExhaustedError extends LiveError {
  override name = 'ReconnectExhaustedError';
  constructor(readonly attempts: number, options: LiveErrorOptions = {}) {
    const last = options.cause instanceof Error ? `: ${options.cause.message}` : '';
    super('RECONNECT_EXHAUSTED', `Gave up after ${attempts} reconnect attempt${attempts === 1 ? '' : 's'}${last}`, options);
  }
}

/**
 * The relay refused or failed a page's request (`relayRoom$`): a token it would not give or accept, a
 * room that is not public, an answer that is not what a relay sends. `status` is the HTTP status when
 * there was one. Retryable for 429 and 5xx and when the relay could not be reached.
 */
export class RelayError extends LiveError {
  override name = 'RelayError';
  constructor(message: string, readonly status?: number, options: LiveErrorOptions = {}) {
    super('RELAY', message, options);
  }
}

/**
 * No WebSocket could be made on this runtime: the socket library failed to load (a bundle that
 * resolved `ws` to its browser stub, say), or the runtime's constructor threw. Terminal: trying
 * again gets the same answer. Pass `webSocketImpl` or `webSocketFactory` (on Cloudflare Workers,
 * `workersWebSocketFactory()`) to choose a socket that works here.
 */
export class SocketUnavailableError extends LiveError {
  override name = 'SocketUnavailableError';
  constructor(message: string, options: LiveErrorOptions = {}) {
    super('SOCKET_UNAVAILABLE', message, options);
  }
}

/**
 * Redis could not be reached (`tiktok-live-rx/fleet`): nothing listens at the address, the connection
 * broke or timed out, or the `redis` package is not installed (then terminal: `npm install redis`).
 * The message names host and port, never the password. Retryable otherwise: Redis may come back.
 */
export class RedisUnavailableError extends LiveError {
  override name = 'RedisUnavailableError';
  constructor(message: string, options: LiveErrorOptions = {}) {
    super('REDIS_UNAVAILABLE', message, { retryable: true, ...options });
  }
}

/** Redis refused the credentials (`WRONGPASS`) or wants some (`NOAUTH`). Terminal; the password is never in the message. */
export class RedisAuthError extends LiveError {
  override name = 'RedisAuthError';
  constructor(message: string, options: LiveErrorOptions = {}) {
    super('REDIS_AUTH', message, options);
  }
}

/** A fleet key holds another type of value (`WRONGTYPE`): something else uses the prefix. Terminal. */
export class RedisWrongTypeError extends LiveError {
  override name = 'RedisWrongTypeError';
  constructor(readonly key: string | undefined, options: LiveErrorOptions = {}) {
    super(
      'REDIS_WRONG_TYPE',
      `Redis key ${key ?? '(one of the fleet keys)'} holds another type of value (WRONGTYPE): something else writes under the fleet's prefix; use another prefix or remove that key`,
      options,
    );
  }
}

/** Redis answered a command with another error (out of memory, read-only replica, a script error). */
export class RedisCommandError extends LiveError {
  override name = 'RedisCommandError';
  constructor(message: string, options: LiveErrorOptions = {}) {
    super('REDIS', message, options);
  }
}

/** A stream entry is not one the fleet writes (a field missing, `event` not JSON). The entry is skipped, never a crash. */
export class FleetEntryError extends LiveError {
  override name = 'FleetEntryError';
  constructor(readonly entryId: string, message: string, options: LiveErrorOptions = {}) {
    super('FLEET_ENTRY', `Stream entry ${entryId} is not a fleet entry: ${message}`, options);
  }
}

/** The fleet's stored configuration disagrees with this process's (`partitions`). Terminal. */
export class FleetConfigError extends LiveError {
  override name = 'FleetConfigError';
  constructor(message: string, options: LiveErrorOptions = {}) {
    super('FLEET_CONFIG', message, options);
  }
}

/** `addRoom` of a room the fleet already watches. */
export class RoomExistsError extends LiveError {
  override name = 'RoomExistsError';
  constructor(readonly uniqueId: string, options: LiveErrorOptions = {}) {
    super('ROOM_EXISTS', `@${uniqueId} is already in the fleet (removeRoom it first to change its options)`, options);
  }
}

/** `removeRoom` of a room the fleet does not watch. */
export class RoomNotRegisteredError extends LiveError {
  override name = 'RoomNotRegisteredError';
  constructor(readonly uniqueId: string, options: LiveErrorOptions = {}) {
    super('ROOM_NOT_REGISTERED', `@${uniqueId} is not in the fleet`, options);
  }
}

/**
 * A worker's lease on a room was taken over (it expired, and another worker holds a newer epoch): the
 * fence refused this worker's write, and it stops the room. Retryable: the room may be claimed again later.
 */
export class LeaseLostError extends LiveError {
  override name = 'LeaseLostError';
  constructor(readonly uniqueId: string, readonly epoch: number, options: LiveErrorOptions = {}) {
    super('LEASE_LOST', `The lease on @${uniqueId} (epoch ${epoch}) was taken over: the fence refused the write and this worker let the room go`, { retryable: true, ...options });
  }
}

/** True when the error is a `LiveError` that trying again can fix. */
export function isRetryable(error: unknown): boolean {
  return error instanceof LiveError && error.retryable;
}
