/**
 * The sign servers people use, on the simulator's port:
 * - Euler Stream style: GET /webcast/rooms/{roomId}/connect, GET /webcast/fetch,
 *   GET /webcast/anchors/{uniqueId}/room_id, POST /tiktok/sign_url, POST /webcast/rooms/{roomId}/chat (premium);
 * - tik.tools style: POST /webcast/sign_url, POST /webcast/chat (premium), the sign-and-return endpoints (room info, cover, video,
 *   rankings, gifts, im/fetch and WebSocket credentials), the direct ones (hashtags, feed, user ids,
 *   WebSocket signing), the session-only creator tools (earnings, live analytics, mute and ban),
 *   POST /authentication/jwt, POST /captcha/solve/{puzzle,rotate,shapes}.
 * Both honour API keys, rate limits and the room's sign-server faults.
 */
import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJson, sendBytes, sendJson, token } from './http.js';
import type { SimRoom } from './room.js';

export const SIM_USER_AGENT =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';

export interface ApiKeyInfo {
  /** Premium keys may call premium-only endpoints (402 otherwise). */
  premium?: boolean;
}

export interface SignRateLimitOptions {
  /** Requests allowed per key per window. */
  limit: number;
  windowMs: number;
}

/** The viewer a logged-in session belongs to: who a comment sent with it comes from. */
export interface SimSessionUser {
  uniqueId: string;
  nickname?: string;
}

export interface SignContext {
  baseUrl(): string;
  roomById(roomId: string): SimRoom | undefined;
  roomByUniqueId(uniqueId: string): SimRoom | undefined;
  /** Every room. */
  rooms(): SimRoom[];
  /** The im/fetch body and cookies for a room, honouring a resume cursor. */
  fetchFor(room: SimRoom, cursor: string | null, internalExt: string | null): { bytes: Uint8Array; ttwid: string };
  apiKeys: Map<string, ApiKeyInfo> | undefined;
  rateLimit: SignRateLimitOptions | undefined;
  jwtSecret: string;
  /** Sessions the chat endpoints accept. */
  sessions: Map<string, SimSessionUser>;
}

type Style = 'euler' | 'tiktool';

/** Adds msToken / X-Bogus / X-Gnarly as the sign servers do (deterministic per URL). */
export function signUrl(url: string): { signedUrl: string; msToken: string; xBogus: string; xGnarly: string } {
  const u = new URL(url);
  for (const p of ['msToken', 'X-Bogus', 'X-Gnarly', '_signature']) u.searchParams.delete(p);
  const msToken = token(`ms${u}`, 107);
  const xBogus = `DFSz${token(`xb${u}`, 24)}`;
  const xGnarly = token(`xg${u}`, 64);
  u.searchParams.set('msToken', msToken);
  u.searchParams.set('X-Bogus', xBogus);
  u.searchParams.set('X-Gnarly', xGnarly);
  return { signedUrl: u.toString(), msToken, xBogus, xGnarly };
}

/** How each style answers a signed URL (`url` is the one that was signed). */
const SIGN_URL_ANSWERS: Record<Style, (signed: ReturnType<typeof signUrl>, url: string) => Record<string, unknown>> = {
  euler: (signed) => ({
    code: 200,
    response: {
      signedUrl: signed.signedUrl,
      userAgent: SIM_USER_AGENT,
      browserName: 'Mozilla',
      browserVersion: SIM_USER_AGENT.slice(8),
      tokens: { msToken: signed.msToken, 'X-Bogus': signed.xBogus, 'X-Gnarly': signed.xGnarly },
      requestHeaders: { 'User-Agent': SIM_USER_AGENT },
      cookies: [],
    },
  }),
  tiktool: (signed, url) => ({
    status_code: 0,
    data: { signed_url: signed.signedUrl, x_bogus: signed.xBogus, x_gnarly: signed.xGnarly, user_agent: SIM_USER_AGENT, cookies: `ttwid=${token(`tt${url}`, 40)}` },
  }),
};

