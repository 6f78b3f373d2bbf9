/**
 * Hand-written decoders for the messages that make up nearly all of a room's
 * traffic (chat, likes, joins, gifts, follows/shares, viewer counts). They read
 * the wire straight into events, skipping every field an event does not carry,
 * where the schema path first builds a full protobuf object and then maps it.
 * The result is the same event, field for field: tests hold these decoders to the
 * schema path (`decodeMessageBySchema`) on real captures and on generated messages.
 * Each message is read with a `MessageReader` of its own, which holds its common header
 * and notes; users, badges and images are read in `handUsers.ts`.
 */
import type { ChatEmote, ChatEvent, GiftEvent, LikeEvent, LiveUser, MemberEvent, RoomUserSeqEvent, SocialEvent, TopViewer, WireEvent } from './events.js';
import { classifySocial, toMillis, usersJoined } from './fields.js';
import { STRING, readIdentity, readImageOnce, readOne, readUser, withIdentity } from './handUsers.js';
import { idString, toNumber } from './int64.js';
import { LEN, MessageReader } from './messageReader.js';
import type { MessageContext } from './messages.js';

/** The common header into the reader's `msgId`, `roomId` and `createTime`; its display key only when `withDisplay`, as social messages need it. */
function readCommon(r: MessageReader, withDisplay: boolean): void {
  const end = r.end();
  for (let tag = 0; (tag = r.next(end)) !== 0; ) {
    switch (tag) {
      case 16 /* 2:0 */: r.msgId = idString(r.int64(true)); continue;
      case 24 /* 3:0 */: r.roomId = idString(r.int64()); continue;
      case 32 /* 4:0 */: r.createTime = toNumber(r.int64()); continue;
      case 66 /* 8:LEN */:
        if (withDisplay) r.displayKey = readOne(r, 10 /* 1:LEN */, STRING, r.displayKey);
        else r.skip(LEN, 8);
        continue;
      default: r.skip(tag & 7, tag >>> 3);
    }
  }
}

/** The header's msgId, or the envelope's when the header has none. */
function msgIdOf(r: MessageReader, ctx: MessageContext | undefined): string {
  return r.msgId === '0' && ctx?.msgId ? ctx.msgId : r.msgId;
}

function readEmote(r: MessageReader): ChatEmote {
  const end = r.end();
  let index = 0;
  let emoteId = '';
  let emoteUrl: string | undefined;
  for (let tag = 0; (tag = r.next(end)) !== 0; ) {
    if (tag === 8 /* 1:0 */) index = r.int32();
    else if (tag !== 18 /* 2:LEN */) r.skip(tag & 7, tag >>> 3);
    else {
      const modelEnd = r.end();
      for (let inner = 0; (inner = r.next(modelEnd)) !== 0; ) {
        if (inner === 10 /* 1:LEN */) emoteId = r.string();
        else if (inner === 18 /* 2:LEN */) emoteUrl = readImageOnce(r, emoteUrl);
        else r.skip(inner & 7, inner >>> 3);
      }
    }
  }
  return { emoteId, emoteUrl: emoteUrl ?? '', index };
}

export type MessageDecoder = (r: MessageReader, method: string, ctx: MessageContext | undefined) => WireEvent;

/**
 * A hand-written decoder of the message in `buf` from `start` to `end`: the event, or
 * undefined when the message needs protobuf's merge rules (see `MessageReader.merged`).
 */
export type HandDecoder = (buf: Uint8Array, start: number, end: number, method: string, ctx: MessageContext | undefined) => WireEvent | undefined;

