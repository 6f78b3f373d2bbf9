import type {
  BattleArmiesEvent,
  BattleEvent,
  ChatEvent,
  ControlEvent,
  EmoteChatEvent,
  EnvelopeEvent,
  ErrorEvent,
  GiftEvent,
  LikeEvent,
  LinkMicEvent,
  LiveIntroEvent,
  MemberEvent,
  QuestionEvent,
  RankUpdateEvent,
  RoomEvent,
  RoomUserSeqEvent,
  SocialAction,
  SocialEvent,
  SubscribeEvent,
  UnknownEvent,
} from '../decoders/events.js';
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
export function chatEvent(partial: DeepPartial<ChatEvent> = {}): ChatEvent {
  return { ...wire('chat', { comment: 'hello', language: 'en' }, partial), user: liveUser(partial.user), emotes: (partial.emotes ?? []).map(chatEmote) };
}

/** A viewer joined (`action` 1), the audience then 1. */
export function memberEvent(partial: DeepPartial<MemberEvent> = {}): MemberEvent {
  return { ...wire('member', { action: 1, memberCount: 1 }, partial), user: liveUser(partial.user) };
}

/** One like; `totalLikes` is `likeCount` unless told otherwise. */
export function likeEvent(partial: DeepPartial<LikeEvent> = {}): LikeEvent {
  const likeCount = partial.likeCount ?? 1;
  return { ...wire('like', { likeCount, totalLikes: likeCount }, partial), user: liveUser(partial.user) };
}

/**
 * A Rose (5655, 1 diamond, streakable) at the start of its streak. `combo` follows `giftType` and
 * `repeatEnd` as the decoders set it (a streakable gift whose streak has not ended), unless told
 * otherwise; `toUser` is undefined (the host) unless given.
 */
