/**
 * TikTok's web pages and webcast JSON, as the simulator renders them: the live
 * page with its one-line SIGI_STATE, api-live/user/room, room/info, gift/list
 * and check_alive, including the offline, not-found, age-restricted and
 * captcha variants real clients have to recognise.
 */
import type { CatalogGift } from './gifts.js';
import type { SimRoom } from './room.js';
import { stringifyJson } from './http.js';

export const AGE_RESTRICTED_CODE = 4003110;
export const USER_NOT_FOUND_CODE = 19881007;

function statusCode(room: SimRoom): number {
  return room.status === 'live' ? 2 : 4;
}

function ownerId(room: SimRoom): string {
  return (BigInt(room.roomId) - 500_000_000_000_000_000n).toString();
}

function image(url: string): { uri: string; url_list: string[]; avg_color: string; height: number; width: number; image_type: number; is_animated: boolean; open_web_url: string } {
  return { uri: url.replace(/^https?:\/\/[^/]+\//, ''), url_list: [url], avg_color: '#A3A3A3', height: 100, width: 100, image_type: 0, is_animated: false, open_web_url: '' };
}

/** The JSON TikTok embeds in `<script id="SIGI_STATE">`. */
export function sigiState(room: SimRoom | undefined, uniqueId: string, base: string): Record<string, unknown> {
  const app = { AppContext: { appContext: { language: 'en', region: 'US', user: {} } } };
  if (!room || room.status === 'notFound') return { ...app, UserModule: { users: {} } };
  const status = statusCode(room);
  return {
    ...app,
    LiveRoom: {
      liveRoomStatus: status,
      isAgeGateRoom: room.status === 'ageRestricted',
      clusterRegion: 'useast2a',
      liveRoomUserInfo: {
        user: {
          id: ownerId(room),
          uniqueId,
          nickname: room.nickname,
          roomId: room.roomId,
          status,
          secUid: `MS4wLjABAAAA${room.roomId}`,
          avatarThumb: `${base}/assets/avatars/${uniqueId}.webp`,
        },
        liveRoom: {
          roomId: room.roomId,
          status,
          title: room.title,
          startTime: Math.floor(room.startTime / 1000),
          coverUrl: `${base}/assets/covers/${room.roomId}.webp`,
          liveRoomStats: { userCount: room.stats.viewers, enterCount: room.stats.totalViewers },
        },
      },
    },
    CurrentRoom: { roomId: room.roomId, anchorId: ownerId(room), liveType: 1 },
  };
}

/** GET /@{uniqueId}/live: the page, or a captcha page. */
export function livePage(room: SimRoom | undefined, uniqueId: string, base: string): string {
  if (room?.status === 'captcha') return captchaPage();
  // Real pages put the state on one line; clients match it with a non-greedy regex.
  const state = stringifyJson(sigiState(room, uniqueId, base)).replace(/</g, '\\u003c');
  const og = room && room.status !== 'notFound' ? `<meta property="og:url" content="https://www.tiktok.com/@${uniqueId}/live">` : '';
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    `<title>${room && room.status !== 'notFound' ? `${room.nickname} is LIVE - TikTok LIVE` : "Couldn't find this account"}</title>${og}` +
    `</head><body><div id="app"></div><script id="SIGI_STATE" type="application/json">${state}</script></body></html>`
  );
}

/** What TikTok's WAF answers instead of data when it challenges an IP. */
export function captchaPage(): string {
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Security Check</title></head><body>' +
    '<div id="captcha-verify-container" class="captcha_verify_container"><div class="captcha_verify_bar">Verify to continue</div>' +
    '<div class="captcha_verify_img--wrapper"></div></div><script>window.__captcha = {"type":"slide","subtype":"puzzle"};</script></body></html>'
  );
}

/** GET /api-live/user/room/ */
export function apiLiveUserRoom(room: SimRoom | undefined, uniqueId: string, base: string): Record<string, unknown> {
  if (!room || room.status === 'notFound') return { statusCode: USER_NOT_FOUND_CODE, message: 'user_not_found', data: null };
  if (room.status === 'ageRestricted') return { statusCode: AGE_RESTRICTED_CODE, message: 'age restricted', data: null };
  const status = statusCode(room);
  return {
    statusCode: 0,
    message: '',
    data: {
      user: {
        id: ownerId(room),
        uniqueId,
        nickname: room.nickname,
        signature: `Welcome to ${room.nickname}'s LIVE`,
        avatarLarger: `${base}/assets/avatars/${uniqueId}.webp`,
        secUid: `MS4wLjABAAAA${room.roomId}`,
        roomId: room.roomId,
        status,
      },
      liveRoom: {
        status,
        title: room.title,
        startTime: Math.floor(room.startTime / 1000),
        coverUrl: `${base}/assets/covers/${room.roomId}.webp`,
        liveRoomStats: { userCount: room.stats.viewers, enterCount: room.stats.totalViewers },
      },
      stats: { followingCount: 120, followerCount: 48_210 },
    },
  };
}

/** The `{data, extra, status_code}` envelope of webcast JSON APIs. */
export function webcastEnvelope(data: unknown, statusCode = 0): Record<string, unknown> {
  return { data, extra: { now: Date.now(), log_id: String(Date.now()) }, status_code: statusCode };
}

