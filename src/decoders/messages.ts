import * as pb from './generated/webcast.js';
import { InvalidArgumentError, MessageDecodeError } from '../errors.js';
import type {
  BattleTeam,
  ChatEvent,
  GiftEvent,
  LikeEvent,
  MemberEvent,
  LiveUser,
  RankEntry,
  WireEvent,
  WireEventBase,
} from './events.js';
import { classifySocial, toMillis, usersJoined } from './fields.js';
import { HAND_DECODERS } from './handDecoders.js';
import { bytesArgument, type BytesInput } from './input.js';
import { idString, toNumber } from './int64.js';
import type { EventMethod } from './registry.js';
import { firstUrl, mapUser } from './users.js';

export { classifySocial };

type Common = pb.CommonMessageData.$Properties | null | undefined;

/** Context the envelope gives a message (its `BaseProtoMessage` fields). */
export interface MessageContext {
  /** The envelope's msgId, used when the message's own header has none. */
  msgId?: string;
}

/** The wire method without its optional `Webcast` prefix: `RoomMessage` and `WebcastRoomMessage` are one. */
export function canonicalMethod(method: string): string {
  return method.startsWith('Webcast') ? method.slice(7) : method;
}

function base(method: string, common: Common, ctx: MessageContext | undefined): WireEventBase {
  const msgId = idString(common?.msgId);
  return {
    method,
    msgId: msgId === '0' && ctx?.msgId ? ctx.msgId : msgId,
    roomId: idString(common?.roomId),
    createTime: toMillis(toNumber(common?.createTime)),
  };
}

/**
 * An event with its common fields set, to be filled in field by field (the
 * schema mappers of the methods `handDecoders.ts` decodes by hand, kept as their reference).
 */
function head<T extends WireEvent>(type: T['type'], method: string, common: Common, ctx: MessageContext | undefined): T {
  const b = base(method, common, ctx);
  return { type, method, msgId: b.msgId, roomId: b.roomId, createTime: b.createTime } as T;
}

type Mapper = (payload: Uint8Array, method: string, ctx: MessageContext | undefined) => WireEvent;

