/**
 * The `LiveEvent` union: what a TikTok LIVE room emits, as typed objects.
 * Field names are public API and follow the names users of the existing
 * TikTok LIVE SDKs already know (`uniqueId`, `comment`, `repeatCount`, …).
 */
import type { LiveError } from '../errors.js';

/** A badge shown next to a user's name. */
export interface Badge {
  /** TikTok's BadgeSceneType: 1 moderator, 4/7 subscriber, 6 rank list, 8 gifter level, 10 fan club, … */
  sceneType: number;
  /** 1 image, 2 text, 3 string, 4 combined. */
  displayType: number;
  /** Level carried by the badge (gifter level, fan-club level), 0 when none. */
  level: number;
  /** Text of a text/string badge, or its i18n key. */
  text: string;
  /** Image URL of an image badge, '' when none. */
  url: string;
}

/** A TikTok user as it appears in an event. */
export interface LiveUser {
  /** Numeric user id as a decimal string. */
  userId: string;
  /** The @handle, without the @ (TikTok's `displayId`). */
  uniqueId: string;
  nickname: string;
  /** First avatar URL, '' when none. */
  profilePictureUrl: string;
  /** Moderator of this room. */
  isModerator: boolean;
  /** Subscriber of the host. */
  isSubscriber: boolean;
  /** 0 none, 1 follows the host, 2 friends (mutual follow). */
  followRole: number;
  badges: Badge[];
}

/** Fields every event that came off the wire carries. */
export interface WireEventBase {
  /** The wire method, e.g. `WebcastChatMessage` (as sent, with or without the `Webcast` prefix). */
  method: string;
  /** Message id as a decimal string ('0' when TikTok sent none). */
  msgId: string;
  /** Room id as a decimal string. */
  roomId: string;
  /** Epoch milliseconds. */
  createTime: number;
}

export interface ChatEmote {
  emoteId: string;
  emoteUrl: string;
  /** Character position in the comment where the emote goes. */
  index: number;
}

export interface ChatEvent extends WireEventBase {
  type: 'chat';
  user: LiveUser;
  comment: string;
  emotes: ChatEmote[];
  language: string;
}

export interface MemberEvent extends WireEventBase {
  type: 'member';
  user: LiveUser;
  /** 1 joined, 3 subscribed, 0 unknown. */
  action: number;
  /** Audience size TikTok reported with the join. */
  memberCount: number;
}

export interface LikeEvent extends WireEventBase {
  type: 'like';
  user: LiveUser;
  /** Likes in this batch. */
  likeCount: number;
  /** The room's cumulative like counter. */
  totalLikes: number;
}

export interface GiftEvent extends WireEventBase {
  type: 'gift';
  user: LiveUser;
  giftId: number;
  giftName: string;
  /** Diamond cost of one gift. */
  diamondCount: number;
  /** 1 = streakable (combo) gift; 2, 4, … = single gifts. */
  giftType: number;
  giftPictureUrl: string;
  /** Gifts so far in this streak (the final count when `repeatEnd`). */
  repeatCount: number;
  /** True on the last message of a streak. */
  repeatEnd: boolean;
  /** True while a streakable gift's streak is still running: do not count it yet. */
  combo: boolean;
  /** Identifies the streak. */
  groupId: string;
  /** Recipient in multi-guest rooms; undefined when it is the host. */
  toUser: LiveUser | undefined;
}

export type SocialAction = 'follow' | 'share' | 'other';

export interface SocialEvent extends WireEventBase {
  type: 'social';
  user: LiveUser;
  action: SocialAction;
  /** TikTok's display key, e.g. `pm_main_follow_message_viewer_2`. */
  displayType: string;
  /** TikTok's raw action number (1 follow, 3 share in real data). */
  rawAction: number;
  /** For share milestones (`pm_mt_guidance_viewer_N_share`): N viewers joined; else 0. */
  usersJoined: number;
}

export interface TopViewer {
  user: LiveUser;
  /** Coins given. */
  coinCount: number;
  rank: number;
}

export interface RoomUserSeqEvent extends WireEventBase {
  type: 'roomUserSeq';
  /** Viewers now. */
  viewerCount: number;
  /** Cumulative unique viewers. */
  totalViewers: number;
  topViewers: TopViewer[];
}

