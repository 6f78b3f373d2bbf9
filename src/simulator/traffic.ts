/**
 * A seeded generator of realistic TikTok LIVE room traffic. Same seed, same
 * events: chat (some with emotes), joins, like bursts, gift streaks (type-1
 * gifts with repeatCount 1..n and repeatEnd on the last; single gifts of other
 * types), follows and shares, viewer counts with top viewers, battles (start,
 * armies score updates, end), subscriptions, emote chat, envelopes, questions,
 * rank updates, link-mic, live intro, room messages, pause/unpause, every other
 * event type of the registry (goals, pins, polls, captions, shopping, …) and a few
 * methods nobody has seen (`unknown`).
 *
 * Pure code (no I/O): the simulator, benchmarks and tests share it.
 */
import type {
  BattleArmiesEvent,
  BattleEvent,
  ControlEvent,
  GiftEvent,
  LikeEvent,
  LiveUser,
  PunishInfo,
  SocialEvent,
  UnknownEvent,
  WireEvent,
  WireEventBase,
} from '../decoders/events.js';
import { encodeEvent, EVENT_METHODS } from '../decoders/encoders.js';
import { ControlAction } from '../decoders/events.js';
import type { RegisteredEventType, WireEventOf } from '../decoders/registry.js';
import { InvalidArgumentError } from '../errors.js';
import type { EventInit, EventInitOf, People } from './eventInit.js';
import { GIFT_CATALOG, type CatalogGift } from './gifts.js';

/**
 * What the generator can produce: every event type of the decoders' registry
 * (a battle's armies updates come within `battle`, control messages as `pause`),
 * and messages of methods the library does not map (`unknown`). A type added to
 * the registry is a kind here, and needs a weight in `DEFAULT_MIX` and a case in
 * `TrafficGenerator.event`, or this does not compile.
 */
export type TrafficKind = Exclude<RegisteredEventType, 'battleArmies' | 'control'> | 'pause' | 'unknown';

/** The kinds made by one template each, with no state across events: the room's busier side events (`TrafficGenerator.more`)… */
type MoreKind =
  | 'goalUpdate' | 'roomPin' | 'poll' | 'imDelete' | 'caption' | 'inRoomBanner' | 'barrage' | 'linkLayer' | 'linkMicFanTicket'
  | 'battleTask' | 'battlePunishFinish' | 'battleItemCard' | 'rankText' | 'giftBroadcast' | 'unauthorizedMember';
/** …the notices, moderation, shopping and probe messages (`TrafficGenerator.notices`)… */
type NoticeKind =
  | 'accessRecall' | 'bottomMessage' | 'capsule' | 'hourlyRankReward' | 'marqueeAnnouncement' | 'msgDetect' | 'oecLiveShopping'
  | 'partnershipDropsUpdate' | 'perception' | 'roomNotify' | 'roomVerify' | 'subPin';
/** …and every other kind, the methods the v3 schema lacks (`TrafficGenerator.rare`). */
type RareKind = Exclude<TrafficKind, MoreKind | NoticeKind | 'chat' | 'member' | 'like' | 'gift' | 'social' | 'roomUserSeq' | 'battle' | 'subscribe' | 'emoteChat' | 'envelope' | 'question' | 'rankUpdate' | 'linkMic' | 'liveIntro' | 'room' | 'pause' | 'unknown'>;

/** Relative weights of each kind; the default resembles a busy real room. */
export const DEFAULT_MIX: Readonly<Record<TrafficKind, number>> = {
  chat: 28,
  member: 20,
  like: 24,
  gift: 14,
  social: 4,
  roomUserSeq: 3,
  battle: 1.5,
  subscribe: 0.5,
  emoteChat: 1,
  envelope: 0.3,
  question: 0.5,
  rankUpdate: 0.8,
  linkMic: 0.5,
  liveIntro: 0.1,
  room: 0.3,
  pause: 0.05,
  unknown: 0.8,
  goalUpdate: 0.4,
  roomPin: 0.1,
  poll: 0.15,
  imDelete: 0.05,
  caption: 0.4,
  inRoomBanner: 0.05,
  barrage: 0.3,
  linkLayer: 0.1,
  linkMicFanTicket: 0.4,
  battleTask: 0.1,
  battlePunishFinish: 0.05,
  battleItemCard: 0.05,
  rankText: 0.15,
  giftBroadcast: 0.05,
  unauthorizedMember: 0.3,
  accessRecall: 0.05,
  bottomMessage: 0.05,
  capsule: 0.05,
  hourlyRankReward: 0.05,
  marqueeAnnouncement: 0.05,
  msgDetect: 0.1,
  oecLiveShopping: 0.1,
  partnershipDropsUpdate: 0.05,
  perception: 0.05,
  roomNotify: 0.1,
  roomVerify: 0.05,
  subPin: 0.05,
  anchorToolModification: 0.05,
  baLeadGen: 0.05,
  donationStickerModify: 0.05,
  ecShortItemRefresh: 0.05,
  ecTaskRegister: 0.05,
  envelopePortal: 0.05,
  giftCollectionUpdate: 0.05,
  goodyBag: 0.05,
  hashtag: 0.05,
  inRoomBannerRefresh: 0.05,
  linkMicAnchorGuide: 0.05,
  linkScreenChange: 0.05,
  battleNotice: 0.05,
  paidContentLiveShopping: 0.05,
  partnershipCardChange: 0.05,
  partnershipDownloadCount: 0.05,
  pictionaryStart: 0.05,
  pictionaryUpdate: 0.05,
  pictionaryEnd: 0.05,
  pictionaryExit: 0.05,
  questionDelete: 0.05,
  questionSelected: 0.05,
  questionSlideDown: 0.05,
  questionSwitch: 0.05,
  roomSticker: 0.05,
  subTimerSticker: 0.05,
  subWave: 0.05,
  subscriptionGuide: 0.05,
  weeklyRankReward: 0.05,
};

