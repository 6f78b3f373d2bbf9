import type { WireEvent } from './events.js';

/**
 * The one list of the event types TikTok's wire carries and the methods each
 * arrives as, without the optional `Webcast` prefix (the first is what the
 * encoders write). Every other table derives from it or is checked against it
 * by the compiler: the encoders' `EVENT_METHODS`, the schema decoders (one
 * per method, `satisfies Record<EventMethod, …>`), `liveRoom$`'s `events`
 * option, the CLI's `--events`, the simulator's traffic. Adding an event type
 * is an entry here, its fields in `events.ts` and its schema.
 */
export const EVENT_REGISTRY = {
  chat: ['ChatMessage'],
  member: ['MemberMessage'],
  like: ['LikeMessage'],
  gift: ['GiftMessage'],
  social: ['SocialMessage'],
  roomUserSeq: ['RoomUserSeqMessage'],
  battle: ['LinkMicBattle'],
  battleArmies: ['LinkMicArmies'],
  subscribe: ['SubNotifyMessage'],
  emoteChat: ['EmoteChatMessage'],
  envelope: ['EnvelopeMessage'],
  question: ['QuestionNewMessage'],
  control: ['ControlMessage'],
  room: ['RoomMessage'],
  liveIntro: ['LiveIntroMessage'],
  rankUpdate: ['RankUpdateMessage', 'HourlyRankMessage'],
  linkMic: ['LinkMicMethod', 'LinkMessage'],
} as const satisfies Record<Exclude<WireEvent['type'], 'unknown'>, readonly [string, ...string[]]>;

/** An event type that has wire methods (every one but `unknown`). */
export type RegisteredEventType = keyof typeof EVENT_REGISTRY;

/** Every wire method, without the `Webcast` prefix. */
export type EventMethod = (typeof EVENT_REGISTRY)[RegisteredEventType][number];

/** The registered event types, in the registry's order. */
export const REGISTERED_EVENT_TYPES = Object.keys(EVENT_REGISTRY) as RegisteredEventType[];