export interface BattleUser {
  userId: string;
  uniqueId: string;
  nickname: string;
  profilePictureUrl: string;
}

export interface BattleTeam {
  hostUserId: string;
  host: BattleUser | undefined;
  /** 0 win, 1 lose, 2 draw; undefined while the battle runs. */
  result: number | undefined;
  score: number;
}

export interface BattleEvent extends WireEventBase {
  type: 'battle';
  battleId: string;
  /** BattleSetting status: 0 not started, 1 started, 2 finished, 3 punish started, 4 punish finished. */
  status: number;
  /** Battle action: 1 invite, 4 open, 5 finish, … */
  action: number;
  /** Duration in seconds. */
  duration: number;
  teams: BattleTeam[];
}

export interface ArmyUser {
  userId: string;
  nickname: string;
  score: number;
  profilePictureUrl: string;
}

export interface ArmyTeam {
  hostUserId: string;
  score: number;
  users: ArmyUser[];
}

export interface BattleArmiesEvent extends WireEventBase {
  type: 'battleArmies';
  battleId: string;
  /** 1 score update, 2 battle end, … */
  triggerReason: number;
  teams: ArmyTeam[];
}

export interface SubscribeEvent extends WireEventBase {
  type: 'subscribe';
  user: LiveUser;
  subMonth: number;
}

export interface EmoteChatEvent extends WireEventBase {
  type: 'emoteChat';
  user: LiveUser;
  emoteId: string;
  emoteUrl: string;
}

export interface EnvelopeEvent extends WireEventBase {
  type: 'envelope';
  envelopeId: string;
  diamondCount: number;
  peopleCount: number;
  /** The sender, as far as the envelope names them. */
  user: LiveUser;
}

export interface QuestionEvent extends WireEventBase {
  type: 'question';
  user: LiveUser;
  questionText: string;
  questionId: string;
}

/** What a `control` event's `action` means (TikTok may send others: `action` stays a number). */
export const ControlAction = {
  Unknown: 0,
  Paused: 1,
  Unpaused: 2,
  /** The LIVE ended. */
  Ended: 3,
  /** The LIVE was suspended (banned): it ended too. */
  Suspended: 4,
} as const;
/** 1 paused, 2 unpaused, 3 ended, 4 suspended (banned), 0 unknown; see `ControlAction`. */
export type ControlAction = number;

export interface ControlEvent extends WireEventBase {
  type: 'control';
  action: ControlAction;
  tips: string;
}

export interface RoomEvent extends WireEventBase {
  type: 'room';
  content: string;
}

export interface LiveIntroEvent extends WireEventBase {
  type: 'liveIntro';
  title: string;
  host: LiveUser | undefined;
}

export interface RankEntry {
  rankType: number;
  /** The host's position on that list, 0 when unranked. */
  rank: number;
  /** What TikTok displays, e.g. "Weekly Ranking". */
  text: string;
}

export interface RankUpdateEvent extends WireEventBase {
  type: 'rankUpdate';
  rankType: number;
  rankList: RankEntry[];
}

export interface LinkMicEvent extends WireEventBase {
  type: 'linkMic';
  /** TikTok's message type for the link-mic change. */
  action: number;
  users: LiveUser[];
}

/** A sub-goal of a LIVE goal: a gift count, likes, new followers, … */
export interface GoalSubGoal {
  subGoalId: string;
  /** 1 gift, 2 likes, … (TikTok's sub-goal type). */
  type: number;
  progress: number;
  target: number;
  /** The gift a gift sub-goal counts; '' and 0 otherwise. */
  giftName: string;
  giftDiamondCount: number;
  giftPictureUrl: string;
}

/** Someone who contributed to a goal, as the goal names them. */
export interface GoalContributor {
  userId: string;
  uniqueId: string;
  profilePictureUrl: string;
  score: number;
}

/** The host's LIVE goal changed: progress, a new contribution, or the goal itself. */
export interface GoalUpdateEvent extends WireEventBase {
  type: 'goalUpdate';
  goalId: string;
  /** TikTok's goal type and status (1 ongoing, 2 finished, …). */
  goalType: number;
  status: number;
  description: string;
  /** Epoch ms; 0 when not sent. */
  startTime: number;
  expireTime: number;
  subGoals: GoalSubGoal[];
  /** The top contributors so far. */
  contributors: GoalContributor[];
  /** Who made this update, '0' and '' when nobody did. */
  contributorId: string;
  contributorUniqueId: string;
  contributeCount: number;
  contributeScore: number;
}