export interface TrafficOptions {
  /** Everything is deterministic for a seed. Default 1. */
  seed?: number | undefined;
  /** Room id (decimal string). */
  roomId: string;
  /** The host's handle, used in intros and battles. */
  hostUniqueId?: string | undefined;
  /** Relative weights; kinds left out keep their default weight, 0 switches one off. */
  mix?: Partial<Record<TrafficKind, number>> | undefined;
  /** Size of the simulated audience. Default 500. */
  audience?: number | undefined;
  /** Gift catalog; default the built-in one. */
  gifts?: readonly CatalogGift[] | undefined;
  /** Base URL for gift and avatar pictures. */
  assetBaseUrl?: string | undefined;
}

/** Mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ne', 'to', 'vi', 'sa', 'ju', 'pe', 'zo', 'ri', 'an', 'el', 'yu', 'do'];
const COMMENTS = [
  'hello from Berlin!', 'first time here 👋', 'love this song', 'what game is this?', 'gg', 'lol', 'you are amazing',
  'can you say hi to me?', 'W stream', '🔥🔥🔥', 'how long have you been live?', 'play the next level!', 'nice combo',
  'greetings from Brazil 🇧🇷', 'that was close', 'let\'s goooo', 'hi chat', 'the music is so good', 'follow for follow?', 'wow',
];
const QUESTIONS = ['What camera do you use?', 'When is the next stream?', 'Which game is next?', 'How old is your cat?', 'Favourite song?'];
// Methods nobody has seen: every method of the real captures decodes to an event of its own.
const UNKNOWN_METHODS = ['WebcastFutureFeatureMessage', 'WebcastNotYetSeenMessage'];
const CAPTIONS = ['hello everyone, welcome in', 'thank you so much for the gift', 'let me read the chat', 'we start the next round now'];
const POLL_OPTIONS = ['yes', 'no', 'maybe'];

interface Streak {
  user: LiveUser;
  gift: CatalogGift;
  groupId: string;
  count: number;
}

interface Battle {
  battleId: string;
  teams: Array<{ hostUserId: string; uniqueId: string; nickname: string; score: number; users: Map<string, number> }>;
  updates: number;
}

/**
 * Produces one event per `next()` call. Streaks, battles and pauses carry state
 * across calls, so the sequence reads like a real room.
 */
export class TrafficGenerator implements People {
  readonly roomId: string;
  private readonly random: () => number;
  private readonly kinds: TrafficKind[];
  private readonly cumulative: number[];
  private readonly audience: LiveUser[];
  private readonly audienceById: Map<string, LiveUser>;
  private readonly audienceByHandle: Map<string, LiveUser>;
  private readonly gifts: readonly CatalogGift[];
  private readonly streakable: CatalogGift[];
  private readonly single: CatalogGift[];
  private readonly hostUniqueId: string;
  private readonly assetBaseUrl: string;
  private readonly streaks: Streak[] = [];
  private battle: Battle | undefined;
  private paused = false;
  private nextId: bigint;
  private totalLikes = 0;
  private viewers = 0;
  private totalViewers = 0;
  private readonly coins = new Map<string, number>();

  constructor(options: TrafficOptions) {
    const seed = options.seed ?? 1;
    this.random = prng(seed);
    this.roomId = options.roomId;
    this.hostUniqueId = options.hostUniqueId ?? 'host';
    this.assetBaseUrl = options.assetBaseUrl ?? 'https://assets.tiktok-live-rx.invalid';
    const mix = { ...DEFAULT_MIX, ...options.mix };
    this.kinds = (Object.keys(mix) as TrafficKind[]).filter((k) => mix[k] > 0);
    let sum = 0;
    this.cumulative = this.kinds.map((k) => (sum += mix[k]));
    this.gifts = options.gifts ?? GIFT_CATALOG;
    this.streakable = this.gifts.filter((g) => g.type === 1);
    this.single = this.gifts.filter((g) => g.type !== 1);
    this.nextId = 7_300_000_000_000_000_000n + BigInt(seed % 1_000_000) * 1_000_000_000_000n;
    this.audience = Array.from({ length: options.audience ?? 500 }, (_, i) => this.makeUser(i));
    this.audienceById = new Map(this.audience.map((u) => [u.userId, u]));
    this.audienceByHandle = new Map(this.audience.map((u) => [u.uniqueId, u]));
    this.viewers = Math.floor(this.audience.length * 0.6);
    this.totalViewers = this.viewers * 3;
  }

  /** A fresh, unique, increasing message id. */
  nextMsgId(): string {
    this.nextId += 1n + BigInt(Math.floor(this.random() * 1000));
    return this.nextId.toString();
  }

  /** The next event of the room's traffic, stamped with `now` (epoch ms). */
  next(now: number): WireEvent {
    const r = this.random() * this.cumulative[this.cumulative.length - 1]!;
    let i = 0;
    while (this.cumulative[i]! <= r) i++;
    return this.event(this.kinds[i]!, now);
  }