function chat(r: MessageReader, method: string, ctx: MessageContext | undefined): ChatEvent {
  let user: LiveUser | undefined;
  let identity = 0;
  let comment = '';
  let language = '';
  const emotes: ChatEmote[] = [];
  for (let tag = 0; (tag = r.next(r.len)) !== 0; ) {
    switch (tag) {
      case 10 /* 1:LEN */: readCommon(r, false); continue;
      case 18 /* 2:LEN */: user = readUser(r, user); continue;
      case 26 /* 3:LEN */: comment = r.string(); continue;
      case 106 /* 13:LEN */: emotes.push(readEmote(r)); continue;
      case 114 /* 14:LEN */: language = r.string(); continue;
      case 146 /* 18:LEN */: identity = readIdentity(r, identity); continue;
      default: r.skip(tag & 7, tag >>> 3);
    }
  }
  return {
    // The common fields every event starts with, then this one's.
    type: 'chat', method, msgId: msgIdOf(r, ctx), roomId: r.roomId, createTime: toMillis(r.createTime),
    user: withIdentity(user, identity),
    comment,
    emotes,
    language,
  };
}

function member(r: MessageReader, method: string, ctx: MessageContext | undefined): MemberEvent {
  let user: LiveUser | undefined;
  let action = 0;
  let memberCount = 0;
  for (let tag = 0; (tag = r.next(r.len)) !== 0; ) {
    switch (tag) {
      case 10 /* 1:LEN */: readCommon(r, false); continue;
      case 18 /* 2:LEN */: user = readUser(r, user); continue;
      case 24 /* 3:0 */: memberCount = r.int32(); continue;
      case 80 /* 10:0 */: action = r.int32(); continue;
      default: r.skip(tag & 7, tag >>> 3);
    }
  }
  return {
    // The common fields every event starts with, then this one's.
    type: 'member', method, msgId: msgIdOf(r, ctx), roomId: r.roomId, createTime: toMillis(r.createTime),
    user: withIdentity(user, 0),
    action,
    memberCount,
  };
}

function like(r: MessageReader, method: string, ctx: MessageContext | undefined): LikeEvent {
  let user: LiveUser | undefined;
  let likeCount = 0;
  let total: number | string = 0;
  for (let tag = 0; (tag = r.next(r.len)) !== 0; ) {
    switch (tag) {
      case 10 /* 1:LEN */: readCommon(r, false); continue;
      case 16 /* 2:0 */: likeCount = r.int32(); continue;
      case 24 /* 3:0 */: total = r.int64(); continue;
      case 42 /* 5:LEN */: user = readUser(r, user); continue;
      default: r.skip(tag & 7, tag >>> 3);
    }
  }
  return {
    // The common fields every event starts with, then this one's.
    type: 'like', method, msgId: msgIdOf(r, ctx), roomId: r.roomId, createTime: toMillis(r.createTime),
    user: withIdentity(user, 0),
    likeCount,
    totalLikes: toNumber(total),
  };
}

function gift(r: MessageReader, method: string, ctx: MessageContext | undefined): GiftEvent {
  let user: LiveUser | undefined;
  let recipient: LiveUser | undefined;
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
  let giftPictureUrl: string | undefined;
  for (let tag = 0; (tag = r.next(r.len)) !== 0; ) {
    switch (tag) {
      case 10 /* 1:LEN */: readCommon(r, false); continue;
      case 16 /* 2:0 */: giftId = r.int64(); continue;
      case 40 /* 5:0 */: repeatCount = r.int32(); continue;
      case 58 /* 7:LEN */: user = readUser(r, user); continue;
      case 66 /* 8:LEN */:
        recipient = readUser(r, recipient);
        toUser = r.userNamed ? recipient : undefined;
        continue;
      case 72 /* 9:0 */: repeatEnd = r.int32(); continue;
      case 88 /* 11:0 */: groupId = idString(r.int64()); continue;
      case 122 /* 15:LEN */: {
        const end = r.end();
        for (let inner = 0; (inner = r.next(end)) !== 0; ) {
          switch (inner) {
            case 10 /* 1:LEN */: giftPictureUrl = readImageOnce(r, giftPictureUrl); continue;
            case 40 /* 5:0 */: catalogId = r.int64(); continue;
            case 88 /* 11:0 */: giftType = r.int32(); continue;
            case 96 /* 12:0 */: diamondCount = r.int32(); continue;
            case 130 /* 16:LEN */: giftName = r.string(); continue;
            default: r.skip(inner & 7, inner >>> 3);
          }
        }
        continue;
      }
      case 258 /* 32:LEN */: identity = readIdentity(r, identity); continue;
      default: r.skip(tag & 7, tag >>> 3);
    }
  }
  const ended = repeatEnd === 1;
  return {
    // The common fields every event starts with, then this one's.
    type: 'gift', method, msgId: msgIdOf(r, ctx), roomId: r.roomId, createTime: toMillis(r.createTime),
    user: withIdentity(user, identity),
    giftId: toNumber(giftId) || toNumber(catalogId),
    giftName,
    diamondCount,
    giftType,
    giftPictureUrl: giftPictureUrl ?? '',
    repeatCount,
    repeatEnd: ended,
    combo: giftType === 1 && !ended,
    groupId,
    toUser,
  };
}