/** A message the host or a moderator pinned (or unpinned). */
export interface RoomPinEvent extends WireEventBase {
  type: 'roomPin';
  /** 1 pin, 2 unpin. */
  action: number;
  /** The pinned message's msgId. */
  pinnedMsgId: string;
  /** The pinned message's method, e.g. `WebcastChatMessage`. */
  pinnedMethod: string;
  /** Its sender, when it names one. */
  pinnedUser: LiveUser | undefined;
  /** A pinned comment's text, or what TikTok displays for another pinned message. */
  pinnedText: string;
  /** Epoch ms of the pin. */
  pinTime: number;
  /** Seconds the pin stays. */
  displayDuration: number;
  /** Who pinned it. */
  operator: LiveUser | undefined;
}

export interface PollOption {
  optionIndex: number;
  text: string;
  votes: number;
}

/** A poll started (messageType 0), ended (1) or its votes changed (2). */
export interface PollEvent extends WireEventBase {
  type: 'poll';
  pollId: string;
  /** 0 started, 1 ended, 2 votes updated. */
  messageType: number;
  /** The question; sent when the poll starts. */
  title: string;
  /** Epoch ms; sent when the poll starts, else 0. */
  startTime: number;
  endTime: number;
  /** How an ended poll ended; 0 otherwise. */
  endType: number;
  options: PollOption[];
  /** Who started or ended it, when sent. */
  operator: LiveUser | undefined;
}

/** Messages (or all messages of users) a moderator deleted: remove them from view. */
export interface ImDeleteEvent extends WireEventBase {
  type: 'imDelete';
  deleteMsgIds: string[];
  deleteUserIds: string[];
}

export interface CaptionText {
  language: string;
  text: string;
}

/** A live caption (speech to text) of what the host said. */
export interface CaptionEvent extends WireEventBase {
  type: 'caption';
  /** Epoch ms of the speech. */
  timestamp: number;
  /** Milliseconds it lasted. */
  duration: number;
  captions: CaptionText[];
}

/** The room's banners changed; `data` is TikTok's JSON description of them. */
export interface InRoomBannerEvent extends WireEventBase {
  type: 'inRoomBanner';
  data: string;
}

/** A highlighted line across the room: a high-level viewer joined, a fan-club level up, … */
export interface BarrageEvent extends WireEventBase {
  type: 'barrage';
  /** TikTok's barrage type (9 user-grade join, …). */
  barrageType: number;
  displayKey: string;
  /** The text as displayed, users by nickname. */
  text: string;
  /** Milliseconds on screen. */
  duration: number;
  user: LiveUser | undefined;
  /** The user's gifter or fan-club level it shows; 0 when none. */
  level: number;
}

/** A change of a multi-guest (link) layer: invites, joins, leaves, … */
export interface LinkLayerEvent extends WireEventBase {
  type: 'linkLayer';
  /** TikTok's LinkLayerMessageType. */
  messageType: number;
  channelId: string;
  scene: number;
}

export interface FanTicketUser {
  userId: string;
  fanTickets: number;
  matchTotalScore: number;
  matchRank: number;
}

/** Fan tickets (gift points) of the hosts and guests of a link-mic session. */
export interface LinkMicFanTicketEvent extends WireEventBase {
  type: 'linkMicFanTicket';
  totalFanTickets: number;
  matchId: string;
  /** Epoch ms. */
  eventTime: number;
  users: FanTicketUser[];
}

export interface BattlePromptValue {
  field: string;
  value: string;
}

/** A battle task: its progress, its result or its reward. */
export interface BattleTaskEvent extends WireEventBase {
  type: 'battleTask';
  battleId: string;
  /** 1 start, 2 update, 3 settle, 4 reward, … (TikTok's BattleTaskMessageType). */
  taskMessageType: number;
  progress: number;
  /** The prompt's key, e.g. `pm_mt_live_match_desc_2`. */
  promptKey: string;
  /** The prompt's values, e.g. `[{ field: 'sum', value: '1809' }]`. */
  promptValues: BattlePromptValue[];
  /** The task's result when settled, 0 otherwise. */
  result: number;
}

