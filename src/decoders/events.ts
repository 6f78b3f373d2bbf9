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