  /** One event of the given kind. */
  event(kind: TrafficKind, now: number): WireEvent {
    switch (kind) {
      case 'chat': {
        const user = this.pickUser();
        const comment = this.pick(COMMENTS);
        const emotes = this.random() < 0.1 ? [{ emoteId: String(7_190_000_000_000_000_000n + BigInt(this.int(0, 50))), emoteUrl: `${this.assetBaseUrl}/emotes/e${this.int(0, 50)}.webp`, index: comment.length }] : [];
        return { type: 'chat', ...this.head('chat', now), user, comment, emotes, language: 'en' };
      }
      case 'member':
        this.viewers += 1;
        this.totalViewers += 1;
        return { type: 'member', ...this.head('member', now), user: this.pickUser(), action: 1, memberCount: this.viewers };
      case 'like':
        return this.like(now);
      case 'gift':
        return this.gift(now);
      case 'social':
        return this.social(now);
      case 'roomUserSeq': {
        this.viewers = Math.max(1, this.viewers + this.int(-20, 20));
        const top = [...this.coins].sort((a, b) => b[1] - a[1]).slice(0, 3);
        return {
          type: 'roomUserSeq',
          ...this.head('roomUserSeq', now),
          viewerCount: this.viewers,
          totalViewers: this.totalViewers,
          topViewers: top.map(([userId, coinCount], idx) => ({ user: this.audienceById.get(userId)!, coinCount, rank: idx + 1 })),
        };
      }
      case 'battle':
        return this.battleStep(now);
      case 'subscribe':
        return { type: 'subscribe', ...this.head('subscribe', now), user: this.pickUser(), subMonth: this.int(1, 12) };
      case 'emoteChat': {
        const n = this.int(0, 50);
        return { type: 'emoteChat', ...this.head('emoteChat', now), user: this.pickUser(), emoteId: String(7_190_000_000_000_000_000n + BigInt(n)), emoteUrl: `${this.assetBaseUrl}/emotes/e${n}.webp` };
      }
      case 'envelope': {
        const user = this.pickUser();
        return {
          type: 'envelope',
          ...this.head('envelope', now),
          envelopeId: this.nextMsgId(),
          diamondCount: this.pick([100, 200, 500, 1000]),
          peopleCount: this.pick([10, 20, 50]),
          user: { ...user, uniqueId: '', isModerator: false, isSubscriber: false, followRole: 0, badges: [] },
        };
      }
      case 'question':
        return { type: 'question', ...this.head('question', now), user: this.pickUser(), questionText: this.pick(QUESTIONS), questionId: this.nextMsgId() };
      case 'rankUpdate': {
        const rankType = this.pick([0, 1, 8]);
        return { type: 'rankUpdate', ...this.head('rankUpdate', now), rankType, rankList: [{ rankType, rank: this.int(1, 99), text: rankType === 1 ? 'Weekly No. {0:string}' : 'Hourly No. {0:string}' }] };
      }
      case 'linkMic':
        return { type: 'linkMic', ...this.head('linkMic', now), action: this.pick([1, 2, 8, 9]), users: [this.pickUser()] };
      case 'liveIntro':
        return { type: 'liveIntro', ...this.head('liveIntro', now), title: 'Playing with chat', host: this.hostUser() };
      case 'room':
        return { type: 'room', ...this.head('room', now), method: 'RoomMessage', content: 'Welcome to TikTok LIVE! Have fun interacting with the LIVE creator and other viewers in real time.' };
      case 'pause':
        this.paused = !this.paused;
        return this.control(this.paused ? 1 : 2, now);
      case 'unknown':
        return this.unknown(now);
      default:
        if (kind in this.more) return this.more[kind as MoreKind](now);
        return kind in this.notices ? this.notices[kind as NoticeKind](now) : this.rare[kind as RareKind](now);
    }
  }

  /** A control message: 1 paused, 2 unpaused, 3 ended, 4 suspended. */
  control(action: number, now: number): ControlEvent {
    return { type: 'control', ...this.head('control', now), action, tips: action === ControlAction.Ended ? 'The LIVE has ended' : '' };
  }

  /**
   * A complete event of `type` for `push` to fill from: generated, and agreeing
   * with what `init` names. A gift named by `giftId` or `giftName` is that
   * catalog gift (an unknown one is an `InvalidArgumentError`), and a streakable
   * gift pushed once is a finished streak unless `repeatEnd: false` or `combo: true`
   * says otherwise; a like adds its count to the room's total; a social event's
   * display key and raw action follow its `action`.
   */
  template(init: EventInit, now: number): WireEvent {
    // Each template takes the input of its own type: the table's type pairs them.
    const make = this.templates[init.type] as (init: EventInit, now: number) => WireEvent;
    return make(init, now);
  }