/** A battle's punishment time ended. */
export interface BattlePunishFinishEvent extends WireEventBase {
  type: 'battlePunishFinish';
  battleId: string;
  channelId: string;
  /** Who ended it. */
  operatorUserId: string;
  reason: number;
  /** The battle's status afterwards (4 punish finished). */
  status: number;
}

/** A battle item card was won or used (boosting glove, mist, …). */
export interface BattleItemCardEvent extends WireEventBase {
  type: 'battleItemCard';
  battleId: string;
  /** TikTok's BattleCardMsgType. */
  cardType: number;
  displayKey: string;
  text: string;
}

/** A viewer reached a place among the top viewers. */
export interface RankTextEvent extends WireEventBase {
  type: 'rankText';
  scene: number;
  /** The viewer's place before and after. */
  rankBefore: number;
  rankAfter: number;
  userId: string;
  displayKey: string;
  /** What the room displays, e.g. "… just became the No. 1 viewer!". */
  text: string;
}

/** A big gift somewhere on TikTok, announced in this room. */
export interface GiftBroadcastEvent extends WireEventBase {
  type: 'giftBroadcast';
  fromUserId: string;
  displayKey: string;
  text: string;
  /** Where tapping it leads (a `sslocal://` link to the room or the gift). */
  schema: string;
}

/** A viewer who is not logged in joined. */
export interface UnauthorizedMemberEvent extends WireEventBase {
  type: 'unauthorizedMember';
  action: number;
  /** The name they are shown by, e.g. "Viewer" and a number. */
  nickname: string;
  displayKey: string;
  text: string;
}

/** What a moderation notice says about a penalty. */
export interface PunishInfo {
  /** e.g. `other_live_nr`, `muting_cancel`; '' when none. */
  punishType: string;
  punishReason: string;
  punishId: string;
  /** Who broke the rules, '0' when nobody is named. */
  violationUserId: string;
}

/** The LIVE's reach is limited (or restored) for a reason, e.g. content classification. */
export interface AccessRecallEvent extends WireEventBase {
  type: 'accessRecall';
  status: number;
  /** e.g. `CONTENT_CLASSIFICATION`, `GIFT`. */
  scene: string;
  /** Seconds; 0 when not sent. */
  duration: number;
  /** Epoch ms; 0 when not sent. */
  endTime: number;
  punish: PunishInfo;
}

/** A notice at the bottom of the room, e.g. a co-host's LIVE not recommended. */
export interface BottomMessageEvent extends WireEventBase {
  type: 'bottomMessage';
  content: string;
  showType: number;
  /** Seconds. */
  duration: number;
  bizType: number;
  punish: PunishInfo;
}

/** A capsule in the room: a reminder such as "The host set a subscription goal." with a button. */
export interface CapsuleEvent extends WireEventBase {
  type: 'capsule';
  capsuleType: number;
  displayKey: string;
  text: string;
  buttonText: string;
  /** Where the button leads. */
  schema: string;
}

export interface RankRewardWinner {
  userId: string;
  assetId: string;
  displayKey: string;
  /** What the room announces, e.g. "Congratulations! … just became the No. 1 …". */
  text: string;
}

/** Hosts who won an hourly ranking, announced with their reward. */
export interface HourlyRankRewardEvent extends WireEventBase {
  type: 'hourlyRankReward';
  winners: RankRewardWinner[];
}

export interface MarqueeEntry {
  displayKey: string;
  text: string;
  /** Where tapping it leads. */
  schema: string;
}

/** A scrolling announcement across the room, e.g. a ranking winner going LIVE. */
export interface MarqueeAnnouncementEvent extends WireEventBase {
  type: 'marqueeAnnouncement';
  /** e.g. `start_room_event`. */
  messageScene: string;
  entries: MarqueeEntry[];
}

/** A connection probe: TikTok measuring how fast messages reach the client. */
export interface MsgDetectEvent extends WireEventBase {
  type: 'msgDetect';
  detectType: number;
  triggerBy: number;
  /** Epoch ms the probe started on the client, reached the API and left for the push server. */
  clientStartTime: number;
  apiReceiveTime: number;
  apiSendTime: number;
  /** The region it came from, e.g. `US`. */
  fromRegion: string;
}

