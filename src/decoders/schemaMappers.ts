/**
 * The schema mappers: one per wire method, each decoding a message with the
 * generated protobuf code and mapping it to its event. The registry
 * (`registry.ts`) names which method each one decodes; every method has one.
 * They are the complete decoding, and the reference the hand-written decoders
 * of the busiest methods are held to.
 */
import * as pb from './generated/webcast.js';
import type {
  BattleArmiesEvent,
  BattleEvent,
  BattleTeam,
  ChatEvent,
  ControlEvent,
  EmoteChatEvent,
  EnvelopeEvent,
  GiftEvent,
  LikeEvent,
  LinkMicEvent,
  LiveIntroEvent,
  LiveUser,
  MemberEvent,
  QuestionEvent,
  RankEntry,
  RankUpdateEvent,
  RoomEvent,
  RoomUserSeqEvent,
  SocialEvent,
  SubscribeEvent,
  WireEvent,
  WireEventBase,
} from './events.js';
import { classifySocial, toMillis, usersJoined } from './fields.js';
import { idString, toNumber } from './int64.js';
import type { MessageContext } from './messages.js';
import { firstUrl, mapUser } from './users.js';

export type Common = pb.CommonMessageData.$Properties | null | undefined;

/** The fields every wire event has, from a message's common header (and the envelope's msgId when the header has none). */
export function baseFields(method: string, common: Common, ctx: MessageContext | undefined): WireEventBase {
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
  const b = baseFields(method, common, ctx);
  return { type, method, msgId: b.msgId, roomId: b.roomId, createTime: b.createTime } as T;
}

/** `ChatMessage` → `chat`. */
export function chatMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ChatEvent {
  const m = pb.WebcastChatMessage.decode(payload);
  const e = head<ChatEvent>('chat', method, m.common, ctx);
  e.user = mapUser(m.user, m.userIdentity);
  e.comment = m.content;
  e.emotes = m.emotes.length
    ? m.emotes.map((x) => ({ emoteId: x.emote?.emoteId ?? '', emoteUrl: firstUrl(x.emote?.image), index: x.index ?? 0 }))
    : [];
  e.language = m.contentLanguage;
  return e;
}

/** `MemberMessage` → `member`. */
export function memberMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): MemberEvent {
  const m = pb.WebcastMemberMessage.decode(payload);
  const e = head<MemberEvent>('member', method, m.common, ctx);
  e.user = mapUser(m.user);
  e.action = m.action;
  e.memberCount = m.memberCount;
  return e;
}

/** `LikeMessage` → `like`. */
export function likeMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): LikeEvent {
  const m = pb.WebcastLikeMessage.decode(payload);
  const e = head<LikeEvent>('like', method, m.common, ctx);
  e.user = mapUser(m.user);
  e.likeCount = m.count;
  e.totalLikes = toNumber(m.total);
  return e;
}

/** `GiftMessage` → `gift`. */
export function giftMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): GiftEvent {
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
}

/** `SocialMessage` → `social`. */
export function socialMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): SocialEvent {
  const m = pb.WebcastSocialMessage.decode(payload);
  const displayType = m.common?.displayText?.key ?? '';
  return {
    type: 'social',
    ...baseFields(method, m.common, ctx),
    user: mapUser(m.user),
    action: classifySocial(displayType),
    displayType,
    rawAction: toNumber(m.action),
    usersJoined: usersJoined(displayType),
  };
}

/** `RoomUserSeqMessage` → `roomUserSeq`. */
export function roomUserSeqMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): RoomUserSeqEvent {
  const m = pb.WebcastRoomUserSeqMessage.decode(payload);
  return {
    type: 'roomUserSeq',
    ...baseFields(method, m.common, ctx),
    viewerCount: toNumber(m.total),
    totalViewers: toNumber(m.totalUser),
    topViewers: m.ranks.map((r) => ({ user: mapUser(r.user), coinCount: toNumber(r.score), rank: toNumber(r.rank) })),
  };
}

/** `LinkMicBattle` → `battle`. */
export function linkMicBattle(payload: Uint8Array, method: string, ctx: MessageContext | undefined): BattleEvent {
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
    ...baseFields(method, m.common, ctx),
    battleId: idString(m.battleId),
    status: m.battleSettings?.status ?? 0,
    action: m.action,
    duration: m.battleSettings?.duration ?? 0,
    teams,
  };
}

