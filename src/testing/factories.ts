import type * as ev from '../decoders/events.js';
import { ControlAction } from '../decoders/events.js';
import type { MethodOf, RegisteredEventType } from '../decoders/registry.js';
import { ConnectionClosedError, MessageDecodeError } from '../errors.js';
import type { ConnectedEvent, DisconnectedEvent, GapEvent, LiveEventType, RoomInfoEvent } from '../operators/pipeline/events.js';
import { fill, optional } from './fill.js';
import { FAKE_ROOM_ID, fakeCreateTime, fakeId, fakeMsgId, FAKE_START_TIME, nextSequence } from './ids.js';
import type { DeepPartial, EventFactory } from './types.js';
import { armyTeam, battleTeam, chatEmote, liveUser, rankEntry, topViewer } from './users.js';

/*
 * One factory per event type: each takes a deep partial of its event and
 * fills every other field with a deterministic default. Every wire event gets
 * the next msgId and createTime of the counter (`resetFactories()` restarts
 * it), so two calls make two distinct events.
 */

/**
 * The method each wire event is sent as. Keyed by the registry's event types and typed by their
 * methods: a new event type, or a renamed method, does not compile until it is here.
 */
const METHODS = {
  chat: 'WebcastChatMessage',
  member: 'WebcastMemberMessage',
  like: 'WebcastLikeMessage',
  gift: 'WebcastGiftMessage',
  social: 'WebcastSocialMessage',
  roomUserSeq: 'WebcastRoomUserSeqMessage',
  battle: 'WebcastLinkMicBattle',
  battleArmies: 'WebcastLinkMicArmies',
  subscribe: 'WebcastSubNotifyMessage',
  emoteChat: 'WebcastEmoteChatMessage',
  envelope: 'WebcastEnvelopeMessage',
  question: 'WebcastQuestionNewMessage',
  control: 'WebcastControlMessage',
  room: 'WebcastRoomMessage',
  liveIntro: 'WebcastLiveIntroMessage',
  rankUpdate: 'WebcastRankUpdateMessage',
  linkMic: 'WebcastLinkMicMethod',
  goalUpdate: 'WebcastGoalUpdateMessage',
  roomPin: 'WebcastRoomPinMessage',
  poll: 'WebcastPollMessage',
  imDelete: 'WebcastImDeleteMessage',
  caption: 'WebcastCaptionMessage',
  inRoomBanner: 'WebcastInRoomBannerMessage',
  barrage: 'WebcastBarrageMessage',
  linkLayer: 'WebcastLinkLayerMessage',
  linkMicFanTicket: 'WebcastLinkMicFanTicketMethod',
  battleTask: 'WebcastLinkmicBattleTaskMessage',
  battlePunishFinish: 'WebcastLinkMicBattlePunishFinish',
  battleItemCard: 'WebcastLinkMicBattleItemCard',
  rankText: 'WebcastRankTextMessage',
  giftBroadcast: 'WebcastGiftBroadcastMessage',
  unauthorizedMember: 'WebcastUnauthorizedMemberMessage',
  accessRecall: 'WebcastAccessRecallMessage',
  bottomMessage: 'WebcastBottomMessage',
  capsule: 'WebcastCapsuleMessage',
  hourlyRankReward: 'WebcastHourlyRankRewardMessage',
  marqueeAnnouncement: 'WebcastMarqueeAnnouncementMessage',
  msgDetect: 'WebcastMsgDetectMessage',
  oecLiveShopping: 'WebcastOecLiveShoppingMessage',
  partnershipDropsUpdate: 'WebcastPartnershipDropsUpdateMessage',
  perception: 'WebcastPerceptionMessage',
  roomNotify: 'WebcastRoomNotifyMessage',
  roomVerify: 'WebcastRoomVerifyMessage',
  subPin: 'WebcastSubPinEventMessage',
  anchorToolModification: 'WebcastAnchorToolModificationMessage',
  baLeadGen: 'WebcastBALeadGenMessage',
  donationStickerModify: 'WebcastDonationStickerModifyMethod',
  ecShortItemRefresh: 'WebcastEcShortItemRefreshMessage',
  ecTaskRegister: 'WebcastEcTaskRegisterMessage',
  envelopePortal: 'WebcastEnvelopePortalMessage',
  giftCollectionUpdate: 'WebcastGiftCollectionUpdateMessage',
  goodyBag: 'WebcastGoodyBagMessage',
  hashtag: 'WebcastHashtagMessage',
  inRoomBannerRefresh: 'WebcastInRoomBannerRefreshMessage',
  linkMicAnchorGuide: 'WebcastLinkMicAnchorGuideMessage',
  linkScreenChange: 'WebcastLinkScreenChangeMessage',
  battleNotice: 'WebcastLinkmicBattleNoticeMessage',
  paidContentLiveShopping: 'WebcastPaidContentLiveShoppingMessage',
  partnershipCardChange: 'WebcastPartnershipCardChangeMessage',
  partnershipDownloadCount: 'WebcastPartnershipDownloadCountMessage',
  pictionaryStart: 'WebcastPictionaryStartMessage',
  pictionaryUpdate: 'WebcastPictionaryUpdateMessage',
  pictionaryEnd: 'WebcastPictionaryEndMessage',
  pictionaryExit: 'WebcastPictionaryExitMessage',
  questionDelete: 'WebcastQuestionDeleteMessage',
  questionSelected: 'WebcastQuestionSelectedMessage',
  questionSlideDown: 'WebcastQuestionSlideDownMessage',
  questionSwitch: 'WebcastQuestionSwitchMessage',
  roomSticker: 'WebcastRoomStickerMessage',
  subTimerSticker: 'WebcastSubTimerStickerMessage',
  subWave: 'WebcastSubWaveMessage',
  subscriptionGuide: 'WebcastSubscriptionGuideMessage',
  weeklyRankReward: 'WebcastWeeklyRankRewardMessage',
} as const satisfies { [K in RegisteredEventType]: `Webcast${MethodOf<K>}` };

