/**
 * The payload encoders: one per event type, each writing an event as the
 * Webcast message TikTok would send for it (the registry, `registry.ts`,
 * names which one encodes which type). What the simulator sends.
 */
import * as pb from './generated/webcast.js';
import { writer } from './writer.js';
import type * as ev from './events.js';
import { textToWire } from './displayText.js';
import { userToWire } from './users.js';

function common(event: ev.WireEvent, displayKey?: string): pb.CommonMessageData.$Properties {
  const c: pb.CommonMessageData.$Properties = {
    method: event.method,
    msgId: event.msgId,
    roomId: event.roomId,
    createTime: event.createTime,
  };
  if (displayKey) c.displayText = { key: displayKey };
  return c;
}

function identity(user: ev.LiveUser): pb.UserIdentity.$Properties {
  return { isModeratorOfAnchor: user.isModerator, isSubscriberOfAnchor: user.isSubscriber };
}

function image(url: string): pb.ImageModel.$Properties | undefined {
  return url ? { urlList: [url] } : undefined;
}

const SOCIAL_KEYS = { follow: 'pm_main_follow_message_viewer_2', share: 'pm_mt_guidance_share', other: 'pm_mt_social_other' };


/** A `chat` event as its wire message. */
export function chat(event: ev.ChatEvent): Uint8Array {
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
export function member(event: ev.MemberEvent): Uint8Array {
  return pb.WebcastMemberMessage.encode({
    common: common(event, event.action === 1 ? 'live_room_enter_toast' : ''),
    user: userToWire(event.user),
    action: event.action,
    memberCount: event.memberCount,
  }, writer()).finish();
}

/** A `like` event as its wire message. */
export function like(event: ev.LikeEvent): Uint8Array {
  return pb.WebcastLikeMessage.encode({
    common: common(event, 'pm_mt_msg_viewer'),
    user: userToWire(event.user),
    count: event.likeCount,
    total: event.totalLikes,
  }, writer()).finish();
}

/** A `gift` event as its wire message. */
export function gift(event: ev.GiftEvent): Uint8Array {
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
export function social(event: ev.SocialEvent): Uint8Array {
  const key = event.displayType || SOCIAL_KEYS[event.action];
  return pb.WebcastSocialMessage.encode({
    common: common(event, key),
    user: userToWire(event.user),
    action: event.rawAction || (event.action === 'follow' ? 1 : event.action === 'share' ? 3 : 0),
  }, writer()).finish();
}

/** A `roomUserSeq` event as its wire message. */
export function roomUserSeq(event: ev.RoomUserSeqEvent): Uint8Array {
  return pb.WebcastRoomUserSeqMessage.encode({
    common: common(event),
    ranks: event.topViewers.map((t) => ({ score: t.coinCount, user: userToWire(t.user), rank: t.rank })),
    total: event.viewerCount,
    totalUser: event.totalViewers,
  }, writer()).finish();
}

/** A `battle` event as its wire message. */
export function battle(event: ev.BattleEvent): Uint8Array {
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
export function battleArmies(event: ev.BattleArmiesEvent): Uint8Array {
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
export function subscribe(event: ev.SubscribeEvent): Uint8Array {
  return pb.WebcastSubNotifyMessage.encode({ common: common(event, 'pm_mt_subinfo_user'), user: userToWire(event.user), subMonth: event.subMonth }, writer()).finish();
}

/** A `emoteChat` event as its wire message. */
export function emoteChat(event: ev.EmoteChatEvent): Uint8Array {
  return pb.WebcastEmoteChatMessage.encode({
    common: common(event),
    user: userToWire(event.user),
    emoteList: [{ emoteId: event.emoteId, image: image(event.emoteUrl) }],
    userIdentity: identity(event.user),
  }, writer()).finish();
}

/** A `envelope` event as its wire message. */
export function envelope(event: ev.EnvelopeEvent): Uint8Array {
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
export function question(event: ev.QuestionEvent): Uint8Array {
  return pb.WebcastQuestionNewMessage.encode({
    common: common(event),
    data: { questionId: event.questionId, content: event.questionText, user: userToWire(event.user), createTime: Math.floor(event.createTime / 1000) },
  }, writer()).finish();
}

/** A `control` event as its wire message. */
export function control(event: ev.ControlEvent): Uint8Array {
  return pb.WebcastControlMessage.encode({ common: common(event), action: event.action, tips: event.tips }, writer()).finish();
}

/** A `room` event as its wire message. */
export function room(event: ev.RoomEvent): Uint8Array {
  return pb.WebcastRoomMessage.encode({ common: common(event), content: event.content }, writer()).finish();
}

/** A `liveIntro` event as its wire message. */
export function liveIntro(event: ev.LiveIntroEvent): Uint8Array {
  return pb.WebcastLiveIntroMessage.encode({
    common: common(event),
    id: event.roomId,
    content: event.title,
    user: event.host ? userToWire(event.host) : undefined,
  }, writer()).finish();
}

/** A `rankUpdate` event as its wire message. */
export function rankUpdate(event: ev.RankUpdateEvent): Uint8Array {
  return pb.WebcastRankUpdateMessage.encode({
    common: common(event),
    updates: event.rankList.map((r) => ({ rankType: r.rankType, ownRank: r.rank, defaultContent: { defaultPattern: r.text } })),
  }, writer()).finish();
}

/** A `linkMic` event as its wire message. */
export function linkMic(event: ev.LinkMicEvent): Uint8Array {
  return pb.WebcastLinkMicMethod.encode({ common: common(event), messageType: event.action, linkedUsers: event.users.map(userToWire) }, writer()).finish();
}

// ---------------------------------------------------------------- the rest of the room's messages

function optionalUserToWire(user: ev.LiveUser | undefined): pb.User.$Properties | undefined {
  return user ? userToWire(user) : undefined;
}

/** A time in ms as seconds, the unit the goal sends. */
const seconds = (ms: number): number => Math.floor(ms / 1000);

/** A `goalUpdate` event as its wire message. */
export function goalUpdate(event: ev.GoalUpdateEvent): Uint8Array {
  return pb.WebcastGoalUpdateMessage.encode({
    common: common(event),
    goal: {
      id: event.goalId,
      idStr: event.goalId,
      type: event.goalType,
      status: event.status,
      description: event.description,
      startTime: seconds(event.startTime),
      expireTime: seconds(event.expireTime),
      subGoals: event.subGoals.map((g) => ({
        id: g.subGoalId,
        idStr: g.subGoalId,
        type: g.type,
        progress: g.progress,
        target: g.target,
        gift: g.giftName || g.giftDiamondCount || g.giftPictureUrl ? { name: g.giftName, diamondCount: g.giftDiamondCount, icon: image(g.giftPictureUrl) } : undefined,
      })),
      contributors: event.contributors.map((c) => ({ userId: c.userId, userIdStr: c.userId, displayId: c.uniqueId, avatar: image(c.profilePictureUrl), score: c.score })),
    },
    contributorId: event.contributorId,
    contributorIdStr: event.contributorId,
    contributorDisplayId: event.contributorUniqueId,
    contributeCount: event.contributeCount,
    contributeScore: event.contributeScore,
  }).finish();
}

/** The field a pinned message of each method sits in. */
const PINNED_FIELD = { ChatMessage: 'chatMessage', GiftMessage: 'giftMessage', SocialMessage: 'socialMessage', MemberMessage: 'memberMessage', LikeMessage: 'likeMessage' } as const;

/** A `roomPin` event as its wire message. */
export function roomPin(event: ev.RoomPinEvent): Uint8Array {
  const method = event.pinnedMethod.startsWith('Webcast') ? event.pinnedMethod.slice(7) : event.pinnedMethod;
  const field = PINNED_FIELD[method as keyof typeof PINNED_FIELD] ?? 'chatMessage';
  const chat = field === 'chatMessage';
  const pinned = {
    common: { method: event.pinnedMethod, msgId: event.pinnedMsgId, describe: chat ? '' : event.pinnedText },
    user: optionalUserToWire(event.pinnedUser),
    content: chat ? event.pinnedText : undefined,
  };
  return pb.WebcastRoomPinMessage.encode({
    common: common(event),
    [field]: pinned,
    method: event.pinnedMethod,
    pinTime: event.pinTime,
    operator: optionalUserToWire(event.operator),
    action: event.action,
    displayDuration: event.displayDuration,
    pinMsgId: event.pinnedMsgId,
  }).finish();
}

/** A `poll` event as its wire message: its options in the content its `messageType` says (0 start, 1 end, else an update). */
export function poll(event: ev.PollEvent): Uint8Array {
  const optionList = event.options.map((o) => ({ optionIdx: o.optionIndex, displayContent: o.text, votes: o.votes }));
  const operator = optionalUserToWire(event.operator);
  const content =
    event.messageType === 0
      ? { startContent: { startTime: event.startTime, endTime: event.endTime, title: event.title, optionList, operator } }
      : event.messageType === 1
        ? { endContent: { endType: event.endType, optionList, operator } }
        : { updateVotesContent: { optionList, operator } };
  return pb.WebcastPollMessage.encode({ common: common(event), messageType: event.messageType, pollId: event.pollId, ...content }).finish();
}

/** An `imDelete` event as its wire message. */
export function imDelete(event: ev.ImDeleteEvent): Uint8Array {
  return pb.WebcastImDeleteMessage.encode({ common: common(event), deleteMsgIds: event.deleteMsgIds, deleteUserIds: event.deleteUserIds }).finish();
}

/** A `caption` event as its wire message. */
export function caption(event: ev.CaptionEvent): Uint8Array {
  return pb.WebcastCaptionMessage.encode({
    common: common(event),
    timestampMs: event.timestamp,
    durationMs: event.duration,
    content: event.captions.map((c) => ({ lang: c.language, content: c.text })),
  }).finish();
}

/** An `inRoomBanner` event as its wire message. */
export function inRoomBanner(event: ev.InRoomBannerEvent): Uint8Array {
  return pb.WebcastInRoomBannerMessage.encode({ common: common(event), data: event.data }).finish();
}

/** A `barrage` event as its wire message. */
export function barrage(event: ev.BarrageEvent): Uint8Array {
  return pb.WebcastBarrageMessage.encode({
    common: common(event),
    msgType: event.barrageType,
    content: textToWire(event.displayKey, event.text),
    duration: event.duration,
    user: optionalUserToWire(event.user),
    userGradeParam: event.level ? { currentGrade: event.level } : undefined,
  }).finish();
}

/** A `linkLayer` event as its wire message. */
export function linkLayer(event: ev.LinkLayerEvent): Uint8Array {
  return pb.WebcastLinkLayerMessage.encode({ common: common(event), messageType: event.messageType, channelId: event.channelId, scene: event.scene }).finish();
}

/** A `linkMicFanTicket` event as its wire message. */
export function linkMicFanTicket(event: ev.LinkMicFanTicketEvent): Uint8Array {
  return pb.WebcastLinkMicFanTicketMethod.encode({
    common: common(event),
    fanTicketRoomNotice: {
      totalLinkmicFanTicket: event.totalFanTickets,
      matchId: event.matchId,
      eventTime: event.eventTime,
      userFanTicket: event.users.map((u) => ({ userId: u.userId, fanTicket: u.fanTickets, matchTotalScore: u.matchTotalScore, matchRank: u.matchRank })),
    },
  }).finish();
}

/** A `battleTask` event as its wire message. */
export function battleTask(event: ev.BattleTaskEvent): Uint8Array {
  return pb.WebcastLinkmicBattleTaskMessage.encode({
    common: common(event),
    battleId: event.battleId,
    taskMessageType: event.taskMessageType,
    taskUpdate: event.progress ? { progress: event.progress } : undefined,
    taskSettle: event.result ? { result: event.result } : undefined,
    reward: event.promptKey || event.promptValues.length
      ? { prompt: { promptKey: event.promptKey, elems: event.promptValues.map((v) => ({ promptField: v.field, value: v.value })) } }
      : undefined,
  }).finish();
}

/** A `battlePunishFinish` event as its wire message. */
export function battlePunishFinish(event: ev.BattlePunishFinishEvent): Uint8Array {
  return pb.WebcastLinkMicBattlePunishFinish.encode({
    common: common(event),
    battleId: event.battleId,
    channelId: event.channelId,
    opUid: event.operatorUserId,
    reason: event.reason,
    battleSettings: { battleId: event.battleId, status: event.status },
  }).finish();
}

/** A `battleItemCard` event as its wire message. */
export function battleItemCard(event: ev.BattleItemCardEvent): Uint8Array {
  return pb.WebcastLinkMicBattleItemCard.encode({
    common: common(event),
    battleId: event.battleId,
    msgType: event.cardType,
    awardCardNotice: { displayContent: textToWire(event.displayKey, event.text) },
  }).finish();
}

/** A `rankText` event as its wire message. */
export function rankText(event: ev.RankTextEvent): Uint8Array {
  return pb.WebcastRankTextMessage.encode({
    common: common(event),
    scene: event.scene,
    ownerIdxBeforeUpdate: event.rankBefore,
    ownerIdxAfterUpdate: event.rankAfter,
    otherGetBadgeMsg: textToWire(event.displayKey, event.text),
    curUserId: event.userId,
  }).finish();
}

/** A `giftBroadcast` event as its wire message. */
export function giftBroadcast(event: ev.GiftBroadcastEvent): Uint8Array {
  return pb.WebcastGiftBroadcastMessage.encode({
    common: common(event),
    fromUserId: event.fromUserId,
    notify: { common: { method: 'WebcastRoomNotifyMessage', displayText: textToWire(event.displayKey, event.text) }, schema: event.schema },
  }).finish();
}

/** An `unauthorizedMember` event as its wire message. */
export function unauthorizedMember(event: ev.UnauthorizedMemberEvent): Uint8Array {
  return pb.WebcastUnauthorizedMemberMessage.encode({
    common: common(event),
    action: event.action,
    nickName: event.nickname,
    enterText: textToWire(event.displayKey, event.text),
  }).finish();
}

function punishToWire(p: ev.PunishInfo): pb.PunishEventInfo.$Properties {
  return { punishType: p.punishType, punishReason: p.punishReason, punishId: p.punishId, violationUid: p.violationUserId };
}

/** A notice inside another message: its text in its header, as TikTok sends it. */
function noticeToWire(displayKey: string, text: string, schema: string): pb.WebcastRoomNotifyMessage.$Properties {
  return { common: { method: 'WebcastRoomNotifyMessage', displayText: textToWire(displayKey, text) }, schema };
}

/** An `accessRecall` event as its wire message. */
export function accessRecall(event: ev.AccessRecallEvent): Uint8Array {
  return pb.WebcastAccessRecallMessage.encode({
    common: common(event),
    status: event.status,
    scene: event.scene,
    duration: event.duration,
    endTime: event.endTime,
    punishInfo: punishToWire(event.punish),
  }).finish();
}

/** A `bottomMessage` event as its wire message. */
export function bottomMessage(event: ev.BottomMessageEvent): Uint8Array {
  return pb.WebcastBottomMessage.encode({
    common: common(event),
    content: event.content,
    showType: event.showType,
    duration: event.duration,
    bizType: event.bizType,
    violationUserId: event.punish.violationUserId,
    punishInfo: punishToWire(event.punish),
  }).finish();
}

/** A `capsule` event as its wire message. */
export function capsule(event: ev.CapsuleEvent): Uint8Array {
  return pb.WebcastCapsuleMessage.encode({
    common: common(event),
    type: event.capsuleType,
    desc: textToWire(event.displayKey, event.text),
    buttonText: textToWire('', event.buttonText),
    schema: event.schema,
  }).finish();
}

/** An `hourlyRankReward` event as its wire message. */
export function hourlyRankReward(event: ev.HourlyRankRewardEvent): Uint8Array {
  return pb.WebcastHourlyRankRewardMessage.encode({
    common: common(event),
    winners: event.winners.map((w) => ({ userId: w.userId, assetId: w.assetId, notify: noticeToWire(w.displayKey, w.text, '') })),
  }).finish();
}

/** A `marqueeAnnouncement` event as its wire message. */
export function marqueeAnnouncement(event: ev.MarqueeAnnouncementEvent): Uint8Array {
  return pb.WebcastMarqueeAnnouncementMessage.encode({
    common: common(event),
    messageScene: event.messageScene,
    messageEntity: event.entries.map((e) => ({ notify: noticeToWire(e.displayKey, e.text, e.schema) })),
  }).finish();
}

/** A `msgDetect` event as its wire message. */
export function msgDetect(event: ev.MsgDetectEvent): Uint8Array {
  return pb.WebcastMsgDetectMessage.encode({
    common: common(event),
    dType: event.detectType,
    triggerBy: event.triggerBy,
    tInfo: { clientStartMs: event.clientStartTime, apiRecvTimeMs: event.apiReceiveTime, apiSendToGoimMs: event.apiSendTime },
    fromRegion: event.fromRegion,
  }).finish();
}

/** An `oecLiveShopping` event as its wire message. */
export function oecLiveShopping(event: ev.OecLiveShoppingEvent): Uint8Array {
  return pb.WebcastOecLiveShoppingMessage.encode({
    common: common(event),
    actionType: event.actionType,
    liveProductNumber: event.productCount,
    popProduct: { productId: event.productId, title: event.title, price: event.price, imageUrl: event.imageUrl, source: event.source },
  }).finish();
}

/** A `partnershipDropsUpdate` event as its wire message. */
export function partnershipDropsUpdate(event: ev.PartnershipDropsUpdateEvent): Uint8Array {
  return pb.WebcastPartnershipDropsUpdateMessage.encode({
    common: common(event),
    changeMode: event.changeMode,
    dropsId: event.dropsId,
    taskId: event.taskId,
    eventId: event.eventId,
    anchorUid: event.anchorUserId,
  }).finish();
}

/** A `perception` event as its wire message. */
export function perception(event: ev.PerceptionEvent): Uint8Array {
  return pb.WebcastPerceptionMessage.encode({
    common: common(event),
    dialog: { scene: event.scene, iconType: event.iconType },
    endTime: Math.floor(event.endTime / 1000),
    punishInfo: punishToWire(event.punish),
  }).finish();
}

/** A `roomNotify` event as its wire message. */
export function roomNotify(event: ev.RoomNotifyEvent): Uint8Array {
  return pb.WebcastRoomNotifyMessage.encode({
    ...noticeToWire(event.displayKey, event.text, event.schema),
    common: { ...common(event), displayText: textToWire(event.displayKey, event.text) },
    notifyType: event.notifyType,
    fromUserId: event.fromUserId,
  }).finish();
}

/** A `roomVerify` event as its wire message. */
export function roomVerify(event: ev.RoomVerifyEvent): Uint8Array {
  return pb.WebcastRoomVerifyMessage.encode({
    common: common(event),
    action: event.action,
    content: event.content,
    noticeType: event.noticeType,
    closeRoom: event.closeRoom,
  }).finish();
}

/** A `subPin` event as its wire message. */
export function subPin(event: ev.SubPinEvent): Uint8Array {
  return pb.WebcastSubPinEventMessage.encode({
    common: common(event),
    actionType: event.actionType,
    operatorUserId: event.operatorUserId,
    card: {
      id: event.cardId,
      type: event.cardType,
      goalPinCard: { goalId: event.goalId, desc: { type: 1, content: event.goalText }, target: event.goalTarget, progress: event.goalProgress },
    },
  }).finish();
}

// ---- Methods without a v3 schema (field numbers from the real captures).

/** An `anchorToolModification` event as its wire message. */
export function anchorToolModification(event: ev.AnchorToolModificationEvent): Uint8Array {
  return pb.WebcastAnchorToolModificationMessage.encode({
    common: common(event),
    tool: { toolId: event.toolId, title: event.title, startTime: seconds(event.startTime), endTime: seconds(event.endTime), source: event.source, scene: event.scene },
  }).finish();
}

/** A `baLeadGen` event as its wire message. */
export function baLeadGen(event: ev.BaLeadGenEvent): Uint8Array {
  return pb.WebcastBALeadGenMessage.encode({
    common: common(event),
    action: event.action,
    leadGenId: event.leadGenId,
    eventTime: seconds(event.eventTime),
    key: event.displayKey,
    schema: event.schema,
  }).finish();
}

/** A `donationStickerModify` event as its wire message. */
export function donationStickerModify(event: ev.DonationStickerModifyEvent): Uint8Array {
  return pb.WebcastDonationStickerModifyMethod.encode({
    common: common(event),
    sticker: {
      stickerId: event.stickerId,
      stickerType: event.stickerType,
      organisation: { organisationId: event.organisationId, name: event.organisationName, description: event.organisationDescription },
    },
  }).finish();
}

/** An `ecShortItemRefresh` event as its wire message. */
export function ecShortItemRefresh(event: ev.EcShortItemRefreshEvent): Uint8Array {
  return pb.WebcastEcShortItemRefreshMessage.encode({ common: common(event), refresh: { delayMs: event.delay, key: event.key } }).finish();
}

/** An `ecTaskRegister` event as its wire message. */
export function ecTaskRegister(event: ev.EcTaskRegisterEvent): Uint8Array {
  return pb.WebcastEcTaskRegisterMessage.encode({ common: common(event), task: { delayMs: event.delay, key: event.taskId } }).finish();
}

/** An `envelopePortal` event as its wire message. */
export function envelopePortal(event: ev.EnvelopePortalEvent): Uint8Array {
  return pb.WebcastEnvelopePortalMessage.encode({ common: common(event), envelopeInfo: { envelopeId: event.envelopeId, sendUserId: event.senderUserId } }).finish();
}

/** A `giftCollectionUpdate` event as its wire message. */
export function giftCollectionUpdate(event: ev.GiftCollectionUpdateEvent): Uint8Array {
  return pb.WebcastGiftCollectionUpdateMessage.encode({
    common: common(event),
    collection: { updateType: event.updateType, gift: { giftId: event.giftId, name: event.giftName, diamondCount: event.diamondCount, describe: event.text } },
  }).finish();
}

/** A `goodyBag` event as its wire message. */
export function goodyBag(event: ev.GoodyBagEvent): Uint8Array {
  return pb.WebcastGoodyBagMessage.encode({
    common: common(event),
    goodyBag: {
      goodyBagId: event.goodyBagId,
      activityId: event.activityId,
      settings: {
        diamondCount: event.diamondCount,
        claimedCount: event.claimedCount,
        peopleCount: event.peopleCount,
        message: event.message,
        openTime: seconds(event.openTime),
      },
    },
    winners: event.winners.map((w) => ({ user: { id: w.userId, displayId: w.uniqueId }, amount: w.amount })),
  }).finish();
}

/** A `hashtag` event as its wire message. */
export function hashtag(event: ev.HashtagEvent): Uint8Array {
  return pb.WebcastHashtagMessage.encode({ common: common(event), hashtag: { id: event.hashtagId, title: event.title, namespace: event.namespace } }).finish();
}

/** An `inRoomBannerRefresh` event as its wire message. */
export function inRoomBannerRefresh(event: ev.InRoomBannerRefreshEvent): Uint8Array {
  return pb.WebcastInRoomBannerRefreshMessage.encode({ common: common(event), refreshInterval: event.refreshInterval }).finish();
}

/** A `linkMicAnchorGuide` event as its wire message. */
export function linkMicAnchorGuide(event: ev.LinkMicAnchorGuideEvent): Uint8Array {
  return pb.WebcastLinkMicAnchorGuideMessage.encode({ common: common(event), guideType: event.guideType, anchor: { userId: event.anchorUserId } }).finish();
}

/** A `linkScreenChange` event as its wire message. */
export function linkScreenChange(event: ev.LinkScreenChangeEvent): Uint8Array {
  return pb.WebcastLinkScreenChangeMessage.encode({
    common: common(event),
    messageType: event.messageType,
    screen: { layoutType: event.layoutType, layoutKey: event.layoutKey },
  }).finish();
}

/** A `battleNotice` event as its wire message. */
export function battleNotice(event: ev.BattleNoticeEvent): Uint8Array {
  return pb.WebcastLinkmicBattleNoticeMessage.encode({
    common: common(event),
    noticeType: event.noticeType,
    content: { text: textToWire(event.displayKey, event.text) },
  }).finish();
}

/** A `paidContentLiveShopping` event as its wire message. */
export function paidContentLiveShopping(event: ev.PaidContentLiveShoppingEvent): Uint8Array {
  return pb.WebcastPaidContentLiveShoppingMessage.encode({
    common: common(event),
    action: event.action,
    content: { contentId: event.contentId },
    time: { eventTime: event.eventTime },
  }).finish();
}

/** A `partnershipCardChange` event as its wire message. */
export function partnershipCardChange(event: ev.PartnershipCardChangeEvent): Uint8Array {
  return pb.WebcastPartnershipCardChangeMessage.encode({ common: common(event), changeType: event.changeType, taskId: event.taskId }).finish();
}

/** A `partnershipDownloadCount` event as its wire message. */
export function partnershipDownloadCount(event: ev.PartnershipDownloadCountEvent): Uint8Array {
  return pb.WebcastPartnershipDownloadCountMessage.encode({ common: common(event), downloadCount: event.downloadCount, taskId: event.taskId }).finish();
}

/** A `pictionaryStart` event as its wire message. */
export function pictionaryStart(event: ev.PictionaryStartEvent): Uint8Array {
  return pb.WebcastPictionaryStartMessage.encode({
    common: common(event),
    round: { pictionaryId: event.pictionaryId, gameId: event.gameId, startTime: seconds(event.startTime), endTime: seconds(event.endTime) },
  }).finish();
}

/** A `pictionaryUpdate` event as its wire message. */
export function pictionaryUpdate(event: ev.PictionaryUpdateEvent): Uint8Array {
  return pb.WebcastPictionaryUpdateMessage.encode({ common: common(event), updateType: event.updateType, pictionaryId: event.pictionaryId }).finish();
}

/** A `pictionaryEnd` event as its wire message. */
export function pictionaryEnd(event: ev.PictionaryEndEvent): Uint8Array {
  return pb.WebcastPictionaryEndMessage.encode({ common: common(event), pictionaryId: event.pictionaryId, answer: event.answer, result: event.result }).finish();
}

/** A `pictionaryExit` event as its wire message. */
export function pictionaryExit(event: ev.PictionaryExitEvent): Uint8Array {
  return pb.WebcastPictionaryExitMessage.encode({ common: common(event), gameId: event.gameId, exitType: event.exitType }).finish();
}

/** A `questionDelete` event as its wire message. */
export function questionDelete(event: ev.QuestionDeleteEvent): Uint8Array {
  return pb.WebcastQuestionDeleteMessage.encode({ common: common(event), questionId: event.questionId, userId: event.userId }).finish();
}

/** A `questionSelected` event as its wire message. */
export function questionSelected(event: ev.QuestionSelectedEvent): Uint8Array {
  return pb.WebcastQuestionSelectedMessage.encode({
    common: common(event),
    question: { questionId: event.questionId, content: event.questionText, user: userToWire(event.user) },
  }).finish();
}

/** A `questionSlideDown` event as its wire message. */
export function questionSlideDown(event: ev.QuestionSlideDownEvent): Uint8Array {
  return pb.WebcastQuestionSlideDownMessage.encode({ common: common(event), questionId: event.questionId }).finish();
}

/** A `questionSwitch` event as its wire message. */
export function questionSwitch(event: ev.QuestionSwitchEvent): Uint8Array {
  return pb.WebcastQuestionSwitchMessage.encode({ common: common(event) }).finish();
}

/** A `roomSticker` event as its wire message. */
export function roomSticker(event: ev.RoomStickerEvent): Uint8Array {
  return pb.WebcastRoomStickerMessage.encode({
    common: common(event),
    sticker: { stickerId: event.stickerId, stickerType: event.stickerType, title: event.title, text: event.text },
  }).finish();
}

/** A `subTimerSticker` event as its wire message. */
export function subTimerSticker(event: ev.SubTimerStickerEvent): Uint8Array {
  return pb.WebcastSubTimerStickerMessage.encode({
    common: common(event),
    sticker: {
      timerId: event.timerId,
      status: event.status,
      text: event.text,
      totalSeconds: event.totalSeconds,
      remainingSeconds: event.remainingSeconds,
      startTime: seconds(event.startTime),
    },
  }).finish();
}

/** A `subWave` event as its wire message. */
export function subWave(event: ev.SubWaveEvent): Uint8Array {
  const user = (u: ev.SubWaveUser) => ({ id: u.userId, idStr: u.userId, displayId: u.uniqueId });
  return pb.WebcastSubWaveMessage.encode({
    common: common(event),
    subWave: {
      action: event.action,
      initiator: user(event.initiator),
      wave: {
        waveId: event.waveId,
        status: event.status,
        progress: event.progress,
        startTime: seconds(event.startTime),
        participants: event.participants.map(user),
        participantCount: event.participantCount,
      },
    },
  }).finish();
}

/** A `subscriptionGuide` event as its wire message. */
export function subscriptionGuide(event: ev.SubscriptionGuideEvent): Uint8Array {
  return pb.WebcastSubscriptionGuideMessage.encode({
    common: common(event),
    desc: textToWire(event.displayKey, event.text),
    buttonText: textToWire('', event.buttonText),
  }).finish();
}

/** A `weeklyRankReward` event as its wire message. */
export function weeklyRankReward(event: ev.WeeklyRankRewardEvent): Uint8Array {
  return pb.WebcastWeeklyRankRewardMessage.encode({
    common: common(event),
    winnerUserId: event.winnerUserId,
    border: { source: event.rankSource },
    notify: noticeToWire(event.displayKey, event.text, ''),
  }).finish();
}
