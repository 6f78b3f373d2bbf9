import * as encode from './eventEncoders.js';
import type { WireEvent } from './events.js';
import * as hand from './handDecoders.js';
import type { MessageReader } from './messageReader.js';
import type { MessageContext } from './messages.js';
import * as schema from './schemaMappers.js';

/** An event type that has wire methods (every one but `unknown`). */
export type RegisteredEventType = Exclude<WireEvent['type'], 'unknown'>;

/** The wire event of a type. */
export type WireEventOf<K extends WireEvent['type']> = Extract<WireEvent, { type: K }>;

/** How one wire method of an event type becomes that event. */
export interface MethodEntry<E extends WireEvent> {
  /** Decodes the message with the generated protobuf code and maps it: every method has one. */
  readonly schema: (payload: Uint8Array, method: string, ctx: MessageContext | undefined) => E;
  /** A hand-written decoder, for the busiest methods: the same event, faster (held equal to `schema` by tests). */
  readonly hand?: (r: MessageReader, method: string, ctx: MessageContext | undefined) => E;
}

/** One event type: the methods it arrives as (the first is the one it is sent as) and its encoder. */
export interface RegistryEntry<E extends WireEvent> {
  /** Wire methods without the optional `Webcast` prefix, each with its decoders. */
  readonly methods: Readonly<Record<string, MethodEntry<E>>>;
  /** Writes the event as the payload of its first method (what the simulator sends). */
  readonly encode: (event: E) => Uint8Array;
}

/** What the registry must be: one entry per registered event type, each entry's decoders and encoder of that type's event. */
export type EventRegistry = { readonly [K in RegisteredEventType]: RegistryEntry<WireEventOf<K>> };

/**
 * The one list of the event types TikTok's wire carries: for each, the methods
 * it arrives as (without the optional `Webcast` prefix; the first is what the
 * encoders write), the decoders of each method and the type's encoder. Every
 * other table derives from it: the schema and hand decoder lookups, the
 * encoders' `EVENT_METHODS` and `encodeEvent`, `liveRoom$`'s `events` option,
 * the CLI's `--events` and the simulator's templates. The compiler checks it
 * against the `WireEvent` union: a type without an entry, an entry for no
 * type, or a decoder or encoder of another type's event is an error. Adding
 * an event type is its fields in `events.ts`, its schema, and an entry here.
 */