/** One decoder per registered method, keyed by its name without the `Webcast` prefix. */
const MAPPERS = {
  ChatMessage(payload, method, ctx) {
    const m = pb.WebcastChatMessage.decode(payload);
    const e = head<ChatEvent>('chat', method, m.common, ctx);
    e.user = mapUser(m.user, m.userIdentity);
    e.comment = m.content;
    e.emotes = m.emotes.length
      ? m.emotes.map((x) => ({ emoteId: x.emote?.emoteId ?? '', emoteUrl: firstUrl(x.emote?.image), index: x.index ?? 0 }))
      : [];
    e.language = m.contentLanguage;
    return e;
  },
  MemberMessage(payload, method, ctx) {
    const m = pb.WebcastMemberMessage.decode(payload);
    const e = head<MemberEvent>('member', method, m.common, ctx);
    e.user = mapUser(m.user);
    e.action = m.action;
    e.memberCount = m.memberCount;
    return e;
  },
  LikeMessage(payload, method, ctx) {
    const m = pb.WebcastLikeMessage.decode(payload);
    const e = head<LikeEvent>('like', method, m.common, ctx);
    e.user = mapUser(m.user);
    e.likeCount = m.count;
    e.totalLikes = toNumber(m.total);
    return e;
  },
  GiftMessage(payload, method, ctx) {
    const m = pb.WebcastGiftMessage.decode(payload);
    const gift = m.gift;
    const giftType = gift?.type ?? 0;
    const repeatEnd = m.repeatEnd === 1;
    const e = head<GiftEvent>('gift', method, m.common, ctx);
    e.user = mapUser(m.user, m.userIdentity);
    e.giftId = toNumber(m.giftId) || toNumber(gift?.id);
    e.giftName = gift?.name ?? '';
    e.diamondCount = gift?.diamondCount ?? 0;
    e.giftType = giftType;
    e.giftPictureUrl = firstUrl(gift?.image);
    e.repeatCount = m.repeatCount;
    e.repeatEnd = repeatEnd;
    e.combo = giftType === 1 && !repeatEnd;
    e.groupId = idString(m.groupId);
    // A recipient counts only with an id or a handle of its own.
    e.toUser = m.toUser && (idString(m.toUser.id) !== '0' || m.toUser.displayId) ? mapUser(m.toUser) : undefined;
    return e;
  },
  SocialMessage(payload, method, ctx) {
    const m = pb.WebcastSocialMessage.decode(payload);
    const displayType = m.common?.displayText?.key ?? '';
    return {
      type: 'social',
      ...base(method, m.common, ctx),
      user: mapUser(m.user),
      action: classifySocial(displayType),
      displayType,
      rawAction: toNumber(m.action),
      usersJoined: usersJoined(displayType),
    };
  },
  RoomUserSeqMessage(payload, method, ctx) {
    const m = pb.WebcastRoomUserSeqMessage.decode(payload);
    return {
      type: 'roomUserSeq',
      ...base(method, m.common, ctx),
      viewerCount: toNumber(m.total),
      totalViewers: toNumber(m.totalUser),
      topViewers: m.ranks.map((r) => ({ user: mapUser(r.user), coinCount: toNumber(r.score), rank: toNumber(r.rank) })),
    };
  },
  LinkMicBattle(payload, method, ctx) {
    const m = pb.WebcastLinkMicBattle.decode(payload);
    const teams: BattleTeam[] = m.anchorsInfo.map((a) => {
      const hostUserId = idString(a.key);
      const u = a.value?.user;
      const result = m.battleResult.find((r) => idString(r.key) === hostUserId)?.value;
      return {
        hostUserId,
        host: u
          ? { userId: idString(u.userId), uniqueId: u.displayId ?? '', nickname: u.nickName ?? '', profilePictureUrl: firstUrl(u.avatarThumb) }
          : undefined,
        result: result ? (result.result ?? 0) : undefined,
        score: result ? toNumber(result.score) : 0,
      };
    });
    return {
      type: 'battle',
      ...base(method, m.common, ctx),
      battleId: idString(m.battleId),
      status: m.battleSettings?.status ?? 0,
      action: m.action,
      duration: m.battleSettings?.duration ?? 0,
      teams,
    };
  },
  LinkMicArmies(payload, method, ctx) {
    const m = pb.WebcastLinkMicArmies.decode(payload);
    return {
      type: 'battleArmies',
      ...base(method, m.common, ctx),
      battleId: idString(m.battleId),
      triggerReason: m.triggerReason,
      teams: m.armies.map(({ key, value: army }) => ({
        hostUserId: idString(key),
        score: toNumber(army?.hostscore),
        users: (army?.userArmies ?? []).map((u) => ({
          userId: idString(u.userId),
          nickname: u.nickname ?? '',
          score: toNumber(u.score),
          profilePictureUrl: firstUrl(u.avatarThumb),
        })),
      })),
    };
  },
  SubNotifyMessage(payload, method, ctx) {
    const m = pb.WebcastSubNotifyMessage.decode(payload);
    return { type: 'subscribe', ...base(method, m.common, ctx), user: mapUser(m.user), subMonth: toNumber(m.subMonth) };
  },
  EmoteChatMessage(payload, method, ctx) {
    const m = pb.WebcastEmoteChatMessage.decode(payload);
    const emote = m.emoteList[0];
    return {
      type: 'emoteChat',
      ...base(method, m.common, ctx),
      user: mapUser(m.user, m.userIdentity),
      emoteId: emote?.emoteId ?? '',
      emoteUrl: firstUrl(emote?.image),
    };
  },
  EnvelopeMessage(payload, method, ctx) {
    const m = pb.WebcastEnvelopeMessage.decode(payload);
    const info = m.envelopeInfo ?? {};
    const sender: LiveUser = {
      userId: info.sendUserId || '0',
      uniqueId: '',
      nickname: info.sendUserName ?? '',
      profilePictureUrl: firstUrl(info.sendUserAvatar),
      isModerator: false,
      isSubscriber: false,
      followRole: 0,
      badges: [],
    };
    return {
      type: 'envelope',
      ...base(method, m.common, ctx),
      envelopeId: info.envelopeId ?? '',
      diamondCount: info.diamondCount ?? 0,
      peopleCount: info.peopleCount ?? 0,
      user: sender,
    };
  },
  QuestionNewMessage(payload, method, ctx) {
    const m = pb.WebcastQuestionNewMessage.decode(payload);
    return {
      type: 'question',
      ...base(method, m.common, ctx),
      user: mapUser(m.data?.user),
      questionText: m.data?.content ?? '',
      questionId: idString(m.data?.questionId),
    };
  },
  ControlMessage(payload, method, ctx) {
    const m = pb.WebcastControlMessage.decode(payload);
    return { type: 'control', ...base(method, m.common, ctx), action: m.action, tips: m.tips };
  },
  RoomMessage(payload, method, ctx) {
    const m = pb.WebcastRoomMessage.decode(payload);
    return { type: 'room', ...base(method, m.common, ctx), content: m.content };
  },
  LiveIntroMessage(payload, method, ctx) {
    const m = pb.WebcastLiveIntroMessage.decode(payload);
    const event = {
      type: 'liveIntro' as const,
      ...base(method, m.common, ctx),
      title: m.content,
      host: m.user ? mapUser(m.user) : undefined,
    };
    if (event.roomId === '0') event.roomId = idString(m.id);
    return event;
  },
  RankUpdateMessage(payload, method, ctx) {
    const m = pb.WebcastRankUpdateMessage.decode(payload);
    const rankList: RankEntry[] = m.updates.map((u) => ({
      rankType: u.rankType ?? 0,
      rank: toNumber(u.ownRank),
      text: u.defaultContent?.defaultPattern || u.defaultContent?.key || '',
    }));
    return { type: 'rankUpdate', ...base(method, m.common, ctx), rankType: rankList[0]?.rankType ?? 0, rankList };
  },
  HourlyRankMessage(payload, method, ctx) {
    const m = pb.WebcastHourlyRankMessage.decode(payload);
    const rankType = m.data?.rankType ?? 0;
    const text = m.data?.text?.defaultPattern || m.data?.text?.key || '';
    return { type: 'rankUpdate', ...base(method, m.common, ctx), rankType, rankList: [{ rankType, rank: 0, text }] };
  },
  LinkMicMethod(payload, method, ctx) {
    const m = pb.WebcastLinkMicMethod.decode(payload);
    return { type: 'linkMic', ...base(method, m.common, ctx), action: m.messageType, users: m.linkedUsers.map((u) => mapUser(u)) };
  },
  LinkMessage(payload, method, ctx) {
    const m = pb.WebcastLinkMessage.decode(payload);
    const listed =
      m.listChangeContent?.linkedUsers ?? m.linkedListChangeContent?.linkedUsers ?? m.enterContent?.linkedUsers ?? [];
    return { type: 'linkMic', ...base(method, m.common, ctx), action: m.messageType, users: listed.map((u) => mapUser(u.user)) };
  },
} satisfies Record<EventMethod, Mapper>;

