import { gzip } from 'pako';
import * as pb from './generated/webcast.js';
import { writer } from './writer.js';
import { InvalidArgumentError } from '../errors.js';
import type { WireEvent } from './events.js';
import { isDecimalId } from './int64.js';
import { canonicalMethod } from './messages.js';
import { EVENT_REGISTRY, methodsOf, REGISTERED_EVENT_TYPES, type RegisteredEventType } from './registry.js';

const utf8 = new TextEncoder();

function requireId(name: string, value: string): string {
  if (!isDecimalId(value)) throw new InvalidArgumentError(`${name} must be a decimal id string, got ${JSON.stringify(value)}`);
  return value;
}

function frameBytes(frame: pb.WebcastPushFrame.$Properties): Uint8Array {
  return pb.WebcastPushFrame.encode(frame, writer()).finish();
}

// ---------------------------------------------------------------- client → server

/** The heartbeat frame a client sends every ~10 s: `hb` with `HeartBeatMessage{roomId, sendPacketSeqId}`. */
export function encodeHeartbeat(roomId: string, sendPacketSeqId: number): Uint8Array {
  const payload = pb.HeartBeatMessage.encode({ roomId: requireId('roomId', roomId), sendPacketSeqId }, writer()).finish();
  return frameBytes({ payloadEncoding: 'pb', payloadType: 'hb', payload });
}

export interface EnterRoomOptions {
  /** Random id of this viewer session; 0 (the default) is what TikTokLive sends. */
  enterUniqueId?: string | undefined;
  /** Resume position, if any. */
  cursor?: string | undefined;
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
  }, writer()).finish();
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
  }, writer()).finish();
}

export interface MessageFrameOptions {
  seqId?: string | number | undefined;
  logId: string | number;
  /**
   * Gzip the payload and set `compress_type: gzip`, as TikTok does when the URL
   * asked `compress=gzip`. `true` uses pako; pass a function to use another
   * compressor (the simulator passes Node's zlib).
   */
  gzip?: boolean | ((body: Uint8Array) => Uint8Array) | undefined;
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
  REGISTERED_EVENT_TYPES.map((type) => [type, `Webcast${methodsOf(type)[0]}`]),
) as Record<RegisteredEventType, string>;

/** Each type's encoder, taking any event: the registry pairs each type with the encoder of its own event. */
const ENCODERS = Object.fromEntries(REGISTERED_EVENT_TYPES.map((type) => [type, EVENT_REGISTRY[type].encode])) as Record<
  RegisteredEventType,
  (event: WireEvent) => Uint8Array
>;

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
  return { method, payload: ENCODERS[event.type](event), msgId: event.msgId };
}
