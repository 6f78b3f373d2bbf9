import { AgeRestrictedError, CaptchaRequiredError, HttpError } from '../errors.js';
import { buildUrl, endpointsOf, readJson, request, type HttpResponse } from './http.js';
import { DEFAULT_USER_AGENT, defaultWebParams, type HttpOptions } from './options.js';
import { assertRoomId } from './uniqueId.js';

export interface RoomOwner {
  userId: string;
  uniqueId: string;
  nickname: string;
  profilePictureUrl: string;
  followerCount: number;
}

/** Stream URLs by quality name (`FULL_HD1`, `HD1`, `SD1`, `SD2`, or `origin`, `hd`, `sd`, `ld`). */
export interface StreamUrls {
  flv: Record<string, string>;
  hls: Record<string, string>;
  /** The default quality's FLV URL, '' when none. */
  default: string;
}

export interface RoomInfo {
  roomId: string;
  /** 2 live, 3 paused, 4 ended. */
  status: number;
  isLive: boolean;
  title: string;
  viewerCount: number;
  totalViewers: number;
  likeCount: number;
  /** Epoch ms. */
  startTime: number;
  coverUrl: string;
  owner: RoomOwner;
  streamUrls: StreamUrls;
  /** TikTok's whole `data` object, for fields this type does not name. */
  raw: Record<string, unknown>;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v) || 0);
const firstUrl = (image: unknown): string => str((obj(image).url_list as unknown[] | undefined)?.[0]);

/** Throws the typed error a webcast JSON envelope stands for; returns its `data`. */
export async function webcastData(res: HttpResponse, what: string): Promise<Json> {
  if ((res.headers.get('content-type') ?? '').includes('text/html')) {
    const html = await res.text();
    if (/captcha|verify/i.test(html)) throw new CaptchaRequiredError();
    throw new HttpError(`${what} answered an HTML page instead of JSON (status ${res.status})`, res.status, { retryable: res.status >= 500 });
  }
  if (res.status >= 400) throw new HttpError(`${what} answered HTTP ${res.status}`, res.status, { retryable: res.status >= 500 || res.status === 429 });
  const body = await readJson<Json>(res, what);
  const code = num(body.status_code);
  const data = obj(body.data);
  if (code === 4003110 || (code !== 0 && 'prompts' in data && !data.message)) throw new AgeRestrictedError();
  if (code !== 0) throw new HttpError(`${what} answered status_code ${code}: ${str(data.message) || str(data.prompts) || 'no message'}`, res.status);
  return data;
}

/** Room details from `webcast/room/info`: title, status, viewer counts, owner, cover and stream URLs. */
export async function fetchRoomInfo(roomIdInput: string, options: HttpOptions = {}): Promise<RoomInfo> {
  const roomId = assertRoomId(roomIdInput);
  const url = buildUrl(endpointsOf(options).webcast, '/webcast/room/info/', { ...defaultWebParams(options.userAgent ?? DEFAULT_USER_AGENT), room_id: roomId });
  const data = await webcastData(await request(url, {}, options), 'webcast/room/info');
  return parseRoomInfo(data, roomId);
}

/** Maps TikTok's room/info `data` to `RoomInfo`. */
export function parseRoomInfo(data: Json, roomId: string): RoomInfo {
  const owner = obj(data.owner);
  const stats = obj(data.stats);
  const stream = obj(data.stream_url);
  const flv: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(stream.flv_pull_url))) if (typeof v === 'string') flv[k] = v;
  const hls: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(stream.hls_pull_url_map))) if (typeof v === 'string') hls[k] = v;
  if (!Object.keys(hls).length && typeof stream.hls_pull_url === 'string' && stream.hls_pull_url) hls.default = stream.hls_pull_url;
  // Newer responses carry per-quality URLs in a JSON string.
  try {
    const sdk = JSON.parse(str(obj(obj(stream.live_core_sdk_data).pull_data).stream_data) || '{}') as Json;
    for (const [quality, entry] of Object.entries(obj(sdk.data))) {
      const main = obj(obj(entry).main);
      if (typeof main.flv === 'string' && main.flv) flv[quality] ??= main.flv;
      if (typeof main.hls === 'string' && main.hls) hls[quality] ??= main.hls;
    }
  } catch {
    // stream_data is optional; the maps above are enough
  }
  const status = num(data.status);
  return {
    roomId: str(data.id_str) || roomId,
    status,
    isLive: status === 2 || status === 3,
    title: str(data.title),
    viewerCount: num(data.user_count),
    totalViewers: num(stats.total_user),
    likeCount: num(data.like_count ?? stats.like_count),
    startTime: num(data.start_time ?? data.create_time) * 1000,
    coverUrl: firstUrl(data.cover),
    owner: {
      userId: str(owner.id_str ?? owner.id),
      uniqueId: str(owner.display_id),
      nickname: str(owner.nickname),
      profilePictureUrl: firstUrl(owner.avatar_thumb ?? owner.avatar_medium ?? owner.avatar_large),
      followerCount: num(obj(owner.follow_info).follower_count),
    },
    streamUrls: { flv, hls, default: flv.FULL_HD1 ?? flv.origin ?? Object.values(flv)[0] ?? '' },
    raw: data,
  };
}
