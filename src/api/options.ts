/** Options every HTTP helper takes. */
export interface HttpOptions {
  /** Base URLs: `web` for www.tiktok.com pages and api-live, `webcast` for webcast.tiktok.com APIs. */
  endpoints?: Partial<Endpoints> | undefined;
  /** A fetch implementation (proxies, other runtimes, tests). Default: the global fetch. */
  fetch?: typeof fetch | undefined;
  /** Aborts the request. */
  signal?: AbortSignal | undefined;
  /** Per-request timeout. Default 10,000 ms. */
  timeoutMs?: number | undefined;
  /** User-Agent for TikTok requests. */
  userAgent?: string | undefined;
  /** Extra request headers. */
  headers?: Record<string, string> | undefined;
  /** Cookies to send (`{ name: value }`). */
  cookies?: Record<string, string> | undefined;
  /** Largest response body read; a larger one is a `PayloadTooLargeError`. Default 16 MiB. */
  maxResponseBytes?: number | undefined;
}

export interface Endpoints {
  web: string;
  webcast: string;
}

export const DEFAULT_ENDPOINTS: Endpoints = {
  web: 'https://www.tiktok.com',
  webcast: 'https://webcast.tiktok.com',
};

/** Euler Stream's API, the sign server TikTok-Live-Connector and TikTokLive use. */
export const DEFAULT_EULER_SIGN_SERVER = 'https://api.eulerstream.com';
/** The tik.tools API. */
export const DEFAULT_TIKTOOL_SIGN_SERVER = 'https://api.tik.tools';

export const DEFAULT_USER_AGENT =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';

export const DEFAULT_TIMEOUT_MS = 10_000;
/** No TikTok page or API answer comes near it; a server that sends more is broken or hostile. */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** The query parameters TikTok's web client sends with every request. */
export function defaultWebParams(userAgent: string): Record<string, string> {
  const slash = userAgent.indexOf('/');
  return {
    aid: '1988',
    app_language: 'en',
    app_name: 'tiktok_web',
    browser_language: 'en-US',
    browser_name: slash > 0 ? userAgent.slice(0, slash) : 'Mozilla',
    browser_online: 'true',
    browser_platform: 'MacIntel',
    browser_version: slash > 0 ? userAgent.slice(slash + 1) : userAgent,
    cookie_enabled: 'true',
    device_platform: 'web_pc',
    focus_state: 'true',
    from_page: 'user',
    history_len: '10',
    is_fullscreen: 'false',
    is_page_visible: 'true',
    screen_height: '1080',
    screen_width: '1920',
    tz_name: 'Europe/Berlin',
    referer: 'https://www.tiktok.com/',
    root_referer: 'https://www.tiktok.com/',
    channel: 'tiktok_web',
    data_collection_enabled: 'true',
    os: 'mac',
    priority_region: 'DE',
    region: 'DE',
    user_is_login: 'false',
    webcast_language: 'en',
  };
}