/** True when a URL carries the signature params sign servers add. */
export function isSigned(url: URL): boolean {
  return url.searchParams.has('X-Bogus') && url.searchParams.has('msToken');
}

function apiKeyOf(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers['x-api-key'];
  return (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('apiKey') ?? url.searchParams.get('api_key') ?? undefined;
}

function fail(res: ServerResponse, style: Style, status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): void {
  if (style === 'euler') sendJson(res, status, { code: status, message, ...extra }, headers);
  else sendJson(res, status, { status_code: status, error: message, ...extra }, headers);
}

/** Sliding-window counters per API key. */
class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  check(key: string, options: SignRateLimitOptions): { ok: true } | { ok: false; retryAfterMs: number } {
    const now = Date.now();
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < options.windowMs);
    if (recent.length >= options.limit) {
      this.hits.set(key, recent);
      return { ok: false, retryAfterMs: options.windowMs - (now - recent[0]!) };
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.hits.delete(this.hits.keys().next().value!);
    return { ok: true };
  }
}

export class SignServers {
  private readonly limiter = new RateLimiter();

  constructor(private readonly ctx: SignContext) {}

  /** Handles the request if it is a sign-server route; returns false otherwise. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = /^\/webcast\/rooms\/([^/]+)\/connect$/.exec(path))) {
      await this.eulerConnect(req, res, url, decodeURIComponent(m[1]!));
    } else if (method === 'GET' && path === '/webcast/fetch') {
      await this.eulerConnect(req, res, url, url.searchParams.get('room_id') ?? '');
    } else if (method === 'GET' && (m = /^\/webcast\/anchors\/([^/]+)\/room_id$/.exec(path))) {
      await this.eulerRoomId(req, res, url, decodeURIComponent(m[1]!));
    } else if (method === 'POST' && path === '/tiktok/sign_url') {
      await this.signUrlEndpoint(req, res, url, 'euler');
    } else if (method === 'POST' && (m = /^\/webcast\/rooms\/([^/]+)\/chat$/.exec(path))) {
      await this.chat(req, res, url, 'euler', decodeURIComponent(m[1]!));
    } else if (method === 'POST' && path === '/webcast/chat') {
      await this.chat(req, res, url, 'tiktool');
    } else if (method === 'POST' && path === '/webcast/sign_url') {
      await this.signUrlEndpoint(req, res, url, 'tiktool');
    } else if ((m = /^\/webcast\/(check_alive|room_info|room_id|room_cover|room_video|gift_info|bulk_live_check|rankings|fetch|ws_credentials)$/.exec(path))) {
      await this.tiktoolSignAndReturn(req, res, url, m[1]!);
    } else if ((m = /^\/webcast\/(hashtag_list|feed|resolve_user_ids|sign_websocket|user_earnings|live_analytics\/(?:video_list|video_detail|user_interactions)|moderation\/(?:mute|ban))$/.exec(path))) {
      await this.tiktoolDirect(req, res, url, m[1]!);
    } else if (method === 'POST' && path === '/authentication/jwt') {
      await this.tiktoolJwt(req, res, url);
    } else if (method === 'POST' && (m = /^\/captcha\/solve\/(puzzle|rotate|shapes)$/.exec(path))) {
      await this.captcha(req, res, url, m[1] as 'puzzle' | 'rotate' | 'shapes');
    } else {
      return false;
    }
    return true;
  }

  /** API key, per-key rate limit and the room's sign faults. Returns the key's info, or undefined after answering. */
  private gate(req: IncomingMessage, res: ServerResponse, url: URL, style: Style, room?: SimRoom): ApiKeyInfo | undefined {
    const key = apiKeyOf(req, url);
    let info: ApiKeyInfo = { premium: true };
    if (this.ctx.apiKeys) {
      const found = key ? this.ctx.apiKeys.get(key) : undefined;
      if (!found) {
        fail(res, style, 401, key ? 'Invalid API key' : 'Missing API key: pass x-api-key or apiKey');
        return undefined;
      }
      info = found;
    }
    if (room && room.pending.signServerError > 0) {
      room.pending.signServerError -= 1;
      fail(res, style, room.pending.signServerStatus, 'Sign server temporarily unavailable');
      return undefined;
    }
    const limited = room && room.pending.signRateLimit > 0 ? ((room.pending.signRateLimit -= 1), room.pending.retryAfterSec * 1000) : undefined;
    const window = limited === undefined && this.ctx.rateLimit ? this.limiter.check(key ?? 'anonymous', this.ctx.rateLimit) : { ok: true as const };
    const retryAfterMs = limited ?? (window.ok ? undefined : window.retryAfterMs);
    if (retryAfterMs !== undefined) {
      const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
      const reset = Math.ceil((Date.now() + retryAfterMs) / 1000);
      fail(res, style, 429, 'Too many requests: rate limit reached', style === 'euler' ? { limit_label: 'per-minute' } : { retry_after: seconds }, {
        'retry-after': String(seconds),
        'ratelimit-reset': String(seconds),
        'x-ratelimit-reset': String(reset),
      });
      return undefined;
    }
    return info;
  }