export const EVENT_REGISTRY = {
  chat: { methods: { ChatMessage: { schema: schema.chatMessage, hand: hand.chat } }, encode: encode.chat },
  member: { methods: { MemberMessage: { schema: schema.memberMessage, hand: hand.member } }, encode: encode.member },
  like: { methods: { LikeMessage: { schema: schema.likeMessage, hand: hand.like } }, encode: encode.like },
  gift: { methods: { GiftMessage: { schema: schema.giftMessage, hand: hand.gift } }, encode: encode.gift },
  social: { methods: { SocialMessage: { schema: schema.socialMessage, hand: hand.social } }, encode: encode.social },
  roomUserSeq: {
    methods: { RoomUserSeqMessage: { schema: schema.roomUserSeqMessage, hand: hand.roomUserSeq } },
    encode: encode.roomUserSeq,
  },
  battle: { methods: { LinkMicBattle: { schema: schema.linkMicBattle } }, encode: encode.battle },
  battleArmies: { methods: { LinkMicArmies: { schema: schema.linkMicArmies } }, encode: encode.battleArmies },
  subscribe: { methods: { SubNotifyMessage: { schema: schema.subNotifyMessage } }, encode: encode.subscribe },
  emoteChat: { methods: { EmoteChatMessage: { schema: schema.emoteChatMessage } }, encode: encode.emoteChat },
  envelope: { methods: { EnvelopeMessage: { schema: schema.envelopeMessage } }, encode: encode.envelope },
  question: { methods: { QuestionNewMessage: { schema: schema.questionNewMessage } }, encode: encode.question },
  control: { methods: { ControlMessage: { schema: schema.controlMessage } }, encode: encode.control },
  room: { methods: { RoomMessage: { schema: schema.roomMessage } }, encode: encode.room },
  liveIntro: { methods: { LiveIntroMessage: { schema: schema.liveIntroMessage } }, encode: encode.liveIntro },
  rankUpdate: {
    methods: { RankUpdateMessage: { schema: schema.rankUpdateMessage }, HourlyRankMessage: { schema: schema.hourlyRankMessage } },
    encode: encode.rankUpdate,
  },
  linkMic: {
    methods: { LinkMicMethod: { schema: schema.linkMicMethod }, LinkMessage: { schema: schema.linkMessage } },
    encode: encode.linkMic,
  },
  goalUpdate: { methods: { GoalUpdateMessage: { schema: schema.goalUpdateMessage } }, encode: encode.goalUpdate },
  roomPin: { methods: { RoomPinMessage: { schema: schema.roomPinMessage } }, encode: encode.roomPin },
  poll: { methods: { PollMessage: { schema: schema.pollMessage } }, encode: encode.poll },
  imDelete: { methods: { ImDeleteMessage: { schema: schema.imDeleteMessage } }, encode: encode.imDelete },
  caption: { methods: { CaptionMessage: { schema: schema.captionMessage } }, encode: encode.caption },
  inRoomBanner: { methods: { InRoomBannerMessage: { schema: schema.inRoomBannerMessage } }, encode: encode.inRoomBanner },
  barrage: { methods: { BarrageMessage: { schema: schema.barrageMessage } }, encode: encode.barrage },
  linkLayer: { methods: { LinkLayerMessage: { schema: schema.linkLayerMessage } }, encode: encode.linkLayer },
  linkMicFanTicket: { methods: { LinkMicFanTicketMethod: { schema: schema.linkMicFanTicketMethod } }, encode: encode.linkMicFanTicket },
  battleTask: { methods: { LinkmicBattleTaskMessage: { schema: schema.linkmicBattleTaskMessage } }, encode: encode.battleTask },
  battlePunishFinish: { methods: { LinkMicBattlePunishFinish: { schema: schema.linkMicBattlePunishFinish } }, encode: encode.battlePunishFinish },
  battleItemCard: { methods: { LinkMicBattleItemCard: { schema: schema.linkMicBattleItemCard } }, encode: encode.battleItemCard },
  rankText: { methods: { RankTextMessage: { schema: schema.rankTextMessage } }, encode: encode.rankText },
  giftBroadcast: { methods: { GiftBroadcastMessage: { schema: schema.giftBroadcastMessage } }, encode: encode.giftBroadcast },
  unauthorizedMember: { methods: { UnauthorizedMemberMessage: { schema: schema.unauthorizedMemberMessage } }, encode: encode.unauthorizedMember },
  accessRecall: { methods: { AccessRecallMessage: { schema: schema.accessRecallMessage } }, encode: encode.accessRecall },
  bottomMessage: { methods: { BottomMessage: { schema: schema.bottomMessage } }, encode: encode.bottomMessage },
  capsule: { methods: { CapsuleMessage: { schema: schema.capsuleMessage } }, encode: encode.capsule },
  hourlyRankReward: { methods: { HourlyRankRewardMessage: { schema: schema.hourlyRankRewardMessage } }, encode: encode.hourlyRankReward },
  marqueeAnnouncement: { methods: { MarqueeAnnouncementMessage: { schema: schema.marqueeAnnouncementMessage } }, encode: encode.marqueeAnnouncement },
  msgDetect: { methods: { MsgDetectMessage: { schema: schema.msgDetectMessage } }, encode: encode.msgDetect },
  oecLiveShopping: { methods: { OecLiveShoppingMessage: { schema: schema.oecLiveShoppingMessage } }, encode: encode.oecLiveShopping },
  partnershipDropsUpdate: { methods: { PartnershipDropsUpdateMessage: { schema: schema.partnershipDropsUpdateMessage } }, encode: encode.partnershipDropsUpdate },
  perception: { methods: { PerceptionMessage: { schema: schema.perceptionMessage } }, encode: encode.perception },
  roomNotify: { methods: { RoomNotifyMessage: { schema: schema.roomNotifyMessage } }, encode: encode.roomNotify },
  roomVerify: { methods: { RoomVerifyMessage: { schema: schema.roomVerifyMessage } }, encode: encode.roomVerify },
  subPin: { methods: { SubPinEventMessage: { schema: schema.subPinEventMessage } }, encode: encode.subPin },
  anchorToolModification: { methods: { AnchorToolModificationMessage: { schema: schema.anchorToolModificationMessage } }, encode: encode.anchorToolModification },
  baLeadGen: { methods: { BALeadGenMessage: { schema: schema.baLeadGenMessage } }, encode: encode.baLeadGen },
  donationStickerModify: { methods: { DonationStickerModifyMethod: { schema: schema.donationStickerModifyMethod } }, encode: encode.donationStickerModify },
  ecShortItemRefresh: { methods: { EcShortItemRefreshMessage: { schema: schema.ecShortItemRefreshMessage } }, encode: encode.ecShortItemRefresh },
  ecTaskRegister: { methods: { EcTaskRegisterMessage: { schema: schema.ecTaskRegisterMessage } }, encode: encode.ecTaskRegister },
  envelopePortal: { methods: { EnvelopePortalMessage: { schema: schema.envelopePortalMessage } }, encode: encode.envelopePortal },
  giftCollectionUpdate: { methods: { GiftCollectionUpdateMessage: { schema: schema.giftCollectionUpdateMessage } }, encode: encode.giftCollectionUpdate },
  goodyBag: { methods: { GoodyBagMessage: { schema: schema.goodyBagMessage } }, encode: encode.goodyBag },
  hashtag: { methods: { HashtagMessage: { schema: schema.hashtagMessage } }, encode: encode.hashtag },
  inRoomBannerRefresh: { methods: { InRoomBannerRefreshMessage: { schema: schema.inRoomBannerRefreshMessage } }, encode: encode.inRoomBannerRefresh },
  linkMicAnchorGuide: { methods: { LinkMicAnchorGuideMessage: { schema: schema.linkMicAnchorGuideMessage } }, encode: encode.linkMicAnchorGuide },
  linkScreenChange: { methods: { LinkScreenChangeMessage: { schema: schema.linkScreenChangeMessage } }, encode: encode.linkScreenChange },
  battleNotice: { methods: { LinkmicBattleNoticeMessage: { schema: schema.linkmicBattleNoticeMessage } }, encode: encode.battleNotice },
  paidContentLiveShopping: { methods: { PaidContentLiveShoppingMessage: { schema: schema.paidContentLiveShoppingMessage } }, encode: encode.paidContentLiveShopping },
  partnershipCardChange: { methods: { PartnershipCardChangeMessage: { schema: schema.partnershipCardChangeMessage } }, encode: encode.partnershipCardChange },
  partnershipDownloadCount: { methods: { PartnershipDownloadCountMessage: { schema: schema.partnershipDownloadCountMessage } }, encode: encode.partnershipDownloadCount },
  pictionaryStart: { methods: { PictionaryStartMessage: { schema: schema.pictionaryStartMessage } }, encode: encode.pictionaryStart },
  pictionaryUpdate: { methods: { PictionaryUpdateMessage: { schema: schema.pictionaryUpdateMessage } }, encode: encode.pictionaryUpdate },
  pictionaryEnd: { methods: { PictionaryEndMessage: { schema: schema.pictionaryEndMessage } }, encode: encode.pictionaryEnd },
  pictionaryExit: { methods: { PictionaryExitMessage: { schema: schema.pictionaryExitMessage } }, encode: encode.pictionaryExit },
  questionDelete: { methods: { QuestionDeleteMessage: { schema: schema.questionDeleteMessage } }, encode: encode.questionDelete },
  questionSelected: { methods: { QuestionSelectedMessage: { schema: schema.questionSelectedMessage } }, encode: encode.questionSelected },
  questionSlideDown: { methods: { QuestionSlideDownMessage: { schema: schema.questionSlideDownMessage } }, encode: encode.questionSlideDown },
  questionSwitch: { methods: { QuestionSwitchMessage: { schema: schema.questionSwitchMessage } }, encode: encode.questionSwitch },
  roomSticker: { methods: { RoomStickerMessage: { schema: schema.roomStickerMessage } }, encode: encode.roomSticker },
  subTimerSticker: { methods: { SubTimerStickerMessage: { schema: schema.subTimerStickerMessage } }, encode: encode.subTimerSticker },
  subWave: { methods: { SubWaveMessage: { schema: schema.subWaveMessage } }, encode: encode.subWave },
  subscriptionGuide: { methods: { SubscriptionGuideMessage: { schema: schema.subscriptionGuideMessage } }, encode: encode.subscriptionGuide },
  weeklyRankReward: { methods: { WeeklyRankRewardMessage: { schema: schema.weeklyRankRewardMessage } }, encode: encode.weeklyRankReward },
} as const satisfies EventRegistry;

type Registry = typeof EVENT_REGISTRY;

/** The wire methods of an event type, without the `Webcast` prefix. */
export type MethodOf<K extends RegisteredEventType> = keyof Registry[K]['methods'] & string;

/** Every wire method, without the `Webcast` prefix. */
export type EventMethod = { [K in RegisteredEventType]: MethodOf<K> }[RegisteredEventType];

/** The registered event types, in the registry's order. */
export const REGISTERED_EVENT_TYPES = Object.keys(EVENT_REGISTRY) as RegisteredEventType[];

/** The wire methods of an event type, without the `Webcast` prefix; the first is the one it is sent as. */
export function methodsOf<K extends RegisteredEventType>(type: K): Array<MethodOf<K>> {
  return Object.keys(EVENT_REGISTRY[type].methods) as Array<MethodOf<K>>;
}

/** Every registered method with the entry of its type. */
export function registeredMethods(): Array<{ type: RegisteredEventType; method: EventMethod; entry: MethodEntry<WireEvent> }> {
  return REGISTERED_EVENT_TYPES.flatMap((type) =>
    Object.entries<MethodEntry<WireEvent>>(EVENT_REGISTRY[type].methods).map(([method, entry]) => ({ type, method: method as EventMethod, entry })),
  );
}
