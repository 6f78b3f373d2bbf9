/**
 * The endpoints of a tik.tools-style REST API, one typed helper each, over the
 * sign-and-return flow of `callApi`: the username goes in, the room id is
 * resolved when the API asks, a signed URL is fetched from this machine, and
 * the answer comes back as a result type of its own. Session-only endpoints
 * refuse to run without `sessionId` (a `SessionRequiredError`, before any
 * request); premium-only ones answer 402 (`PremiumRequiredError`); a rejected
 * key is a `SignAuthError`, a rate limit a `SignRateLimitError`.
 */
import { decodeFetchResult, decodeMessages, type FetchResult } from '../decoders/frames.js';
import type { ErrorEvent, WireEvent } from '../decoders/events.js';
import { HttpError, InvalidArgumentError, SessionRequiredError, SignServerError, UserNotFoundError, UserOfflineError } from '../errors.js';
import { buildUrl, parseCookieString, readJson, request, setCookies } from './http.js';
import { DEFAULT_TIKTOOL_SIGN_SERVER, DEFAULT_USER_AGENT, type HttpOptions } from './options.js';
import { directAnswer, fetchSignedUrl, isSignedUrlAnswer, signAndReturn, type ApiAnswer } from './rest.js';
import { parseRoomInfo, type RoomInfo } from './roomInfo.js';
import { buildPushUrl, imFetchError, signServerError } from './sign.js';
import { normalizeUniqueId } from './uniqueId.js';
import { parseGift, type GiftInfo } from './gifts.js';

/** What every endpoint helper takes: the API key and server, and the HTTP options. */
export interface TiktoolApiOptions extends HttpOptions {
  apiKey: string;
  /** The API server. Default tik.tools'. */
  serverUrl?: string | undefined;
}

/** A helper about one streamer. */
export interface TiktoolUserOptions extends TiktoolApiOptions {
  uniqueId: string;
}

/** A helper that acts for a logged-in TikTok account. */
export interface TiktoolSessionOptions extends TiktoolUserOptions {
  /** The account's `sessionid` cookie. Required: without it the helper throws `SessionRequiredError`. */
  sessionId: string;
  /** The account's data centre (`tt-target-idc`). */
  ttTargetIdc?: string | undefined;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v) || 0);
const strMap = (v: unknown): Record<string, string> => Object.fromEntries(Object.entries(obj(v)).filter((e): e is [string, string] => typeof e[1] === 'string'));

/** The flow's last answer for a user's endpoint; `UserOfflineError` when the user is not live. */
async function answerFor(options: TiktoolUserOptions, endpoint: string, extraBody?: Json): Promise<ApiAnswer> {
  const answer = await signAndReturn({ ...options, endpoint, extraBody });
  if (answer === null) throw new UserOfflineError(normalizeUniqueId(options.uniqueId));
  return answer;
}

/** The `data` of a direct answer, or of TikTok's webcast JSON behind a signed one. */
async function dataFor(options: TiktoolUserOptions, endpoint: string, extraBody?: Json): Promise<Json> {
  const answer = await answerFor(options, endpoint, extraBody);
  if (isSignedUrlAnswer(answer)) return webcastEnvelopeData(obj(await fetchSignedUrl(answer, options)), `TikTok's answer to ${endpoint}`);
  return obj(directAnswer<Json>(answer, endpoint).data);
}

/** TikTok's webcast envelope behind a signed URL: its `data`, or a typed error for its `status_code`. */
function webcastEnvelopeData(body: Json, what: string): Json {
  const code = num(body.status_code ?? body.statusCode);
  if (code !== 0) throw new HttpError(`${what} answered status_code ${code}: ${str(obj(body.data).message) || str(body.message) || 'no message'}`, 200);
  return obj(body.data);
}

/** POSTs to an endpoint that answers its data directly (no room to resolve). */
async function post(options: TiktoolApiOptions, endpoint: string, body: Json): Promise<unknown> {
  if (!options.apiKey) throw new InvalidArgumentError(`${endpoint} needs an apiKey`);
  const server = (options.serverUrl ?? DEFAULT_TIKTOOL_SIGN_SERVER).replace(/\/+$/, '');
  const res = await request(buildUrl(server, endpoint, { apiKey: options.apiKey }), { method: 'POST', json: body }, { ...options, cookies: undefined });
  if (res.status !== 200) throw await signServerError(res, endpoint);
  return directAnswer<Json>(await readJson<ApiAnswer>(res, `The API server (${endpoint})`), endpoint).data;
}