/** A product the host shows from their shop. */
export interface OecLiveShoppingEvent extends WireEventBase {
  type: 'oecLiveShopping';
  /** 1 a product shown; 0 only the count changed. */
  actionType: number;
  /** How many products the LIVE's shop has. */
  productCount: number;
  productId: string;
  title: string;
  /** As displayed, currency included, e.g. "$19.00". */
  price: string;
  imageUrl: string;
  /** e.g. "TikTok Shop". */
  source: string;
}

/** A partnership drop (a game promotion's reward campaign) changed. */
export interface PartnershipDropsUpdateEvent extends WireEventBase {
  type: 'partnershipDropsUpdate';
  changeMode: number;
  dropsId: string;
  taskId: string;
  eventId: string;
  anchorUserId: string;
}

/** A moderation notice to the room, e.g. a mute lifted. */
export interface PerceptionEvent extends WireEventBase {
  type: 'perception';
  /** The dialog's scene and icon. */
  scene: number;
  iconType: number;
  /** Epoch ms the penalty ends; 0 when not sent. */
  endTime: number;
  punish: PunishInfo;
}

/** A notice about the room itself, e.g. the LIVE's level going up, with a link. */
export interface RoomNotifyEvent extends WireEventBase {
  type: 'roomNotify';
  notifyType: number;
  displayKey: string;
  text: string;
  schema: string;
  fromUserId: string;
}

/** The room was checked by TikTok: `action` says what came of it; `closeRoom` when the LIVE is closed. */
export interface RoomVerifyEvent extends WireEventBase {
  type: 'roomVerify';
  action: number;
  content: string;
  noticeType: number;
  closeRoom: boolean;
}

/** A subscriber card pinned: a subscription goal with its target and progress. */
export interface SubPinEvent extends WireEventBase {
  type: 'subPin';
  actionType: number;
  operatorUserId: string;
  cardId: string;
  cardType: number;
  /** The subscription goal the card shows, when it shows one. */
  goalId: string;
  goalText: string;
  goalTarget: number;
  goalProgress: number;
}

// The events below come from methods the v3 schema lacks: their fields follow the
// real captures, and are named for what they hold there.

/** The host changed a LIVE effect or tool (a trending effect in a match, …). */
export interface AnchorToolModificationEvent extends WireEventBase {
  type: 'anchorToolModification';
  toolId: string;
  title: string;
  /** Epoch ms; `endTime` 0 while it runs. */
  startTime: number;
  endTime: number;
  /** Where the host picked it, e.g. `trending`. */
  source: string;
  /** e.g. `video_anchor_pk`. */
  scene: string;
}

/** A business account's lead-generation card ("learn more"). */
export interface BaLeadGenEvent extends WireEventBase {
  type: 'baLeadGen';
  action: number;
  leadGenId: string;
  /** Epoch ms. */
  eventTime: number;
  displayKey: string;
  schema: string;
}

/** The host's donation sticker changed: the charity it collects for. */
export interface DonationStickerModifyEvent extends WireEventBase {
  type: 'donationStickerModify';
  stickerId: string;
  stickerType: number;
  organisationId: string;
  organisationName: string;
  organisationDescription: string;
}

/** The shop's short item list asks to be refreshed after `delay` ms. */
export interface EcShortItemRefreshEvent extends WireEventBase {
  type: 'ecShortItemRefresh';
  delay: number;
  /** e.g. `shortTouchEcommerceVoucher`. */
  key: string;
}

/** A shopping task registered, to be fetched after `delay` ms. */
export interface EcTaskRegisterEvent extends WireEventBase {
  type: 'ecTaskRegister';
  delay: number;
  taskId: string;
}

/** A treasure chest in another room, offered through a portal. */
export interface EnvelopePortalEvent extends WireEventBase {
  type: 'envelopePortal';
  envelopeId: string;
  senderUserId: string;
}

/** A gift of the host's gift collection (gallery) changed. */
export interface GiftCollectionUpdateEvent extends WireEventBase {
  type: 'giftCollectionUpdate';
  updateType: number;
  giftId: number;
  giftName: string;
  diamondCount: number;
  /** e.g. "Sent Travel with You". */
  text: string;
}

export interface GoodyBagWinner {
  userId: string;
  uniqueId: string;
  amount: number;
}