  // ------------------------------------------------------------ Euler Stream style

  private async eulerConnect(req: IncomingMessage, res: ServerResponse, url: URL, roomId: string): Promise<void> {
    const room = this.ctx.roomById(roomId);
    if (!this.gate(req, res, url, 'euler', room)) return;
    if (!room) return fail(res, 'euler', 404, `Room ${roomId} not found`);
    if (!room.admits(room.positionFor(url.searchParams.get('cursor'), url.searchParams.get('internal_ext')))) return fail(res, 'euler', 404, `Room ${roomId} is not live`);
    const { bytes, ttwid } = this.ctx.fetchFor(room, url.searchParams.get('cursor'), url.searchParams.get('internal_ext'));
    sendBytes(res, 200, bytes, {
      'x-set-tt-cookie': `ttwid=${ttwid}; tt-target-idc=useast1a`,
      'x-room-id': room.roomId,
      'x-request-id': String(Date.now()),
    });
  }

  private async eulerRoomId(req: IncomingMessage, res: ServerResponse, url: URL, uniqueId: string): Promise<void> {
    const room = this.ctx.roomByUniqueId(uniqueId);
    if (!this.gate(req, res, url, 'euler', room)) return;
    if (!room || room.status === 'notFound') return sendJson(res, 200, { code: 404, ok: false, message: 'User not found', routes_attempted: ['html', 'api'] });
    sendJson(res, 200, { code: 200, ok: true, routes_attempted: ['html'], is_live: room.status === 'live', room_id: room.roomId, source: 'html' });
  }

  /**
   * Sends a comment, either style (Euler: the room in the path, `{ content, sessionId }`; tik.tools:
   * `{ room_id, content, session_id }`): premium keys only (402), a known session (else TikTok's
   * 20003), a live room; the comment then appears in the room as a chat event from the session's viewer.
   */
  private async chat(req: IncomingMessage, res: ServerResponse, url: URL, style: Style, pathRoomId?: string): Promise<void> {
    const body = await this.body(req, res, style);
    if (body === undefined) return;
    const roomId = String(pathRoomId ?? body.room_id ?? body.roomId ?? '');
    const room = this.ctx.roomById(roomId);
    const info = this.gate(req, res, url, style, room);
    if (!info) return;
    if (!info.premium) return fail(res, style, 402, 'Sending chat messages requires a premium plan');
    const content = body.content ?? body.text;
    const sessionId = body.sessionId ?? body.session_id;
    if (typeof content !== 'string' || content.trim() === '') return fail(res, style, 400, 'content must be a non-empty string');
    if (typeof sessionId !== 'string' || sessionId === '') return fail(res, style, 400, 'A session id is required to send chat messages');
    const user = this.ctx.sessions.get(sessionId);
    // TikTok's answer for a session it does not know (logged out, expired); never echoing the session.
    if (!user) return fail(res, style, 401, 'Session expired or invalid: log in again', style === 'euler' ? { code: 20003 } : { status_code: 20003 });
    if (!room || room.status !== 'live') return fail(res, style, 404, `Room ${roomId} is not live`);
    const [sent] = room.push({ type: 'chat', comment: content, user: { uniqueId: user.uniqueId, nickname: user.nickname ?? user.uniqueId } });
    if (style === 'euler') sendJson(res, 200, { code: 200, ok: true, message: 'sent', msg_id: sent?.msgId });
    else sendJson(res, 200, { status_code: 0, data: { room_id: room.roomId, msg_id: sent?.msgId } });
  }