/** The fields every wire event has, for the next number of the counter. */
function head(method: string) {
  const n = nextSequence();
  return { method, msgId: fakeMsgId(n), roomId: FAKE_ROOM_ID, createTime: fakeCreateTime(n) };
}

/** A wire event of `type`: its head and `defaults`, overridden by `partial`'s own fields (the caller fills the nested ones). */
function wire<K extends RegisteredEventType, T extends object>(type: K, defaults: T, partial: object) {
  return { ...fill({ ...head(METHODS[type]), ...defaults }, partial), type };
}

/** A chat comment (`'hello'`, English) from `liveUser()` unless told otherwise. */
export function chatEvent(partial: DeepPartial<ev.ChatEvent> = {}): ev.ChatEvent {
  return { ...wire('chat', { comment: 'hello', language: 'en' }, partial), user: liveUser(partial.user), emotes: (partial.emotes ?? []).map(chatEmote) };
}

/** A viewer joined (`action` 1), the audience then 1. */
export function memberEvent(partial: DeepPartial<ev.MemberEvent> = {}): ev.MemberEvent {
  return { ...wire('member', { action: 1, memberCount: 1 }, partial), user: liveUser(partial.user) };
}

/** One like; `totalLikes` is `likeCount` unless told otherwise. */
export function likeEvent(partial: DeepPartial<ev.LikeEvent> = {}): ev.LikeEvent {
  const likeCount = partial.likeCount ?? 1;
  return { ...wire('like', { likeCount, totalLikes: likeCount }, partial), user: liveUser(partial.user) };
}

/**
 * A Rose (5655, 1 diamond, streakable) at the start of its streak. `combo` follows `giftType` and
 * `repeatEnd` as the decoders set it (a streakable gift whose streak has not ended), unless told
 * otherwise; `toUser` is undefined (the host) unless given.
 */
export function giftEvent(partial: DeepPartial<ev.GiftEvent> = {}): ev.GiftEvent {
  const giftType = partial.giftType ?? 1;
  const repeatEnd = partial.repeatEnd ?? false;
  const defaults = {
    giftId: 5655,
    giftName: 'Rose',
    diamondCount: 1,
    giftType,
    giftPictureUrl: '',
    repeatCount: 1,
    repeatEnd,
    combo: giftType === 1 && !repeatEnd,
    groupId: fakeId('streak'),
  };
  return { ...wire('gift', defaults, partial), user: liveUser(partial.user), toUser: partial.toUser === undefined ? undefined : liveUser(partial.toUser) };
}

/** The display key and raw action TikTok sends an action as (a share that brought viewers is a milestone). */
function socialDisplay(action: ev.SocialAction, usersJoined: number): { displayType: string; rawAction: number } {
  if (action === 'follow') return { displayType: 'pm_main_follow_message_viewer_2', rawAction: 1 };
  if (action === 'share') return { displayType: usersJoined > 0 ? `pm_mt_guidance_viewer_${usersJoined}_share` : 'pm_mt_guidance_share', rawAction: 3 };
  return { displayType: 'pm_main_other_message', rawAction: 0 };
}

/**
 * A follow. `displayType` and `rawAction` follow `action` (and a share's `usersJoined`) as TikTok sends
 * them and the decoders read them back, unless told otherwise.
 */
export function socialEvent(partial: DeepPartial<ev.SocialEvent> = {}): ev.SocialEvent {
  const action = partial.action ?? 'follow';
  const usersJoined = partial.usersJoined ?? 0;
  return { ...wire('social', { action, ...socialDisplay(action, usersJoined), usersJoined }, partial), user: liveUser(partial.user) };
}

/** The audience: one viewer, no top viewers; top viewers given are ranked by their place unless told otherwise. */
export function roomUserSeqEvent(partial: DeepPartial<ev.RoomUserSeqEvent> = {}): ev.RoomUserSeqEvent {
  return { ...wire('roomUserSeq', { viewerCount: 1, totalViewers: 1 }, partial), topViewers: (partial.topViewers ?? []).map((t, i) => topViewer(t, i)) };
}

/** A battle just opened (status 1, action 4, 300 s) between `host` and `opponent`; teams given are hosted by them in turn unless told. */
export function battleEvent(partial: DeepPartial<ev.BattleEvent> = {}): ev.BattleEvent {
  const teams = (partial.teams ?? [{}, {}]).map((team, i) => battleTeam(team, i));
  return { ...wire('battle', { battleId: fakeId('battle'), status: 1, action: 4, duration: 300 }, partial), teams };
}

/** A battle's armies (a score update) for `host` and `opponent`, with no supporters yet. */
export function battleArmiesEvent(partial: DeepPartial<ev.BattleArmiesEvent> = {}): ev.BattleArmiesEvent {
  const teams = (partial.teams ?? [{}, {}]).map((team, i) => armyTeam(team, i));
  return { ...wire('battleArmies', { battleId: fakeId('battle'), triggerReason: 1 }, partial), teams };
}

/** A first-month subscription. */
export function subscribeEvent(partial: DeepPartial<ev.SubscribeEvent> = {}): ev.SubscribeEvent {
  return { ...wire('subscribe', { subMonth: 1 }, partial), user: liveUser(partial.user) };
}

