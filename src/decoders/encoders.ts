import { gzip } from 'pako';
import * as pb from './generated/webcast.js';
import { InvalidArgumentError } from '../errors.js';
import type { LiveUser, WireEvent } from './events.js';
import { isDecimalId } from './int64.js';
import { canonicalMethod } from './messages.js';
import { EVENT_REGISTRY, REGISTERED_EVENT_TYPES, type RegisteredEventType } from './registry.js';
import { userToWire } from './users.js';

const utf8 = new TextEncoder();

function requireId(name: string, value: string): string {
  if (!isDecimalId(value)) throw new InvalidArgumentError(`${name} must be a decimal id string, got ${JSON.stringify(value)}`);
  return value;
}

function frameBytes(frame: pb.WebcastPushFrame.$Properties): Uint8Array {
  return pb.WebcastPushFrame.encode(frame).finish();
}

// ---------------------------------------------------------------- client → server

/** The heartbeat frame a client sends every ~10 s: `hb` with `HeartBeatMessage{roomId, sendPacketSeqId}`. */
export function encodeHeartbeat(roomId: string, sendPacketSeqId: number): Uint8Array {
  const payload = pb.HeartBeatMessage.encode({ roomId: requireId('roomId', roomId), sendPacketSeqId }).finish();
  return frameBytes({ payloadEncoding: 'pb', payloadType: 'hb', payload });
}

export interface EnterRoomOptions {
  /** Random id of this viewer session; 0 (the default) is what TikTokLive sends. */
  enterUniqueId?: string;
  /** Resume position, if any. */
  cursor?: string;
}

/** The `im_enter_room` frame a client sends right after the socket opens. */
export function encodeEnterRoom(roomId: string, options: EnterRoomOptions = {}): Uint8Array {
  const payload = pb.WebcastImEnterRoomMessage.encode({
    roomId: requireId('roomId', roomId),
    liveId: 12,
    identity: 'audience',
    cursor: options.cursor ?? '',
    enterUniqueId: options.enterUniqueId ?? 0,
    filterWelcomeMsg: '0',
  }).finish();
  return frameBytes({ payloadEncoding: 'pb', payloadType: 'im_enter_room', payload });
}

/** The `ack` for a received `msg` frame whose result had `needAck`. */
export function encodeAck(logId: string, internalExt: string): Uint8Array {
  return frameBytes({
    logId: requireId('logId', logId),
    payloadEncoding: 'pb',
    payloadType: 'ack',
    payload: utf8.encode(internalExt || '-'),
  });
}

// ---------------------------------------------------------------- server → client

/** What a server puts in a push frame. */
export interface PushFrameInit {
  seqId?: string | number;
  logId?: string | number;
  payloadType: string;
  payload?: Uint8Array;
  headers?: Record<string, string>;
}

/** Encodes any `WebcastPushFrame`. */
export function encodePushFrame(init: PushFrameInit): Uint8Array {
  return frameBytes({
    seqId: init.seqId ?? 0,
    logId: init.logId ?? 0,
    headers: Object.entries(init.headers ?? {}).map(([key, value]) => ({ key, value })),
    payloadEncoding: 'pb',
    payloadType: init.payloadType,
    payload: init.payload ?? new Uint8Array(0),
  });
}

/** One message as it travels inside a fetch result. */
export interface RawMessageInit {
  method: string;
  payload: Uint8Array;
  msgId: string;
  isHistory?: boolean;
}

/** What a server puts in a fetch result. */
export interface FetchResultInit {
  messages: readonly RawMessageInit[];
  cursor: string;
  internalExt: string;
  now?: number;
  fetchInterval?: number;
  routeParams?: Record<string, string>;
  heartbeatDuration?: number;
  needAck?: boolean;
  pushServer?: string;
  isFirst?: boolean;
}

/** Encodes a `ProtoMessageFetchResult` (the `im/fetch` body, and the payload of `msg` frames). */
export function encodeFetchResult(init: FetchResultInit): Uint8Array {
  return pb.ProtoMessageFetchResult.encode({
    messages: init.messages.map((m) => ({ method: m.method, payload: m.payload, msgId: m.msgId, isHistory: m.isHistory ?? false })),
    cursor: init.cursor,
    fetchInterval: init.fetchInterval ?? 0,
    now: init.now ?? 0,
    internalExt: init.internalExt,
    fetchType: 1,
    routeParams: init.routeParams ?? {},
    heartbeatDuration: init.heartbeatDuration ?? 0,
    needAck: init.needAck ?? false,
    pushServer: init.pushServer ?? '',
    isFirst: init.isFirst ?? false,
  }).finish();
}

export interface MessageFrameOptions {
  seqId?: string | number;
  logId: string | number;
  /**
   * Gzip the payload and set `compress_type: gzip`, as TikTok does when the URL
   * asked `compress=gzip`. `true` uses pako; pass a function to use another
   * compressor (the simulator passes Node's zlib).
   */
  gzip?: boolean | ((body: Uint8Array) => Uint8Array);
}