/** A goody bag: diamonds shared among viewers, and who got how many. */
export interface GoodyBagEvent extends WireEventBase {
  type: 'goodyBag';
  goodyBagId: string;
  activityId: string;
  diamondCount: number;
  claimedCount: number;
  peopleCount: number;
  /** The sender's note, '' when none. */
  message: string;
  /** Epoch ms it opens. */
  openTime: number;
  winners: GoodyBagWinner[];
}

/** The LIVE's hashtag (topic) changed. */
export interface HashtagEvent extends WireEventBase {
  type: 'hashtag';
  hashtagId: string;
  title: string;
  namespace: number;
}

/** The room's banners want refreshing, every `refreshInterval` seconds. */
export interface InRoomBannerRefreshEvent extends WireEventBase {
  type: 'inRoomBannerRefresh';
  refreshInterval: number;
}

/** A hint to the host to invite another host to link up. */
export interface LinkMicAnchorGuideEvent extends WireEventBase {
  type: 'linkMicAnchorGuide';
  guideType: number;
  anchorUserId: string;
}

/** The link-mic screen layout changed. */
export interface LinkScreenChangeEvent extends WireEventBase {
  type: 'linkScreenChange';
  messageType: number;
  layoutType: number;
  /** The linked users' ids joined by `_`. */
  layoutKey: string;
}

/** A battle's rule notice, e.g. only a chosen gift counts. */
export interface BattleNoticeEvent extends WireEventBase {
  type: 'battleNotice';
  noticeType: number;
  displayKey: string;
  text: string;
}

/** Paid content (a paid series) offered in the LIVE. */
export interface PaidContentLiveShoppingEvent extends WireEventBase {
  type: 'paidContentLiveShopping';
  action: number;
  contentId: string;
  /** Epoch ms. */
  eventTime: number;
}

/** A game partnership's card changed. */
export interface PartnershipCardChangeEvent extends WireEventBase {
  type: 'partnershipCardChange';
  changeType: number;
  taskId: string;
}

/** Downloads a game partnership's task counted so far. */
export interface PartnershipDownloadCountEvent extends WireEventBase {
  type: 'partnershipDownloadCount';
  downloadCount: number;
  taskId: string;
}

/** A round of the drawing game (pictionary) started. */
export interface PictionaryStartEvent extends WireEventBase {
  type: 'pictionaryStart';
  pictionaryId: string;
  /** The game the round belongs to. */
  gameId: string;
  /** Epoch ms. */
  startTime: number;
  endTime: number;
}

/** A round of the drawing game changed. */
export interface PictionaryUpdateEvent extends WireEventBase {
  type: 'pictionaryUpdate';
  updateType: number;
  pictionaryId: string;
}

/** A round of the drawing game ended, with the word. */
export interface PictionaryEndEvent extends WireEventBase {
  type: 'pictionaryEnd';
  pictionaryId: string;
  answer: string;
  result: number;
}

/** The drawing game ended. */
export interface PictionaryExitEvent extends WireEventBase {
  type: 'pictionaryExit';
  gameId: string;
  exitType: number;
}

/** A Q&A question deleted. */
export interface QuestionDeleteEvent extends WireEventBase {
  type: 'questionDelete';
  questionId: string;
  userId: string;
}

/** The host picked a Q&A question to answer. */
export interface QuestionSelectedEvent extends WireEventBase {
  type: 'questionSelected';
  questionId: string;
  questionText: string;
  user: LiveUser;
}

/** The selected Q&A question was put away. */
export interface QuestionSlideDownEvent extends WireEventBase {
  type: 'questionSlideDown';
  questionId: string;
}

/** Q&A switched on or off for the room (the message carries nothing more). */
export interface QuestionSwitchEvent extends WireEventBase {
  type: 'questionSwitch';
}

/** A text sticker on the LIVE's screen. */
export interface RoomStickerEvent extends WireEventBase {
  type: 'roomSticker';
  stickerId: string;
  stickerType: number;
  /** The sticker's style, e.g. "Welcome". */
  title: string;
  text: string;
}

/** The subscriber timer sticker: how long the LIVE runs on, extended by subscriptions. */
export interface SubTimerStickerEvent extends WireEventBase {
  type: 'subTimerSticker';
  timerId: string;
  status: number;
  text: string;
  totalSeconds: number;
  remainingSeconds: number;
  /** Epoch ms. */
  startTime: number;
}

