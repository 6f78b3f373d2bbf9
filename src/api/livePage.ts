import { AgeRestrictedError, CaptchaRequiredError, HttpError, UserNotFoundError, UserOfflineError, LiveError } from '../errors.js';
import { buildUrl, endpointsOf, parseJsonExact, readJson, request, setCookies } from './http.js';
import { DEFAULT_USER_AGENT, defaultWebParams, type HttpOptions } from './options.js';
import { normalizeUniqueId } from './uniqueId.js';

/** 2 live, 3 live but paused, 4 offline (TikTok's numbers). */
export type LiveStatus = number;

export interface LivePageInfo {
  roomId: string;
  /** TikTok's anonymous visitor cookie, to send with later requests and on the WebSocket. */
  ttwid: string;
  /** Data-centre cluster of the room, when the page says. */
  clusterRegion: string;
  status: LiveStatus;
}

const SIGI = /<script id="SIGI_STATE"[^>]*>(.*?)<\/script>/s;
const UNIVERSAL = /<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__"[^>]*>(.*?)<\/script>/s;
const CAPTCHA = /captcha|verify-container|Security Check/i;

interface SigiLiveRoom {
  liveRoomStatus?: number;
  isAgeGateRoom?: boolean;
  clusterRegion?: string;
  liveRoomUserInfo?: { user?: { roomId?: string; status?: number }; liveRoom?: { roomId?: string; status?: number } };
}

function fromState(state: Record<string, unknown>): { liveRoom?: SigiLiveRoom } {
  if (state.LiveRoom) return { liveRoom: state.LiveRoom as SigiLiveRoom };
  // Newer pages nest the same data under __DEFAULT_SCOPE__.
  const scope = state.__DEFAULT_SCOPE__ as Record<string, unknown> | undefined;
  const nested = (scope?.['webapp.live-detail'] ?? scope?.LiveRoom) as SigiLiveRoom | undefined;
  return nested ? { liveRoom: nested } : {};
}

/**
 * Reads a user's live page (`/@user/live`): room id, ttwid cookie, cluster and
 * status. Returns `null` when the user is not live (`UserOfflineError` is for
 * `liveRoom$`). Throws `UserNotFoundError`, `AgeRestrictedError`,
 * `CaptchaRequiredError`; falls back to `api-live/user/room` when the page has
 * no usable state.
 */
export async function resolveLivePage(uniqueIdInput: string, options: HttpOptions = {}): Promise<LivePageInfo | null> {
  const uniqueId = normalizeUniqueId(uniqueIdInput);
  const { web } = endpointsOf(options);
  const res = await request(buildUrl(web, `/@${encodeURIComponent(uniqueId)}/live`, {}), {}, options);
  const cookies = setCookies(res.headers);
  const ttwid = cookies.ttwid ?? options.cookies?.ttwid ?? '';
  if (res.status >= 500) throw new HttpError(`TikTok's live page for @${uniqueId} answered ${res.status}`, res.status, { retryable: true });
  const html = await res.text();
  const match = SIGI.exec(html) ?? UNIVERSAL.exec(html);
  let liveRoom: SigiLiveRoom | undefined;
  let parsed = false;
  if (match) {
    try {
      liveRoom = fromState(parseJsonExact(match[1]!) as Record<string, unknown>).liveRoom;
      parsed = true;
    } catch {
      parsed = false;
    }
  }
  if (!parsed) {
    if (CAPTCHA.test(html)) throw new CaptchaRequiredError();
    // No state in the page: ask the JSON API instead.
    return fromApiLive(uniqueId, { ...options, cookies: { ...options.cookies, ...(ttwid ? { ttwid } : {}) } }, ttwid);
  }
  if (!liveRoom) throw new UserNotFoundError(uniqueId);
  if (liveRoom.isAgeGateRoom) throw new AgeRestrictedError();
  const user = liveRoom.liveRoomUserInfo?.user;
  const room = liveRoom.liveRoomUserInfo?.liveRoom;
  const roomId = user?.roomId || room?.roomId || '';
  const status = room?.status ?? user?.status ?? liveRoom.liveRoomStatus ?? 0;
  if (!roomId) throw new UserNotFoundError(uniqueId);
  if (status === 4) return null;
  return { roomId, ttwid, clusterRegion: liveRoom.clusterRegion ?? '', status };
}

