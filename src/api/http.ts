import { HttpError, InvalidArgumentError, NetworkError, PayloadTooLargeError, ProxyError, RequestTimeoutError, type NetworkErrorKind } from '../errors.js';
import { concatBytes } from '../decoders/input.js';
import { safeUrl } from '../redact.js';
import { DEFAULT_ENDPOINTS, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS, DEFAULT_USER_AGENT, type Endpoints, type HttpOptions } from './options.js';

export interface RequestInitLite {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Parse the body as JSON and send it with content-type application/json. */
  json?: unknown;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  url: string;
  text(): Promise<string>;
  bytes(): Promise<Uint8Array>;
}

/** Base URLs with the defaults filled in and no trailing slash. */
export function endpointsOf(options: HttpOptions): Endpoints {
  const e = { ...DEFAULT_ENDPOINTS, ...options.endpoints };
  return { web: e.web.replace(/\/+$/, ''), webcast: e.webcast.replace(/\/+$/, '') };
}

export function cookieHeader(cookies: Record<string, string> | undefined): string {
  return Object.entries(cookies ?? {})
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

/** Parses `a=1; b=2` (as in X-Set-TT-Cookie) into a map. */
export function parseCookieString(value: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (value ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/** The name=value of each Set-Cookie header of a response. */
export function setCookies(headers: Headers): Record<string, string> {
  const list = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : (headers.get('set-cookie') ?? '').split(/,(?=\s*\w+=)/);
  const out: Record<string, string> = {};
  for (const line of list) {
    const first = line.split(';')[0] ?? '';
    const eq = first.indexOf('=');
    if (eq > 0) out[first.slice(0, eq).trim()] = first.slice(eq + 1).trim();
  }
  return out;
}

/**
 * One HTTP request through the injected (or global) fetch, with a timeout and
 * the caller's signal. A request that got no answer is a retryable `NetworkError`
 * naming its root cause (DNS, refused, …); a timeout is a `RequestTimeoutError`.
 * Status codes are the caller's to judge.
 */
export async function request(url: string, init: RequestInitLite, options: HttpOptions): Promise<HttpResponse> {
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== 'function') throw new InvalidArgumentError('No fetch available: pass options.fetch (this runtime has no global fetch)');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const headers: Record<string, string> = {
    'User-Agent': options.userAgent ?? DEFAULT_USER_AGENT,
    Accept: 'text/html,application/json,application/protobuf',
    'Accept-Language': 'en-US,en;q=0.9',
    ...options.headers,
    ...init.headers,
  };
  const cookie = cookieHeader(options.cookies);
  if (cookie) headers.Cookie = headers.Cookie ? `${headers.Cookie}; ${cookie}` : cookie;
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers['Content-Type'] = 'application/json';
  }
  try {
    const res = await doFetch(url, { method: init.method ?? 'GET', headers, body, signal: controller.signal, redirect: 'follow' });
    // Read the body inside the timeout too, and no more of it than the cap.
    const buffer = await readBody(res, options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, controller);
    return {
      status: res.status,
      headers: res.headers,
      url: res.url || url,
      text: async () => new TextDecoder().decode(buffer),
      bytes: async () => buffer,
    };
  } catch (err) {
    // A fetch through a proxy of ours (the CLI's --proxy) already says what the proxy did.
    if (err instanceof PayloadTooLargeError || err instanceof ProxyError) throw err;
    if (timedOut) throw new RequestTimeoutError(url, timeoutMs, { cause: err });
    if (options.signal?.aborted) throw err;
    throw networkError(url, err);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** A response's body, refused past `max` bytes (by its content-length at once, else as it streams in). */
async function readBody(res: Response, max: number, controller: AbortController): Promise<Uint8Array> {
  const tooLarge = () => {
    controller.abort();
    return new PayloadTooLargeError(max, { cause: new Error('The response body is larger than maxResponseBytes') });
  };
  const declared = Number(res.headers.get('content-length'));
  if (declared > max) throw tooLarge();
  if (!res.body) {
    const whole = new Uint8Array(await res.arrayBuffer());
    if (whole.length > max) throw tooLarge();
    return whole;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return concatBytes(chunks, size);
}

/**
 * The root cause of a failed fetch in a few words: undici says only "fetch
 * failed" and keeps the reason (`getaddrinfo ENOTFOUND host`, `connect
 * ECONNREFUSED 127.0.0.1:1`) in its `cause` chain.
 */
export function networkCause(err: unknown): string {
  let e = err as { message?: unknown; cause?: unknown } | undefined;
  let text = String(e?.message ?? err);
  for (let depth = 0; depth < 4 && e && typeof e.cause === 'object' && e.cause !== null; depth += 1) {
    e = e.cause as { message?: unknown; cause?: unknown };
    if (typeof e.message === 'string' && e.message) text = e.message;
  }
  return text;
}

// Node's (and undici's) error codes, by what they say went wrong.
const KINDS: Array<[NetworkErrorKind, RegExp]> = [
  ['dns', /^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL|EAI_NODATA)$/],
  ['refused', /^ECONNREFUSED$/],
  ['reset', /^(ECONNRESET|ECONNABORTED|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/],
  ['timeout', /^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT)$/],
  ['unreachable', /^(ENETUNREACH|EHOSTUNREACH|ENETDOWN|EHOSTDOWN|EADDRNOTAVAIL)$/],
  ['tls', /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT)/],
];

/** The error codes along a failure's cause chain (and inside an AggregateError, as a dual-stack connect makes). */
export function errorCodes(err: unknown): string[] {
  const codes: string[] = [];
  const visit = (e: unknown, depth: number) => {
    if (depth > 5 || typeof e !== 'object' || e === null) return;
    const { code, cause, errors } = e as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (Array.isArray(errors)) for (const inner of errors.slice(0, 4)) visit(inner, depth + 1);
    visit(cause, depth + 1);
  };
  visit(err, 0);
  return codes;
}

/** `host:port` of a URL, with the scheme's default port spelled out. */
function hostPort(u: URL): string {
  const port = u.port || (u.protocol === 'https:' || u.protocol === 'wss:' ? '443' : '80');
  return `${u.hostname}:${port}`;
}

/** A proxy's refusal (`status` instead of passing the request on) of a request to `url`. */
function proxyRefusal(url: string, status: number, options: { cause?: unknown } = {}): ProxyError {
  const host = safeHost(url);
  const hint = status === 407 ? ': it wants other credentials (check the user and password of the proxy URL)' : '';
  return new ProxyError(status, host, `The proxy refused the request to ${host} with ${status}${hint}`, options);
}

/** host[:port] of a URL, never its user or query. */
function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return safeUrl(url);
  }
}