  // ------------------------------------------------------------ tik.tools style

  /** POST a URL to sign, either style: the same checks, answered in the style's shape (`SIGN_URL_ANSWERS`). */
  private async signUrlEndpoint(req: IncomingMessage, res: ServerResponse, url: URL, style: Style): Promise<void> {
    if (!this.gate(req, res, url, style)) return;
    const body = await this.body(req, res, style);
    if (body === undefined) return;
    if (typeof body.url !== 'string' || !URL.canParse(body.url)) return fail(res, style, 400, 'Body must be JSON with a "url" to sign');
    sendJson(res, 200, SIGN_URL_ANSWERS[style](signUrl(body.url), body.url));
  }

  private async tiktoolSignAndReturn(req: IncomingMessage, res: ServerResponse, url: URL, endpoint: string): Promise<void> {
    let body: Record<string, unknown> = {};
    if (req.method === 'POST') {
      const parsed = await this.body(req, res, 'tiktool');
      if (parsed === undefined) return;
      body = parsed;
    }
    const uniqueId = String(body.unique_id ?? url.searchParams.get('unique_id') ?? '').replace(/^@/, '');
    const roomId = String(body.room_id ?? url.searchParams.get('room_id') ?? '');
    const room = roomId ? this.ctx.roomById(roomId) : uniqueId ? this.ctx.roomByUniqueId(uniqueId) : undefined;
    const key = this.gate(req, res, url, 'tiktool', room);
    if (!key) return;
    const base = this.ctx.baseUrl();
    const signedReturn = (target: string) => {
      const signed = signUrl(target);
      sendJson(res, 200, {
        status_code: 0,
        action: 'fetch_signed_url',
        signed_url: signed.signedUrl,
        headers: { 'User-Agent': SIM_USER_AGENT, Referer: 'https://www.tiktok.com/' },
        cookies: `ttwid=${token(`tt${target}`, 40)}; tt-target-idc=useast1a`,
      });
    };
    switch (endpoint) {
      case 'bulk_live_check': {
        const ids = Array.isArray(body.unique_ids) ? body.unique_ids.map(String) : (url.searchParams.get('unique_ids') ?? '').split(',').filter(Boolean);
        if (ids.length === 0) return fail(res, 'tiktool', 400, 'unique_ids must be a non-empty list');
        return sendJson(res, 200, {
          status_code: 0,
          data: ids.map((id) => {
            const r = this.ctx.roomByUniqueId(id.replace(/^@/, ''));
            return { unique_id: id, is_live: r?.status === 'live', room_id: r && r.status !== 'notFound' ? r.roomId : null };
          }),
        });
      }
      case 'rankings': {
        if (!key.premium) return fail(res, 'tiktool', 402, 'Rankings need a Pro or Ultra plan');
        if (!room) return fail(res, 'tiktool', 404, 'Unknown creator');
        return sendJson(res, 200, {
          status_code: 0,
          data: { room_id: room.roomId, ranks: [1, 2, 3].map((rank) => ({ rank, user_id: String(7_000_000_000_000_000_000n + BigInt(rank)), unique_id: `top_gifter_${rank}`, nickname: `Top Gifter ${rank}`, score: 1000 / rank })) },
        });
      }
      case 'room_id':
        if (!uniqueId) return fail(res, 'tiktool', 400, 'unique_id is required');
        return signedReturn(`${base}/api-live/user/room/?uniqueId=${encodeURIComponent(uniqueId)}&sourceType=54&aid=1988`);
    }
    // The rest need a room id: ask the caller to resolve it first, as the real service does.
    if (!roomId) {
      if (!uniqueId) return fail(res, 'tiktool', 400, 'unique_id or room_id is required');
      return sendJson(res, 200, { status_code: 0, action: 'resolve_required', message: 'Resolve the room_id from the live page and call again with room_id' });
    }
    switch (endpoint) {
      case 'check_alive':
        return signedReturn(`${base}/webcast/room/check_alive/?aid=1988&room_ids=${roomId}`);
      case 'room_info':
        return signedReturn(`${base}/webcast/room/info/?aid=1988&room_id=${roomId}`);
      case 'gift_info':
        return signedReturn(`${base}/webcast/gift/list/?aid=1988&room_id=${roomId}`);
      case 'room_video': {
        if (!room) return fail(res, 'tiktool', 404, `Room ${roomId} not found`);
        const s = `${base}/stream/${room.roomId}`;
        const qualities = Object.fromEntries(['origin', 'hd', 'sd', 'ld'].map((q) => [q, `${s}/${q}.flv`]));
        const hlsQualities = Object.fromEntries(['origin', 'hd', 'sd', 'ld'].map((q) => [q, `${s}/${q}.m3u8`]));
        return sendJson(res, 200, {
          status_code: 0,
          data: { room_id: room.roomId, is_live: room.status === 'live', flv: `${s}/origin.flv`, hls: `${s}/origin.m3u8`, qualities, hls_qualities: hlsQualities },
        });
      }
      case 'room_cover': {
        if (!room) return fail(res, 'tiktool', 404, `Room ${roomId} not found`);
        return sendJson(res, 200, {
          status_code: 0,
          data: { room_id: room.roomId, cover_url: `${base}/assets/covers/${room.roomId}.webp`, width: 720, height: 1280, title: room.title },
        });
      }
      case 'fetch':
      case 'ws_credentials': {
        // Both hand out TikTok's signed im/fetch: its body is the messages (fetch) and the socket's address (ws_credentials).
        const cursor = typeof body.cursor === 'string' ? `&cursor=${encodeURIComponent(body.cursor)}` : '';
        const ext = typeof body.internal_ext === 'string' ? `&internal_ext=${encodeURIComponent(body.internal_ext)}` : '';
        return signedReturn(`${base}/webcast/im/fetch/?aid=1988&resp_content_type=protobuf&room_id=${roomId}${cursor}${ext}`);
      }
    }
  }