/** Wire methods (without `Webcast` prefix) this library turns into typed events. */
export const KNOWN_METHODS: readonly string[] = Object.keys(MAPPERS);

interface BufferLike {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): Uint8Array;
  isBuffer(value: unknown): boolean;
}
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

/**
 * Where the runtime has Node's Buffer, view the bytes as one (no copy): protobufjs
 * then reads strings with the native UTF-8 decoder instead of its JS one.
 */
function forReader(bytes: Uint8Array): Uint8Array {
  if (!NodeBuffer || NodeBuffer.isBuffer(bytes)) return bytes;
  return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Each schema mapper under both spellings of its method, so lookups need no string slicing. */
const BY_SCHEMA = new Map<string, Mapper>();
for (const [name, mapper] of Object.entries(MAPPERS)) {
  const run: Mapper = (payload, method, ctx) => mapper(forReader(payload), method, ctx);
  BY_SCHEMA.set(name, run);
  BY_SCHEMA.set(`Webcast${name}`, run);
}

function unknownEvent(method: string, payload: Uint8Array, ctx: MessageContext | undefined): WireEvent {
  let common: Common;
  try {
    common = pb.UnknownMessage.decode(payload).common;
  } catch {
    common = undefined; // Not every unknown message has a common header; the raw bytes are still delivered.
  }
  // A copy: the payload may be a view into the whole frame, which must not stay alive with the event.
  return { type: 'unknown', ...base(method, common, ctx), payload: new Uint8Array(payload) };
}

/** The error for a message that does not decode; `start` is where it sits in a larger buffer, whose offsets the cause's message counts. */
function decodeError(method: string, length: number, err: unknown, start = 0): MessageDecodeError {
  const where = start > 0 ? `${length} bytes at offset ${start} of the frame's body` : `${length} bytes`;
  return new MessageDecodeError(method, `Could not decode ${method} (${where}): ${(err as Error)?.message ?? String(err)}`, { cause: err });
}

function decodeWith(mappers: ReadonlyMap<string, Mapper>, method: string, payload: Uint8Array, ctx: MessageContext | undefined): WireEvent {
  const mapper = mappers.get(method);
  if (!mapper) return unknownEvent(method, payload, ctx);
  try {
    return mapper(payload, method, ctx);
  } catch (err) {
    throw decodeError(method, payload.length, err);
  }
}

/**
 * Decodes one Webcast message payload into a typed event.
 * `method` may carry the `Webcast` prefix or not. Unknown methods give an
 * `unknown` event with the raw bytes. A payload that does not decode throws a
 * `MessageDecodeError`; a method that is not a string, or a payload that is not
 * bytes (or is a detached buffer), an `InvalidArgumentError`.
 */
export function decodeMessage(method: string, payload: BytesInput, ctx?: MessageContext): WireEvent {
  if (typeof method !== 'string') throw new InvalidArgumentError(`method must be a string, got ${method === null ? 'null' : typeof method}`);
  const bytes = bytesArgument(payload, `The payload of ${method}`);
  return decodeMessageAt(method, bytes, 0, bytes.length, ctx);
}

/**
 * `decodeMessage` for a payload that sits in `buf` from `start` to `end` (a fetch
 * result's body, say), without a view made for it first. The hottest methods take
 * hand-written decoders; the rest, and the rare message a hand-written decoder
 * declines, go through the generated schema decoders.
 */
export function decodeMessageAt(method: string, buf: Uint8Array, start: number, end: number, ctx?: MessageContext): WireEvent {
  const hand = HAND_DECODERS.get(method);
  if (hand) {
    let event: WireEvent | undefined;
    try {
      event = hand(buf, start, end, method, ctx);
    } catch (err) {
      throw decodeError(method, end - start, err, start);
    }
    if (event) return event;
  }
  const payload = start === 0 && end === buf.length ? buf : new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
  return decodeWith(BY_SCHEMA, method, payload, ctx);
}

/**
 * `decodeMessage` through the generated schema decoders only, for every method:
 * the reference the hand-written decoders of the hottest methods are tested against.
 */
export function decodeMessageBySchema(method: string, payload: Uint8Array, ctx?: MessageContext): WireEvent {
  return decodeWith(BY_SCHEMA, method, payload, ctx);
}
