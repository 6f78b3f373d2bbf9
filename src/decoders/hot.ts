/**
 * Hand-written decoders for the messages that make up nearly all of a room's
 * traffic (chat, likes, joins, gifts, follows/shares, viewer counts). They read
 * the wire straight into events, skipping every field an event does not carry,
 * where the schema path first builds a full protobuf object and then maps it.
 * The result is the same event, field for field: tests hold these decoders to the
 * schema path (`decodeMessageBySchema`) on real captures and on generated messages.
 */
import type { Badge, ChatEmote, ChatEvent, GiftEvent, LikeEvent, LiveUser, MemberEvent, RoomUserSeqEvent, SocialEvent, TopViewer, WireEvent } from './events.js';
import { BADGE_SCENE, badgeLevel, classifySocial, toMillis, usersJoined } from './fields.js';
import { idString, toNumber } from './int64.js';
import type { MessageContext } from './messages.js';
import { WireReader } from './wire.js';

// Tags are written out as (field number << 3) | wire type, with the field and wire type beside
// them (LEN: 2, length-delimited); constants keep the switches jump tables.
const LEN = 2;

/**
 * Set when a singular user or image field occurs twice in one message. Protobuf
 * merges the two; these decoders do not, so such (unusual) messages are handed
 * to the schema path, which does.
 */
let merged = false;

/** Whether the last user read had an id or a handle of its own (a gift's `toUser` counts only then). */
let lastUserNamed = false;

/** Marks `bit` as seen in a message's mask; flags `merged` when it already was. */
function once(seen: number, bit: number): number {
  if (seen & bit) merged = true;
  return seen | bit;
}

/** The common header's fields, read into one reused record (no allocation per message). */
const head = { msgId: '0', roomId: '0', createTime: 0, displayKey: '' };

/** The common header into `head`; its display text (the display key) only when `withDisplay`, as social messages need it. */
function readCommon(r: WireReader, withDisplay = false): void {
  const end = r.end();
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case 16 /* 2:0 */:
        head.msgId = idString(r.int64(true));
        continue;
      case 24 /* 3:0 */:
        head.roomId = idString(r.int64());
        continue;
      case 32 /* 4:0 */:
        head.createTime = toNumber(r.int64());
        continue;
      case 66 /* 8:LEN */:
        if (withDisplay) readDisplayText(r);
        else r.skip(LEN, 8);
        continue;
      default:
        r.skip(tag & 7, tag >>> 3);
    }
  }
  r.close(end);
}

function readDisplayText(r: WireReader): void {
  const end = r.end();
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === 10 /* 1:LEN */) head.displayKey = r.string();
    else r.skip(tag & 7, tag >>> 3);
  }
  r.close(end);
}

function reset(): void {
  merged = false;
  lastUserNamed = false;
  head.msgId = '0';
  head.roomId = '0';
  head.createTime = 0;
  head.displayKey = '';
}

function msgIdOf(ctx: MessageContext | undefined): string {
  return head.msgId === '0' && ctx?.msgId ? ctx.msgId : head.msgId;
}