/** A `msg` push frame carrying a fetch result: what TikTok's push server sends. */
export function encodeMessageFrame(result: FetchResultInit, options: MessageFrameOptions): Uint8Array {
  const body = encodeFetchResult(result);
  return encodePushFrame({
    seqId: options.seqId ?? 0,
    logId: options.logId,
    payloadType: 'msg',
    headers: { compress_type: options.gzip ? 'gzip' : 'none' },
    payload: typeof options.gzip === 'function' ? options.gzip(body) : options.gzip ? gzip(body) : body,
  });
}

// ---------------------------------------------------------------- events → wire messages

/** The wire method each event type is sent as. */
export const EVENT_METHODS = Object.fromEntries(
  REGISTERED_EVENT_TYPES.map((type) => [type, `Webcast${EVENT_REGISTRY[type][0]}`]),
) as Record<RegisteredEventType, string>;

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

function encodePayload(event: Exclude<WireEvent, { type: 'unknown' }>): Uint8Array {
  switch (event.type) {
    case 'chat':
      return pb.WebcastChatMessage.encode({
        common: common(event),
        user: userToWire(event.user),
        content: event.comment,
        emotes: event.emotes.map((e) => ({ index: e.index, emote: { emoteId: e.emoteId, image: image(e.emoteUrl) } })),
        contentLanguage: event.language,
        userIdentity: identity(event.user),
      }).finish();
    case 'member':
      return pb.WebcastMemberMessage.encode({
        common: common(event, event.action === 1 ? 'live_room_enter_toast' : ''),
        user: userToWire(event.user),
        action: event.action,
        memberCount: event.memberCount,
      }).finish();
    case 'like':
      return pb.WebcastLikeMessage.encode({
        common: common(event, 'pm_mt_msg_viewer'),
        user: userToWire(event.user),
        count: event.likeCount,
        total: event.totalLikes,
      }).finish();
    case 'gift':
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
      }).finish();
    case 'social': {
      const key = event.displayType || SOCIAL_KEYS[event.action];
      return pb.WebcastSocialMessage.encode({
        common: common(event, key),
        user: userToWire(event.user),
        action: event.rawAction || (event.action === 'follow' ? 1 : event.action === 'share' ? 3 : 0),
      }).finish();
    }
    case 'roomUserSeq':
      return pb.WebcastRoomUserSeqMessage.encode({
        common: common(event),
        ranks: event.topViewers.map((t) => ({ score: t.coinCount, user: userToWire(t.user), rank: t.rank })),
        total: event.viewerCount,
        totalUser: event.totalViewers,
      }).finish();
    case 'battle':
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
      }).finish();
    case 'battleArmies':
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
      }).finish();
    case 'subscribe':
      return pb.WebcastSubNotifyMessage.encode({ common: common(event, 'pm_mt_subinfo_user'), user: userToWire(event.user), subMonth: event.subMonth }).finish();
    case 'emoteChat':
      return pb.WebcastEmoteChatMessage.encode({
        common: common(event),
        user: userToWire(event.user),
        emoteList: [{ emoteId: event.emoteId, image: image(event.emoteUrl) }],
        userIdentity: identity(event.user),
      }).finish();
    case 'envelope':
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
      }).finish();
    case 'question':
      return pb.WebcastQuestionNewMessage.encode({
        common: common(event),
        data: { questionId: event.questionId, content: event.questionText, user: userToWire(event.user), createTime: Math.floor(event.createTime / 1000) },
      }).finish();
    case 'control':
      return pb.WebcastControlMessage.encode({ common: common(event), action: event.action, tips: event.tips }).finish();
    case 'room':
      return pb.WebcastRoomMessage.encode({ common: common(event), content: event.content }).finish();
    case 'liveIntro':
      return pb.WebcastLiveIntroMessage.encode({
        common: common(event),
        id: event.roomId,
        content: event.title,
        user: event.host ? userToWire(event.host) : undefined,
      }).finish();
    case 'rankUpdate':
      return pb.WebcastRankUpdateMessage.encode({
        common: common(event),
        updates: event.rankList.map((r) => ({ rankType: r.rankType, ownRank: r.rank, defaultContent: { defaultPattern: r.text } })),
      }).finish();
    case 'linkMic':
      return pb.WebcastLinkMicMethod.encode({ common: common(event), messageType: event.action, linkedUsers: event.users.map(userToWire) }).finish();
  }
}

/**
 * Encodes an event as the Webcast message TikTok would send for it: the
 * inverse of `decodeMessage` for every event type (`unknown` events carry
 * their bytes as they are). `event.method` is kept when it names the same
 * message type, so `RoomMessage` stays `RoomMessage`.
 */
export function encodeEvent(event: WireEvent): RawMessageInit {
  if (event.type === 'unknown') return { method: event.method, payload: event.payload, msgId: event.msgId };
  requireId('msgId', event.msgId);
  requireId('roomId', event.roomId);
  const wireMethod = EVENT_METHODS[event.type];
  const method = event.method && canonicalMethod(event.method) === canonicalMethod(wireMethod) ? event.method : wireMethod;
  return { method, payload: encodePayload(event), msgId: event.msgId };
}
