/**
 * Hand-written readers of the users, badges and images that the hand-written message
 * decoders (`handDecoders.ts`) share: a wire `User` straight into a `LiveUser`, as
 * `mapUser` (`users.ts`) makes it from the schema decoders' object.
 */
import type { Badge, LiveUser } from './events.js';
import { BADGE_SCENE, badgeLevel } from './fields.js';
import { idString } from './int64.js';
import { LEN, type MessageReader } from './messageReader.js';
import type { WireReader } from './wire.js';

/** First URL of an `ImageModel`; the CDN mirrors after it are skipped unread. */
export function readImage(r: WireReader): string {
  const end = r.end();
  let url: string | undefined;
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === 10 /* 1:LEN */ && url === undefined) url = r.string();
    else r.skip(tag & 7, tag >>> 3);
  }
  r.close(end);
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

/** Reads a sub-message for one bool field; `value` is what an earlier occurrence left. */
function readFlag(r: WireReader, field: number, value: boolean): boolean {
  const end = r.end();
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === field << 3) value = r.bool();
    else r.skip(tag & 7, tag >>> 3);
  }
  r.close(end);
  return value;
}

/** Reads a sub-message for one string field; `value` is what an earlier occurrence left. */
function readString(r: WireReader, field: number, value: string): string {
  const end = r.end();
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === ((field << 3) | LEN)) value = r.string();
    else r.skip(tag & 7, tag >>> 3);
  }
  r.close(end);
  return value;
}

/** `UserIdentity`: bit 1 subscriber of the host, bit 2 moderator of the host. */
export function readIdentity(r: WireReader, flags: number): number {
  const end = r.end();
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === 16 /* 2:0 */) flags = r.bool() ? flags | 1 : flags & ~1;
    else if (tag === 40 /* 5:0 */) flags = r.bool() ? flags | 2 : flags & ~2;
    else r.skip(tag & 7, tag >>> 3);
  }
  r.close(end);
  return flags;
}

function readFollowStatus(r: WireReader, status: number | string): number | string {
  const end = r.end();
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === 24 /* 3:0 */) status = r.int64();
    else r.skip(tag & 7, tag >>> 3);
  }
  r.close(end);
  return status;
}

const NO_BADGES: Badge[] = [];

function readBadge(r: MessageReader): Badge {
  const end = r.end();
  let sceneType = 0;
  let displayType = 0;
  let level = '';
  let imageUrl = '';
  let textPattern = '';
  let textKey = '';
  let str = '';
  let combineStr = '';
  let combineUrl = '';
  let seen = 0;
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case 8 /* 1:0 */:
        displayType = r.int32();
        continue;
      case 24 /* 3:0 */:
        sceneType = r.int32();
        continue;
      case 98 /* 12:LEN */:
        level = readString(r, 5, level);
        continue;
      case 162 /* 20:LEN */: {
        const imageEnd = r.end();
        while (r.pos < imageEnd) {
          const inner = r.tag();
          if (inner === 18 /* 2:LEN */) {
            seen = r.once(seen, 1);
            imageUrl = readImage(r);
          }
          else r.skip(inner & 7, inner >>> 3);
        }
        r.close(imageEnd);
        continue;
      }
      case 170 /* 21:LEN */: {
        const textEnd = r.end();
        while (r.pos < textEnd) {
          const inner = r.tag();
          if (inner === 18 /* 2:LEN */) textKey = r.string();
          else if (inner === 26 /* 3:LEN */) textPattern = r.string();
          else r.skip(inner & 7, inner >>> 3);
        }
        r.close(textEnd);
        continue;
      }
      case 178 /* 22:LEN */:
        str = readString(r, 2, str);
        continue;
      case 186 /* 23:LEN */: {
        const combineEnd = r.end();
        while (r.pos < combineEnd) {
          const inner = r.tag();
          if (inner === 18 /* 2:LEN */) {
            seen = r.once(seen, 2);
            combineUrl = readImage(r);
          }
          else if (inner === 34 /* 4:LEN */) combineStr = r.string();
          else r.skip(inner & 7, inner >>> 3);
        }
        r.close(combineEnd);
        continue;
      }
      default:
        r.skip(tag & 7, tag >>> 3);
    }
  }
  r.close(end);
  return {
    sceneType,
    displayType,
    level: badgeLevel(level),
    text: textPattern || textKey || str || combineStr || '',
    url: imageUrl || combineUrl,
  };
}

/** A `User` as a `LiveUser`, flags from its attributes and badges (identity flags are added by the caller). */
export function readUser(r: MessageReader): LiveUser {
  const end = r.end();
  let id = '0';
  let idStr = '';
  let nickname = '';
  let uniqueId = '';
  let thumb = '';
  // The larger avatars are only a fallback: where they start, read if the thumbnail has no URL.
  let mediumAt = -1;
  let largeAt = -1;
  let followStatus: number | string = 0;
  let isAdmin = false;
  let subscribed = false;
  let badges = NO_BADGES;
  let seen = 0;
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case 8 /* 1:0 */:
        id = idString(r.int64());
        continue;
      case 26 /* 3:LEN */:
        nickname = r.string();
        continue;
      case 74 /* 9:LEN */:
        seen = r.once(seen, 1);
        thumb = readImage(r);
        continue;
      case 82 /* 10:LEN */:
        seen = r.once(seen, 2);
        mediumAt = r.pos;
        r.skip(LEN, 10);
        continue;
      case 90 /* 11:LEN */:
        seen = r.once(seen, 4);
        largeAt = r.pos;
        r.skip(LEN, 11);
        continue;
      case 178 /* 22:LEN */:
        followStatus = readFollowStatus(r, followStatus);
        continue;
      case 258 /* 32:LEN */:
        isAdmin = readFlag(r, 2, isAdmin);
        continue;
      case 306 /* 38:LEN */:
        uniqueId = r.string();
        continue;
      case 506 /* 63:LEN */:
        subscribed = readFlag(r, 7, subscribed);
        continue;
      case 514 /* 64:LEN */:
        // Most users have one badge: a literal allocates room for one, where push would make room for 17.
        if (badges === NO_BADGES) badges = [readBadge(r)];
        else badges.push(readBadge(r));
        continue;
      case 8226 /* 1028:LEN */:
        idStr = r.string();
        continue;
      default:
        r.skip(tag & 7, tag >>> 3);
    }
  }
  r.close(end);
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

