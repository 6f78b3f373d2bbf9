import { decodeFetchResult, type FetchResult } from '../decoders/index.js';
import {
  HttpError,
  LiveError,
  PremiumRequiredError,
  SignAuthError,
  SignRateLimitError,
  SignServerError,
  UserOfflineError,
} from '../errors.js';
import { buildUrl, endpointsOf, parseCookieString, parseJsonExact, readJson, request, setCookies, type HttpResponse } from './http.js';
import { DEFAULT_EULER_SIGN_SERVER, DEFAULT_TIKTOOL_SIGN_SERVER, DEFAULT_USER_AGENT, defaultWebParams, type HttpOptions } from './options.js';

/** What a sign provider is asked for: a way into one room, resuming where the client left off. */
export interface SignRequest {
  roomId: string;
  uniqueId: string;
  /** Resume position (empty on the first connection). */
  cursor: string;
  internalExt: string;
  /** Cookies the client already holds (ttwid from the live page, session cookies). */
  cookies: Record<string, string>;
}

/** A signed way into a room: the push WebSocket URL, its cookies and UA, and the first fetch result. */
export interface SignedConnection {
  roomId: string;
  /** The full WebSocket URL, query included. */
  wsUrl: string;
  /** Cookies to send on the WebSocket. */
  cookies: Record<string, string>;
  userAgent: string;
  /** The first `im/fetch` result: initial (or missed) messages, cursor, internal_ext. */
  fetchResult: FetchResult;
}

/** Turns a room into a signed connection. */
export type SignProvider = (request: SignRequest) => Promise<SignedConnection>;

export interface SignOptions extends HttpOptions {
  /** Sign-server API key. */
  apiKey?: string | undefined;
  /** Sign-server base URL (default: Euler Stream's or tik.tools' public API). */
  signServerUrl?: string | undefined;
  /** A logged-in session (for age-restricted rooms). */
  sessionId?: string | undefined;
  /** The data centre of that session's account (e.g. `useast2a`). */
  ttTargetIdc?: string | undefined;
  /** Ask for gzip frames (default true). */
  compress?: boolean | undefined;
}