/** A subscriber emote sent in chat. */
export function emoteChatEvent(partial: DeepPartial<ev.EmoteChatEvent> = {}): ev.EmoteChatEvent {
  return { ...wire('emoteChat', { emoteId: fakeId('emote'), emoteUrl: '' }, partial), user: liveUser(partial.user) };
}

/**
 * A treasure chest of 100 diamonds for 10 people. The wire names its sender by id, nickname and picture
 * only, so the sender's `uniqueId` is '' and its `userId` comes from its nickname, unless told otherwise.
 */
export function envelopeEvent(partial: DeepPartial<ev.EnvelopeEvent> = {}): ev.EnvelopeEvent {
  const nickname = partial.user?.nickname ?? 'viewer';
  const user = liveUser({ userId: fakeId(nickname), nickname, uniqueId: '', ...partial.user });
  return { ...wire('envelope', { envelopeId: fakeId('envelope'), diamondCount: 100, peopleCount: 10 }, partial), user };
}

/** A Q&A question. */
export function questionEvent(partial: DeepPartial<ev.QuestionEvent> = {}): ev.QuestionEvent {
  return { ...wire('question', { questionText: 'What game is this?', questionId: fakeId('question') }, partial), user: liveUser(partial.user) };
}

/** The end of the LIVE (`ControlAction.Ended`) unless told otherwise: pass `{ action: ControlAction.Paused }` for a pause. */
export function controlEvent(partial: DeepPartial<ev.ControlEvent> = {}): ev.ControlEvent {
  return wire('control', { action: ControlAction.Ended as number, tips: '' }, partial);
}

/** A room notice. */
export function roomEvent(partial: DeepPartial<ev.RoomEvent> = {}): ev.RoomEvent {
  return wire('room', { content: 'Welcome to the LIVE' }, partial);
}

/** The LIVE's title and its host (`host` by default; `host: undefined` for none). */
export function liveIntroEvent(partial: DeepPartial<ev.LiveIntroEvent> = {}): ev.LiveIntroEvent {
  const host = optional(partial, 'host', partial.host, liveUser, () => liveUser({ uniqueId: 'host' }));
  return { ...wire('liveIntro', { title: 'Fake LIVE' }, partial), host };
}

/** The host first on the weekly ranking; entries given take the event's `rankType` unless told otherwise. */
export function rankUpdateEvent(partial: DeepPartial<ev.RankUpdateEvent> = {}): ev.RankUpdateEvent {
  const rankType = partial.rankType ?? 1;
  const rankList = (partial.rankList ?? [{}]).map((entry) => rankEntry({ rankType, ...entry }));
  return { ...wire('rankUpdate', { rankType }, partial), rankList };
}

/** A link-mic change (action 1) with no guests unless given. */
export function linkMicEvent(partial: DeepPartial<ev.LinkMicEvent> = {}): ev.LinkMicEvent {
  return { ...wire('linkMic', { action: 1 }, partial), users: (partial.users ?? []).map(liveUser) };
}

/** A gift goal of 50 Roses, 10 reached, with no contributors unless given. */
export function goalUpdateEvent(partial: DeepPartial<ev.GoalUpdateEvent> = {}): ev.GoalUpdateEvent {
  const defaults = {
    goalId: fakeId('goal'),
    goalType: 1,
    status: 1,
    description: 'Help me reach the goal!',
    startTime: FAKE_START_TIME,
    expireTime: FAKE_START_TIME + 3_600_000,
    contributorId: '0',
    contributorUniqueId: '',
    contributeCount: 0,
    contributeScore: 0,
  };
  const subGoals = (partial.subGoals ?? [{}]).map((g) =>
    fill({ subGoalId: '5655', type: 1, progress: 10, target: 50, giftName: 'Rose', giftDiamondCount: 1, giftPictureUrl: '' }, g),
  );
  const contributors = (partial.contributors ?? []).map((c) => fill({ userId: fakeId(c.uniqueId ?? 'viewer'), uniqueId: 'viewer', profilePictureUrl: '', score: 1 }, c));
  return { ...wire('goalUpdate', defaults, partial), subGoals, contributors };
}

/** A comment of `liveUser()` pinned by the host for 60 s. */
export function roomPinEvent(partial: DeepPartial<ev.RoomPinEvent> = {}): ev.RoomPinEvent {
  const defaults = { action: 1, pinnedMsgId: fakeId('pinned'), pinnedMethod: 'WebcastChatMessage', pinnedText: 'hello', pinTime: FAKE_START_TIME, displayDuration: 60 };
  const pinnedUser = optional(partial, 'pinnedUser', partial.pinnedUser, liveUser, () => liveUser());
  const operator = optional(partial, 'operator', partial.operator, liveUser, () => liveUser({ uniqueId: 'host' }));
  return { ...wire('roomPin', defaults, partial), pinnedUser, operator };
}

/** A yes/no poll that just started (messageType 0), one minute long; options given are numbered by their place unless told. */
export function pollEvent(partial: DeepPartial<ev.PollEvent> = {}): ev.PollEvent {
  const defaults = { pollId: fakeId('poll'), messageType: 0, title: 'Next game?', startTime: FAKE_START_TIME, endTime: FAKE_START_TIME + 60_000, endType: 0 };
  const options = (partial.options ?? [{ text: 'yes' }, { text: 'no' }]).map((o, optionIndex) => fill({ optionIndex, text: '', votes: 0 }, o));
  const operator = optional(partial, 'operator', partial.operator, liveUser, () => undefined);
  return { ...wire('poll', defaults, partial), options, operator };
}

