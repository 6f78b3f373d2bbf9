import type { LiveEvent } from '../operators/pipeline/events.js';
import { eventToJson } from '../decoders/json.js';
import type { LiveErrorCode } from '../errors.js';

/**
 * What a relay client may learn of an upstream problem: a code and a fixed
 * summary per code. Upstream text (error messages, close reasons) can name
 * sign-server URLs, API keys or session ids, so none of it is forwarded,
 * whatever the library upstream already redacted.
 */
const ERROR_SUMMARIES: Record<LiveErrorCode, string> = {
  USER_OFFLINE: 'The streamer is not live',
  USER_NOT_FOUND: 'No such TikTok user',
  AGE_RESTRICTED: 'The LIVE is age-restricted',
  CAPTCHA_REQUIRED: 'TikTok asked for a captcha',
  SIGN_RATE_LIMIT: 'Sign server rate limit reached',
  SIGN_AUTH: 'Sign server rejected the relay',
  SIGN_SERVER: 'Sign server unreachable or failing',
  PREMIUM_REQUIRED: 'Sign server plan does not allow this',
  SESSION_REQUIRED: 'A TikTok session is required',
  HANDSHAKE_REJECTED: 'TikTok refused the connection',
  CONNECTION_CLOSED: 'Connection closed',
  STALE_CONNECTION: 'Connection went silent',
  FRAME_DECODE: 'A frame could not be decoded',
  MESSAGE_DECODE: 'A message could not be decoded',
  PAYLOAD_TOO_LARGE: 'A frame was too large',
  TOO_MANY_MESSAGES: 'A frame carried too many messages',
  REQUEST_TIMEOUT: 'A request to TikTok timed out',
  HTTP: 'A request to TikTok failed',
  INVALID_ARGUMENT: 'Invalid upstream settings',
  RECONNECT_EXHAUSTED: 'Gave up reconnecting',
  RELAY: 'Relay failed',
  SOCKET_UNAVAILABLE: 'No WebSocket could be opened on this runtime',
  REDIS_UNAVAILABLE: 'Redis unreachable',
  REDIS_AUTH: 'Redis refused the credentials',
  REDIS_WRONG_TYPE: 'A Redis key holds another type',
  REDIS: 'Redis failed a command',
  FLEET_ENTRY: 'A fleet log entry could not be read',
  FLEET_CONFIG: 'Fleet configuration mismatch',
  ROOM_EXISTS: 'The room is already in the fleet',
  ROOM_NOT_REGISTERED: 'The room is not in the fleet',
  LEASE_LOST: 'A worker lost its lease on the room',
};

/** The code of an upstream error (`ERROR` for what is not a `LiveError`) and its fixed summary. */
export function safeError(error: unknown): { code: string; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.hasOwn(ERROR_SUMMARIES, code)) return { code, message: ERROR_SUMMARIES[code as LiveErrorCode] };
  return { code: 'ERROR', message: 'Upstream failed' };
}

/** A fixed summary of a WebSocket close code, for `disconnected` events. */
function closeSummary(code: number): string {
  if (code === 1000) return 'Closed by TikTok';
  if (code === 1001) return 'TikTok went away';
  if (code === 1006) return 'Connection failed or lost';
  if (code === 1011) return 'TikTok server error';
  return `Closed (code ${code})`;
}

/**
 * An upstream event as the JSON line relay clients get: wire events as they
 * are; `disconnected` with its close code (if a socket closed), attempt,
 * willReconnect and delayMs and a fixed summary as its reason, never its error; `error` with the error's name, code and
 * the fixed summary of that code.
 */
export function relayEventJson(event: LiveEvent): string {
  if (event.type === 'disconnected') {
    // The error's own text stays here; a failure before any socket has no close code, only its error's summary.
    const { error, ...rest } = event;
    return eventToJson({ ...rest, reason: event.code === undefined ? safeError(error).message : closeSummary(event.code) });
  }
  if (event.type === 'error') {
    const { code, message } = safeError(event.error);
    return JSON.stringify({ type: 'error', error: { name: event.error.name, code, message }, method: event.method, msgId: event.msgId });
  }
  return eventToJson(event);
}

/** The last line a relay client gets when its upstream fails. */
export function relayErrorJson(error: unknown): string {
  return JSON.stringify({ type: 'relayError', ...safeError(error) });
}
