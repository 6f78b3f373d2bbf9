/**
 * The payload encoders: one per event type, each writing an event as the
 * Webcast message TikTok would send for it (the registry, `registry.ts`,
 * names which one encodes which type). What the simulator sends.
 */
import * as pb from './generated/webcast.js';
import { writer } from './writer.js';
import type {
  BattleArmiesEvent,
  BattleEvent,
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
  RankUpdateEvent,
  RoomEvent,
  RoomUserSeqEvent,
  SocialEvent,
  SubscribeEvent,
  WireEvent,
} from './events.js';
import { userToWire } from './users.js';

function common(event: WireEvent, displayKey?: string): pb.CommonMessageData.$Properties {
  const c: pb.CommonMessageData.$Properties = {
    method: event.method,
    msgId: event.msgId,
    roomId: event.roomId,
    createTime: event.createTime,
  };
  if (displayKey) c.displayText = { key: displayKey };
  return c;
}

function identity(user: LiveUser): pb.UserIdentity.$Properties {
  return { isModeratorOfAnchor: user.isModerator, isSubscriberOfAnchor: user.isSubscriber };
}

function image(url: string): pb.ImageModel.$Properties | undefined {
  return url ? { urlList: [url] } : undefined;
}

const SOCIAL_KEYS = { follow: 'pm_main_follow_message_viewer_2', share: 'pm_mt_guidance_share', other: 'pm_mt_social_other' };


/** A `chat` event as its wire message. */
export function chat(event: ChatEvent): Uint8Array {
  return pb.WebcastChatMessage.encode({
    common: common(event),
    user: userToWire(event.user),
    content: event.comment,
    emotes: event.emotes.map((e) => ({ index: e.index, emote: { emoteId: e.emoteId, image: image(e.emoteUrl) } })),
    contentLanguage: event.language,
    userIdentity: identity(event.user),
  }, writer()).finish();
}

/** A `member` event as its wire message. */
export function member(event: MemberEvent): Uint8Array {
  return pb.WebcastMemberMessage.encode({
    common: common(event, event.action === 1 ? 'live_room_enter_toast' : ''),
    user: userToWire(event.user),
    action: event.action,
    memberCount: event.memberCount,
  }, writer()).finish();
}

/** A `like` event as its wire message. */
export function like(event: LikeEvent): Uint8Array {
  return pb.WebcastLikeMessage.encode({
    common: common(event, 'pm_mt_msg_viewer'),
    user: userToWire(event.user),
    count: event.likeCount,
    total: event.totalLikes,
  }, writer()).finish();
}

/** A `gift` event as its wire message. */
export function gift(event: GiftEvent): Uint8Array {
  return pb.WebcastGiftMessage.encode({
    common: common(event, 'webcast_aweme_gift_send_message'),
    giftId: event.giftId,
    repeatCount: event.repeatCount,
    comboCount: event.repeatCount,
    user: userToWire(event.user),
    toUser: event.toUser ? userToWire(event.toUser) : undefined,
    repeatEnd: event.repeatEnd ? 1 : 0,
    groupId: event.groupId,
    sendType: event.repeatEnd ? 0 : 1,
    gift: {
      id: event.giftId,
      name: event.giftName,
      diamondCount: event.diamondCount,
      type: event.giftType,
      combo: event.giftType === 1,
      image: image(event.giftPictureUrl),
    },
    userIdentity: identity(event.user),
  }, writer()).finish();
}

/** A `social` event as its wire message. */
export function social(event: SocialEvent): Uint8Array {
  const key = event.displayType || SOCIAL_KEYS[event.action];
  return pb.WebcastSocialMessage.encode({
    common: common(event, key),
    user: userToWire(event.user),
    action: event.rawAction || (event.action === 'follow' ? 1 : event.action === 'share' ? 3 : 0),
  }, writer()).finish();
}

/** A `roomUserSeq` event as its wire message. */
export function roomUserSeq(event: RoomUserSeqEvent): Uint8Array {
  return pb.WebcastRoomUserSeqMessage.encode({
    common: common(event),
    ranks: event.topViewers.map((t) => ({ score: t.coinCount, user: userToWire(t.user), rank: t.rank })),
    total: event.viewerCount,
    totalUser: event.totalViewers,
  }, writer()).finish();
}