  /** One event of each kind that needs no state across events: a plausible one, in the room's ids and people. */
  private readonly more: { readonly [K in MoreKind]: (now: number) => WireEventOf<K> } = {
    goalUpdate: (now) => {
      const contributor = this.pickUser();
      const gift = this.pick(this.gifts);
      const score = gift.diamondCount * this.int(1, 5);
      return {
        type: 'goalUpdate', ...this.head('goalUpdate', now), goalId: String(7_309_000_000_000_000_000n + BigInt(this.int(1, 9))), goalType: 1, status: 1,
        description: 'Help me reach the goal!', startTime: Math.floor(now / 1000 - 600) * 1000, expireTime: Math.floor(now / 1000 + 3600) * 1000,
        subGoals: [{ subGoalId: String(gift.id), type: 1, progress: this.int(1, 49), target: 50, giftName: gift.name, giftDiamondCount: gift.diamondCount, giftPictureUrl: `${this.assetBaseUrl}/gifts/${gift.id}.webp` }],
        contributors: [{ userId: contributor.userId, uniqueId: contributor.uniqueId, profilePictureUrl: contributor.profilePictureUrl, score }],
        contributorId: contributor.userId, contributorUniqueId: contributor.uniqueId, contributeCount: 1, contributeScore: score,
      };
    },
    roomPin: (now) => {
      const user = this.pickUser();
      return {
        type: 'roomPin', ...this.head('roomPin', now), action: 1, pinnedMsgId: this.nextMsgId(), pinnedMethod: 'WebcastChatMessage', pinnedUser: user,
        pinnedText: this.pick(COMMENTS), pinTime: now, displayDuration: 60, operator: this.hostUser(),
      };
    },
    poll: (now) => {
      const messageType = this.pick([0, 2, 2, 1]);
      return {
        type: 'poll', ...this.head('poll', now), pollId: String(7_286_000_000_000_000_000n + BigInt(this.int(1, 9))), messageType,
        title: messageType === 0 ? 'Next game?' : '', startTime: messageType === 0 ? now : 0, endTime: messageType === 0 ? now + 60_000 : 0, endType: messageType === 1 ? 1 : 0,
        options: POLL_OPTIONS.map((text, optionIndex) => ({ optionIndex, text, votes: messageType === 0 ? 0 : this.int(0, 40) })),
        operator: messageType === 2 ? undefined : this.hostUser(),
      };
    },
    imDelete: (now) => ({ type: 'imDelete', ...this.head('imDelete', now), deleteMsgIds: [], deleteUserIds: [this.pickUser().userId] }),
    caption: (now) => ({ type: 'caption', ...this.head('caption', now), timestamp: now - 3000, duration: this.int(1000, 5000), captions: [{ language: 'en', text: this.pick(CAPTIONS) }] }),
    inRoomBanner: (now) => ({ type: 'inRoomBanner', ...this.head('inRoomBanner', now), data: JSON.stringify({ debug: false, banner: { rank: this.int(1, 99), now_millis: now } }) }),
    barrage: (now) => {
      const user = this.pickUser();
      return { type: 'barrage', ...this.head('barrage', now), barrageType: 9, displayKey: 'pm_mt_alp_join_animation', text: 'joined', duration: 4000, user, level: this.int(20, 50) };
    },
    linkLayer: (now) => ({ type: 'linkLayer', ...this.head('linkLayer', now), messageType: this.pick([2, 11, 13]), channelId: String(7_309_100_000_000_000_000n + BigInt(this.int(1, 9))), scene: 4 }),
    linkMicFanTicket: (now) => {
      const fanTickets = this.int(100, 50_000);
      return { type: 'linkMicFanTicket', ...this.head('linkMicFanTicket', now), totalFanTickets: fanTickets, matchId: '0', eventTime: 0, users: [{ userId: this.hostUser().userId, fanTickets, matchTotalScore: 0, matchRank: 0 }] };
    },
    battleTask: (now) => ({
      type: 'battleTask', ...this.head('battleTask', now), battleId: this.battle?.battleId ?? '0', taskMessageType: 3, progress: 0,
      promptKey: 'pm_mt_live_match_desc_2', promptValues: [{ field: 'sum', value: String(this.int(100, 5000)) }], result: 0,
    }),
    battlePunishFinish: (now) => ({
      type: 'battlePunishFinish', ...this.head('battlePunishFinish', now), battleId: this.nextMsgId(), channelId: this.nextMsgId(), operatorUserId: this.hostUser().userId, reason: 1, status: 4,
    }),
    battleItemCard: (now) => ({
      type: 'battleItemCard', ...this.head('battleItemCard', now), battleId: this.battle?.battleId ?? this.nextMsgId(), cardType: 4, displayKey: 'pm_mt_mvp_getItem_crit',
      text: `${this.pickUser().nickname} got a {1:image} boosting glove.`,
    }),
    rankText: (now) => {
      const user = this.pickUser();
      const rankAfter = this.int(1, 3);
      return {
        type: 'rankText', ...this.head('rankText', now), scene: 1, rankBefore: rankAfter + this.int(1, 20), rankAfter, userId: user.userId,
        displayKey: 'pm_mt_topviewer_comment', text: `${user.nickname} just became the No. ${rankAfter} viewer!`,
      };
    },
    giftBroadcast: (now) => {
      const user = this.makeUser(200_000 + this.int(0, 9999));
      return {
        type: 'giftBroadcast', ...this.head('giftBroadcast', now), fromUserId: user.userId, displayKey: 'pm_mt_live_gift_platform_announcement',
        text: `${user.nickname} sent TikTok Universe to another LIVE`, schema: 'sslocal://webcast_gift_dialog?gift_id=9072',
      };
    },
    unauthorizedMember: (now) => {
      const nickname = `Viewer${this.int(100_000, 999_999)}`;
      return { type: 'unauthorizedMember', ...this.head('unauthorizedMember', now), action: 1, nickname, displayKey: 'live_room_enter_toast', text: `${nickname} joined` };
    },
  };

  /** The rest: notices, moderation, shopping and probes (`more` holds the busier ones). */
  private readonly notices: { readonly [K in NoticeKind]: (now: number) => WireEventOf<K> } = {
    accessRecall: (now) => ({ type: 'accessRecall', ...this.head('accessRecall', now), status: 1, scene: 'CONTENT_CLASSIFICATION', duration: 0, endTime: 0, punish: this.punish('', '0') }),
    bottomMessage: (now) => ({
      type: 'bottomMessage', ...this.head('bottomMessage', now), content: '', showType: 0, duration: 599, bizType: 6, punish: this.punish('other_live_nr', this.hostUser().userId),
    }),
    capsule: (now) => ({
      type: 'capsule', ...this.head('capsule', now), capsuleType: 10, displayKey: 'pm_mt_goal_reminder', text: 'The host set a subscription goal.', buttonText: 'Support',
      schema: 'sslocal://webcast_lynxview_popup?gravity=bottom',
    }),
    hourlyRankReward: (now) => ({
      type: 'hourlyRankReward', ...this.head('hourlyRankReward', now),
      winners: [{ userId: this.hostUser().userId, assetId: '206', displayKey: 'pm_mt_Live_HRannounce', text: `Congratulations! ${this.hostUniqueId} just became the No. 1 LIVE creator of the last hour.` }],
    }),
    marqueeAnnouncement: (now) => ({
      type: 'marqueeAnnouncement', ...this.head('marqueeAnnouncement', now), messageScene: 'start_room_event',
      entries: [{ displayKey: 'pm_mt_Live_announcement', text: `Weekly No. 1: ${this.hostUniqueId} is LIVE`, schema: `sslocal://webcast_room?room_id=${this.roomId}` }],
    }),
    msgDetect: (now) => ({
      type: 'msgDetect', ...this.head('msgDetect', now), detectType: 2, triggerBy: 0, clientStartTime: now - 200, apiReceiveTime: now - 5, apiSendTime: now, fromRegion: this.pick(['US', 'DE', 'BR', 'TR']),
    }),
    oecLiveShopping: (now) => ({
      type: 'oecLiveShopping', ...this.head('oecLiveShopping', now), actionType: 1, productCount: 3, productId: String(1_729_600_000_000_000_000n + BigInt(this.int(1, 999))),
      title: this.pick(['Ring light', 'Gaming headset', 'Phone stand']), price: `$${this.int(5, 60)}.00`, imageUrl: `${this.assetBaseUrl}/products/p${this.int(1, 9)}.jpeg`, source: 'TikTok Shop',
    }),
    partnershipDropsUpdate: (now) => ({
      type: 'partnershipDropsUpdate', ...this.head('partnershipDropsUpdate', now), changeMode: 2, dropsId: String(7_276_000_000_000_000_000n + BigInt(this.int(1, 999))), taskId: '0', eventId: '0', anchorUserId: this.hostUser().userId,
    }),
    perception: (now) => ({ type: 'perception', ...this.head('perception', now), scene: 6, iconType: 0, endTime: 0, punish: this.punish('muting_cancel', this.pickUser().userId) }),
    roomNotify: (now) => ({
      type: 'roomNotify', ...this.head('roomNotify', now), notifyType: 3, displayKey: 'pm_mt_boost_crit_got_comment_others', text: `The MVP ${this.pickUser().nickname} got 1 boosting glove.`, schema: '', fromUserId: '0',
    }),
    roomVerify: (now) => ({ type: 'roomVerify', ...this.head('roomVerify', now), action: this.pick([3, 4]), content: '', noticeType: 0, closeRoom: false }),
    subPin: (now) => {
      const goalId = this.nextMsgId();
      return {
        type: 'subPin', ...this.head('subPin', now), actionType: 1, operatorUserId: this.hostUser().userId, cardId: goalId, cardType: 2,
        goalId, goalText: 'Help me reach the goal!', goalTarget: 100, goalProgress: this.int(0, 99),
      };
    },
  };

