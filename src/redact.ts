/**
 * Secrets (sign-server API keys, TikTok session ids, tokens, cookies) must
 * never leave the process through an error message, a lifecycle event's
 * `reason`, a debug line or a log. Two tools keep them in: `safeUrl` (what an
 * error may say about a URL: its origin and path, never its query) and
 * `redactSecrets` (a last line of defence over any text: the values of
 * credential-carrying parameters, headers and cookies are replaced). Every
 * `LiveError` message goes through `redactSecrets`.
 */

/** The placeholder that stands where a secret was. */
export const REDACTED = '[redacted]';

// Names of query parameters, JSON fields, headers and cookies that carry credentials.
const SECRET_NAMES =
  'api[_-]?key|x-api-key|apikey|session[_-]?id|sessionid_ss|sid_tt|sid_guard|uid_tt|ssid_ucp_v1|sid_ucp_v1|ms[_-]?token|' +
  'jwt[_-]?key|jwt|access[_-]?token|auth[_-]?token|oauth[_-]?token|x-oauth-token|token|password|passwd|secret|signature|x-bogus';

// name=value (query strings, cookie strings) and "name":"value" (JSON bodies).
const ASSIGNED = new RegExp(`(^|[^\\w-])(${SECRET_NAMES})(=|"\\s*:\\s*"|'\\s*:\\s*')([^\\s&;,"'}\\]]*)`, 'gi');
// Header lines: "x-api-key: value", "Cookie: a=b; c=d", "Authorization: Bearer value", "Proxy-Authorization: Basic value".
const HEADER = /(^|[^\w-])(x-api-key|x-cookie-header|x-oauth-token|cookie|set-cookie|x-set-tt-cookie|proxy-authorization|authorization)(\s*:\s*)([^\r\n"]*)/gi;
// The user and password of a URL (a proxy's: http://user:password@host:port), but for a hint's
// placeholder ("redis://:PASSWORD@host", "http://user:password@host"), which is no secret.
const USERINFO = /\b([a-z][a-z\d+.-]*:\/\/)(?![^\s/?#@"':]*:password@)[^\s/?#@"']+@/gi;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9._~+/=-]+/g;

/** `text` with the values of credential-carrying parameters, fields, headers and cookies, and the user:password of URLs, replaced. */
export function redactSecrets(text: string): string {
  if (!text) return text;
  return text
    .replace(HEADER, (_m, pre: string, name: string, sep: string) => `${pre}${name}${sep}${REDACTED}`)
    .replace(ASSIGNED, (_m, pre: string, name: string, sep: string, value: string) => (value ? `${pre}${name}${sep}${REDACTED}` : _m))
    .replace(BEARER, `$1${REDACTED}`)
    .replace(USERINFO, `$1${REDACTED}@`);
}

/**
 * What an error may say about a URL: scheme, host, port and path. The query
 * (where sign servers take API keys and TikTok session ids) and any
 * user:password are dropped; a dropped query shows as `?…`. Text that is not
 * a URL is redacted and shortened instead.
 */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}${u.search ? '?…' : ''}`;
  } catch {
    const text = redactSecrets(url);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  }
}