/** The session's body fields, after checking there is one. */
function sessionBody(options: TiktoolSessionOptions, what: string): Json {
  if (typeof options.sessionId !== 'string' || options.sessionId.trim() === '') throw new SessionRequiredError(what);
  return { session_id: options.sessionId, ...(options.ttTargetIdc ? { tt_target_idc: options.ttTargetIdc } : {}) };
}

function uniqueIds(list: readonly string[], what: string): string[] {
  if (!Array.isArray(list) || list.length === 0) throw new InvalidArgumentError(`${what} needs a non-empty list of usernames`);
  return list.map((u) => normalizeUniqueId(u));
}

/** One result per asked user, in the order asked, from the API's rows (matched by `unique_id`, whatever their order). */
function perUser<T>(ids: readonly string[], rows: unknown, make: (uniqueId: string, row: Json | undefined) => T): T[] {
  const byId = new Map(arr(rows).map((r) => [str(r.unique_id).replace(/^@/, '').toLowerCase(), r]));
  return ids.map((uniqueId) => make(uniqueId, byId.get(uniqueId.toLowerCase())));
}

function numericId(value: string, name: string): string {
  if (typeof value !== 'string' || !/^\d{1,20}$/.test(value)) throw new InvalidArgumentError(`${name} must be a numeric id, got ${JSON.stringify(value)}`);
  return value;
}

// ---------------------------------------------------------------- rooms

/** `room_info`: the room's details, as `fetchRoomInfo` types them. */
export async function tiktoolRoomInfo(options: TiktoolUserOptions): Promise<RoomInfo> {
  const data = await dataFor(options, '/webcast/room_info');
  return parseRoomInfo(data, str(data.id_str));
}

export interface ApiRoomId {
  uniqueId: string;
  roomId: string;
  isLive: boolean;
  userId: string;
  nickname: string;
}

/** `room_id`: the user's room id and whether it is live. `UserNotFoundError` for no such user. */
export async function tiktoolRoomId(options: TiktoolUserOptions): Promise<ApiRoomId> {
  const uniqueId = normalizeUniqueId(options.uniqueId);
  const answer = await answerFor(options, '/webcast/room_id');
  const body = obj(isSignedUrlAnswer(answer) ? await fetchSignedUrl(answer, options) : answer);
  if (num(body.statusCode ?? body.status_code) !== 0 || !body.data) throw new UserNotFoundError(uniqueId);
  const user = obj(obj(body.data).user);
  const status = num(user.status ?? obj(obj(body.data).liveRoom).status);
  return { uniqueId, roomId: str(user.roomId), isLive: status === 2, userId: str(user.id), nickname: str(user.nickname) };
}

export interface RoomCover {
  roomId: string;
  coverUrl: string;
  width: number;
  height: number;
}

/** `room_cover`: the stream's cover image. */
export async function tiktoolRoomCover(options: TiktoolUserOptions): Promise<RoomCover> {
  const d = await dataFor(options, '/webcast/room_cover');
  return { roomId: str(d.room_id), coverUrl: str(d.cover_url), width: num(d.width), height: num(d.height) };
}

export interface RoomVideo {
  roomId: string;
  isLive: boolean;
  /** The default quality's FLV and HLS URLs. */
  flv: string;
  hls: string;
  /** Every quality (`origin`, `hd`, `sd`, `ld`, …): its FLV and HLS URLs ('' when the API gave none). */
  qualities: Record<string, { flv: string; hls: string }>;
}

/** `room_video`: the stream's HLS and FLV URLs. */
export async function tiktoolRoomVideo(options: TiktoolUserOptions): Promise<RoomVideo> {
  const d = await dataFor(options, '/webcast/room_video');
  const flv = strMap(d.qualities);
  const hls = strMap(d.hls_qualities);
  const qualities: RoomVideo['qualities'] = {};
  for (const q of new Set([...Object.keys(flv), ...Object.keys(hls)])) qualities[q] = { flv: flv[q] ?? '', hls: hls[q] ?? '' };
  return { roomId: str(d.room_id), isLive: d.is_live === true, flv: str(d.flv), hls: str(d.hls), qualities };
}

export interface RankingEntry {
  rank: number;
  userId: string;
  uniqueId: string;
  nickname: string;
  /** Coins given in this LIVE. */
  score: number;
}