  /** The drawing game and its round: their ids, kept across start, update, end and exit. */
  private pictionaryId = '0';
  private pictionaryGameId = '0';

  /** The methods the v3 schema lacks: sticker, game, Q&A, shopping and partnership traffic. */
  private readonly rare: { readonly [K in RareKind]: (now: number) => WireEventOf<K> } = {
    anchorToolModification: (now) => ({
      type: 'anchorToolModification', ...this.head('anchorToolModification', now), toolId: String(this.int(1_000_000, 99_999_999)), title: this.pick(['Paper Bag Head', 'Lilac Sunglasses']),
      startTime: Math.floor(now / 1000) * 1000, endTime: 0, source: 'trending', scene: 'video_anchor_pk',
    }),
    baLeadGen: (now) => ({
      type: 'baLeadGen', ...this.head('baLeadGen', now), action: 1, leadGenId: this.nextMsgId(), eventTime: Math.floor(now / 1000) * 1000, displayKey: 'cta_extension_learnmore', schema: 'aweme://lynxview_popup?placement=2',
    }),
    donationStickerModify: (now) => ({
      type: 'donationStickerModify', ...this.head('donationStickerModify', now), stickerId: String(this.int(10_000, 99_999)), stickerType: 3, organisationId: 'organisation_example',
      organisationName: 'Example Charity', organisationDescription: 'Helping people in need.',
    }),
    ecShortItemRefresh: (now) => ({ type: 'ecShortItemRefresh', ...this.head('ecShortItemRefresh', now), delay: 3000, key: 'shortTouchEcommerceVoucher' }),
    ecTaskRegister: (now) => ({ type: 'ecTaskRegister', ...this.head('ecTaskRegister', now), delay: 5000, taskId: this.nextMsgId() }),
    envelopePortal: (now) => ({ type: 'envelopePortal', ...this.head('envelopePortal', now), envelopeId: this.nextMsgId(), senderUserId: this.pickUser().userId }),
    giftCollectionUpdate: (now) => {
      const gift = this.pick(this.gifts);
      return { type: 'giftCollectionUpdate', ...this.head('giftCollectionUpdate', now), updateType: this.int(1, 3), giftId: gift.id, giftName: gift.name, diamondCount: gift.diamondCount, text: `Sent ${gift.name}` };
    },
    goodyBag: (now) => {
      const winners = Array.from({ length: this.int(0, 3) }, () => {
        const u = this.pickUser();
        return { userId: u.userId, uniqueId: u.uniqueId, amount: this.int(1, 4) };
      });
      return {
        type: 'goodyBag', ...this.head('goodyBag', now), goodyBagId: this.nextMsgId(), activityId: this.nextMsgId(), diamondCount: this.pick([5, 10, 100]), claimedCount: winners.length,
        peopleCount: 10, message: '', openTime: Math.floor(now / 1000 + 600) * 1000, winners,
      };
    },
    hashtag: (now) => ({ type: 'hashtag', ...this.head('hashtag', now), hashtagId: String(this.int(1, 9)), title: '', namespace: 0 }),
    inRoomBannerRefresh: (now) => ({ type: 'inRoomBannerRefresh', ...this.head('inRoomBannerRefresh', now), refreshInterval: 20 }),
    linkMicAnchorGuide: (now) => ({ type: 'linkMicAnchorGuide', ...this.head('linkMicAnchorGuide', now), guideType: 7, anchorUserId: this.makeUser(300_000 + this.int(0, 9999)).userId }),
    linkScreenChange: (now) => ({
      type: 'linkScreenChange', ...this.head('linkScreenChange', now), messageType: 2, layoutType: this.int(1, 3), layoutKey: `${this.hostUser().userId}_${this.pickUser().userId}`,
    }),
    battleNotice: (now) => ({
      type: 'battleNotice', ...this.head('battleNotice', now), noticeType: 6, displayKey: '',
      text: 'This is a match with a chosen gift. Only the number of Roses decides the winner.',
    }),
    paidContentLiveShopping: (now) => ({ type: 'paidContentLiveShopping', ...this.head('paidContentLiveShopping', now), action: 1, contentId: this.nextMsgId(), eventTime: now }),
    partnershipCardChange: (now) => ({ type: 'partnershipCardChange', ...this.head('partnershipCardChange', now), changeType: 1, taskId: this.nextMsgId() }),
    partnershipDownloadCount: (now) => ({ type: 'partnershipDownloadCount', ...this.head('partnershipDownloadCount', now), downloadCount: this.int(1, 500), taskId: this.nextMsgId() }),
    pictionaryStart: (now) => {
      if (this.pictionaryGameId === '0') this.pictionaryGameId = this.nextMsgId();
      this.pictionaryId = this.nextMsgId();
      const start = Math.floor(now / 1000) * 1000;
      return { type: 'pictionaryStart', ...this.head('pictionaryStart', now), pictionaryId: this.pictionaryId, gameId: this.pictionaryGameId, startTime: start, endTime: start + 120_000 };
    },
    pictionaryUpdate: (now) => ({ type: 'pictionaryUpdate', ...this.head('pictionaryUpdate', now), updateType: this.int(1, 2), pictionaryId: this.pictionaryId }),
    pictionaryEnd: (now) => ({ type: 'pictionaryEnd', ...this.head('pictionaryEnd', now), pictionaryId: this.pictionaryId, answer: this.pick(['Wheel', 'Ghost', 'Computer']), result: this.int(1, 3) }),
    pictionaryExit: (now) => ({ type: 'pictionaryExit', ...this.head('pictionaryExit', now), gameId: this.pictionaryGameId, exitType: 1 }),
    questionDelete: (now) => ({ type: 'questionDelete', ...this.head('questionDelete', now), questionId: this.nextMsgId(), userId: this.pickUser().userId }),
    questionSelected: (now) => ({ type: 'questionSelected', ...this.head('questionSelected', now), questionId: this.nextMsgId(), questionText: this.pick(QUESTIONS), user: this.pickUser() }),
    questionSlideDown: (now) => ({ type: 'questionSlideDown', ...this.head('questionSlideDown', now), questionId: this.nextMsgId() }),
    questionSwitch: (now) => ({ type: 'questionSwitch', ...this.head('questionSwitch', now) }),
    roomSticker: (now) => ({ type: 'roomSticker', ...this.head('roomSticker', now), stickerId: String(this.int(2_000_000, 3_999_999)), stickerType: 4, title: 'Welcome', text: 'Welcome to the stream!' }),
    subTimerSticker: (now) => ({
      type: 'subTimerSticker', ...this.head('subTimerSticker', now), timerId: this.nextMsgId(), status: 2, text: 'Subathon!', totalSeconds: 14_400, remainingSeconds: this.int(60, 14_400),
      startTime: Math.floor(now / 1000) * 1000,
    }),
    subWave: (now) => {
      const people = Array.from({ length: this.int(1, 4) }, () => this.pickUser()).map((u) => ({ userId: u.userId, uniqueId: u.uniqueId }));
      return {
        type: 'subWave', ...this.head('subWave', now), waveId: this.nextMsgId(), action: 0, status: 2, progress: this.int(0, 300), startTime: Math.floor(now / 1000) * 1000,
        initiator: people[0]!, participants: people, participantCount: 5,
      };
    },
    subscriptionGuide: (now) => ({ type: 'subscriptionGuide', ...this.head('subscriptionGuide', now), displayKey: 'pm_mt_goal_reminder', text: 'The host set a subscription goal.', buttonText: 'Support' }),
    weeklyRankReward: (now) => {
      const place = this.int(1, 20);
      return {
        type: 'weeklyRankReward', ...this.head('weeklyRankReward', now), winnerUserId: this.hostUser().userId, rankSource: 'weekly_rank', displayKey: 'pm_mt_weekly_ranking_top_host',
        text: `${this.hostUniqueId} became the No. ${place} LIVE creator in Weekly Ranking and received corresponding rewards!`,
      };
    },
  };