/** The messages of `liveUser()` deleted. */
export function imDeleteEvent(partial: DeepPartial<ev.ImDeleteEvent> = {}): ev.ImDeleteEvent {
  const deleteMsgIds = (partial.deleteMsgIds ?? []).filter((id): id is string => id !== undefined);
  const deleteUserIds = (partial.deleteUserIds ?? [liveUser().userId]).filter((id): id is string => id !== undefined);
  return { ...wire('imDelete', {}, partial), deleteMsgIds, deleteUserIds };
}

/** Two seconds of the host saying hello, in English. */
export function captionEvent(partial: DeepPartial<ev.CaptionEvent> = {}): ev.CaptionEvent {
  const captions = (partial.captions ?? [{}]).map((c) => fill({ language: 'en', text: 'hello everyone' }, c));
  return { ...wire('caption', { timestamp: FAKE_START_TIME, duration: 2000 }, partial), captions };
}

/** Banners as TikTok's JSON (an empty object unless given). */
export function inRoomBannerEvent(partial: DeepPartial<ev.InRoomBannerEvent> = {}): ev.InRoomBannerEvent {
  return wire('inRoomBanner', { data: '{}' }, partial);
}

/** `liveUser()` of level 30 joined, in a highlighted line. */
export function barrageEvent(partial: DeepPartial<ev.BarrageEvent> = {}): ev.BarrageEvent {
  const user = optional(partial, 'user', partial.user, liveUser, () => liveUser());
  return { ...wire('barrage', { barrageType: 9, displayKey: 'pm_mt_alp_join_animation', text: 'joined', duration: 4000, level: 30 }, partial), user };
}

/** A change of a multi-guest layer (message type 11, scene 4). */
export function linkLayerEvent(partial: DeepPartial<ev.LinkLayerEvent> = {}): ev.LinkLayerEvent {
  return wire('linkLayer', { messageType: 11, channelId: fakeId('channel'), scene: 4 }, partial);
}

/** The host's fan tickets: 100, all the host's unless users are given. */
export function linkMicFanTicketEvent(partial: DeepPartial<ev.LinkMicFanTicketEvent> = {}): ev.LinkMicFanTicketEvent {
  const totalFanTickets = partial.totalFanTickets ?? 100;
  const users = (partial.users ?? [{}]).map((u) => fill({ userId: fakeId('host'), fanTickets: totalFanTickets, matchTotalScore: 0, matchRank: 0 }, u));
  return { ...wire('linkMicFanTicket', { totalFanTickets, matchId: '0', eventTime: 0 }, partial), users };
}

/** A battle task's reward (message type 3) with its prompt. */
export function battleTaskEvent(partial: DeepPartial<ev.BattleTaskEvent> = {}): ev.BattleTaskEvent {
  const promptValues = (partial.promptValues ?? [{}]).map((v) => fill({ field: 'sum', value: '100' }, v));
  return { ...wire('battleTask', { battleId: fakeId('battle'), taskMessageType: 3, progress: 0, promptKey: 'pm_mt_live_match_desc_2', result: 0 }, partial), promptValues };
}

/** The host ended a battle's punishment (status 4). */
export function battlePunishFinishEvent(partial: DeepPartial<ev.BattlePunishFinishEvent> = {}): ev.BattlePunishFinishEvent {
  return wire('battlePunishFinish', { battleId: fakeId('battle'), channelId: fakeId('channel'), operatorUserId: fakeId('host'), reason: 1, status: 4 }, partial);
}

/** A boosting glove won in a battle. */
export function battleItemCardEvent(partial: DeepPartial<ev.BattleItemCardEvent> = {}): ev.BattleItemCardEvent {
  return wire('battleItemCard', { battleId: fakeId('battle'), cardType: 4, displayKey: 'pm_mt_mvp_getItem_crit', text: 'viewer got a boosting glove.' }, partial);
}

/** `liveUser()` became the No. 1 viewer. */
export function rankTextEvent(partial: DeepPartial<ev.RankTextEvent> = {}): ev.RankTextEvent {
  const defaults = { scene: 1, rankBefore: 2, rankAfter: 1, userId: liveUser().userId, displayKey: 'pm_mt_topviewer_comment', text: 'viewer just became the No. 1 viewer!' };
  return wire('rankText', defaults, partial);
}

/** A TikTok Universe sent in another LIVE. */
export function giftBroadcastEvent(partial: DeepPartial<ev.GiftBroadcastEvent> = {}): ev.GiftBroadcastEvent {
  const defaults = { fromUserId: fakeId('sender'), displayKey: 'pm_mt_live_gift_platform_announcement', text: 'sender sent TikTok Universe to host', schema: 'sslocal://webcast_gift_dialog?gift_id=9072' };
  return wire('giftBroadcast', defaults, partial);
}

/** A viewer who is not logged in joined. */
export function unauthorizedMemberEvent(partial: DeepPartial<ev.UnauthorizedMemberEvent> = {}): ev.UnauthorizedMemberEvent {
  return wire('unauthorizedMember', { action: 1, nickname: 'Viewer123456', displayKey: 'live_room_enter_toast', text: 'Viewer123456 joined' }, partial);
}

/** A penalty notice's details: none unless given. */
function punish(partial: DeepPartial<ev.PunishInfo> | undefined): ev.PunishInfo {
  return fill({ punishType: '', punishReason: '', punishId: '', violationUserId: '0' }, partial);
}