/** GET /webcast/room/info/ */
export function roomInfo(room: SimRoom | undefined, roomId: string | null, base: string): Record<string, unknown> {
  if (!roomId || !/^\d+$/.test(roomId)) {
    return webcastEnvelope({ message: 'Request params error', prompts: 'Request params error' }, 10011);
  }
  if (!room) return webcastEnvelope({ message: 'Room does not exist', prompts: 'Room does not exist' }, 30001);
  if (room.status === 'ageRestricted') return webcastEnvelope({ prompts: '' }, AGE_RESTRICTED_CODE);
  const streamBase = `${base}/stream/${room.roomId}`;
  const qualities = { FULL_HD1: `${streamBase}/origin.flv`, HD1: `${streamBase}/hd.flv`, SD1: `${streamBase}/sd.flv`, SD2: `${streamBase}/ld.flv` };
  const hls = { FULL_HD1: `${streamBase}/origin.m3u8`, HD1: `${streamBase}/hd.m3u8`, SD1: `${streamBase}/sd.m3u8`, SD2: `${streamBase}/ld.m3u8` };
  const streamData = {
    common: { session_id: room.roomId },
    data: Object.fromEntries(
      (['origin', 'hd', 'sd', 'ld'] as const).map((q) => [q, { main: { flv: `${streamBase}/${q}.flv`, hls: `${streamBase}/${q}.m3u8`, cmaf: '', sdk_params: '{}' } }]),
    ),
  };
  const id = ownerId(room);
  return webcastEnvelope({
    id: BigInt(room.roomId),
    id_str: room.roomId,
    status: statusCode(room),
    title: room.title,
    create_time: Math.floor(room.startTime / 1000),
    start_time: Math.floor(room.startTime / 1000),
    finish_time: room.status === 'live' ? 0 : Math.floor(Date.now() / 1000),
    user_count: room.stats.viewers,
    like_count: room.stats.likes,
    stats: {
      total_user: room.stats.totalViewers,
      like_count: room.stats.likes,
      digg_count: room.stats.likes,
      enter_count: room.stats.totalViewers,
      share_count: room.stats.shares,
      follow_count: room.stats.follows,
      id_str: room.roomId,
    },
    owner: {
      id: BigInt(id),
      id_str: id,
      display_id: room.uniqueId,
      nickname: room.nickname,
      bio_description: `Welcome to ${room.nickname}'s LIVE`,
      sec_uid: `MS4wLjABAAAA${room.roomId}`,
      avatar_thumb: image(`${base}/assets/avatars/${room.uniqueId}.webp`),
      avatar_medium: image(`${base}/assets/avatars/${room.uniqueId}.webp`),
      avatar_large: image(`${base}/assets/avatars/${room.uniqueId}.webp`),
      follow_info: { follower_count: 48_210, following_count: 120, follow_status: 0, push_status: 0 },
    },
    owner_user_id: BigInt(id),
    owner_user_id_str: id,
    cover: image(`${base}/assets/covers/${room.roomId}.webp`),
    stream_url: {
      id_str: room.roomId,
      default_resolution: 'ORIGION',
      candidate_resolution: ['SD2', 'SD1', 'HD1', 'FULL_HD1'],
      resolution_name: { AUTO: 'Auto', FULL_HD1: 'Original', HD1: 'HD', SD1: 'SD', SD2: 'LD' },
      flv_pull_url: qualities,
      hls_pull_url: hls.FULL_HD1,
      hls_pull_url_map: hls,
      rtmp_pull_url: `${streamBase}/origin.flv`,
      live_core_sdk_data: { pull_data: { stream_data: JSON.stringify(streamData), options: { default_quality: { level: 0, name: 'Original', sdk_key: 'origin' } } } },
    },
    age_restricted: { restricted: false },
    link_mic: { multi_live_enum: 0, rival_anchor_id: 0, battle_scores: [], linked_user_list: [] },
    room_auth: { Chat: true, Gift: true, Digg: true },
  });
}

/** The gift catalog as TikTok's gift/list returns it (snake_case). */
export function giftList(gifts: readonly CatalogGift[], base: string): Record<string, unknown> {
  return webcastEnvelope({
    gifts: gifts.map((g) => ({
      id: g.id,
      name: g.name,
      diamond_count: g.diamondCount,
      type: g.type,
      combo: g.type === 1,
      describe: `sent ${g.name}`,
      duration: 1000,
      image: image(`${base}/assets/gifts/${g.id}.webp`),
      icon: image(`${base}/assets/gifts/${g.id}.webp`),
      is_displayed_on_panel: true,
      is_broadcast_gift: false,
      for_linkmic: true,
      primary_effect_id: 0,
    })),
    gifts_info: { color_gift_icon_animation: null, default_loc_color_gift_id: 0, enable_first_recharge_dynamic_effect: false },
    pages: [],
    doodle_templates: [],
    hash: String(gifts.length),
    is_full_gift_data: true,
  });
}

/** GET /webcast/room/check_alive/ */
export function checkAlive(rooms: Array<{ roomId: string; room: SimRoom | undefined }>): Record<string, unknown> {
  return webcastEnvelope(rooms.map(({ roomId, room }) => ({ alive: room?.status === 'live', room_id: BigInt(roomId), room_id_str: roomId })));
}