  private punish(punishType: string, violationUserId: string): PunishInfo {
    return { punishType, punishReason: '', punishId: this.nextMsgId(), violationUserId };
  }

  /** One template per event type: a registry type without one does not compile. */
  private readonly templates: { readonly [K in WireEvent['type']]: (init: EventInitOf<K>, now: number) => WireEventOf<K> } = {
    chat: (_, now) => this.generated('chat', now),
    member: (_, now) => this.generated('member', now),
    like: (init, now) => this.like(now, init.likeCount),
    gift: (init, now) => this.giftTemplate(init, now),
    social: (init, now) => this.social(now, init.action),
    roomUserSeq: (_, now) => this.generated('roomUserSeq', now),
    battle: (_, now) => this.battleEvent(this.newBattle(), 1, 4, now, false),
    battleArmies: (_, now) => this.armiesEvent(this.newBattle(), now),
    subscribe: (_, now) => this.generated('subscribe', now),
    emoteChat: (_, now) => this.generated('emoteChat', now),
    envelope: (_, now) => this.generated('envelope', now),
    question: (_, now) => this.generated('question', now),
    control: (init, now) => this.control(init.action ?? ControlAction.Paused, now),
    room: (_, now) => this.generated('room', now),
    liveIntro: (_, now) => this.generated('liveIntro', now),
    rankUpdate: (_, now) => this.generated('rankUpdate', now),
    linkMic: (_, now) => this.generated('linkMic', now),
    unknown: (_, now) => this.unknown(now),
    ...(Object.fromEntries(Object.entries({ ...this.more, ...this.notices, ...this.rare }).map(([type, make]) => [type, (_: unknown, now: number) => make(now)])) as {
      readonly [K in MoreKind | NoticeKind | RareKind]: (init: EventInitOf<K>, now: number) => WireEventOf<K>;
    }),
  };