/** The LIVE's reach limited for content classification. */
export function accessRecallEvent(partial: DeepPartial<ev.AccessRecallEvent> = {}): ev.AccessRecallEvent {
  return { ...wire('accessRecall', { status: 1, scene: 'CONTENT_CLASSIFICATION', duration: 0, endTime: 0 }, partial), punish: punish(partial.punish) };
}

/** A co-host's LIVE not recommended, for ten minutes. */
export function bottomMessageEvent(partial: DeepPartial<ev.BottomMessageEvent> = {}): ev.BottomMessageEvent {
  const p = punish({ punishType: 'other_live_nr', violationUserId: fakeId('cohost'), ...partial.punish });
  return { ...wire('bottomMessage', { content: '', showType: 0, duration: 599, bizType: 6 }, partial), punish: p };
}

/** The reminder of a subscription goal, with its button. */
export function capsuleEvent(partial: DeepPartial<ev.CapsuleEvent> = {}): ev.CapsuleEvent {
  const defaults = { capsuleType: 10, displayKey: 'pm_mt_goal_reminder', text: 'The host set a subscription goal.', buttonText: 'Support', schema: '' };
  return wire('capsule', defaults, partial);
}

/** The host won the last hour's ranking. */
export function hourlyRankRewardEvent(partial: DeepPartial<ev.HourlyRankRewardEvent> = {}): ev.HourlyRankRewardEvent {
  const winners = (partial.winners ?? [{}]).map((w) =>
    fill({ userId: fakeId('host'), assetId: '206', displayKey: 'pm_mt_Live_HRannounce', text: 'Congratulations! host just became the No. 1 LIVE creator of the last hour.' }, w),
  );
  return { ...wire('hourlyRankReward', {}, partial), winners };
}

/** A ranking winner went LIVE. */
export function marqueeAnnouncementEvent(partial: DeepPartial<ev.MarqueeAnnouncementEvent> = {}): ev.MarqueeAnnouncementEvent {
  const entries = (partial.entries ?? [{}]).map((e) => fill({ displayKey: 'pm_mt_Live_announcement', text: 'Weekly No. 1: host is LIVE', schema: '' }, e));
  return { ...wire('marqueeAnnouncement', { messageScene: 'start_room_event' }, partial), entries };
}

/** A connection probe that took 200 ms. */
export function msgDetectEvent(partial: DeepPartial<ev.MsgDetectEvent> = {}): ev.MsgDetectEvent {
  const defaults = { detectType: 2, triggerBy: 0, clientStartTime: FAKE_START_TIME, apiReceiveTime: FAKE_START_TIME + 195, apiSendTime: FAKE_START_TIME + 200, fromRegion: 'US' };
  return wire('msgDetect', defaults, partial);
}

/** A product shown from the host's shop. */
export function oecLiveShoppingEvent(partial: DeepPartial<ev.OecLiveShoppingEvent> = {}): ev.OecLiveShoppingEvent {
  return wire('oecLiveShopping', { actionType: 1, productCount: 1, productId: fakeId('product'), title: 'Ring light', price: '$19.00', imageUrl: '', source: 'TikTok Shop' }, partial);
}

/** A partnership drop changed. */
export function partnershipDropsUpdateEvent(partial: DeepPartial<ev.PartnershipDropsUpdateEvent> = {}): ev.PartnershipDropsUpdateEvent {
  return wire('partnershipDropsUpdate', { changeMode: 2, dropsId: fakeId('drops'), taskId: '0', eventId: '0', anchorUserId: fakeId('host') }, partial);
}

/** A mute lifted. */
export function perceptionEvent(partial: DeepPartial<ev.PerceptionEvent> = {}): ev.PerceptionEvent {
  const p = punish({ punishType: 'muting_cancel', violationUserId: liveUser().userId, ...partial.punish });
  return { ...wire('perception', { scene: 6, iconType: 0, endTime: 0 }, partial), punish: p };
}

/** A notice about the room. */
export function roomNotifyEvent(partial: DeepPartial<ev.RoomNotifyEvent> = {}): ev.RoomNotifyEvent {
  return wire('roomNotify', { notifyType: 3, displayKey: 'pm_mt_boost_crit_got_comment_others', text: 'The MVP viewer got 1 boosting glove.', schema: '', fromUserId: '0' }, partial);
}

/** The room checked (action 3), not closed. */
export function roomVerifyEvent(partial: DeepPartial<ev.RoomVerifyEvent> = {}): ev.RoomVerifyEvent {
  return wire('roomVerify', { action: 3, content: '', noticeType: 0, closeRoom: false }, partial);
}

/** A subscription goal pinned, 87 of 100. */
export function subPinEvent(partial: DeepPartial<ev.SubPinEvent> = {}): ev.SubPinEvent {
  const goalId = partial.goalId ?? fakeId('subgoal');
  const defaults = { actionType: 1, operatorUserId: fakeId('host'), cardId: goalId, cardType: 2, goalId, goalText: 'Help me reach the goal!', goalTarget: 100, goalProgress: 87 };
  return wire('subPin', defaults, partial);
}

/** A trending effect the host just picked. */
export function anchorToolModificationEvent(partial: DeepPartial<ev.AnchorToolModificationEvent> = {}): ev.AnchorToolModificationEvent {
  const defaults = { toolId: '28019345', title: 'Paper Bag Head', startTime: FAKE_START_TIME, endTime: 0, source: 'trending', scene: 'video_anchor_pk' };
  return wire('anchorToolModification', defaults, partial);
}

/** A business account's "learn more" card. */
export function baLeadGenEvent(partial: DeepPartial<ev.BaLeadGenEvent> = {}): ev.BaLeadGenEvent {
  return wire('baLeadGen', { action: 1, leadGenId: fakeId('leadgen'), eventTime: FAKE_START_TIME, displayKey: 'cta_extension_learnmore', schema: '' }, partial);
}

