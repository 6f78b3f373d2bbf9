import { InvalidArgumentError } from '../errors.js';

/**
 * A TikTok handle as users type it, normalised: `@name`, `name`,
 * `https://www.tiktok.com/@name/live` and `tiktok.com/@name` all give `name`.
 */
export function normalizeUniqueId(input: string): string {
  if (typeof input !== 'string') throw new InvalidArgumentError(`A TikTok username must be a string, got ${typeof input}`);
  let s = input.trim();
  const fromUrl = /(?:^|\/)@([^/?#\s]+)/.exec(s);
  if (/^(?:https?:\/\/)?(?:[\w-]+\.)*tiktok\.com\//i.test(s) || s.includes('/@')) {
    if (!fromUrl) throw new InvalidArgumentError(`"${input}" is a TikTok URL without a @username in it`);
    s = fromUrl[1]!;
  }
  s = s.replace(/^@/, '');
  try {
    s = decodeURIComponent(s);
  } catch {
    // keep it as typed
  }
  if (!s) throw new InvalidArgumentError('The TikTok username is empty');
  if (!/^[\w.]{1,64}$/.test(s)) throw new InvalidArgumentError(`"${input}" is not a TikTok username (letters, digits, _ and . only)`);
  return s;
}

/** Throws `InvalidArgumentError` unless `roomId` is a decimal id. */
export function assertRoomId(roomId: unknown): string {
  if (typeof roomId !== 'string' || !/^\d{1,20}$/.test(roomId)) {
    throw new InvalidArgumentError(`A room id must be a string of digits, got ${JSON.stringify(roomId)}`);
  }
  return roomId;
}