/** First URL of an `ImageModel`; the CDN mirrors after it are skipped unread. */
function readImage(r: WireReader): string {
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
function readIdentity(r: WireReader, flags: number): number {
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

function readBadge(r: WireReader): Badge {
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
            seen = once(seen, 1);
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
            seen = once(seen, 2);
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
function readUser(r: WireReader): LiveUser {
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
        seen = once(seen, 1);
        thumb = readImage(r);
        continue;
      case 82 /* 10:LEN */:
        seen = once(seen, 2);
        mediumAt = r.pos;
        r.skip(LEN, 10);
        continue;
      case 90 /* 11:LEN */:
        seen = once(seen, 4);
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
  lastUserNamed = id !== '0' || uniqueId !== '';
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
function withIdentity(user: LiveUser | undefined, identity: number): LiveUser {
  const u = user ?? noUser();
  if (identity & 1) u.isSubscriber = true;
  if (identity & 2) u.isModerator = true;
  return u;
}

function readEmote(r: WireReader): ChatEmote {
  const end = r.end();
  let index = 0;
  let emoteId = '';
  let emoteUrl = '';
  let seen = 0;
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === 8 /* 1:0 */) index = r.int32();
    else if (tag === 18 /* 2:LEN */) {
      const modelEnd = r.end();
      while (r.pos < modelEnd) {
        const inner = r.tag();
        if (inner === 10 /* 1:LEN */) emoteId = r.string();
        else if (inner === 18 /* 2:LEN */) {
          seen = once(seen, 1);
          emoteUrl = readImage(r);
        }
        else r.skip(inner & 7, inner >>> 3);
      }
      r.close(modelEnd);
    } else r.skip(tag & 7, tag >>> 3);
  }
  r.close(end);
  return { emoteId, emoteUrl, index };
}

type HotDecoder = (r: WireReader, method: string, ctx: MessageContext | undefined) => WireEvent;

/**
 * A hand-written decoder of the message in `buf` from `start` to `end`: the event, or
 * undefined when the message needs protobuf's merge rules (see `merged`).
 */
export type HotMapper = (buf: Uint8Array, start: number, end: number, method: string, ctx: MessageContext | undefined) => WireEvent | undefined;

function chat(r: WireReader, method: string, ctx: MessageContext | undefined): ChatEvent {
  let user: LiveUser | undefined;
  let seen = 0;
  let identity = 0;
  let comment = '';
  let language = '';
  const emotes: ChatEmote[] = [];
  while (r.pos < r.len) {
    const tag = r.tag();
    switch (tag) {
      case 10 /* 1:LEN */:
        readCommon(r);
        continue;
      case 18 /* 2:LEN */:
        seen = once(seen, 1);
        user = readUser(r);
        continue;
      case 26 /* 3:LEN */:
        comment = r.string();
        continue;
      case 106 /* 13:LEN */:
        emotes.push(readEmote(r));
        continue;
      case 114 /* 14:LEN */:
        language = r.string();
        continue;
      case 146 /* 18:LEN */:
        identity = readIdentity(r, identity);
        continue;
      default:
        r.skip(tag & 7, tag >>> 3);
    }
  }
  return {
    type: 'chat',
    method,
    msgId: msgIdOf(ctx),
    roomId: head.roomId,
    createTime: toMillis(head.createTime),
    user: withIdentity(user, identity),
    comment,
    emotes,
    language,
  };
}

function member(r: WireReader, method: string, ctx: MessageContext | undefined): MemberEvent {
  let user: LiveUser | undefined;
  let seen = 0;
  let action = 0;
  let memberCount = 0;
  while (r.pos < r.len) {
    const tag = r.tag();
    switch (tag) {
      case 10 /* 1:LEN */:
        readCommon(r);
        continue;
      case 18 /* 2:LEN */:
        seen = once(seen, 1);
        user = readUser(r);
        continue;
      case 24 /* 3:0 */:
        memberCount = r.int32();
        continue;
      case 80 /* 10:0 */:
        action = r.int32();
        continue;
      default:
        r.skip(tag & 7, tag >>> 3);
    }
  }
  return {
    type: 'member',
    method,
    msgId: msgIdOf(ctx),
    roomId: head.roomId,
    createTime: toMillis(head.createTime),
    user: withIdentity(user, 0),
    action,
    memberCount,
  };
}

function like(r: WireReader, method: string, ctx: MessageContext | undefined): LikeEvent {
  let user: LiveUser | undefined;
  let seen = 0;
  let likeCount = 0;
  let total: number | string = 0;
  while (r.pos < r.len) {
    const tag = r.tag();
    switch (tag) {
      case 10 /* 1:LEN */:
        readCommon(r);
        continue;
      case 16 /* 2:0 */:
        likeCount = r.int32();
        continue;
      case 24 /* 3:0 */:
        total = r.int64();
        continue;
      case 42 /* 5:LEN */:
        seen = once(seen, 1);
        user = readUser(r);
        continue;
      default:
        r.skip(tag & 7, tag >>> 3);
    }
  }
  return {
    type: 'like',
    method,
    msgId: msgIdOf(ctx),
    roomId: head.roomId,
    createTime: toMillis(head.createTime),
    user: withIdentity(user, 0),
    likeCount,
    totalLikes: toNumber(total),
  };
}

function gift(r: WireReader, method: string, ctx: MessageContext | undefined): GiftEvent {
  let user: LiveUser | undefined;
  let seen = 0;
  let toUser: LiveUser | undefined;
  let identity = 0;
  let giftId: number | string = 0;
  let repeatCount = 0;
  let repeatEnd = 0;
  let groupId = '0';
  let catalogId: number | string = 0;
  let giftName = '';
  let diamondCount = 0;
  let giftType = 0;
  let giftPictureUrl = '';
  while (r.pos < r.len) {
    const tag = r.tag();
    switch (tag) {
      case 10 /* 1:LEN */:
        readCommon(r);
        continue;
      case 16 /* 2:0 */:
        giftId = r.int64();
        continue;
      case 40 /* 5:0 */:
        repeatCount = r.int32();
        continue;
      case 58 /* 7:LEN */:
        seen = once(seen, 1);
        user = readUser(r);
        continue;
      case 66 /* 8:LEN */: {
        seen = once(seen, 2);
        const recipient = readUser(r);
        toUser = lastUserNamed ? recipient : undefined;
        continue;
      }
      case 72 /* 9:0 */:
        repeatEnd = r.int32();
        continue;
      case 88 /* 11:0 */:
        groupId = idString(r.int64());
        continue;
      case 122 /* 15:LEN */: {
        const end = r.end();
        while (r.pos < end) {
          const inner = r.tag();
          switch (inner) {
            case 10 /* 1:LEN */:
              seen = once(seen, 4);
              giftPictureUrl = readImage(r);
              continue;
            case 40 /* 5:0 */:
              catalogId = r.int64();
              continue;
            case 88 /* 11:0 */:
              giftType = r.int32();
              continue;
            case 96 /* 12:0 */:
              diamondCount = r.int32();
              continue;
            case 130 /* 16:LEN */:
              giftName = r.string();
              continue;
            default:
              r.skip(inner & 7, inner >>> 3);
          }
        }
        r.close(end);
        continue;
      }
      case 258 /* 32:LEN */:
        identity = readIdentity(r, identity);
        continue;
      default:
        r.skip(tag & 7, tag >>> 3);
    }
  }
  const ended = repeatEnd === 1;
  return {
    type: 'gift',
    method,
    msgId: msgIdOf(ctx),
    roomId: head.roomId,
    createTime: toMillis(head.createTime),
    user: withIdentity(user, identity),
    giftId: toNumber(giftId) || toNumber(catalogId),
    giftName,
    diamondCount,
    giftType,
    giftPictureUrl,
    repeatCount,
    repeatEnd: ended,
    combo: giftType === 1 && !ended,
    groupId,
    toUser,
  };
}

function social(r: WireReader, method: string, ctx: MessageContext | undefined): SocialEvent {
  let user: LiveUser | undefined;
  let seen = 0;
  let action: number | string = 0;
  while (r.pos < r.len) {
    const tag = r.tag();
    switch (tag) {
      case 10 /* 1:LEN */:
        readCommon(r, true);
        continue;
      case 18 /* 2:LEN */:
        seen = once(seen, 1);
        user = readUser(r);
        continue;
      case 32 /* 4:0 */:
        action = r.int64();
        continue;
      default:
        r.skip(tag & 7, tag >>> 3);
    }
  }
  const displayType = head.displayKey;
  return {
    type: 'social',
    method,
    msgId: msgIdOf(ctx),
    roomId: head.roomId,
    createTime: toMillis(head.createTime),
    user: withIdentity(user, 0),
    action: classifySocial(displayType),
    displayType,
    rawAction: toNumber(action),
    usersJoined: usersJoined(displayType),
  };
}

function readContributor(r: WireReader): TopViewer {
  const end = r.end();
  let user: LiveUser | undefined;
  let score: number | string = 0;
  let rank: number | string = 0;
  let seen = 0;
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === 8 /* 1:0 */) score = r.int64();
    else if (tag === 18 /* 2:LEN */) {
      seen = once(seen, 1);
      user = readUser(r);
    }
    else if (tag === 24 /* 3:0 */) rank = r.int64();
    else r.skip(tag & 7, tag >>> 3);
  }
  r.close(end);
  return { user: withIdentity(user, 0), coinCount: toNumber(score), rank: toNumber(rank) };
}