/** `rankings`: the LIVE's top gifters, in rank order. Premium only (`PremiumRequiredError`). */
export async function tiktoolRankings(options: TiktoolUserOptions): Promise<RankingEntry[]> {
  const d = await dataFor(options, '/webcast/rankings');
  return arr(d.ranks)
    .map((r) => ({ rank: num(r.rank), userId: str(r.user_id), uniqueId: str(r.unique_id), nickname: str(r.nickname), score: num(r.score) }))
    .sort((a, b) => a.rank - b.rank);
}

/** `gift_info`: the room's gift catalog, typed as `fetchGiftList` types it. */
export async function tiktoolGiftInfo(options: TiktoolUserOptions): Promise<GiftInfo[]> {
  return arr((await dataFor(options, '/webcast/gift_info')).gifts).map(parseGift);
}

// ---------------------------------------------------------------- discovery

export interface Hashtag {
  id: string;
  title: string;
  /** LIVEs under it now. */
  liveCount: number;
  viewerCount: number;
}

/** `hashtag_list`: the trending LIVE hashtags. */
export async function tiktoolHashtagList(options: TiktoolApiOptions): Promise<Hashtag[]> {
  return arr(obj(await post(options, '/webcast/hashtag_list', {})).hashtags).map((h) => ({ id: str(h.id), title: str(h.title), liveCount: num(h.live_count), viewerCount: num(h.viewer_count) }));
}

export interface FeedRoom {
  roomId: string;
  uniqueId: string;
  nickname: string;
  title: string;
  viewerCount: number;
  coverUrl: string;
}

export interface LiveFeed {
  rooms: FeedRoom[];
  hasMore: boolean;
}

/** `feed`: LIVEs to discover, up to `count` (default 20). */
export async function tiktoolFeed(options: TiktoolApiOptions & { count?: number | undefined }): Promise<LiveFeed> {
  if (options.count !== undefined && !(Number.isInteger(options.count) && options.count > 0)) throw new InvalidArgumentError(`count must be a positive whole number, got ${options.count}`);
  const d = obj(await post(options, '/webcast/feed', options.count === undefined ? {} : { count: options.count }));
  return {
    rooms: arr(d.rooms).map((r) => ({ roomId: str(r.room_id), uniqueId: str(r.unique_id), nickname: str(r.nickname), title: str(r.title), viewerCount: num(r.viewer_count), coverUrl: str(r.cover_url) })),
    hasMore: d.has_more === true,
  };
}

export interface ApiLiveStatus {
  uniqueId: string;
  isLive: boolean;
  /** The room id, `null` for a user the API does not know. */
  roomId: string | null;
}

/** `bulk_live_check`: many users' live status in one request, in input order. */
export async function tiktoolBulkLiveCheck(options: TiktoolApiOptions & { uniqueIds: readonly string[] }): Promise<ApiLiveStatus[]> {
  const ids = uniqueIds(options.uniqueIds, 'bulk_live_check');
  return perUser(ids, await post(options, '/webcast/bulk_live_check', { unique_ids: ids }), (uniqueId, r) => ({
    uniqueId,
    isLive: r?.is_live === true,
    roomId: r && str(r.room_id) ? str(r.room_id) : null,
  }));
}

export interface ResolvedUser {
  uniqueId: string;
  /** `null` for a user the API does not know. */
  userId: string | null;
  secUid: string;
  nickname: string;
}

/** `resolve_user_ids`: numeric user ids (and secUid) for usernames, in input order. */
export async function tiktoolResolveUserIds(options: TiktoolApiOptions & { uniqueIds: readonly string[] }): Promise<ResolvedUser[]> {
  const ids = uniqueIds(options.uniqueIds, 'resolve_user_ids');
  return perUser(ids, await post(options, '/webcast/resolve_user_ids', { unique_ids: ids }), (uniqueId, r) => ({
    uniqueId,
    userId: r && str(r.user_id) ? str(r.user_id) : null,
    secUid: str(r?.sec_uid),
    nickname: str(r?.nickname),
  }));
}

// ---------------------------------------------------------------- the stream over HTTP