  /** An event of a kind that makes events of its own type only. */
  private generated<K extends TrafficKind & RegisteredEventType>(kind: K, now: number): WireEventOf<K> {
    const event = this.event(kind, now);
    if (event.type !== kind) throw new Error(`traffic of kind ${kind} made a ${event.type} event`);
    return event as WireEventOf<K>;
  }

  /** The person a push names by `uniqueId` or `userId`: an audience member, or a new user made from the handle or id; a generated one when it names nobody. */
  person(named: { uniqueId?: unknown; userId?: unknown } | undefined): LiveUser {
    const uniqueId = typeof named?.uniqueId === 'string' ? named.uniqueId : undefined;
    const userId = typeof named?.userId === 'string' ? named.userId : undefined;
    if (uniqueId === undefined && userId === undefined) return this.pickUser();
    const known = (uniqueId !== undefined ? this.audienceByHandle.get(uniqueId) : undefined) ?? (userId !== undefined ? this.audienceById.get(userId) : undefined);
    if (known) return known;
    const handle = uniqueId ?? `user${userId}`;
    return {
      userId: userId ?? idForHandle(handle),
      uniqueId: handle,
      nickname: handle,
      profilePictureUrl: `${this.assetBaseUrl}/avatars/${encodeURIComponent(handle)}.webp`,
      isModerator: false,
      isSubscriber: false,
      followRole: 0,
      badges: [],
    };
  }

  /** The catalog gift `giftId` or `giftName` names (both must name the same one); undefined when neither is given. */
  catalogGift(giftId: unknown, giftName: unknown): CatalogGift | undefined {
    if (giftId !== undefined) {
      const gift = this.gifts.find((g) => g.id === giftId);
      if (!gift) throw new InvalidArgumentError(`push: no gift with id ${String(giftId)} in the simulator's gift catalog (${this.giftExamples()})`);
      if (giftName !== undefined && giftName !== gift.name) {
        throw new InvalidArgumentError(`push: gift ${gift.id} is ${JSON.stringify(gift.name)}, not ${JSON.stringify(giftName)}`);
      }
      return gift;
    }
    if (giftName === undefined) return undefined;
    const name = String(giftName);
    const gift = this.gifts.find((g) => g.name === name);
    if (gift) return gift;
    const near = this.gifts.filter((g) => g.name.toLowerCase() === name.toLowerCase()).map((g) => JSON.stringify(g.name));
    const hint = near.length ? `did you mean ${near.join(' or ')}?` : this.giftExamples();
    throw new InvalidArgumentError(`push: unknown gift ${JSON.stringify(name)}: the simulator's gift catalog has no gift of that name (${hint})`);
  }

  private giftExamples(): string {
    return `it has ${this.gifts.length} gifts, e.g. ${this.gifts.slice(0, 4).map((g) => `${g.name} (${g.id})`).join(', ')}`;
  }

  private giftTemplate(init: EventInitOf<'gift'>, now: number): GiftEvent {
    const gift = this.catalogGift(init.giftId, init.giftName) ?? this.pick(this.gifts);
    const streakable = (init.giftType ?? gift.type) === 1;
    // One push is the whole streak, unless it says it is a frame of a running one.
    const repeatEnd = init.repeatEnd ?? (streakable && init.combo !== true);
    const groupId = streakable ? String(now * 1000 + this.int(0, 999)) : '0';
    return this.giftEvent(this.pickUser(), gift, groupId, init.repeatCount ?? 1, repeatEnd, now);
  }

  private head(type: keyof typeof EVENT_METHODS, now: number): WireEventBase {
    return { method: EVENT_METHODS[type], msgId: this.nextMsgId(), roomId: this.roomId, createTime: now };
  }

  private like(now: number, likeCount = this.int(1, 15)): LikeEvent {
    this.totalLikes += likeCount;
    return { type: 'like', ...this.head('like', now), user: this.pickUser(), likeCount, totalLikes: this.totalLikes };
  }

  /** A follow or a share (`action`, else one at random), with the display key and raw action TikTok sends for it. */
  private social(now: number, action?: string): SocialEvent {
    if (action === 'other') {
      return { type: 'social', ...this.head('social', now), user: this.pickUser(), action: 'other', displayType: 'pm_mt_social_other', rawAction: 0, usersJoined: 0 };
    }
    const share = action === undefined ? this.random() < 0.35 : action === 'share';
    const milestone = share && action === undefined && this.random() < 0.2 ? this.pick([5, 10, 20]) : 0;
    const displayType = share ? (milestone ? `pm_mt_guidance_viewer_${milestone}_share` : 'pm_mt_guidance_share') : 'pm_main_follow_message_viewer_2';
    return { type: 'social', ...this.head('social', now), user: this.pickUser(), action: share ? 'share' : 'follow', displayType, rawAction: share ? 3 : 1, usersJoined: milestone };
  }

  private gift(now: number): GiftEvent {
    const roll = this.random();
    // Continue or end a running streak most of the time when one is open.
    if (this.streaks.length > 0 && roll < 0.65) {
      const idx = this.int(0, this.streaks.length - 1);
      const streak = this.streaks[idx]!;
      const end = streak.count >= 30 || this.random() < 0.3;
      if (end) this.streaks.splice(idx, 1);
      else streak.count += this.int(1, 3);
      if (end) this.addCoins(streak.user.userId, streak.count * streak.gift.diamondCount);
      return this.giftEvent(streak.user, streak.gift, streak.groupId, streak.count, end, now);
    }
    const user = this.pickUser();
    if (this.random() < 0.75 || this.single.length === 0) {
      const gift = this.pick(this.streakable);
      const groupId = String(now * 1000 + this.int(0, 999));
      if (this.streaks.length < 16) this.streaks.push({ user, gift, groupId, count: 1 });
      return this.giftEvent(user, gift, groupId, 1, false, now);
    }
    const gift = this.pick(this.single);
    this.addCoins(user.userId, gift.diamondCount);
    return this.giftEvent(user, gift, '0', 1, false, now);
  }