/** A donation sticker for a charity. */
export function donationStickerModifyEvent(partial: DeepPartial<ev.DonationStickerModifyEvent> = {}): ev.DonationStickerModifyEvent {
  const defaults = { stickerId: '82677', stickerType: 3, organisationId: 'organisation_fake', organisationName: 'Fake Charity', organisationDescription: 'Helping people.' };
  return wire('donationStickerModify', defaults, partial);
}

/** The shop's short item list to refresh in 3 s. */
export function ecShortItemRefreshEvent(partial: DeepPartial<ev.EcShortItemRefreshEvent> = {}): ev.EcShortItemRefreshEvent {
  return wire('ecShortItemRefresh', { delay: 3000, key: 'shortTouchEcommerceVoucher' }, partial);
}

/** A shopping task to fetch in 5 s. */
export function ecTaskRegisterEvent(partial: DeepPartial<ev.EcTaskRegisterEvent> = {}): ev.EcTaskRegisterEvent {
  return wire('ecTaskRegister', { delay: 5000, taskId: fakeId('task') }, partial);
}

/** A treasure chest elsewhere, from `liveUser()`. */
export function envelopePortalEvent(partial: DeepPartial<ev.EnvelopePortalEvent> = {}): ev.EnvelopePortalEvent {
  return wire('envelopePortal', { envelopeId: fakeId('envelope'), senderUserId: liveUser().userId }, partial);
}

/** A Rose of the host's gift collection. */
export function giftCollectionUpdateEvent(partial: DeepPartial<ev.GiftCollectionUpdateEvent> = {}): ev.GiftCollectionUpdateEvent {
  return wire('giftCollectionUpdate', { updateType: 1, giftId: 5655, giftName: 'Rose', diamondCount: 1, text: 'Sent Rose' }, partial);
}

/** A goody bag of 5 diamonds for 10 people, nobody served yet; winners given get 1 unless told. */
export function goodyBagEvent(partial: DeepPartial<ev.GoodyBagEvent> = {}): ev.GoodyBagEvent {
  const winners = (partial.winners ?? []).map((w) => fill({ userId: fakeId(w.uniqueId ?? 'viewer'), uniqueId: 'viewer', amount: 1 }, w));
  const defaults = { goodyBagId: fakeId('goodybag'), activityId: fakeId('activity'), diamondCount: 5, claimedCount: 0, peopleCount: 10, message: '', openTime: FAKE_START_TIME + 600_000 };
  return { ...wire('goodyBag', defaults, partial), winners };
}

/** The LIVE's hashtag. */
export function hashtagEvent(partial: DeepPartial<ev.HashtagEvent> = {}): ev.HashtagEvent {
  return wire('hashtag', { hashtagId: '5', title: 'Gaming', namespace: 0 }, partial);
}

/** Banners to refresh every 20 s. */
export function inRoomBannerRefreshEvent(partial: DeepPartial<ev.InRoomBannerRefreshEvent> = {}): ev.InRoomBannerRefreshEvent {
  return wire('inRoomBannerRefresh', { refreshInterval: 20 }, partial);
}

/** A hint to link up with another host. */
export function linkMicAnchorGuideEvent(partial: DeepPartial<ev.LinkMicAnchorGuideEvent> = {}): ev.LinkMicAnchorGuideEvent {
  return wire('linkMicAnchorGuide', { guideType: 7, anchorUserId: fakeId('opponent') }, partial);
}

/** The link-mic layout of the host and `opponent`. */
export function linkScreenChangeEvent(partial: DeepPartial<ev.LinkScreenChangeEvent> = {}): ev.LinkScreenChangeEvent {
  return wire('linkScreenChange', { messageType: 2, layoutType: 2, layoutKey: `${fakeId('host')}_${fakeId('opponent')}` }, partial);
}

/** A battle that only Roses decide. */
export function battleNoticeEvent(partial: DeepPartial<ev.BattleNoticeEvent> = {}): ev.BattleNoticeEvent {
  return wire('battleNotice', { noticeType: 6, displayKey: '', text: 'Only the number of Roses decides the winner.' }, partial);
}

/** Paid content offered now. */
export function paidContentLiveShoppingEvent(partial: DeepPartial<ev.PaidContentLiveShoppingEvent> = {}): ev.PaidContentLiveShoppingEvent {
  return wire('paidContentLiveShopping', { action: 1, contentId: fakeId('series'), eventTime: FAKE_START_TIME }, partial);
}

/** A game partnership's card changed. */
export function partnershipCardChangeEvent(partial: DeepPartial<ev.PartnershipCardChangeEvent> = {}): ev.PartnershipCardChangeEvent {
  return wire('partnershipCardChange', { changeType: 1, taskId: fakeId('task') }, partial);
}

/** 132 downloads so far. */
export function partnershipDownloadCountEvent(partial: DeepPartial<ev.PartnershipDownloadCountEvent> = {}): ev.PartnershipDownloadCountEvent {
  return wire('partnershipDownloadCount', { downloadCount: 132, taskId: fakeId('task') }, partial);
}

/** A two-minute drawing round. */
export function pictionaryStartEvent(partial: DeepPartial<ev.PictionaryStartEvent> = {}): ev.PictionaryStartEvent {
  return wire('pictionaryStart', { pictionaryId: fakeId('round'), gameId: fakeId('game'), startTime: FAKE_START_TIME, endTime: FAKE_START_TIME + 120_000 }, partial);
}

