import { buildUrl, endpointsOf, request } from './http.js';
import { DEFAULT_USER_AGENT, defaultWebParams, type HttpOptions } from './options.js';
import { webcastData } from './roomInfo.js';
import { assertRoomId } from './uniqueId.js';

/** A gift as TikTok's catalog describes it. */
export interface GiftInfo {
  id: number;
  name: string;
  /** Diamond cost of one. */
  diamondCount: number;
  /** TikTok's type: 1 is streakable (sent as a combo). */
  type: number;
  /** True for type-1 gifts, which arrive as streaks. */
  streakable: boolean;
  imageUrl: string;
  describe: string;
}

export interface GiftListOptions extends HttpOptions {
  /** Some catalogs differ per room; TikTok's web client sends one. */
  roomId?: string | undefined;
}

/** TikTok's gift catalog (`webcast/gift/list`), typed. */
export async function fetchGiftList(options: GiftListOptions = {}): Promise<GiftInfo[]> {
  if (options.roomId !== undefined) assertRoomId(options.roomId);
  const url = buildUrl(endpointsOf(options).webcast, '/webcast/gift/list/', { ...defaultWebParams(options.userAgent ?? DEFAULT_USER_AGENT), room_id: options.roomId });
  const data = await webcastData(await request(url, {}, options), 'webcast/gift/list');
  const gifts = Array.isArray(data.gifts) ? (data.gifts as Array<Record<string, unknown>>) : [];
  return gifts.map(parseGift);
}

export function parseGift(g: Record<string, unknown>): GiftInfo {
  const type = Number(g.type) || 0;
  const image = (g.image ?? g.icon) as { url_list?: string[] } | undefined;
  return {
    id: Number(g.id) || 0,
    name: typeof g.name === 'string' ? g.name : '',
    diamondCount: Number(g.diamond_count) || 0,
    type,
    streakable: type === 1,
    imageUrl: image?.url_list?.[0] ?? '',
    describe: typeof g.describe === 'string' ? g.describe : '',
  };
}