  private giftEvent(user: LiveUser, gift: CatalogGift, groupId: string, repeatCount: number, repeatEnd: boolean, now: number): GiftEvent {
    return {
      type: 'gift',
      ...this.head('gift', now),
      user,
      giftId: gift.id,
      giftName: gift.name,
      diamondCount: gift.diamondCount,
      giftType: gift.type,
      giftPictureUrl: `${this.assetBaseUrl}/gifts/${gift.id}.webp`,
      repeatCount,
      repeatEnd,
      combo: gift.type === 1 && !repeatEnd,
      groupId,
      toUser: undefined,
    };
  }

  private battleStep(now: number): BattleEvent | BattleArmiesEvent {
    if (!this.battle) {
      this.battle = this.newBattle();
      return this.battleEvent(this.battle, 1, 4, now, false);
    }
    const battle = this.battle;
    if (battle.updates >= 6 && this.random() < 0.3) {
      this.battle = undefined;
      return this.battleEvent(battle, 2, 5, now, true);
    }
    battle.updates += 1;
    const team = battle.teams[this.int(0, 1)]!;
    const user = this.pickUser();
    const points = this.pick([1, 5, 10, 99]);
    team.score += points;
    team.users.set(user.userId, (team.users.get(user.userId) ?? 0) + points);
    return this.armiesEvent(battle, now);
  }

  /** A battle between the host and a generated rival, not started yet. */
  private newBattle(): Battle {
    const rival = this.makeUser(100_000 + this.int(0, 9999));
    return {
      battleId: this.nextMsgId(),
      updates: 0,
      teams: [
        { hostUserId: this.hostUser().userId, uniqueId: this.hostUniqueId, nickname: this.hostUser().nickname, score: 0, users: new Map() },
        { hostUserId: rival.userId, uniqueId: rival.uniqueId, nickname: rival.nickname, score: 0, users: new Map() },
      ],
    };
  }

  private armiesEvent(battle: Battle, now: number): BattleArmiesEvent {
    return {
      type: 'battleArmies',
      ...this.head('battleArmies', now),
      battleId: battle.battleId,
      triggerReason: 1,
      teams: battle.teams.map((t) => ({
        hostUserId: t.hostUserId,
        score: t.score,
        users: [...t.users].map(([userId, score]) => {
          const u = this.audienceById.get(userId)!;
          return { userId, nickname: u.nickname, score, profilePictureUrl: u.profilePictureUrl };
        }),
      })),
    };
  }

  private battleEvent(battle: Battle, status: number, action: number, now: number, finished: boolean): BattleEvent {
    const [a, b] = battle.teams;
    return {
      type: 'battle',
      ...this.head('battle', now),
      battleId: battle.battleId,
      status,
      action,
      duration: 300,
      teams: battle.teams.map((t) => ({
        hostUserId: t.hostUserId,
        host: { userId: t.hostUserId, uniqueId: t.uniqueId, nickname: t.nickname, profilePictureUrl: '' },
        result: finished ? (a!.score === b!.score ? 2 : t.score > (t === a ? b! : a!).score ? 0 : 1) : undefined,
        score: t.score,
      })),
    };
  }

  private unknown(now: number): UnknownEvent {
    // A message with a common header (as every Webcast message has) under a method we do not map.
    const method = this.pick(UNKNOWN_METHODS);
    const head = { ...this.head('room', now), method };
    // A room message with no content is exactly a common header on the wire.
    const payload = encodeEvent({ type: 'room', ...head, content: '' }).payload;
    return { type: 'unknown', ...head, payload };
  }

  private addCoins(userId: string, coins: number): void {
    this.coins.set(userId, (this.coins.get(userId) ?? 0) + coins);
  }

  private hostUser(): LiveUser {
    return {
      userId: '6900000000000000001',
      uniqueId: this.hostUniqueId,
      nickname: this.hostUniqueId,
      profilePictureUrl: `${this.assetBaseUrl}/avatars/host.webp`,
      isModerator: false,
      isSubscriber: false,
      followRole: 0,
      badges: [],
    };
  }

  private makeUser(i: number): LiveUser {
    const name = Array.from({ length: this.int(2, 4) }, () => this.pick(SYLLABLES)).join('');
    const level = this.int(0, 40);
    const moderator = this.random() < 0.02;
    const subscriber = this.random() < 0.08;
    return {
      userId: (7_000_000_000_000_000_000n + BigInt(i) * 7919n).toString(),
      uniqueId: `${name}_${i}`,
      nickname: name.charAt(0).toUpperCase() + name.slice(1),
      profilePictureUrl: `${this.assetBaseUrl}/avatars/${i}.webp`,
      isModerator: moderator,
      isSubscriber: subscriber,
      followRole: this.pick([0, 0, 0, 1, 1, 2]),
      badges: [
        ...(moderator ? [{ sceneType: 1, displayType: 1, level: 0, text: '', url: `${this.assetBaseUrl}/badges/moderator.webp` }] : []),
        ...(subscriber ? [{ sceneType: 4, displayType: 1, level: 0, text: '', url: `${this.assetBaseUrl}/badges/sub.webp` }] : []),
        ...(level > 0 ? [{ sceneType: 8, displayType: 1, level, text: '', url: `${this.assetBaseUrl}/badges/grade_${level}.webp` }] : []),
      ],
    };
  }

  private pickUser(): LiveUser {
    return this.audience[this.int(0, this.audience.length - 1)]!;
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
}

/** A 63-bit FNV-1a hash of a text: ids made from names, the same in every run. */
export function stableHash(text: string): bigint {
  let h = 1469598103934665603n;
  for (const ch of text) h = ((h ^ BigInt(ch.codePointAt(0)!)) * 1099511628211n) & 0x7fffffffffffffffn;
  return h;
}

/** A user id made from a handle. */
function idForHandle(handle: string): string {
  return (6_800_000_000_000_000_000n + (stableHash(handle) % 100_000_000_000_000_000n)).toString();
}