/** The WebSocket query TikTok's web client sends, then the room, resume and route params. */
export function buildPushUrl(result: FetchResult, roomId: string, userAgent: string, compress = true): string {
  const url = new URL(result.pushServer);
  const web = defaultWebParams(userAgent);
  const params: Record<string, string> = {
    version_code: '180800',
    aid: '1988',
    app_language: web.app_language!,
    app_name: 'tiktok_web',
    browser_platform: web.browser_platform!,
    browser_language: web.browser_language!,
    browser_name: web.browser_name!,
    browser_version: web.browser_version!,
    browser_online: 'true',
    cookie_enabled: 'true',
    tz_name: web.tz_name!,
    device_platform: 'web',
    identity: 'audience',
    live_id: '12',
    webcast_language: 'en',
    ws_direct: '0',
    sup_ws_ds_opt: '1',
    update_version_code: '2.0.0',
    did_rule: '3',
    screen_height: web.screen_height!,
    screen_width: web.screen_width!,
    heartbeat_duration: '0',
    resp_content_type: 'protobuf',
    history_comment_count: '6',
    client_enter: '1',
    ...(compress ? { compress: 'gzip' } : {}),
    room_id: roomId,
    cursor: result.cursor,
    internal_ext: result.internalExt,
  };
  for (const [k, v] of Object.entries(result.routeParams)) if (v) params[k] = v;
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

function sessionCookies(options: SignOptions): Record<string, string> {
  const out: Record<string, string> = { 'tt-target-idc': options.ttTargetIdc ?? 'useast1a' };
  if (options.sessionId) for (const name of ['sessionid', 'sessionid_ss', 'sid_tt']) out[name] = options.sessionId;
  return out;
}

function retryAfterMs(res: HttpResponse): number | undefined {
  const header = res.headers.get('retry-after') ?? res.headers.get('ratelimit-reset') ?? res.headers.get('x-ratelimit-reset');
  if (!header) return undefined;
  const n = Number(header);
  if (Number.isFinite(n)) return n > 1e9 ? Math.max(0, n * 1000 - Date.now()) : n * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * The typed error for TikTok's non-200 answer to `im/fetch`: a 5xx, or a 429 (with its `retry-after`,
 * which a poller easily meets), may pass, so they are retryable; other statuses are not.
 */
export function imFetchError(res: HttpResponse): HttpError {
  const wait = res.status === 429 ? retryAfterMs(res) : undefined;
  const after = wait !== undefined ? ` (retry after ${Math.ceil(wait / 1000)} s)` : '';
  return new HttpError(`TikTok's im/fetch answered HTTP ${res.status}${after}`, res.status, { retryable: res.status >= 500 || res.status === 429, retryAfterMs: wait });
}

/** The typed error for a sign server's non-200 answer. */
export async function signServerError(res: HttpResponse, what: string, uniqueId?: string): Promise<LiveError> {
  let message = '';
  let limitLabel: string | undefined;
  try {
    const body = parseJsonExact(await res.text()) as Record<string, unknown>;
    message = String(body.message ?? body.error ?? '');
    limitLabel = typeof body.limit_label === 'string' ? body.limit_label : undefined;
  } catch {
    // not JSON: the status says enough
  }
  const detail = message ? `: ${message}` : '';
  switch (res.status) {
    case 401:
    case 403:
      return new SignAuthError(`The sign server rejected the API key (${res.status}${detail}): check apiKey`);
    case 402:
      return new PremiumRequiredError(`${what} needs a premium sign-server plan${detail}`);
    case 429: {
      const wait = retryAfterMs(res);
      return new SignRateLimitError(`The sign server rate-limited ${what}${detail}${wait !== undefined ? ` (retry after ${Math.ceil(wait / 1000)} s)` : ''}`, {
        retryAfterMs: wait,
        resetAt: wait !== undefined ? Date.now() + wait : undefined,
        limitLabel,
      });
    }
    case 404:
      if (uniqueId !== undefined) return new UserOfflineError(uniqueId, { cause: new HttpError(`${what} answered 404${detail}`, 404) });
  }
  if (res.status >= 500) return new SignServerError(`The sign server failed ${what} (HTTP ${res.status}${detail})`, res.status);
  return new SignServerError(`The sign server answered ${what} with HTTP ${res.status}${detail}`, res.status, { retryable: false });
}

function decodeSigned(bytes: Uint8Array, what: string): FetchResult {
  if (bytes.length === 0) throw new SignServerError(`${what} returned an empty body instead of a fetch result`);
  const result = decodeFetchResult(bytes);
  if (!result.cursor) throw new SignServerError(`${what} returned a fetch result without a cursor`);
  if (!result.pushServer) throw new SignServerError(`${what} returned a fetch result without a WebSocket URL (pushServer)`);
  return result;
}

/** Euler Stream style: `GET {server}/webcast/rooms/{roomId}/connect` returns TikTok's fetch result and cookies. */
export function eulerSignProvider(options: SignOptions = {}): SignProvider {
  return async (req) => {
    const server = (options.signServerUrl ?? DEFAULT_EULER_SIGN_SERVER).replace(/\/+$/, '');
    const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    const url = buildUrl(server, `/webcast/rooms/${encodeURIComponent(req.roomId)}/connect`, {
      client: 'tiktok-live-rx',
      cursor: req.cursor || undefined,
      internal_ext: req.internalExt || undefined,
      user_agent: userAgent,
      client_enter: 'true',
      platform: 'web',
      unique_id: req.uniqueId,
      session_id: options.sessionId,
      tt_target_idc: options.sessionId ? options.ttTargetIdc : undefined,
    });
    const headers: Record<string, string> = { Accept: 'application/protobuf,application/json' };
    if (options.apiKey) headers['x-api-key'] = options.apiKey;
    const res = await request(url, { headers }, { ...options, cookies: undefined, headers: { ...options.headers, ...headers } });
    if (res.status !== 200) throw await signServerError(res, 'the WebSocket bootstrap', req.uniqueId);
    const fetchResult = decodeSigned(await res.bytes(), 'The sign server');
    const ttCookies = parseCookieString(res.headers.get('x-set-tt-cookie'));
    if (!Object.keys(ttCookies).length) throw new SignServerError('The sign server sent no TikTok cookies (X-Set-TT-Cookie)');
    const roomId = res.headers.get('x-room-id') || req.roomId;
    return {
      roomId,
      wsUrl: buildPushUrl(fetchResult, roomId, userAgent, options.compress ?? true),
      cookies: { ...req.cookies, ...sessionCookies(options), ...ttCookies },
      userAgent,
      fetchResult,
    };
  };
}

/** tik.tools style: sign TikTok's `im/fetch` URL with `POST {server}/webcast/sign_url`, then fetch it ourselves. */
export function tiktoolSignProvider(options: SignOptions = {}): SignProvider {
  return async (req) => {
    const server = (options.signServerUrl ?? DEFAULT_TIKTOOL_SIGN_SERVER).replace(/\/+$/, '');
    const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    const fetchUrl = buildUrl(endpointsOf(options).webcast, '/webcast/im/fetch/', {
      ...defaultWebParams(userAgent),
      room_id: req.roomId,
      cursor: req.cursor,
      internal_ext: req.internalExt,
      resp_content_type: 'protobuf',
      did_rule: '3',
      fetch_rule: '1',
      identity: 'audience',
      last_rtt: '0',
      live_id: '12',
      version_code: '270000',
    });
    const signRes = await request(
      buildUrl(server, '/webcast/sign_url', { apiKey: options.apiKey }),
      { method: 'POST', json: { url: fetchUrl }, headers: options.apiKey ? { 'x-api-key': options.apiKey } : {} },
      { ...options, cookies: undefined },
    );
    if (signRes.status !== 200) throw await signServerError(signRes, 'signing the fetch URL');
    const signed = await readJson<{ status_code?: number; error?: string; data?: { signed_url?: string; user_agent?: string; cookies?: string } }>(signRes, 'The sign server');
    if (signed.status_code !== 0 || !signed.data?.signed_url) throw new SignServerError(`The sign server did not sign the URL: ${signed.error ?? JSON.stringify(signed).slice(0, 120)}`);
    const ua = signed.data.user_agent || userAgent;
    const cookies = { ...req.cookies, ...sessionCookies(options), ...parseCookieString(signed.data.cookies) };
    const res = await request(signed.data.signed_url, { headers: { Accept: 'application/protobuf' } }, { ...options, userAgent: ua, cookies });
    if (res.status !== 200) throw imFetchError(res);
    const fetchResult = decodeSigned(await res.bytes(), "TikTok's im/fetch");
    const allCookies = { ...cookies, ...setCookies(res.headers) };
    return { roomId: req.roomId, wsUrl: buildPushUrl(fetchResult, req.roomId, ua, options.compress ?? true), cookies: allCookies, userAgent: ua, fetchResult };
  };
}

/** `'euler'`, `'tiktool'` or your own function, as a `SignProvider`. */
export function resolveSignProvider(provider: 'euler' | 'tiktool' | SignProvider | undefined, options: SignOptions): SignProvider {
  if (typeof provider === 'function') return provider;
  return provider === 'tiktool' ? tiktoolSignProvider(options) : eulerSignProvider(options);
}