function roomUserSeq(r: WireReader, method: string, ctx: MessageContext | undefined): RoomUserSeqEvent {
  const topViewers: TopViewer[] = [];
  let total: number | string = 0;
  let totalUser: number | string = 0;
  while (r.pos < r.len) {
    const tag = r.tag();
    switch (tag) {
      case 10 /* 1:LEN */:
        readCommon(r);
        continue;
      case 18 /* 2:LEN */:
        topViewers.push(readContributor(r));
        continue;
      case 24 /* 3:0 */:
        total = r.int64();
        continue;
      case 56 /* 7:0 */:
        totalUser = r.int64();
        continue;
      default:
        r.skip(tag & 7, tag >>> 3);
    }
  }
  return {
    type: 'roomUserSeq',
    method,
    msgId: msgIdOf(ctx),
    roomId: head.roomId,
    createTime: toMillis(head.createTime),
    viewerCount: toNumber(total),
    totalViewers: toNumber(totalUser),
    topViewers,
  };
}

const HOT: Record<string, HotDecoder> = {
  ChatMessage: chat,
  MemberMessage: member,
  LikeMessage: like,
  GiftMessage: gift,
  SocialMessage: social,
  RoomUserSeqMessage: roomUserSeq,
};

/** The hand-written decoders under both spellings of their method. */
export const HOT_DECODERS = new Map<string, HotMapper>();
for (const [name, decode] of Object.entries(HOT)) {
  const run: HotMapper = (buf, start, end, method, ctx) => {
    reset();
    const event = decode(new WireReader(buf, start, end), method, ctx);
    return merged ? undefined : event;
  };
  HOT_DECODERS.set(name, run);
  HOT_DECODERS.set(`Webcast${name}`, run);
}