interface ApiLiveResponse {
  statusCode?: number;
  message?: string;
  data?: { user?: { roomId?: string; status?: number }; liveRoom?: { status?: number } } | null;
}

async function fromApiLive(uniqueId: string, options: HttpOptions, ttwid: string): Promise<LivePageInfo | null> {
  const { web } = endpointsOf(options);
  const url = buildUrl(web, '/api-live/user/room/', { ...defaultWebParams(options.userAgent ?? DEFAULT_USER_AGENT), uniqueId, sourceType: '54' });
  const res = await request(url, {}, options);
  const contentType = res.headers.get('content-type') ?? '';
  if (contentType.includes('text/html')) {
    const html = await res.text();
    if (CAPTCHA.test(html)) throw new CaptchaRequiredError();
    throw new HttpError(`api-live/user/room answered HTML instead of JSON for @${uniqueId}`, res.status);
  }
  const body = await readJson<ApiLiveResponse>(res, 'api-live/user/room');
  if (body.statusCode === 4003110) throw new AgeRestrictedError();
  if (body.message === 'user_not_found' || body.data === null) throw new UserNotFoundError(uniqueId);
  if (body.statusCode) throw new HttpError(`api-live/user/room answered statusCode ${body.statusCode}: ${body.message ?? ''}`, res.status);
  const roomId = body.data?.user?.roomId ?? '';
  const status = body.data?.liveRoom?.status ?? body.data?.user?.status ?? 0;
  if (!roomId) throw new UserNotFoundError(uniqueId);
  if (status === 4) return null;
  return { roomId, ttwid: ttwid || setCookies(res.headers).ttwid || '', clusterRegion: '', status };
}

/** A bounded cache with expiry; inject your own (or a clock) through `RoomIdCacheOptions`. */
export interface RoomIdCache {
  get(key: string): { value: string | null; expiresAt: number } | undefined;
  set(key: string, entry: { value: string | null; expiresAt: number }): void;
  delete(key: string): void;
}

/** A Map-based cache that forgets the oldest entry past `maxEntries`. */
export function createRoomIdCache(maxEntries = 1000): RoomIdCache {
  const map = new Map<string, { value: string | null; expiresAt: number }>();
  return {
    get: (k) => map.get(k),
    set: (k, v) => {
      map.delete(k);
      map.set(k, v);
      while (map.size > maxEntries) map.delete(map.keys().next().value!);
    },
    delete: (k) => void map.delete(k),
  };
}

export interface ResolveRoomIdOptions extends HttpOptions {
  /** Default: a shared cache of 1,000 entries. */
  cache?: RoomIdCache | undefined;
  /** Clock for expiry (ms). Default Date.now. */
  now?: (() => number) | undefined;
  /** How long answers are kept. Default 5 minutes. */
  ttlMs?: number | undefined;
}

const sharedCache = createRoomIdCache();

/** The user's current room id, or `null` when not live; cached for 5 minutes. */
export async function resolveRoomId(uniqueIdInput: string, options: ResolveRoomIdOptions = {}): Promise<string | null> {
  const uniqueId = normalizeUniqueId(uniqueIdInput);
  const cache = options.cache ?? sharedCache;
  const now = options.now ?? Date.now;
  const key = `${endpointsOf(options).web}|${uniqueId.toLowerCase()}`;
  const hit = cache.get(key);
  if (hit && hit.expiresAt > now()) return hit.value;
  let value: string | null;
  try {
    value = (await resolveLivePage(uniqueId, options))?.roomId ?? null;
  } catch (err) {
    if (err instanceof LiveError && !err.retryable && !(err instanceof UserOfflineError)) cache.delete(key);
    throw err;
  }
  cache.set(key, { value, expiresAt: now() + (options.ttlMs ?? 5 * 60_000) });
  return value;
}