/** A drawing round changed. */
export function pictionaryUpdateEvent(partial: DeepPartial<ev.PictionaryUpdateEvent> = {}): ev.PictionaryUpdateEvent {
  return wire('pictionaryUpdate', { updateType: 1, pictionaryId: fakeId('round') }, partial);
}

/** A drawing round ended: the word was "Wheel". */
export function pictionaryEndEvent(partial: DeepPartial<ev.PictionaryEndEvent> = {}): ev.PictionaryEndEvent {
  return wire('pictionaryEnd', { pictionaryId: fakeId('round'), answer: 'Wheel', result: 1 }, partial);
}

/** The drawing game ended. */
export function pictionaryExitEvent(partial: DeepPartial<ev.PictionaryExitEvent> = {}): ev.PictionaryExitEvent {
  return wire('pictionaryExit', { gameId: fakeId('game'), exitType: 1 }, partial);
}

/** A question of `liveUser()` deleted. */
export function questionDeleteEvent(partial: DeepPartial<ev.QuestionDeleteEvent> = {}): ev.QuestionDeleteEvent {
  return wire('questionDelete', { questionId: fakeId('question'), userId: liveUser().userId }, partial);
}

/** The host picked a question of `liveUser()`. */
export function questionSelectedEvent(partial: DeepPartial<ev.QuestionSelectedEvent> = {}): ev.QuestionSelectedEvent {
  return { ...wire('questionSelected', { questionId: fakeId('question'), questionText: 'What game is this?' }, partial), user: liveUser(partial.user) };
}

/** The selected question put away. */
export function questionSlideDownEvent(partial: DeepPartial<ev.QuestionSlideDownEvent> = {}): ev.QuestionSlideDownEvent {
  return wire('questionSlideDown', { questionId: fakeId('question') }, partial);
}

/** Q&A switched. */
export function questionSwitchEvent(partial: DeepPartial<ev.QuestionSwitchEvent> = {}): ev.QuestionSwitchEvent {
  return wire('questionSwitch', {}, partial);
}

/** A "Welcome" text sticker. */
export function roomStickerEvent(partial: DeepPartial<ev.RoomStickerEvent> = {}): ev.RoomStickerEvent {
  return wire('roomSticker', { stickerId: '2269957', stickerType: 4, title: 'Welcome', text: 'Welcome to the stream!' }, partial);
}

/** A four-hour subscriber timer with an hour left. */
export function subTimerStickerEvent(partial: DeepPartial<ev.SubTimerStickerEvent> = {}): ev.SubTimerStickerEvent {
  return wire('subTimerSticker', { timerId: fakeId('timer'), status: 2, text: 'Subathon!', totalSeconds: 14_400, remainingSeconds: 3600, startTime: FAKE_START_TIME }, partial);
}

/** A sub wave started by `liveUser()`, who is its only participant unless told. */
export function subWaveEvent(partial: DeepPartial<ev.SubWaveEvent> = {}): ev.SubWaveEvent {
  const person = (p: DeepPartial<ev.SubWaveUser> = {}) => {
    const uniqueId = p.uniqueId ?? 'viewer';
    return fill({ userId: fakeId(uniqueId), uniqueId }, p);
  };
  const initiator = person(partial.initiator);
  const participants = (partial.participants ?? [partial.initiator ?? {}]).map(person);
  const defaults = { waveId: fakeId('wave'), action: 0, status: 2, progress: 0, startTime: FAKE_START_TIME, participantCount: 5 };
  return { ...wire('subWave', defaults, partial), initiator, participants };
}

/** The host's subscription goal, with its button. */
export function subscriptionGuideEvent(partial: DeepPartial<ev.SubscriptionGuideEvent> = {}): ev.SubscriptionGuideEvent {
  return wire('subscriptionGuide', { displayKey: 'pm_mt_goal_reminder', text: 'The host set a subscription goal.', buttonText: 'Support' }, partial);
}

/** The host on the weekly ranking's 11th place. */
export function weeklyRankRewardEvent(partial: DeepPartial<ev.WeeklyRankRewardEvent> = {}): ev.WeeklyRankRewardEvent {
  const defaults = { winnerUserId: fakeId('host'), rankSource: 'weekly_rank', displayKey: 'pm_mt_weekly_ranking_top_host', text: 'host became the No. 11 LIVE creator in Weekly Ranking and received corresponding rewards!' };
  return wire('weeklyRankReward', defaults, partial);
}

/** A message of a method the decoders do not know: an empty payload under a made-up method. */
export function unknownEvent(partial: DeepPartial<ev.UnknownEvent> = {}): ev.UnknownEvent {
  return { ...fill({ ...head('WebcastUnknownFakeMessage'), payload: new Uint8Array(0) }, partial), type: 'unknown' };
}

/** The socket is open and the room entered, on the first attempt. */
export function connectedEvent(partial: DeepPartial<ConnectedEvent> = {}): ConnectedEvent {
  return { ...fill({ roomId: FAKE_ROOM_ID, attempt: 1 }, partial), type: 'connected' };
}

/**
 * The socket went away abnormally (1006, a `ConnectionClosedError`) and the stream reconnects in a
 * second. `code: undefined` is a failure before any socket: then there is no error unless given.
 */
export function disconnectedEvent(partial: DeepPartial<DisconnectedEvent> = {}): DisconnectedEvent {
  const code = 'code' in partial ? partial.code : 1006;
  const reason = partial.reason ?? '';
  const error = partial.error ?? (code === undefined ? undefined : new ConnectionClosedError(code, reason));
  return { ...fill({ reason, attempt: 1, willReconnect: true, delayMs: 1000 }, partial), type: 'disconnected', code, error };
}

