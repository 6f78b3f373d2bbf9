/**
 * Hand-written readers of the users, badges and images that the hand-written message
 * decoders (`handDecoders.ts`) share: a wire `User` straight into a `LiveUser`, as
 * `mapUser` (`users.ts`) makes it from the schema decoders' object.
 */
import type { Badge, LiveUser } from './events.js';
import { BADGE_SCENE, badgeLevel } from './fields.js';
import { idString } from './int64.js';
import type { MessageReader } from './messageReader.js';
import type { WireReader } from './wire.js';

/** First URL of an `ImageModel`; the CDN mirrors after it are skipped unread. */
export function readImage(r: WireReader): string {
  const end = r.end();
  let url: string | undefined;
  for (let tag = 0; (tag = r.next(end)) !== 0; ) {
    if (tag === 10 /* 1:LEN */ && url === undefined) url = r.string();
    else r.skip(tag & 7, tag >>> 3);
  }
  return url ?? '';
}

/** `readImage` of the image whose length prefix is at `at` (none at -1), wherever the reader is. */
function imageAt(r: WireReader, at: number): string {
  if (at < 0) return '';
  const pos = r.pos;
  r.pos = at;
  const url = readImage(r);
  r.pos = pos;
  return url;
}

/** `readImage` of a singular image field; `previous` (undefined while there was none) makes a second occurrence set `merged`. */
export function readImageOnce(r: MessageReader, previous: string | undefined): string {
  if (previous !== undefined) r.merged = true;
  return readImage(r);
}

/** Where the image at the reader starts (for `imageAt`), skipping it; `previous` is as `readImageOnce`'s, -1 for none. */
function skipImage(r: MessageReader, previous: number): number {
  if (previous >= 0) r.merged = true;
  const at = r.pos;
  r.pos = r.end();
  return at;
}

/** How `readOne` reads its field: a bool, a string, an int64 varint, or an `ImageModel`'s first URL. */
export const BOOL = 0;
export const STRING = 1;
export const INT64 = 2;
export const IMAGE = 3;

/**
 * The one field `tag` of a sub-message, read as `kind`, whose other fields are skipped: `value`
 * when the field is absent, the last occurrence when it repeats (protobuf keeps the last scalar;
 * an image, a singular message, read twice sets `merged`, and `value` undefined means none yet).
 */
export function readOne(r: MessageReader, tag: number, kind: typeof BOOL, value: boolean): boolean;
export function readOne(r: MessageReader, tag: number, kind: typeof STRING, value: string): string;
export function readOne(r: MessageReader, tag: number, kind: typeof INT64, value: number | string): number | string;
export function readOne(r: MessageReader, tag: number, kind: typeof IMAGE, value: string | undefined): string | undefined;
export function readOne(r: MessageReader, tag: number, kind: number, value: boolean | number | string | undefined): boolean | number | string | undefined {
  const end = r.end();
  for (let t = 0; (t = r.next(end)) !== 0; ) {
    if (t !== tag) r.skip(t & 7, t >>> 3);
    else if (kind === BOOL) value = r.bool();
    else if (kind === STRING) value = r.string();
    else if (kind === INT64) value = r.int64();
    else value = readImageOnce(r, value as string | undefined);
  }
  return value;
}

/** `UserIdentity`: bit 1 subscriber of the host, bit 2 moderator of the host. */
export function readIdentity(r: WireReader, flags: number): number {
  const end = r.end();
  for (let tag = 0; (tag = r.next(end)) !== 0; ) {
    if (tag === 16 /* 2:0 */) flags = r.bool() ? flags | 1 : flags & ~1;
    else if (tag === 40 /* 5:0 */) flags = r.bool() ? flags | 2 : flags & ~2;
    else r.skip(tag & 7, tag >>> 3);
  }
  return flags;
}

const NO_BADGES: Badge[] = [];