/** Fetches a signed im/fetch URL and decodes its protobuf body. */
async function signedFetchResult(
  options: TiktoolUserOptions,
  endpoint: string,
  extraBody: Json,
): Promise<{ roomId: string; result: FetchResult; cookies: Record<string, string>; userAgent: string }> {
  const answer = await answerFor(options, endpoint, extraBody);
  if (!isSignedUrlAnswer(answer)) throw new SignServerError(`${endpoint} answered no signed URL`, undefined, { retryable: false });
  const headers = { ...answer.headers };
  const userAgent = headers['User-Agent'] ?? headers['user-agent'] ?? options.userAgent ?? DEFAULT_USER_AGENT;
  const cookies = { ...options.cookies, ...parseCookieString(answer.cookies) };
  const res = await request(answer.signed_url, { headers: { ...headers, Accept: 'application/protobuf' } }, { ...options, userAgent, cookies });
  if (res.status !== 200) throw imFetchError(res);
  const bytes = await res.bytes();
  if (bytes.length === 0) throw new UserOfflineError(normalizeUniqueId(options.uniqueId), { cause: new HttpError("TikTok's im/fetch answered an empty body", 200) });
  const roomId = new URL(answer.signed_url).searchParams.get('room_id') ?? '';
  return { roomId, result: decodeFetchResult(bytes), cookies: { ...cookies, ...setCookies(res.headers) }, userAgent };
}

export interface WebcastFetch {
  roomId: string;
  /** Pass both back (`cursor`, `internalExt`) to get what came after. */
  cursor: string;
  internalExt: string;
  /** How long TikTok asks to wait before the next poll, ms. */
  fetchIntervalMs: number;
  /** The messages as events; one that failed to decode is an `error` event. */
  events: Array<WireEvent | ErrorEvent>;
}

/** `fetch`: one poll of the room's messages over HTTP, decoded; resume with the returned cursor. */
export async function tiktoolFetch(options: TiktoolUserOptions & { cursor?: string | undefined; internalExt?: string | undefined }): Promise<WebcastFetch> {
  const { roomId, result } = await signedFetchResult(options, '/webcast/fetch', { cursor: options.cursor, internal_ext: options.internalExt });
  return {
    roomId,
    cursor: result.cursor,
    internalExt: result.internalExt,
    fetchIntervalMs: result.fetchInterval,
    events: decodeMessages(result.messages),
  };
}

export interface WsCredentials {
  roomId: string;
  /** The push socket's URL, with its route parameters and resume position. */
  wsUrl: string;
  /** Cookies the socket needs (`ttwid`, …). */
  cookies: Record<string, string>;
  userAgent: string;
  cursor: string;
  internalExt: string;
}

/** `ws_credentials`: what a WebSocket to the room needs (URL, cookies, User-Agent). */
export async function tiktoolWsCredentials(options: TiktoolUserOptions): Promise<WsCredentials> {
  const { roomId, result, cookies, userAgent } = await signedFetchResult(options, '/webcast/ws_credentials', {});
  return { roomId, wsUrl: buildPushUrl(result, roomId, userAgent), cookies, userAgent, cursor: result.cursor, internalExt: result.internalExt };
}

export interface SignedWebSocket {
  signedUrl: string;
  userAgent: string;
  cookies: Record<string, string>;
}