function social(r: MessageReader, method: string, ctx: MessageContext | undefined): SocialEvent {
  let user: LiveUser | undefined;
  let action: number | string = 0;
  for (let tag = 0; (tag = r.next(r.len)) !== 0; ) {
    switch (tag) {
      case 10 /* 1:LEN */: readCommon(r, true); continue;
      case 18 /* 2:LEN */: user = readUser(r, user); continue;
      case 32 /* 4:0 */: action = r.int64(); continue;
      default: r.skip(tag & 7, tag >>> 3);
    }
  }
  const displayType = r.displayKey;
  return {
    // The common fields every event starts with, then this one's.
    type: 'social', method, msgId: msgIdOf(r, ctx), roomId: r.roomId, createTime: toMillis(r.createTime),
    user: withIdentity(user, 0),
    action: classifySocial(displayType),
    displayType,
    rawAction: toNumber(action),
    usersJoined: usersJoined(displayType),
  };
}

function readContributor(r: MessageReader): TopViewer {
  const end = r.end();
  let user: LiveUser | undefined;
  let score: number | string = 0;
  let rank: number | string = 0;
  for (let tag = 0; (tag = r.next(end)) !== 0; ) {
    if (tag === 8 /* 1:0 */) score = r.int64();
    else if (tag === 18 /* 2:LEN */) user = readUser(r, user);
    else if (tag === 24 /* 3:0 */) rank = r.int64();
    else r.skip(tag & 7, tag >>> 3);
  }
  return { user: withIdentity(user, 0), coinCount: toNumber(score), rank: toNumber(rank) };
}

function roomUserSeq(r: MessageReader, method: string, ctx: MessageContext | undefined): RoomUserSeqEvent {
  const topViewers: TopViewer[] = [];
  let total: number | string = 0;
  let totalUser: number | string = 0;
  for (let tag = 0; (tag = r.next(r.len)) !== 0; ) {
    switch (tag) {
      case 10 /* 1:LEN */: readCommon(r, false); continue;
      case 18 /* 2:LEN */: topViewers.push(readContributor(r)); continue;
      case 24 /* 3:0 */: total = r.int64(); continue;
      case 56 /* 7:0 */: totalUser = r.int64(); continue;
      default: r.skip(tag & 7, tag >>> 3);
    }
  }
  return {
    // The common fields every event starts with, then this one's.
    type: 'roomUserSeq', method, msgId: msgIdOf(r, ctx), roomId: r.roomId, createTime: toMillis(r.createTime),
    viewerCount: toNumber(total),
    totalViewers: toNumber(totalUser),
    topViewers,
  };
}

/** The hand-written decoders, which the registry (`registry.ts`) names for their methods. */
export { chat, member, like, gift, social, roomUserSeq };

/** A message decoder as a `HandDecoder`: a reader of its own per message; undefined when the message needs merging. */
export function handDecoder(decode: MessageDecoder): HandDecoder {
  return (buf, start, end, method, ctx) => {
    const r = new MessageReader(buf, start, end);
    const event = decode(r, method, ctx);
    return r.merged ? undefined : event;
  };
}
