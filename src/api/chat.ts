import { InvalidArgumentError, SessionRequiredError, SignAuthError, SignServerError, UserOfflineError, type LiveError } from '../errors.js';
import { buildUrl, parseJsonExact, readJson, request, type HttpResponse } from './http.js';
import { resolveRoomId } from './livePage.js';
import { DEFAULT_EULER_SIGN_SERVER, DEFAULT_TIKTOOL_SIGN_SERVER, type HttpOptions } from './options.js';
import { signServerError } from './sign.js';
import { normalizeUniqueId } from './uniqueId.js';

/** The longest comment TikTok takes. */
export const MAX_CHAT_LENGTH = 150;

/** TikTok's status for a session it no longer accepts (logged out, expired). */
const SESSION_REFUSED = 20003;

export interface SendChatOptions extends HttpOptions {
  /** The logged-in TikTok session the comment is sent as. Required; never sent anywhere but in the request body. */
  sessionId: string;
  /** The data centre of that session's account (e.g. `useast2a`). */
  ttTargetIdc?: string | undefined;
  /** Sign-server API key. */
  apiKey?: string | undefined;
  /**
   * `'euler'` (default): `POST {server}/webcast/rooms/{roomId}/chat`, a premium Euler Stream endpoint;
   * `'tiktool'`: `POST {server}/webcast/chat`.
   */
  signProvider?: 'euler' | 'tiktool' | undefined;
  /** Sign-server base URL. Default: Euler Stream's (or tik.tools' with `signProvider: 'tiktool'`). */
  signServerUrl?: string | undefined;
}

/** What a sent comment came to. */
export interface SendChatResult {
  /** The room it went to. */
  roomId: string;
}

/** `text` with every occurrence of `secret` replaced: what a server says back must not carry the session. */
function without(text: string, secret: string): string {
  return secret ? text.split(secret).join('[redacted]') : text;
}

/** The room a handle or room id names: a room id as it is, a handle resolved from its live page. */
async function roomIdOf(room: string, options: HttpOptions): Promise<string> {
  if (/^\d{1,20}$/.test(room)) return room;
  const uniqueId = normalizeUniqueId(room);
  const roomId = await resolveRoomId(uniqueId, options);
  if (!roomId) throw new UserOfflineError(uniqueId);
  return roomId;
}

/** The typed error for a refused send: the session (TikTok's 20003), else what `signServerError` makes of the status. */
async function refusal(res: HttpResponse, sessionId: string): Promise<LiveError> {
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = parseJsonExact(text) as Record<string, unknown>;
  } catch {
    // not JSON: the status says enough
  }
  if (Number(body.code ?? body.status_code) === SESSION_REFUSED) {
    return new SignAuthError('TikTok refused the session (logged out or expired): log in again and pass a fresh sessionId');
  }
  const clean = without(text, sessionId);
  const replay: HttpResponse = { ...res, headers: res.headers, text: async () => clean, bytes: async () => new TextEncoder().encode(clean) };
  return signServerError(replay, 'the chat message');
}

/**
 * Sends a comment to a LIVE's chat as the logged-in user of `sessionId`,
 * through a sign server: Euler Stream's premium `rooms/{roomId}/chat`
 * endpoint, or the tik.tools-style `POST /webcast/chat`. `room` is a handle
 * (`@user`, a live URL: resolved from the live page) or a room id.
 *
 * Everything is checked before any request: no session is a
 * `SessionRequiredError`, an empty or too long comment an `InvalidArgumentError`. A refused send is typed: the API key
 * or the session (`SignAuthError`), the plan (`PremiumRequiredError`, HTTP
 * 402), a rate limit (`SignRateLimitError` with `retryAfterMs`). The session
 * id goes in the request body only, and no error message carries it.
 *
 * @example
 * await sendChat('@some_streamer', 'hello!', { sessionId, apiKey });
 */
export async function sendChat(room: string, text: string, options: SendChatOptions): Promise<SendChatResult> {
  const sessionId = options?.sessionId;
  if (typeof sessionId !== 'string' || sessionId.trim() === '') throw new SessionRequiredError('sendChat');
  if (typeof text !== 'string' || text.trim() === '') throw new InvalidArgumentError('sendChat needs a non-empty text');
  if ([...text].length > MAX_CHAT_LENGTH) throw new InvalidArgumentError(`A comment is at most ${MAX_CHAT_LENGTH} characters, got ${[...text].length}`);
  if (typeof room !== 'string' || room.trim() === '') throw new InvalidArgumentError('sendChat needs a room: a @user, a live URL or a room id');
  const style = options.signProvider ?? 'euler';
  if (style !== 'euler' && style !== 'tiktool') throw new InvalidArgumentError(`signProvider must be 'euler' or 'tiktool', got ${JSON.stringify(style)}`);
  const roomId = await roomIdOf(room.trim(), options);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  // Never the page's cookies: the sign server gets what the body says, nothing more.
  const http = { ...options, cookies: undefined };
  let res: HttpResponse;
  if (style === 'euler') {
    const server = (options.signServerUrl ?? DEFAULT_EULER_SIGN_SERVER).replace(/\/+$/, '');
    const url = buildUrl(server, `/webcast/rooms/${encodeURIComponent(roomId)}/chat`, {});
    res = await request(url, { method: 'POST', headers, json: { content: text, sessionId, ttTargetIdc: options.ttTargetIdc } }, http);
  } else {
    const server = (options.signServerUrl ?? DEFAULT_TIKTOOL_SIGN_SERVER).replace(/\/+$/, '');
    const url = buildUrl(server, '/webcast/chat', {});
    res = await request(url, { method: 'POST', headers, json: { room_id: roomId, content: text, session_id: sessionId, tt_target_idc: options.ttTargetIdc } }, http);
  }
  if (res.status !== 200) throw await refusal(res, sessionId);
  const answer = await readJson<Record<string, unknown>>(res, 'The sign server (chat)');
  const status = Number(answer.code ?? answer.status_code);
  if (status === SESSION_REFUSED) throw new SignAuthError('TikTok refused the session (logged out or expired): log in again and pass a fresh sessionId');
  if (answer.ok === false || (status !== 0 && status !== 200)) {
    const message = without(String(answer.message ?? answer.error ?? 'no message'), sessionId);
    throw new SignServerError(`The sign server did not send the chat message: ${message.slice(0, 160)}`, undefined, { retryable: false });
  }
  return { roomId };
}