// How undici's ProxyAgent reports a proxy that answered its CONNECT with something other than 200
// ("Proxy response (407) !== 200 when HTTP Tunneling"), or a forwarded request with 407.
const UNDICI_PROXY_REFUSAL = /Proxy (?:response|Authentication Required) \((\d{3})\)/;

/**
 * The `NetworkError` for a request to `url` that failed with `err` before any answer: its kind
 * from the error codes along the cause chain, and a one-line message with the host (never the
 * query, which may carry credentials). A `ProxyError` when undici's ProxyAgent says the proxy
 * refused the tunnel.
 */
export function networkError(url: string, err: unknown): NetworkError {
  const refused = UNDICI_PROXY_REFUSAL.exec(networkCause(err));
  if (refused) return proxyRefusal(url, Number(refused[1]), { cause: err });
  const codes = errorCodes(err);
  const kind = KINDS.find(([, pattern]) => codes.some((code) => pattern.test(code)))?.[0] ?? 'other';
  let u: URL | undefined;
  try {
    u = new URL(url);
  } catch {
    u = undefined;
  }
  const host = u?.host ?? safeUrl(url);
  const cause = networkCause(err);
  const short = cause.length > 120 ? `${cause.slice(0, 117)}...` : cause;
  const message =
    kind === 'dns' ? `Cannot resolve ${u?.hostname ?? host} (DNS)`
    : kind === 'refused' ? `Connection refused by ${u ? hostPort(u) : host}`
    : kind === 'reset' ? `The connection to ${host} was reset`
    : kind === 'timeout' ? `Connecting to ${host} timed out`
    : kind === 'unreachable' ? `${host} is unreachable (no route from this network)`
    : kind === 'tls' ? `TLS with ${host} failed: ${short}`
    : `Request to ${safeUrl(url)} failed: ${short}`;
  return new NetworkError(kind, host, message, { cause: err });
}

/**
 * A JSON string, or an integer literal too long to be sure it is safe: TikTok writes 64-bit ids as bare
 * numbers (`"id": 7200129634582383123`), which `JSON.parse` rounds. Not a digit run inside another number.
 */
const LONG_INTEGER = /"(?:[^"\\]|\\.)*"|(?<![\w.+-])-?\d{16,}(?![\w.+-])/g;

/** `JSON.parse`, with integers past `Number.MAX_SAFE_INTEGER` kept exact as strings. */
export function parseJsonExact(text: string): unknown {
  return JSON.parse(text.replace(LONG_INTEGER, (token) => (token.startsWith('"') || Number.isSafeInteger(Number(token)) ? token : `"${token}"`)));
}

/** Parses a JSON body (64-bit integers as exact strings), or throws an `HttpError` that says what came back instead. */
export async function readJson<T = unknown>(res: HttpResponse, what: string): Promise<T> {
  const text = await res.text();
  try {
    return parseJsonExact(text) as T;
  } catch (err) {
    const snippet = text.slice(0, 120).replace(/\s+/g, ' ');
    throw new HttpError(`${what} answered ${res.status} with a body that is not JSON: "${snippet}"`, res.status, { cause: err, retryable: res.status >= 500 });
  }
}

/** `base + path?query`, with the query's undefined values left out. */
export function buildUrl(base: string, path: string, query: Record<string, string | undefined>): string {
  const url = new URL(path.replace(/^\/*/, '/'), `${base}/`);
  const basePath = new URL(`${base}/`).pathname.replace(/\/$/, '');
  if (basePath) url.pathname = basePath + url.pathname;
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}