/** A `battle` event as its wire message. */
export function battle(event: BattleEvent): Uint8Array {
  return pb.WebcastLinkMicBattle.encode({
    common: common(event),
    battleId: event.battleId,
    battleSettings: { battleId: event.battleId, status: event.status, duration: event.duration },
    action: event.action,
    battleResult: event.teams
      .filter((t) => t.result !== undefined)
      .map((t) => ({ key: t.hostUserId, value: { userId: t.hostUserId, result: t.result ?? 0, score: t.score } })),
    anchorsInfo: event.teams.map((t) => ({
      key: t.hostUserId,
      value: t.host
        ? { user: { userId: t.host.userId, nickName: t.host.nickname, displayId: t.host.uniqueId, avatarThumb: image(t.host.profilePictureUrl) } }
        : {},
    })),
  }, writer()).finish();
}

/** A `battleArmies` event as its wire message. */
export function battleArmies(event: BattleArmiesEvent): Uint8Array {
  return pb.WebcastLinkMicArmies.encode({
    common: common(event),
    battleId: event.battleId,
    triggerReason: event.triggerReason,
    armies: event.teams.map((t) => ({
      key: t.hostUserId,
      value: {
        hostscore: t.score,
        anchorIdStr: t.hostUserId,
        userArmies: t.users.map((u) => ({
          userId: u.userId,
          userIdStr: u.userId,
          nickname: u.nickname,
          score: u.score,
          avatarThumb: image(u.profilePictureUrl),
        })),
      },
    })),
  }, writer()).finish();
}

/** A `subscribe` event as its wire message. */
export function subscribe(event: SubscribeEvent): Uint8Array {
  return pb.WebcastSubNotifyMessage.encode({ common: common(event, 'pm_mt_subinfo_user'), user: userToWire(event.user), subMonth: event.subMonth }, writer()).finish();
}

/** A `emoteChat` event as its wire message. */
export function emoteChat(event: EmoteChatEvent): Uint8Array {
  return pb.WebcastEmoteChatMessage.encode({
    common: common(event),
    user: userToWire(event.user),
    emoteList: [{ emoteId: event.emoteId, image: image(event.emoteUrl) }],
    userIdentity: identity(event.user),
  }, writer()).finish();
}

/** A `envelope` event as its wire message. */
export function envelope(event: EnvelopeEvent): Uint8Array {
  return pb.WebcastEnvelopeMessage.encode({
    common: common(event),
    envelopeInfo: {
      envelopeId: event.envelopeId,
      diamondCount: event.diamondCount,
      peopleCount: event.peopleCount,
      sendUserId: event.user.userId,
      sendUserName: event.user.nickname,
      sendUserAvatar: image(event.user.profilePictureUrl),
      businessType: 1,
    },
    display: 1,
  }, writer()).finish();
}

/** A `question` event as its wire message. */
export function question(event: QuestionEvent): Uint8Array {
  return pb.WebcastQuestionNewMessage.encode({
    common: common(event),
    data: { questionId: event.questionId, content: event.questionText, user: userToWire(event.user), createTime: Math.floor(event.createTime / 1000) },
  }, writer()).finish();
}

/** A `control` event as its wire message. */
export function control(event: ControlEvent): Uint8Array {
  return pb.WebcastControlMessage.encode({ common: common(event), action: event.action, tips: event.tips }, writer()).finish();
}

/** A `room` event as its wire message. */
export function room(event: RoomEvent): Uint8Array {
  return pb.WebcastRoomMessage.encode({ common: common(event), content: event.content }, writer()).finish();
}

/** A `liveIntro` event as its wire message. */
export function liveIntro(event: LiveIntroEvent): Uint8Array {
  return pb.WebcastLiveIntroMessage.encode({
    common: common(event),
    id: event.roomId,
    content: event.title,
    user: event.host ? userToWire(event.host) : undefined,
  }, writer()).finish();
}

/** A `rankUpdate` event as its wire message. */
export function rankUpdate(event: RankUpdateEvent): Uint8Array {
  return pb.WebcastRankUpdateMessage.encode({
    common: common(event),
    updates: event.rankList.map((r) => ({ rankType: r.rankType, ownRank: r.rank, defaultContent: { defaultPattern: r.text } })),
  }, writer()).finish();
}

/** A `linkMic` event as its wire message. */
export function linkMic(event: LinkMicEvent): Uint8Array {
  return pb.WebcastLinkMicMethod.encode({ common: common(event), messageType: event.action, linkedUsers: event.users.map(userToWire) }, writer()).finish();
}