function readBadge(r: MessageReader): Badge {
  const end = r.end();
  let sceneType = 0;
  let displayType = 0;
  let level = '';
  let imageUrl: string | undefined;
  let textPattern = '';
  let textKey = '';
  let str = '';
  let combineStr = '';
  let combineUrl: string | undefined;
  for (let tag = 0; (tag = r.next(end)) !== 0; ) {
    switch (tag) {
      case 8 /* 1:0 */: displayType = r.int32(); continue;
      case 24 /* 3:0 */: sceneType = r.int32(); continue;
      case 98 /* 12:LEN */: level = readOne(r, 42 /* 5:LEN */, STRING, level); continue;
      case 162 /* 20:LEN */: imageUrl = readOne(r, 18 /* 2:LEN */, IMAGE, imageUrl); continue;
      case 170 /* 21:LEN */: {
        const textEnd = r.end();
        for (let inner = 0; (inner = r.next(textEnd)) !== 0; ) {
          if (inner === 18 /* 2:LEN */) textKey = r.string();
          else if (inner === 26 /* 3:LEN */) textPattern = r.string();
          else r.skip(inner & 7, inner >>> 3);
        }
        continue;
      }
      case 178 /* 22:LEN */: str = readOne(r, 18 /* 2:LEN */, STRING, str); continue;
      case 186 /* 23:LEN */: {
        const combineEnd = r.end();
        for (let inner = 0; (inner = r.next(combineEnd)) !== 0; ) {
          if (inner === 18 /* 2:LEN */) combineUrl = readImageOnce(r, combineUrl);
          else if (inner === 34 /* 4:LEN */) combineStr = r.string();
          else r.skip(inner & 7, inner >>> 3);
        }
        continue;
      }
      default: r.skip(tag & 7, tag >>> 3);
    }
  }
  return {
    sceneType,
    displayType,
    level: badgeLevel(level),
    text: textPattern || textKey || str || combineStr || '',
    url: imageUrl || combineUrl || '',
  };
}

/**
 * A `User` as a `LiveUser`, flags from its attributes and badges (identity flags are added by the
 * caller). `previous` is the user an earlier occurrence of the same field gave: a second one sets `merged`.
 */
export function readUser(r: MessageReader, previous: LiveUser | undefined): LiveUser {
  if (previous) r.merged = true;
  const end = r.end();
  let id = '0';
  let idStr = '';
  let nickname = '';
  let uniqueId = '';
  let thumb: string | undefined;
  // The larger avatars are only a fallback: where they start, read if the thumbnail has no URL.
  let mediumAt = -1;
  let largeAt = -1;
  let followStatus: number | string = 0;
  let isAdmin = false;
  let subscribed = false;
  let badges = NO_BADGES;
  for (let tag = 0; (tag = r.next(end)) !== 0; ) {
    switch (tag) {
      case 8 /* 1:0 */: id = idString(r.int64()); continue;
      case 26 /* 3:LEN */: nickname = r.string(); continue;
      case 74 /* 9:LEN */: thumb = readImageOnce(r, thumb); continue;
      case 82 /* 10:LEN */: mediumAt = skipImage(r, mediumAt); continue;
      case 90 /* 11:LEN */: largeAt = skipImage(r, largeAt); continue;
      case 178 /* 22:LEN */: followStatus = readOne(r, 24 /* 3:0 */, INT64, followStatus); continue;
      case 258 /* 32:LEN */: isAdmin = readOne(r, 16 /* 2:0 */, BOOL, isAdmin); continue;
      case 306 /* 38:LEN */: uniqueId = r.string(); continue;
      case 506 /* 63:LEN */: subscribed = readOne(r, 56 /* 7:0 */, BOOL, subscribed); continue;
      case 514 /* 64:LEN */:
        // Most users have one badge: a literal allocates room for one, where push would make room for 17.
        if (badges === NO_BADGES) badges = [readBadge(r)];
        else badges.push(readBadge(r));
        continue;
      case 8226 /* 1028:LEN */: idStr = r.string(); continue;
      default: r.skip(tag & 7, tag >>> 3);
    }
  }
  let isModerator = isAdmin;
  let isSubscriber = subscribed;
  for (const b of badges) {
    if (b.sceneType === BADGE_SCENE.ADMIN) isModerator = true;
    else if (b.sceneType === BADGE_SCENE.SUBSCRIBER || b.sceneType === BADGE_SCENE.NEW_SUBSCRIBER) isSubscriber = true;
  }
  r.userNamed = id !== '0' || uniqueId !== '';
  return {
    userId: id === '0' && idStr ? idStr : id,
    uniqueId,
    nickname,
    profilePictureUrl: thumb || imageAt(r, mediumAt) || imageAt(r, largeAt),
    isModerator,
    isSubscriber,
    followRole: Number(followStatus),
    badges,
  };
}

function noUser(): LiveUser {
  return { userId: '0', uniqueId: '', nickname: '', profilePictureUrl: '', isModerator: false, isSubscriber: false, followRole: 0, badges: NO_BADGES };
}

/** The message's user with the per-message identity flags added. */
export function withIdentity(user: LiveUser | undefined, identity: number): LiveUser {
  const u = user ?? noUser();
  if (identity & 1) u.isSubscriber = true;
  if (identity & 2) u.isModerator = true;
  return u;
}