/** `sign_websocket`: signs a push-socket URL. */
export async function tiktoolSignWebSocket(options: TiktoolApiOptions & { url: string }): Promise<SignedWebSocket> {
  if (typeof options.url !== 'string' || !/^wss?:\/\//.test(options.url) || !URL.canParse(options.url)) throw new InvalidArgumentError('sign_websocket needs a ws:// or wss:// url');
  const d = obj(await post(options, '/webcast/sign_websocket', { url: options.url }));
  return { signedUrl: str(d.signed_url), userAgent: str(d.user_agent), cookies: parseCookieString(str(d.cookies)) };
}

// ---------------------------------------------------------------- creator tools (session only)

export interface UserEarnings {
  uniqueId: string;
  periodDays: number;
  diamonds: number;
  estimatedUsd: number;
  /** Per day, oldest first: `date` is `YYYY-MM-DD`. */
  daily: Array<{ date: string; diamonds: number }>;
}

/** `user_earnings`: the account's diamonds over the last days. Needs the account's session. */
export async function tiktoolUserEarnings(options: TiktoolSessionOptions): Promise<UserEarnings> {
  const d = await dataFor(options, '/webcast/user_earnings', sessionBody(options, 'user_earnings'));
  return {
    uniqueId: str(d.unique_id),
    periodDays: num(d.period_days),
    diamonds: num(d.diamonds),
    estimatedUsd: num(d.estimated_usd),
    daily: arr(d.daily).map((x) => ({ date: str(x.date), diamonds: num(x.diamonds) })),
  };
}

export interface LiveVideo {
  videoId: string;
  roomId: string;
  title: string;
  /** Epoch ms. */
  startTime: number;
  /** 0 while it is still live. */
  durationSeconds: number;
}

/** `live_analytics/video_list`: the account's recent LIVEs. Session and premium. */
export async function tiktoolLiveVideos(options: TiktoolSessionOptions): Promise<LiveVideo[]> {
  const d = await dataFor(options, '/webcast/live_analytics/video_list', sessionBody(options, 'live_analytics/video_list'));
  return arr(d.videos).map((v) => ({ videoId: str(v.video_id), roomId: str(v.room_id), title: str(v.title), startTime: num(v.start_time) * 1000, durationSeconds: num(v.duration_sec) }));
}

export interface LiveVideoDetail {
  videoId: string;
  roomId: string;
  title: string;
  startTime: number;
  peakViewers: number;
  totalViewers: number;
  likes: number;
  newFollowers: number;
  shares: number;
}

/** `live_analytics/video_detail`: one LIVE's figures. Session and premium. */
export async function tiktoolLiveVideoDetail(options: TiktoolSessionOptions & { videoId: string }): Promise<LiveVideoDetail> {
  const videoId = numericId(options.videoId, 'videoId');
  const d = await dataFor(options, '/webcast/live_analytics/video_detail', { ...sessionBody(options, 'live_analytics/video_detail'), video_id: videoId });
  return {
    videoId: str(d.video_id),
    roomId: str(d.room_id),
    title: str(d.title),
    startTime: num(d.start_time) * 1000,
    peakViewers: num(d.peak_viewers),
    totalViewers: num(d.total_viewers),
    likes: num(d.likes),
    newFollowers: num(d.new_followers),
    shares: num(d.shares),
  };
}

export interface LiveInteractions {
  roomId: string;
  chats: number;
  likes: number;
  gifts: number;
  follows: number;
  joins: number;
}

/** `live_analytics/user_interactions`: how viewers interacted in the current LIVE, by kind. Session and premium. */
export async function tiktoolLiveInteractions(options: TiktoolSessionOptions): Promise<LiveInteractions> {
  const d = await dataFor(options, '/webcast/live_analytics/user_interactions', sessionBody(options, 'live_analytics/user_interactions'));
  return { roomId: str(d.room_id), chats: num(d.chats), likes: num(d.likes), gifts: num(d.gifts), follows: num(d.follows), joins: num(d.joins) };
}

export interface MuteResult {
  roomId: string;
  userId: string;
  muted: boolean;
  /** Epoch ms the mute ends, 0 when not muted. */
  mutedUntil: number;
}

/** `moderation/mute`: mutes a viewer in the account's LIVE for `durationSeconds` (default 300; 0 unmutes). Needs the session. */
export async function tiktoolMute(options: TiktoolSessionOptions & { userId: string; durationSeconds?: number | undefined }): Promise<MuteResult> {
  const userId = numericId(options.userId, 'userId');
  const duration = options.durationSeconds ?? 300;
  if (!Number.isInteger(duration) || duration < 0) throw new InvalidArgumentError(`durationSeconds must be a whole number of seconds, got ${duration}`);
  const d = await dataFor(options, '/webcast/moderation/mute', { ...sessionBody(options, 'moderation/mute'), user_id: userId, duration });
  return { roomId: str(d.room_id), userId: str(d.user_id), muted: d.muted === true, mutedUntil: num(d.muted_until) * 1000 };
}

export interface BanResult {
  roomId: string;
  userId: string;
  banned: boolean;
}

/** `moderation/ban`: bans a viewer from the account's LIVE (`undo: true` lifts it). Needs the session. */
export async function tiktoolBan(options: TiktoolSessionOptions & { userId: string; undo?: boolean | undefined }): Promise<BanResult> {
  const userId = numericId(options.userId, 'userId');
  const d = await dataFor(options, '/webcast/moderation/ban', { ...sessionBody(options, 'moderation/ban'), user_id: userId, undo: options.undo === true });
  return { roomId: str(d.room_id), userId: str(d.user_id), banned: d.banned === true };
}