  /** Endpoints that answer their data directly: discovery, users, and the session-only creator tools. */
  private async tiktoolDirect(req: IncomingMessage, res: ServerResponse, url: URL, endpoint: string): Promise<void> {
    let body: Record<string, unknown> = {};
    if (req.method === 'POST') {
      const parsed = await this.body(req, res, 'tiktool', true);
      if (parsed === undefined || res.writableEnded) return;
      body = parsed;
    }
    const param = (name: string): string => String(body[name] ?? url.searchParams.get(name) ?? '');
    const uniqueId = param('unique_id').replace(/^@/, '');
    const roomId = param('room_id');
    const room = roomId ? this.ctx.roomById(roomId) : uniqueId ? this.ctx.roomByUniqueId(uniqueId) : undefined;
    const key = this.gate(req, res, url, 'tiktool', room);
    if (!key) return;
    const list = (name: string): string[] => (Array.isArray(body[name]) ? (body[name] as unknown[]).map(String) : param(name).split(',').filter(Boolean));
    const ok = (data: unknown) => sendJson(res, 200, { status_code: 0, data });
    const live = () => this.ctx.rooms().filter((r) => r.status === 'live');
    switch (endpoint) {
      case 'hashtag_list': {
        const viewers = live().reduce((sum, r) => sum + r.stats.viewers, 0);
        const tags = ['gaming', 'music', 'justchatting', 'cooking', 'fitness', 'art'];
        return ok({ hashtags: tags.map((title, i) => ({ id: String(5_000 + i), title, live_count: Math.max(1, live().length * (6 - i)), viewer_count: viewers * (6 - i) + 1_000 * (6 - i) })) });
      }
      case 'feed': {
        const count = Math.min(50, Math.max(1, Number(param('count')) || 20));
        return ok({
          rooms: live()
            .slice(0, count)
            .map((r) => ({ room_id: r.roomId, unique_id: r.uniqueId, nickname: r.nickname, title: r.title, viewer_count: r.stats.viewers, cover_url: `${this.ctx.baseUrl()}/assets/covers/${r.roomId}.webp` })),
          has_more: live().length > count,
        });
      }
      case 'resolve_user_ids': {
        const ids = list('unique_ids');
        if (ids.length === 0) return fail(res, 'tiktool', 400, 'unique_ids must be a non-empty list');
        return ok(
          ids.map((id) => {
            const r = this.ctx.roomByUniqueId(id.replace(/^@/, ''));
            if (!r || r.status === 'notFound') return { unique_id: id, user_id: null };
            return { unique_id: id, user_id: hostUserId(r), sec_uid: `MS4wLjABAAAA${r.roomId}`, nickname: r.nickname };
          }),
        );
      }
      case 'sign_websocket': {
        const target = param('url');
        if (!/^wss?:\/\//.test(target) || !URL.canParse(target)) return fail(res, 'tiktool', 400, 'Body must be JSON with a ws:// or wss:// "url" to sign');
        const signed = signUrl(target);
        return ok({ signed_url: signed.signedUrl, user_agent: SIM_USER_AGENT, cookies: `ttwid=${token(`tt${target}`, 40)}` });
      }
    }
    // The creator tools act for a logged-in account: they need its session.
    if (!param('session_id')) return fail(res, 'tiktool', 401, 'This endpoint needs a TikTok session: pass session_id');
    if (endpoint.startsWith('live_analytics/') && !key.premium) return fail(res, 'tiktool', 402, 'Live analytics need a Pro or Ultra plan');
    if (!room || room.status === 'notFound') return fail(res, 'tiktool', 404, 'Unknown creator');
    const start = Math.floor(room.startTime / 1000);
    const counts = (type: string) => room.sent().filter((m) => m.type === type).length;
    switch (endpoint) {
      case 'user_earnings': {
        const daily = [6, 5, 4, 3, 2, 1, 0].map((back) => ({ date: new Date((start - back * 86_400) * 1000).toISOString().slice(0, 10), diamonds: 120 * (7 - back) + (Number(room.roomId.slice(-3)) % 50) }));
        const diamonds = daily.reduce((sum, d) => sum + d.diamonds, 0);
        return ok({ unique_id: room.uniqueId, period_days: 7, diamonds, estimated_usd: Math.round(diamonds * 0.5) / 100, daily });
      }
      case 'live_analytics/video_list':
        return ok({ videos: [0, 1, 2].map((i) => ({ video_id: `${room.roomId.slice(0, -1)}${i}`, room_id: room.roomId, title: i === 0 ? room.title : `${room.title} (earlier)`, start_time: start - i * 86_400, duration_sec: i === 0 ? 0 : 3_600 + i * 600 })) });
      case 'live_analytics/video_detail': {
        const videoId = param('video_id');
        if (!/^\d+$/.test(videoId)) return fail(res, 'tiktool', 400, 'video_id must be a numeric id');
        return ok({ video_id: videoId, room_id: room.roomId, title: room.title, start_time: start, peak_viewers: Math.max(room.stats.viewers, room.stats.totalViewers), total_viewers: room.stats.totalViewers, likes: room.stats.likes, new_followers: room.stats.follows, shares: room.stats.shares });
      }
      case 'live_analytics/user_interactions':
        return ok({ room_id: room.roomId, chats: counts('chat'), likes: counts('like'), gifts: counts('gift'), follows: counts('social'), joins: counts('member') });
      case 'moderation/mute':
      case 'moderation/ban': {
        const userId = param('user_id');
        if (!/^\d+$/.test(userId)) return fail(res, 'tiktool', 400, 'user_id must be a numeric id');
        if (endpoint === 'moderation/ban') return ok({ room_id: room.roomId, user_id: userId, banned: body.undo !== true });
        const duration = Math.max(0, Number(body.duration ?? 300) || 0);
        return ok({ room_id: room.roomId, user_id: userId, muted: duration > 0, muted_until: duration > 0 ? Math.floor(Date.now() / 1000) + duration : 0 });
      }
    }
  }

  private async tiktoolJwt(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!this.gate(req, res, url, 'tiktool')) return;
    const body = (await this.body(req, res, 'tiktool', true)) ?? {};
    if (res.writableEnded) return;
    const expireAfter = typeof body.expire_after === 'number' && body.expire_after > 0 ? body.expire_after : 3600;
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iat: now,
      exp: now + expireAfter,
      allowed_creators: Array.isArray(body.allowed_creators) ? body.allowed_creators.map(String) : [],
      max_websockets: typeof body.max_websockets === 'number' ? body.max_websockets : 1,
    };
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
    const signature = createHmac('sha256', this.ctx.jwtSecret).update(unsigned).digest('base64url');
    sendJson(res, 200, { status_code: 0, data: { token: `${unsigned}.${signature}`, expires_at: claims.exp } });
  }

  private async captcha(req: IncomingMessage, res: ServerResponse, url: URL, kind: 'puzzle' | 'rotate' | 'shapes'): Promise<void> {
    if (!this.gate(req, res, url, 'tiktool')) return;
    const body = await this.body(req, res, 'tiktool');
    if (body === undefined) return;
    const fields = { puzzle: ['puzzle', 'piece'], rotate: ['outer', 'inner'], shapes: ['image'] }[kind];
    for (const field of fields) {
      if (!isImageBase64(body[field])) return fail(res, 'tiktool', 400, `"${field}" must be a base64-encoded PNG or JPEG image`);
    }
    // An emulated remote service: canned answers derived from the input, so they are stable per request.
    const seed = Number.parseInt(token(fields.map((f) => String(body[f]).slice(0, 64)).join('|'), 6).replace(/[^0-9]/g, '') || '7', 10);
    const solveTimeMs = 20 + (seed % 60);
    const confidence = 0.9 + (seed % 10) / 100;
    const data =
      kind === 'puzzle'
        ? { slideX: 40 + (seed % 200), slideY: 0, confidence, solveTimeMs }
        : kind === 'rotate'
          ? { angle: seed % 360, confidence, solveTimeMs }
          : { point1: { x: 30 + (seed % 100), y: 40 + (seed % 80) }, point2: { x: 180 + (seed % 90), y: 60 + (seed % 70) }, confidence, solveTimeMs };
    sendJson(res, 200, { status_code: 0, data });
  }

  /** Reads a JSON object body, answering 400 itself when it is not one. */
  private async body(req: IncomingMessage, res: ServerResponse, style: Style, optional = false): Promise<Record<string, unknown> | undefined> {
    try {
      const body = await readJson(req);
      if (body === undefined && optional) return {};
      if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
      fail(res, style, 400, 'Body must be a JSON object');
    } catch {
      fail(res, style, 400, 'Body is not valid JSON');
    }
    return undefined;
  }
}

function isImageBase64(value: unknown): boolean {
  if (typeof value !== 'string' || value.length < 8) return false;
  const bytes = Buffer.from(value.replace(/^data:image\/\w+;base64,/, ''), 'base64');
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  return png || jpeg;
}

/** The host's user id, as the live page and room/info name it. */
function hostUserId(room: SimRoom): string {
  return (BigInt(room.roomId) - 500_000_000_000_000_000n).toString();
}