/** A chat message that did not decode: a `MessageDecodeError` with the next msgId. */
export function errorEvent(partial: DeepPartial<ev.ErrorEvent> = {}): ev.ErrorEvent {
  const method = partial.method ?? METHODS.chat;
  const error = new MessageDecodeError(method, `${method}: a fake message that did not decode`);
  return { ...fill({ error, method, msgId: fakeMsgId(nextSequence()) }, partial), type: 'error' };
}

/** The room's information: live, titled `Fake LIVE`, hosted by `host`, no stream URLs. */
export function roomInfoEvent(partial: DeepPartial<RoomInfoEvent> = {}): RoomInfoEvent {
  const roomId = partial.roomId ?? FAKE_ROOM_ID;
  const p = partial.info ?? {};
  const info = fill({ roomId, status: 2, isLive: true, title: 'Fake LIVE', viewerCount: 1, totalViewers: 1, likeCount: 0, startTime: FAKE_START_TIME, coverUrl: '', raw: {} }, p);
  const owner = fill({ userId: fakeId('host'), uniqueId: 'host', nickname: 'host', profilePictureUrl: '', followerCount: 0 }, p.owner);
  const streamUrls = { flv: { ...p.streamUrls?.flv }, hls: { ...p.streamUrls?.hls }, default: p.streamUrls?.default ?? '' } as RoomInfoEvent['info']['streamUrls'];
  return { type: 'roomInfo', roomId, info: { ...info, owner, streamUrls } };
}

/** A reconnect that missed one message. */
export function gapEvent(partial: DeepPartial<GapEvent> = {}): GapEvent {
  return { ...fill({ roomId: FAKE_ROOM_ID, missed: 1 }, partial), type: 'gap' };
}

/** The factory of every event type: a type of `LiveEvent` without one here does not compile. */
export const EVENT_FACTORIES = {
  chat: chatEvent,
  member: memberEvent,
  like: likeEvent,
  gift: giftEvent,
  social: socialEvent,
  roomUserSeq: roomUserSeqEvent,
  battle: battleEvent,
  battleArmies: battleArmiesEvent,
  subscribe: subscribeEvent,
  emoteChat: emoteChatEvent,
  envelope: envelopeEvent,
  question: questionEvent,
  control: controlEvent,
  room: roomEvent,
  liveIntro: liveIntroEvent,
  rankUpdate: rankUpdateEvent,
  linkMic: linkMicEvent,
  goalUpdate: goalUpdateEvent,
  roomPin: roomPinEvent,
  poll: pollEvent,
  imDelete: imDeleteEvent,
  caption: captionEvent,
  inRoomBanner: inRoomBannerEvent,
  barrage: barrageEvent,
  linkLayer: linkLayerEvent,
  linkMicFanTicket: linkMicFanTicketEvent,
  battleTask: battleTaskEvent,
  battlePunishFinish: battlePunishFinishEvent,
  battleItemCard: battleItemCardEvent,
  rankText: rankTextEvent,
  giftBroadcast: giftBroadcastEvent,
  unauthorizedMember: unauthorizedMemberEvent,
  accessRecall: accessRecallEvent,
  bottomMessage: bottomMessageEvent,
  capsule: capsuleEvent,
  hourlyRankReward: hourlyRankRewardEvent,
  marqueeAnnouncement: marqueeAnnouncementEvent,
  msgDetect: msgDetectEvent,
  oecLiveShopping: oecLiveShoppingEvent,
  partnershipDropsUpdate: partnershipDropsUpdateEvent,
  perception: perceptionEvent,
  roomNotify: roomNotifyEvent,
  roomVerify: roomVerifyEvent,
  subPin: subPinEvent,
  anchorToolModification: anchorToolModificationEvent,
  baLeadGen: baLeadGenEvent,
  donationStickerModify: donationStickerModifyEvent,
  ecShortItemRefresh: ecShortItemRefreshEvent,
  ecTaskRegister: ecTaskRegisterEvent,
  envelopePortal: envelopePortalEvent,
  giftCollectionUpdate: giftCollectionUpdateEvent,
  goodyBag: goodyBagEvent,
  hashtag: hashtagEvent,
  inRoomBannerRefresh: inRoomBannerRefreshEvent,
  linkMicAnchorGuide: linkMicAnchorGuideEvent,
  linkScreenChange: linkScreenChangeEvent,
  battleNotice: battleNoticeEvent,
  paidContentLiveShopping: paidContentLiveShoppingEvent,
  partnershipCardChange: partnershipCardChangeEvent,
  partnershipDownloadCount: partnershipDownloadCountEvent,
  pictionaryStart: pictionaryStartEvent,
  pictionaryUpdate: pictionaryUpdateEvent,
  pictionaryEnd: pictionaryEndEvent,
  pictionaryExit: pictionaryExitEvent,
  questionDelete: questionDeleteEvent,
  questionSelected: questionSelectedEvent,
  questionSlideDown: questionSlideDownEvent,
  questionSwitch: questionSwitchEvent,
  roomSticker: roomStickerEvent,
  subTimerSticker: subTimerStickerEvent,
  subWave: subWaveEvent,
  subscriptionGuide: subscriptionGuideEvent,
  weeklyRankReward: weeklyRankRewardEvent,
  unknown: unknownEvent,
  connected: connectedEvent,
  disconnected: disconnectedEvent,
  error: errorEvent,
  roomInfo: roomInfoEvent,
  gap: gapEvent,
} as const satisfies { readonly [K in LiveEventType]: EventFactory<K> };