export function giftEvent(partial: DeepPartial<GiftEvent> = {}): GiftEvent {
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
function socialDisplay(action: SocialAction, usersJoined: number): { displayType: string; rawAction: number } {
  if (action === 'follow') return { displayType: 'pm_main_follow_message_viewer_2', rawAction: 1 };
  if (action === 'share') return { displayType: usersJoined > 0 ? `pm_mt_guidance_viewer_${usersJoined}_share` : 'pm_mt_guidance_share', rawAction: 3 };
  return { displayType: 'pm_main_other_message', rawAction: 0 };
}

/**
 * A follow. `displayType` and `rawAction` follow `action` (and a share's `usersJoined`) as TikTok sends
 * them and the decoders read them back, unless told otherwise.
 */
export function socialEvent(partial: DeepPartial<SocialEvent> = {}): SocialEvent {
  const action = partial.action ?? 'follow';
  const usersJoined = partial.usersJoined ?? 0;
  return { ...wire('social', { action, ...socialDisplay(action, usersJoined), usersJoined }, partial), user: liveUser(partial.user) };
}

/** The audience: one viewer, no top viewers; top viewers given are ranked by their place unless told otherwise. */
export function roomUserSeqEvent(partial: DeepPartial<RoomUserSeqEvent> = {}): RoomUserSeqEvent {
  return { ...wire('roomUserSeq', { viewerCount: 1, totalViewers: 1 }, partial), topViewers: (partial.topViewers ?? []).map((t, i) => topViewer(t, i)) };
}

/** A battle just opened (status 1, action 4, 300 s) between `host` and `opponent`; teams given are hosted by them in turn unless told. */
export function battleEvent(partial: DeepPartial<BattleEvent> = {}): BattleEvent {
  const teams = (partial.teams ?? [{}, {}]).map((team, i) => battleTeam(team, i));
  return { ...wire('battle', { battleId: fakeId('battle'), status: 1, action: 4, duration: 300 }, partial), teams };
}

/** A battle's armies (a score update) for `host` and `opponent`, with no supporters yet. */
export function battleArmiesEvent(partial: DeepPartial<BattleArmiesEvent> = {}): BattleArmiesEvent {
  const teams = (partial.teams ?? [{}, {}]).map((team, i) => armyTeam(team, i));
  return { ...wire('battleArmies', { battleId: fakeId('battle'), triggerReason: 1 }, partial), teams };
}

/** A first-month subscription. */
export function subscribeEvent(partial: DeepPartial<SubscribeEvent> = {}): SubscribeEvent {
  return { ...wire('subscribe', { subMonth: 1 }, partial), user: liveUser(partial.user) };
}

/** A subscriber emote sent in chat. */
export function emoteChatEvent(partial: DeepPartial<EmoteChatEvent> = {}): EmoteChatEvent {
  return { ...wire('emoteChat', { emoteId: fakeId('emote'), emoteUrl: '' }, partial), user: liveUser(partial.user) };
}

/**
 * A treasure chest of 100 diamonds for 10 people. The wire names its sender by id, nickname and picture
 * only, so the sender's `uniqueId` is '' and its `userId` comes from its nickname, unless told otherwise.
 */
export function envelopeEvent(partial: DeepPartial<EnvelopeEvent> = {}): EnvelopeEvent {
  const nickname = partial.user?.nickname ?? 'viewer';
  const user = liveUser({ userId: fakeId(nickname), nickname, uniqueId: '', ...partial.user });
  return { ...wire('envelope', { envelopeId: fakeId('envelope'), diamondCount: 100, peopleCount: 10 }, partial), user };
}

/** A Q&A question. */
export function questionEvent(partial: DeepPartial<QuestionEvent> = {}): QuestionEvent {
  return { ...wire('question', { questionText: 'What game is this?', questionId: fakeId('question') }, partial), user: liveUser(partial.user) };
}

/** The end of the LIVE (`ControlAction.Ended`) unless told otherwise: pass `{ action: ControlAction.Paused }` for a pause. */
export function controlEvent(partial: DeepPartial<ControlEvent> = {}): ControlEvent {
  return wire('control', { action: ControlAction.Ended as number, tips: '' }, partial);
}

/** A room notice. */
export function roomEvent(partial: DeepPartial<RoomEvent> = {}): RoomEvent {
  return wire('room', { content: 'Welcome to the LIVE' }, partial);
}

/** The LIVE's title and its host (`host` by default; `host: undefined` for none). */
export function liveIntroEvent(partial: DeepPartial<LiveIntroEvent> = {}): LiveIntroEvent {
  const host = optional(partial, 'host', partial.host, liveUser, () => liveUser({ uniqueId: 'host' }));
  return { ...wire('liveIntro', { title: 'Fake LIVE' }, partial), host };
}

/** The host first on the weekly ranking; entries given take the event's `rankType` unless told otherwise. */
export function rankUpdateEvent(partial: DeepPartial<RankUpdateEvent> = {}): RankUpdateEvent {
  const rankType = partial.rankType ?? 1;
  const rankList = (partial.rankList ?? [{}]).map((entry) => rankEntry({ rankType, ...entry }));
  return { ...wire('rankUpdate', { rankType }, partial), rankList };
}

/** A link-mic change (action 1) with no guests unless given. */
export function linkMicEvent(partial: DeepPartial<LinkMicEvent> = {}): LinkMicEvent {
  return { ...wire('linkMic', { action: 1 }, partial), users: (partial.users ?? []).map(liveUser) };
}

/** A message of a method the decoders do not know: an empty payload under a made-up method. */
export function unknownEvent(partial: DeepPartial<UnknownEvent> = {}): UnknownEvent {
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
export function errorEvent(partial: DeepPartial<ErrorEvent> = {}): ErrorEvent {
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
  unknown: unknownEvent,
  connected: connectedEvent,
  disconnected: disconnectedEvent,
  error: errorEvent,
  roomInfo: roomInfoEvent,
  gap: gapEvent,
} as const satisfies { readonly [K in LiveEventType]: EventFactory<K> };
