/**
 * The schema mappers: one per wire method, each decoding a message with the
 * generated protobuf code and mapping it to its event. The registry
 * (`registry.ts`) names which method each one decodes; every method has one.
 * They are the complete decoding, and the reference the hand-written decoders
 * of the busiest methods are held to.
 */
import * as pb from './generated/webcast.js';
import type * as ev from './events.js';
import { renderText } from './displayText.js';
import { classifySocial, toMillis, usersJoined } from './fields.js';
import { idString, toNumber } from './int64.js';
import type { MessageContext } from './messages.js';
import { firstUrl, mapUser } from './users.js';

export type Common = pb.CommonMessageData.$Properties | null | undefined;

/** The fields every wire event has, from a message's common header (and the envelope's msgId when the header has none). */
export function baseFields(method: string, common: Common, ctx: MessageContext | undefined): ev.WireEventBase {
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
function head<T extends ev.WireEvent>(type: T['type'], method: string, common: Common, ctx: MessageContext | undefined): T {
  const b = baseFields(method, common, ctx);
  return { type, method, msgId: b.msgId, roomId: b.roomId, createTime: b.createTime } as T;
}

/** `ChatMessage` → `chat`. */
export function chatMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.ChatEvent {
  const m = pb.WebcastChatMessage.decode(payload);
  const e = head<ev.ChatEvent>('chat', method, m.common, ctx);
  e.user = mapUser(m.user, m.userIdentity);
  e.comment = m.content;
  e.emotes = m.emotes.length
    ? m.emotes.map((x) => ({ emoteId: x.emote?.emoteId ?? '', emoteUrl: firstUrl(x.emote?.image), index: x.index ?? 0 }))
    : [];
  e.language = m.contentLanguage;
  return e;
}

/** `MemberMessage` → `member`. */
export function memberMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.MemberEvent {
  const m = pb.WebcastMemberMessage.decode(payload);
  const e = head<ev.MemberEvent>('member', method, m.common, ctx);
  e.user = mapUser(m.user);
  e.action = m.action;
  e.memberCount = m.memberCount;
  return e;
}

/** `LikeMessage` → `like`. */
export function likeMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.LikeEvent {
  const m = pb.WebcastLikeMessage.decode(payload);
  const e = head<ev.LikeEvent>('like', method, m.common, ctx);
  e.user = mapUser(m.user);
  e.likeCount = m.count;
  e.totalLikes = toNumber(m.total);
  return e;
}

/** `GiftMessage` → `gift`. */
export function giftMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.GiftEvent {
  const m = pb.WebcastGiftMessage.decode(payload);
  const gift = m.gift;
  const giftType = gift?.type ?? 0;
  const repeatEnd = m.repeatEnd === 1;
  const e = head<ev.GiftEvent>('gift', method, m.common, ctx);
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
export function socialMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.SocialEvent {
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
export function roomUserSeqMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.RoomUserSeqEvent {
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
export function linkMicBattle(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.BattleEvent {
  const m = pb.WebcastLinkMicBattle.decode(payload);
  const teams: ev.BattleTeam[] = m.anchorsInfo.map((a) => {
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
export function linkMicArmies(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.BattleArmiesEvent {
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
export function subNotifyMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.SubscribeEvent {
  const m = pb.WebcastSubNotifyMessage.decode(payload);
  return { type: 'subscribe', ...baseFields(method, m.common, ctx), user: mapUser(m.user), subMonth: toNumber(m.subMonth) };
}

/** `EmoteChatMessage` → `emoteChat`. */
export function emoteChatMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.EmoteChatEvent {
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
export function envelopeMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.EnvelopeEvent {
  const m = pb.WebcastEnvelopeMessage.decode(payload);
  const info = m.envelopeInfo ?? {};
  const sender: ev.LiveUser = {
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
export function questionNewMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.QuestionEvent {
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
export function controlMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.ControlEvent {
  const m = pb.WebcastControlMessage.decode(payload);
  return { type: 'control', ...baseFields(method, m.common, ctx), action: m.action, tips: m.tips };
}

/** `RoomMessage` → `room`. */
export function roomMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.RoomEvent {
  const m = pb.WebcastRoomMessage.decode(payload);
  return { type: 'room', ...baseFields(method, m.common, ctx), content: m.content };
}

/** `LiveIntroMessage` → `liveIntro`. */
export function liveIntroMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.LiveIntroEvent {
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
export function rankUpdateMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.RankUpdateEvent {
  const m = pb.WebcastRankUpdateMessage.decode(payload);
  const rankList: ev.RankEntry[] = m.updates.map((u) => ({
    rankType: u.rankType ?? 0,
    rank: toNumber(u.ownRank),
    text: u.defaultContent?.defaultPattern || u.defaultContent?.key || '',
  }));
  return { type: 'rankUpdate', ...baseFields(method, m.common, ctx), rankType: rankList[0]?.rankType ?? 0, rankList };
}

/** `HourlyRankMessage` → `rankUpdate`. */
export function hourlyRankMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.RankUpdateEvent {
  const m = pb.WebcastHourlyRankMessage.decode(payload);
  const rankType = m.data?.rankType ?? 0;
  const text = m.data?.text?.defaultPattern || m.data?.text?.key || '';
  return { type: 'rankUpdate', ...baseFields(method, m.common, ctx), rankType, rankList: [{ rankType, rank: 0, text }] };
}

/** `LinkMicMethod` → `linkMic`. */
export function linkMicMethod(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.LinkMicEvent {
  const m = pb.WebcastLinkMicMethod.decode(payload);
  return { type: 'linkMic', ...baseFields(method, m.common, ctx), action: m.messageType, users: m.linkedUsers.map((u) => mapUser(u)) };
}

/** `LinkMessage` → `linkMic`. */
export function linkMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.LinkMicEvent {
  const m = pb.WebcastLinkMessage.decode(payload);
  const listed =
    m.listChangeContent?.linkedUsers ?? m.linkedListChangeContent?.linkedUsers ?? m.enterContent?.linkedUsers ?? [];
  return { type: 'linkMic', ...baseFields(method, m.common, ctx), action: m.messageType, users: listed.map((u) => mapUser(u.user)) };
}

// ---------------------------------------------------------------- the rest of the room's messages

type PbUser = pb.User.$Properties | null | undefined;

/** A user a message may leave out: undefined unless it has an id or a handle. */
function optionalUser(user: PbUser): ev.LiveUser | undefined {
  return user && (idString(user.id) !== '0' || user.displayId) ? mapUser(user) : undefined;
}

/** An id TikTok sends both as a number and as a string: the number, else the string. */
function eitherId(id: pb.LiveStreamGoal.$Properties['id'], idStr: string | null | undefined): string {
  const s = idString(id);
  return s === '0' && idStr ? idStr : s;
}

/** `GoalUpdateMessage` → `goalUpdate`. */
export function goalUpdateMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.GoalUpdateEvent {
  const m = pb.WebcastGoalUpdateMessage.decode(payload);
  const goal = m.goal ?? {};
  return {
    type: 'goalUpdate',
    ...baseFields(method, m.common, ctx),
    goalId: eitherId(goal.id, goal.idStr),
    goalType: goal.type ?? 0,
    status: goal.status ?? 0,
    description: goal.description ?? '',
    startTime: toMillis(toNumber(goal.startTime)),
    expireTime: toMillis(toNumber(goal.expireTime)),
    subGoals: (goal.subGoals ?? []).map((g) => ({
      subGoalId: eitherId(g.id, g.idStr),
      type: g.type ?? 0,
      progress: toNumber(g.progress),
      target: toNumber(g.target),
      giftName: g.gift?.name ?? '',
      giftDiamondCount: toNumber(g.gift?.diamondCount),
      giftPictureUrl: firstUrl(g.gift?.icon),
    })),
    contributors: (goal.contributors ?? []).map((c) => ({
      userId: eitherId(c.userId, c.userIdStr),
      uniqueId: c.displayId ?? '',
      profilePictureUrl: firstUrl(c.avatar),
      score: toNumber(c.score),
    })),
    contributorId: eitherId(m.contributorId, m.contributorIdStr),
    contributorUniqueId: m.contributorDisplayId,
    contributeCount: toNumber(m.contributeCount),
    contributeScore: toNumber(m.contributeScore),
  };
}

/** `RoomPinMessage` → `roomPin`. */
export function roomPinMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.RoomPinEvent {
  const m = pb.WebcastRoomPinMessage.decode(payload);
  const pinned = m.chatMessage ?? m.giftMessage ?? m.socialMessage ?? m.memberMessage ?? m.likeMessage;
  return {
    type: 'roomPin',
    ...baseFields(method, m.common, ctx),
    action: m.action,
    pinnedMsgId: m.pinMsgId !== undefined && idString(m.pinMsgId) !== '0' ? idString(m.pinMsgId) : idString(pinned?.common?.msgId),
    pinnedMethod: m.method || pinned?.common?.method || '',
    pinnedUser: optionalUser(pinned?.user),
    pinnedText: m.chatMessage?.content || pinned?.common?.describe || '',
    pinTime: toMillis(toNumber(m.pinTime)),
    displayDuration: toNumber(m.displayDuration),
    operator: optionalUser(m.operator),
  };
}

function pollOptions(list: pb.PollOptionInfo.$Properties[] | null | undefined): ev.PollOption[] {
  return (list ?? []).map((o) => ({ optionIndex: o.optionIdx ?? 0, text: o.displayContent ?? '', votes: toNumber(o.votes) }));
}

/** `PollMessage` → `poll`. */
export function pollMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.PollEvent {
  const m = pb.WebcastPollMessage.decode(payload);
  const content = m.startContent ?? m.endContent ?? m.updateVotesContent;
  return {
    type: 'poll',
    ...baseFields(method, m.common, ctx),
    pollId: idString(m.pollId),
    messageType: toNumber(m.messageType),
    title: m.startContent?.title ?? '',
    startTime: toMillis(toNumber(m.startContent?.startTime)),
    endTime: toMillis(toNumber(m.startContent?.endTime)),
    endType: m.endContent?.endType ?? 0,
    options: pollOptions(content?.optionList),
    operator: optionalUser(content?.operator),
  };
}

/** `ImDeleteMessage` → `imDelete`. */
export function imDeleteMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.ImDeleteEvent {
  const m = pb.WebcastImDeleteMessage.decode(payload);
  return { type: 'imDelete', ...baseFields(method, m.common, ctx), deleteMsgIds: m.deleteMsgIds.map(idString), deleteUserIds: m.deleteUserIds.map(idString) };
}

/** `CaptionMessage` → `caption`. */
export function captionMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.CaptionEvent {
  const m = pb.WebcastCaptionMessage.decode(payload);
  return {
    type: 'caption',
    ...baseFields(method, m.common, ctx),
    timestamp: toMillis(toNumber(m.timestampMs)),
    duration: toNumber(m.durationMs),
    captions: m.content.map((c) => ({ language: c.lang ?? '', text: c.content ?? '' })),
  };
}

/** `InRoomBannerMessage` → `inRoomBanner`. */
export function inRoomBannerMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.InRoomBannerEvent {
  const m = pb.WebcastInRoomBannerMessage.decode(payload);
  return { type: 'inRoomBanner', ...baseFields(method, m.common, ctx), data: m.data };
}

/** `BarrageMessage` → `barrage`. */
export function barrageMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.BarrageEvent {
  const m = pb.WebcastBarrageMessage.decode(payload);
  return {
    type: 'barrage',
    ...baseFields(method, m.common, ctx),
    barrageType: m.msgType,
    displayKey: m.content?.key ?? '',
    text: renderText(m.content),
    duration: toNumber(m.duration),
    user: optionalUser(m.user ?? m.userGradeParam?.user ?? m.fansLevelParam?.user),
    level: m.userGradeParam?.currentGrade || m.fansLevelParam?.currentGrade || 0,
  };
}

/** `LinkLayerMessage` → `linkLayer`. */
export function linkLayerMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.LinkLayerEvent {
  const m = pb.WebcastLinkLayerMessage.decode(payload);
  return { type: 'linkLayer', ...baseFields(method, m.common, ctx), messageType: m.messageType, channelId: idString(m.channelId), scene: m.scene };
}

/** `LinkMicFanTicketMethod` → `linkMicFanTicket`. */
export function linkMicFanTicketMethod(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.LinkMicFanTicketEvent {
  const m = pb.WebcastLinkMicFanTicketMethod.decode(payload);
  const n = m.fanTicketRoomNotice ?? {};
  return {
    type: 'linkMicFanTicket',
    ...baseFields(method, m.common, ctx),
    totalFanTickets: toNumber(n.totalLinkmicFanTicket),
    matchId: idString(n.matchId),
    eventTime: toMillis(toNumber(n.eventTime)),
    users: (n.userFanTicket ?? []).map((u) => ({
      userId: idString(u.userId),
      fanTickets: toNumber(u.fanTicket),
      matchTotalScore: toNumber(u.matchTotalScore),
      matchRank: u.matchRank ?? 0,
    })),
  };
}

/** `LinkmicBattleTaskMessage` → `battleTask`. */
export function linkmicBattleTaskMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.BattleTaskEvent {
  const m = pb.WebcastLinkmicBattleTaskMessage.decode(payload);
  const prompt = m.reward?.prompt;
  return {
    type: 'battleTask',
    ...baseFields(method, m.common, ctx),
    battleId: idString(m.battleId),
    taskMessageType: m.taskMessageType,
    progress: toNumber(m.taskUpdate?.progress),
    promptKey: prompt?.promptKey || m.taskUpdate?.promptKey || '',
    promptValues: (prompt?.elems ?? []).map((e) => ({ field: e.promptField ?? '', value: e.value ?? '' })),
    result: m.taskSettle?.result ?? 0,
  };
}

/** `LinkMicBattlePunishFinish` → `battlePunishFinish`. */
export function linkMicBattlePunishFinish(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.BattlePunishFinishEvent {
  const m = pb.WebcastLinkMicBattlePunishFinish.decode(payload);
  return {
    type: 'battlePunishFinish',
    ...baseFields(method, m.common, ctx),
    battleId: idString(m.battleId),
    channelId: idString(m.channelId),
    operatorUserId: idString(m.opUid),
    reason: m.reason,
    status: m.battleSettings?.status ?? 0,
  };
}

/** `LinkMicBattleItemCard` → `battleItemCard`. */
export function linkMicBattleItemCard(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.BattleItemCardEvent {
  const m = pb.WebcastLinkMicBattleItemCard.decode(payload);
  const text = m.awardCardNotice?.displayContent;
  return {
    type: 'battleItemCard',
    ...baseFields(method, m.common, ctx),
    battleId: idString(m.battleId),
    cardType: m.msgType,
    displayKey: text?.key ?? '',
    text: renderText(text),
  };
}

/** `RankTextMessage` → `rankText`. */
export function rankTextMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.RankTextEvent {
  const m = pb.WebcastRankTextMessage.decode(payload);
  const text = m.otherGetBadgeMsg ?? m.selfGetBadgeMsg;
  return {
    type: 'rankText',
    ...baseFields(method, m.common, ctx),
    scene: m.scene,
    rankBefore: toNumber(m.ownerIdxBeforeUpdate),
    rankAfter: toNumber(m.ownerIdxAfterUpdate),
    userId: idString(m.curUserId),
    displayKey: text?.key ?? '',
    text: renderText(text),
  };
}

/** `GiftBroadcastMessage` → `giftBroadcast`. */
export function giftBroadcastMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.GiftBroadcastEvent {
  const m = pb.WebcastGiftBroadcastMessage.decode(payload);
  const text = m.notify?.common?.displayText;
  return {
    type: 'giftBroadcast',
    ...baseFields(method, m.common, ctx),
    fromUserId: idString(m.fromUserId),
    displayKey: text?.key ?? '',
    text: renderText(text) || m.notify?.content || '',
    schema: m.notify?.schema ?? '',
  };
}

/** `UnauthorizedMemberMessage` → `unauthorizedMember`. */
export function unauthorizedMemberMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.UnauthorizedMemberEvent {
  const m = pb.WebcastUnauthorizedMemberMessage.decode(payload);
  const prefix = m.nickNamePrefix?.defaultPattern ?? '';
  const nickname = prefix.includes('%s') ? prefix.replace('%s', m.nickName) : prefix + m.nickName;
  return {
    type: 'unauthorizedMember',
    ...baseFields(method, m.common, ctx),
    action: m.action,
    nickname,
    displayKey: m.enterText?.key ?? '',
    // The viewer has no user to fill the text's `{0:user}` with: their name does.
    text: renderText(m.enterText).replace('{0:user}', nickname),
  };
}

function punishInfo(p: pb.PunishEventInfo.$Properties | null | undefined): ev.PunishInfo {
  return {
    punishType: p?.punishType ?? '',
    punishReason: p?.punishReason ?? '',
    punishId: p?.punishId ?? '',
    violationUserId: eitherId(p?.violationUid, p?.violationUidStr),
  };
}

/** A room notice's display key, text and link (a notify message inside another message). */
function notice(n: pb.WebcastRoomNotifyMessage.$Properties | null | undefined): { displayKey: string; text: string; schema: string } {
  const text = n?.common?.displayText;
  return { displayKey: text?.key ?? '', text: renderText(text) || n?.content || '', schema: n?.schema ?? '' };
}

/** `AccessRecallMessage` → `accessRecall`. */
export function accessRecallMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.AccessRecallEvent {
  const m = pb.WebcastAccessRecallMessage.decode(payload);
  return {
    type: 'accessRecall',
    ...baseFields(method, m.common, ctx),
    status: m.status,
    scene: m.scene,
    duration: toNumber(m.duration),
    endTime: toMillis(toNumber(m.endTime)),
    punish: punishInfo(m.punishInfo),
  };
}

/** `BottomMessage` → `bottomMessage`. */
export function bottomMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.BottomMessageEvent {
  const m = pb.WebcastBottomMessage.decode(payload);
  const punish = punishInfo(m.punishInfo);
  if (punish.violationUserId === '0') punish.violationUserId = idString(m.violationUserId);
  return { type: 'bottomMessage', ...baseFields(method, m.common, ctx), content: m.content, showType: m.showType, duration: toNumber(m.duration), bizType: m.bizType, punish };
}

/** `CapsuleMessage` → `capsule`. */
export function capsuleMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.CapsuleEvent {
  const m = pb.WebcastCapsuleMessage.decode(payload);
  return {
    type: 'capsule',
    ...baseFields(method, m.common, ctx),
    capsuleType: m.type,
    displayKey: m.desc?.key ?? '',
    text: renderText(m.desc),
    buttonText: renderText(m.buttonText),
    schema: m.schema,
  };
}

/** `HourlyRankRewardMessage` → `hourlyRankReward`. */
export function hourlyRankRewardMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.HourlyRankRewardEvent {
  const m = pb.WebcastHourlyRankRewardMessage.decode(payload);
  return {
    type: 'hourlyRankReward',
    ...baseFields(method, m.common, ctx),
    winners: m.winners.map((w) => {
      const { displayKey, text } = notice(w.notify);
      return { userId: idString(w.userId), assetId: idString(w.assetId), displayKey, text };
    }),
  };
}

/** `MarqueeAnnouncementMessage` → `marqueeAnnouncement`. */
export function marqueeAnnouncementMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.MarqueeAnnouncementEvent {
  const m = pb.WebcastMarqueeAnnouncementMessage.decode(payload);
  return { type: 'marqueeAnnouncement', ...baseFields(method, m.common, ctx), messageScene: m.messageScene, entries: m.messageEntity.map((e) => notice(e.notify)) };
}

/** `MsgDetectMessage` → `msgDetect`. */
export function msgDetectMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.MsgDetectEvent {
  const m = pb.WebcastMsgDetectMessage.decode(payload);
  return {
    type: 'msgDetect',
    ...baseFields(method, m.common, ctx),
    detectType: m.dType,
    triggerBy: m.triggerBy,
    clientStartTime: toNumber(m.tInfo?.clientStartMs),
    apiReceiveTime: toNumber(m.tInfo?.apiRecvTimeMs),
    apiSendTime: toNumber(m.tInfo?.apiSendToGoimMs),
    fromRegion: m.fromRegion,
  };
}

/** `OecLiveShoppingMessage` → `oecLiveShopping`. */
export function oecLiveShoppingMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.OecLiveShoppingEvent {
  const m = pb.WebcastOecLiveShoppingMessage.decode(payload);
  const p = m.popProduct ?? {};
  return {
    type: 'oecLiveShopping',
    ...baseFields(method, m.common, ctx),
    actionType: m.actionType,
    productCount: m.liveProductNumber,
    productId: idString(p.productId),
    title: p.title ?? '',
    price: p.price ?? '',
    imageUrl: p.imageUrl ?? '',
    source: p.source ?? '',
  };
}

/** `PartnershipDropsUpdateMessage` → `partnershipDropsUpdate`. */
export function partnershipDropsUpdateMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.PartnershipDropsUpdateEvent {
  const m = pb.WebcastPartnershipDropsUpdateMessage.decode(payload);
  return {
    type: 'partnershipDropsUpdate',
    ...baseFields(method, m.common, ctx),
    changeMode: m.changeMode,
    dropsId: m.dropsId,
    taskId: m.taskId,
    eventId: m.eventId,
    anchorUserId: idString(m.anchorUid),
  };
}

/** `PerceptionMessage` → `perception`. */
export function perceptionMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.PerceptionEvent {
  const m = pb.WebcastPerceptionMessage.decode(payload);
  return {
    type: 'perception',
    ...baseFields(method, m.common, ctx),
    scene: m.dialog?.scene ?? 0,
    iconType: m.dialog?.iconType ?? 0,
    endTime: toMillis(m.endTime),
    punish: punishInfo(m.punishInfo),
  };
}

/** `RoomNotifyMessage` → `roomNotify`. */
export function roomNotifyMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.RoomNotifyEvent {
  const m = pb.WebcastRoomNotifyMessage.decode(payload);
  return { type: 'roomNotify', ...baseFields(method, m.common, ctx), notifyType: toNumber(m.notifyType), ...notice(m), fromUserId: idString(m.fromUserId) };
}

/** `RoomVerifyMessage` → `roomVerify`. */
export function roomVerifyMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.RoomVerifyEvent {
  const m = pb.WebcastRoomVerifyMessage.decode(payload);
  return { type: 'roomVerify', ...baseFields(method, m.common, ctx), action: m.action, content: m.content, noticeType: toNumber(m.noticeType), closeRoom: m.closeRoom };
}

/** `SubPinEventMessage` → `subPin`. */
export function subPinEventMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.SubPinEvent {
  const m = pb.WebcastSubPinEventMessage.decode(payload);
  const goal = m.card?.goalPinCard;
  return {
    type: 'subPin',
    ...baseFields(method, m.common, ctx),
    actionType: m.actionType,
    operatorUserId: idString(m.operatorUserId),
    cardId: idString(m.card?.id),
    cardType: m.card?.type ?? 0,
    goalId: idString(goal?.goalId),
    goalText: goal?.desc?.content ?? '',
    goalTarget: toNumber(goal?.target),
    goalProgress: toNumber(goal?.progress),
  };
}

// ---- Methods without a v3 schema (field numbers from the real captures).

/** `AnchorToolModificationMessage` → `anchorToolModification`. */
export function anchorToolModificationMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.AnchorToolModificationEvent {
  const m = pb.WebcastAnchorToolModificationMessage.decode(payload);
  const t = m.tool ?? {};
  return {
    type: 'anchorToolModification',
    ...baseFields(method, m.common, ctx),
    toolId: idString(t.toolId),
    title: t.title ?? '',
    startTime: toMillis(toNumber(t.startTime)),
    endTime: toMillis(toNumber(t.endTime)),
    source: t.source ?? '',
    scene: t.scene ?? '',
  };
}

/** `BALeadGenMessage` → `baLeadGen`. */
export function baLeadGenMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.BaLeadGenEvent {
  const m = pb.WebcastBALeadGenMessage.decode(payload);
  return {
    type: 'baLeadGen',
    ...baseFields(method, m.common, ctx),
    action: m.action,
    leadGenId: idString(m.leadGenId),
    eventTime: toMillis(toNumber(m.eventTime)),
    displayKey: m.key,
    schema: m.schema,
  };
}

/** `DonationStickerModifyMethod` → `donationStickerModify`. */
export function donationStickerModifyMethod(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.DonationStickerModifyEvent {
  const m = pb.WebcastDonationStickerModifyMethod.decode(payload);
  const s = m.sticker ?? {};
  return {
    type: 'donationStickerModify',
    ...baseFields(method, m.common, ctx),
    stickerId: idString(s.stickerId),
    stickerType: s.stickerType ?? 0,
    organisationId: s.organisation?.organisationId ?? '',
    organisationName: s.organisation?.name ?? '',
    organisationDescription: s.organisation?.description ?? '',
  };
}

/** `EcShortItemRefreshMessage` → `ecShortItemRefresh`. */
export function ecShortItemRefreshMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.EcShortItemRefreshEvent {
  const m = pb.WebcastEcShortItemRefreshMessage.decode(payload);
  return { type: 'ecShortItemRefresh', ...baseFields(method, m.common, ctx), delay: toNumber(m.refresh?.delayMs), key: m.refresh?.key ?? '' };
}

/** `EcTaskRegisterMessage` → `ecTaskRegister`. */
export function ecTaskRegisterMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.EcTaskRegisterEvent {
  const m = pb.WebcastEcTaskRegisterMessage.decode(payload);
  return { type: 'ecTaskRegister', ...baseFields(method, m.common, ctx), delay: toNumber(m.task?.delayMs), taskId: m.task?.key ?? '' };
}

/** `EnvelopePortalMessage` → `envelopePortal`. */
export function envelopePortalMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.EnvelopePortalEvent {
  const m = pb.WebcastEnvelopePortalMessage.decode(payload);
  return { type: 'envelopePortal', ...baseFields(method, m.common, ctx), envelopeId: m.envelopeInfo?.envelopeId ?? '', senderUserId: m.envelopeInfo?.sendUserId ?? '' };
}

/** `GiftCollectionUpdateMessage` → `giftCollectionUpdate`. */
export function giftCollectionUpdateMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.GiftCollectionUpdateEvent {
  const m = pb.WebcastGiftCollectionUpdateMessage.decode(payload);
  const gift = m.collection?.gift;
  return {
    type: 'giftCollectionUpdate',
    ...baseFields(method, m.common, ctx),
    updateType: m.collection?.updateType ?? 0,
    giftId: toNumber(gift?.giftId),
    giftName: gift?.name ?? '',
    diamondCount: gift?.diamondCount ?? 0,
    text: gift?.describe ?? '',
  };
}

/** `GoodyBagMessage` → `goodyBag`. */
export function goodyBagMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.GoodyBagEvent {
  const m = pb.WebcastGoodyBagMessage.decode(payload);
  const bag = m.goodyBag ?? {};
  const s = bag.settings ?? {};
  return {
    type: 'goodyBag',
    ...baseFields(method, m.common, ctx),
    goodyBagId: bag.goodyBagId ?? '',
    activityId: bag.activityId ?? '',
    diamondCount: s.diamondCount ?? 0,
    claimedCount: s.claimedCount ?? 0,
    peopleCount: s.peopleCount ?? 0,
    message: s.message ?? '',
    openTime: toMillis(toNumber(s.openTime)),
    winners: m.winners.map((w) => ({ userId: w.user?.id || '0', uniqueId: w.user?.displayId ?? '', amount: w.amount ?? 0 })),
  };
}

/** `HashtagMessage` → `hashtag`. */
export function hashtagMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.HashtagEvent {
  const m = pb.WebcastHashtagMessage.decode(payload);
  return { type: 'hashtag', ...baseFields(method, m.common, ctx), hashtagId: idString(m.hashtag?.id), title: m.hashtag?.title ?? '', namespace: m.hashtag?.namespace ?? 0 };
}

/** `InRoomBannerRefreshMessage` → `inRoomBannerRefresh`. */
export function inRoomBannerRefreshMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.InRoomBannerRefreshEvent {
  const m = pb.WebcastInRoomBannerRefreshMessage.decode(payload);
  return { type: 'inRoomBannerRefresh', ...baseFields(method, m.common, ctx), refreshInterval: toNumber(m.refreshInterval) };
}

/** `LinkMicAnchorGuideMessage` → `linkMicAnchorGuide`. */
export function linkMicAnchorGuideMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.LinkMicAnchorGuideEvent {
  const m = pb.WebcastLinkMicAnchorGuideMessage.decode(payload);
  return { type: 'linkMicAnchorGuide', ...baseFields(method, m.common, ctx), guideType: m.guideType, anchorUserId: idString(m.anchor?.userId) };
}

/** `LinkScreenChangeMessage` → `linkScreenChange`. */
export function linkScreenChangeMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.LinkScreenChangeEvent {
  const m = pb.WebcastLinkScreenChangeMessage.decode(payload);
  return {
    type: 'linkScreenChange',
    ...baseFields(method, m.common, ctx),
    messageType: m.messageType,
    layoutType: m.screen?.layoutType ?? 0,
    layoutKey: m.screen?.layoutKey ?? '',
  };
}

/** `LinkmicBattleNoticeMessage` → `battleNotice`. */
export function linkmicBattleNoticeMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.BattleNoticeEvent {
  const m = pb.WebcastLinkmicBattleNoticeMessage.decode(payload);
  const text = m.content?.text;
  return { type: 'battleNotice', ...baseFields(method, m.common, ctx), noticeType: m.noticeType, displayKey: text?.key ?? '', text: renderText(text) };
}

/** `PaidContentLiveShoppingMessage` → `paidContentLiveShopping`. */
export function paidContentLiveShoppingMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.PaidContentLiveShoppingEvent {
  const m = pb.WebcastPaidContentLiveShoppingMessage.decode(payload);
  return {
    type: 'paidContentLiveShopping',
    ...baseFields(method, m.common, ctx),
    action: m.action,
    contentId: idString(m.content?.contentId),
    eventTime: toMillis(toNumber(m.time?.eventTime)),
  };
}

/** `PartnershipCardChangeMessage` → `partnershipCardChange`. */
export function partnershipCardChangeMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.PartnershipCardChangeEvent {
  const m = pb.WebcastPartnershipCardChangeMessage.decode(payload);
  return { type: 'partnershipCardChange', ...baseFields(method, m.common, ctx), changeType: m.changeType, taskId: m.taskId };
}

/** `PartnershipDownloadCountMessage` → `partnershipDownloadCount`. */
export function partnershipDownloadCountMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.PartnershipDownloadCountEvent {
  const m = pb.WebcastPartnershipDownloadCountMessage.decode(payload);
  return { type: 'partnershipDownloadCount', ...baseFields(method, m.common, ctx), downloadCount: toNumber(m.downloadCount), taskId: m.taskId };
}

/** `PictionaryStartMessage` → `pictionaryStart`. */
export function pictionaryStartMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.PictionaryStartEvent {
  const m = pb.WebcastPictionaryStartMessage.decode(payload);
  const r = m.round ?? {};
  return {
    type: 'pictionaryStart',
    ...baseFields(method, m.common, ctx),
    pictionaryId: idString(r.pictionaryId),
    gameId: idString(r.gameId),
    startTime: toMillis(toNumber(r.startTime)),
    endTime: toMillis(toNumber(r.endTime)),
  };
}

/** `PictionaryUpdateMessage` → `pictionaryUpdate`. */
export function pictionaryUpdateMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.PictionaryUpdateEvent {
  const m = pb.WebcastPictionaryUpdateMessage.decode(payload);
  return { type: 'pictionaryUpdate', ...baseFields(method, m.common, ctx), updateType: m.updateType, pictionaryId: idString(m.pictionaryId) };
}

/** `PictionaryEndMessage` → `pictionaryEnd`. */
export function pictionaryEndMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.PictionaryEndEvent {
  const m = pb.WebcastPictionaryEndMessage.decode(payload);
  return { type: 'pictionaryEnd', ...baseFields(method, m.common, ctx), pictionaryId: idString(m.pictionaryId), answer: m.answer, result: m.result };
}

/** `PictionaryExitMessage` → `pictionaryExit`. */
export function pictionaryExitMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.PictionaryExitEvent {
  const m = pb.WebcastPictionaryExitMessage.decode(payload);
  return { type: 'pictionaryExit', ...baseFields(method, m.common, ctx), gameId: idString(m.gameId), exitType: m.exitType };
}

/** `QuestionDeleteMessage` → `questionDelete`. */
export function questionDeleteMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.QuestionDeleteEvent {
  const m = pb.WebcastQuestionDeleteMessage.decode(payload);
  return { type: 'questionDelete', ...baseFields(method, m.common, ctx), questionId: idString(m.questionId), userId: idString(m.userId) };
}

/** `QuestionSelectedMessage` → `questionSelected`. */
export function questionSelectedMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.QuestionSelectedEvent {
  const m = pb.WebcastQuestionSelectedMessage.decode(payload);
  return {
    type: 'questionSelected',
    ...baseFields(method, m.common, ctx),
    questionId: idString(m.question?.questionId),
    questionText: m.question?.content ?? '',
    user: mapUser(m.question?.user),
  };
}

/** `QuestionSlideDownMessage` → `questionSlideDown`. */
export function questionSlideDownMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.QuestionSlideDownEvent {
  const m = pb.WebcastQuestionSlideDownMessage.decode(payload);
  return { type: 'questionSlideDown', ...baseFields(method, m.common, ctx), questionId: idString(m.questionId) };
}

/** `QuestionSwitchMessage` → `questionSwitch`. */
export function questionSwitchMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.QuestionSwitchEvent {
  const m = pb.WebcastQuestionSwitchMessage.decode(payload);
  return { type: 'questionSwitch', ...baseFields(method, m.common, ctx) };
}

/** `RoomStickerMessage` → `roomSticker`. */
export function roomStickerMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.RoomStickerEvent {
  const m = pb.WebcastRoomStickerMessage.decode(payload);
  const s = m.sticker ?? {};
  return { type: 'roomSticker', ...baseFields(method, m.common, ctx), stickerId: idString(s.stickerId), stickerType: s.stickerType ?? 0, title: s.title ?? '', text: s.text ?? '' };
}

/** `SubTimerStickerMessage` → `subTimerSticker`. */
export function subTimerStickerMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.SubTimerStickerEvent {
  const m = pb.WebcastSubTimerStickerMessage.decode(payload);
  const s = m.sticker ?? {};
  return {
    type: 'subTimerSticker',
    ...baseFields(method, m.common, ctx),
    timerId: idString(s.timerId),
    status: s.status ?? 0,
    text: s.text ?? '',
    totalSeconds: toNumber(s.totalSeconds),
    remainingSeconds: toNumber(s.remainingSeconds),
    startTime: toMillis(toNumber(s.startTime)),
  };
}

function subWaveUser(u: pb.SubWaveUser.$Properties | null | undefined): ev.SubWaveUser {
  return { userId: eitherId(u?.id, u?.idStr), uniqueId: u?.displayId ?? '' };
}

/** `SubWaveMessage` → `subWave`. */
export function subWaveMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.SubWaveEvent {
  const m = pb.WebcastSubWaveMessage.decode(payload);
  const sub = m.subWave ?? {};
  const wave = sub.wave ?? {};
  return {
    type: 'subWave',
    ...baseFields(method, m.common, ctx),
    waveId: idString(wave.waveId),
    action: sub.action ?? 0,
    status: wave.status ?? 0,
    progress: toNumber(wave.progress),
    startTime: toMillis(toNumber(wave.startTime)),
    initiator: subWaveUser(sub.initiator),
    participants: (wave.participants ?? []).map(subWaveUser),
    participantCount: toNumber(wave.participantCount),
  };
}

/** `SubscriptionGuideMessage` → `subscriptionGuide`. */
export function subscriptionGuideMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.SubscriptionGuideEvent {
  const m = pb.WebcastSubscriptionGuideMessage.decode(payload);
  return { type: 'subscriptionGuide', ...baseFields(method, m.common, ctx), displayKey: m.desc?.key ?? '', text: renderText(m.desc), buttonText: renderText(m.buttonText) };
}

/** `WeeklyRankRewardMessage` → `weeklyRankReward`. */
export function weeklyRankRewardMessage(payload: Uint8Array, method: string, ctx: MessageContext | undefined): ev.WeeklyRankRewardEvent {
  const m = pb.WebcastWeeklyRankRewardMessage.decode(payload);
  const { displayKey, text } = notice(m.notify);
  return { type: 'weeklyRankReward', ...baseFields(method, m.common, ctx), winnerUserId: idString(m.winnerUserId), rankSource: m.border?.source ?? '', displayKey, text };
}