/** `LinkMicArmies` → `battleArmies`. */
export function linkMicArmies(payload: Uint8Array, method: string, ctx: MessageContext | undefined): BattleArmiesEvent {
  const m = pb.WebcastLinkMicArmies.decode(payload);
  return {
    type: 'battleArmies',
    ...baseFields(method, m.common, ctx),
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
}

/** `SubNotifyMessage` → `subscribe`. */
export function subNotifyMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): SubscribeEvent {
  const m = pb.WebcastSubNotifyMessage.decode(payload);
  return { type: 'subscribe', ...baseFields(method, m.common, ctx), user: mapUser(m.user), subMonth: toNumber(m.subMonth) };
}

/** `EmoteChatMessage` → `emoteChat`. */
export function emoteChatMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): EmoteChatEvent {
  const m = pb.WebcastEmoteChatMessage.decode(payload);
  const emote = m.emoteList[0];
  return {
    type: 'emoteChat',
    ...baseFields(method, m.common, ctx),
    user: mapUser(m.user, m.userIdentity),
    emoteId: emote?.emoteId ?? '',
    emoteUrl: firstUrl(emote?.image),
  };
}

/** `EnvelopeMessage` → `envelope`. */
export function envelopeMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): EnvelopeEvent {
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
    ...baseFields(method, m.common, ctx),
    envelopeId: info.envelopeId ?? '',
    diamondCount: info.diamondCount ?? 0,
    peopleCount: info.peopleCount ?? 0,
    user: sender,
  };
}

/** `QuestionNewMessage` → `question`. */
export function questionNewMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): QuestionEvent {
  const m = pb.WebcastQuestionNewMessage.decode(payload);
  return {
    type: 'question',
    ...baseFields(method, m.common, ctx),
    user: mapUser(m.data?.user),
    questionText: m.data?.content ?? '',
    questionId: idString(m.data?.questionId),
  };
}

/** `ControlMessage` → `control`. */
export function controlMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ControlEvent {
  const m = pb.WebcastControlMessage.decode(payload);
  return { type: 'control', ...baseFields(method, m.common, ctx), action: m.action, tips: m.tips };
}

/** `RoomMessage` → `room`. */
export function roomMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): RoomEvent {
  const m = pb.WebcastRoomMessage.decode(payload);
  return { type: 'room', ...baseFields(method, m.common, ctx), content: m.content };
}

/** `LiveIntroMessage` → `liveIntro`. */
export function liveIntroMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): LiveIntroEvent {
  const m = pb.WebcastLiveIntroMessage.decode(payload);
  const event = {
    type: 'liveIntro' as const,
    ...baseFields(method, m.common, ctx),
    title: m.content,
    host: m.user ? mapUser(m.user) : undefined,
  };
  if (event.roomId === '0') event.roomId = idString(m.id);
  return event;
}

/** `RankUpdateMessage` → `rankUpdate`. */
export function rankUpdateMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): RankUpdateEvent {
  const m = pb.WebcastRankUpdateMessage.decode(payload);
  const rankList: RankEntry[] = m.updates.map((u) => ({
    rankType: u.rankType ?? 0,
    rank: toNumber(u.ownRank),
    text: u.defaultContent?.defaultPattern || u.defaultContent?.key || '',
  }));
  return { type: 'rankUpdate', ...baseFields(method, m.common, ctx), rankType: rankList[0]?.rankType ?? 0, rankList };
}

/** `HourlyRankMessage` → `rankUpdate`. */
export function hourlyRankMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): RankUpdateEvent {
  const m = pb.WebcastHourlyRankMessage.decode(payload);
  const rankType = m.data?.rankType ?? 0;
  const text = m.data?.text?.defaultPattern || m.data?.text?.key || '';
  return { type: 'rankUpdate', ...baseFields(method, m.common, ctx), rankType, rankList: [{ rankType, rank: 0, text }] };
}

/** `LinkMicMethod` → `linkMic`. */
export function linkMicMethod(payload: Uint8Array, method: string, ctx: MessageContext | undefined): LinkMicEvent {
  const m = pb.WebcastLinkMicMethod.decode(payload);
  return { type: 'linkMic', ...baseFields(method, m.common, ctx), action: m.messageType, users: m.linkedUsers.map((u) => mapUser(u)) };
}

/** `LinkMessage` → `linkMic`. */
export function linkMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): LinkMicEvent {
  const m = pb.WebcastLinkMessage.decode(payload);
  const listed =
    m.listChangeContent?.linkedUsers ?? m.linkedListChangeContent?.linkedUsers ?? m.enterContent?.linkedUsers ?? [];
  return { type: 'linkMic', ...baseFields(method, m.common, ctx), action: m.messageType, users: listed.map((u) => mapUser(u.user)) };
}