export interface SubWaveUser {
  userId: string;
  uniqueId: string;
}

/** A sub wave: subscribers starting a wave of subscriptions together. */
export interface SubWaveEvent extends WireEventBase {
  type: 'subWave';
  waveId: string;
  action: number;
  status: number;
  progress: number;
  /** Epoch ms. */
  startTime: number;
  initiator: SubWaveUser;
  participants: SubWaveUser[];
  participantCount: number;
}

/** A nudge to subscribe: the host's subscription goal, with a button. */
export interface SubscriptionGuideEvent extends WireEventBase {
  type: 'subscriptionGuide';
  displayKey: string;
  text: string;
  buttonText: string;
}

/** A host reached a daily or weekly ranking place, announced with its reward. */
export interface WeeklyRankRewardEvent extends WireEventBase {
  type: 'weeklyRankReward';
  winnerUserId: string;
  /** e.g. `weekly_rank`, `daily_rank`. */
  rankSource: string;
  displayKey: string;
  text: string;
}

export interface UnknownEvent extends WireEventBase {
  type: 'unknown';
  /** The raw message bytes, to decode with your own schema. */
  payload: Uint8Array;
}

/** Every event decoded from a TikTok message. */
export type WireEvent =
  | ChatEvent
  | MemberEvent
  | LikeEvent
  | GiftEvent
  | SocialEvent
  | RoomUserSeqEvent
  | BattleEvent
  | BattleArmiesEvent
  | SubscribeEvent
  | EmoteChatEvent
  | EnvelopeEvent
  | QuestionEvent
  | ControlEvent
  | RoomEvent
  | LiveIntroEvent
  | RankUpdateEvent
  | LinkMicEvent
  | GoalUpdateEvent
  | RoomPinEvent
  | PollEvent
  | ImDeleteEvent
  | CaptionEvent
  | InRoomBannerEvent
  | BarrageEvent
  | LinkLayerEvent
  | LinkMicFanTicketEvent
  | BattleTaskEvent
  | BattlePunishFinishEvent
  | BattleItemCardEvent
  | RankTextEvent
  | GiftBroadcastEvent
  | UnauthorizedMemberEvent
  | AccessRecallEvent
  | BottomMessageEvent
  | CapsuleEvent
  | HourlyRankRewardEvent
  | MarqueeAnnouncementEvent
  | MsgDetectEvent
  | OecLiveShoppingEvent
  | PartnershipDropsUpdateEvent
  | PerceptionEvent
  | RoomNotifyEvent
  | RoomVerifyEvent
  | SubPinEvent
  | AnchorToolModificationEvent
  | BaLeadGenEvent
  | DonationStickerModifyEvent
  | EcShortItemRefreshEvent
  | EcTaskRegisterEvent
  | EnvelopePortalEvent
  | GiftCollectionUpdateEvent
  | GoodyBagEvent
  | HashtagEvent
  | InRoomBannerRefreshEvent
  | LinkMicAnchorGuideEvent
  | LinkScreenChangeEvent
  | BattleNoticeEvent
  | PaidContentLiveShoppingEvent
  | PartnershipCardChangeEvent
  | PartnershipDownloadCountEvent
  | PictionaryStartEvent
  | PictionaryUpdateEvent
  | PictionaryEndEvent
  | PictionaryExitEvent
  | QuestionDeleteEvent
  | QuestionSelectedEvent
  | QuestionSlideDownEvent
  | QuestionSwitchEvent
  | RoomStickerEvent
  | SubTimerStickerEvent
  | SubWaveEvent
  | SubscriptionGuideEvent
  | WeeklyRankRewardEvent
  | UnknownEvent;

/** One message that failed to decode, in-band: the stream goes on. */
export interface ErrorEvent {
  type: 'error';
  error: LiveError;
  /** Method of the message that failed, when one did. */
  method?: string;
  msgId?: string;
}

/** Whether `event` is the end of the LIVE: a `control` event that ended or suspended it. */
export function isStreamEnd(event: { readonly type: string }): event is ControlEvent {
  if (event.type !== 'control') return false;
  const { action } = event as ControlEvent;
  return action === ControlAction.Ended || action === ControlAction.Suspended;
}
