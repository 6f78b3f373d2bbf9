import * as pb from './generated/webcast.js';
import { FrameDecodeError, LiveError, MessageDecodeError, PayloadTooLargeError } from '../errors.js';
import type { ErrorEvent, WireEvent } from './events.js';
import { DEFAULT_MAX_INFLATE_BYTES, inflate, isGzip, type InflateOptions } from './inflate.js';
import { idString, toNumber } from './int64.js';
import { canonicalMethod, decodeMessage } from './messages.js';

/** One `WebcastPushFrame`: the unit of every WebSocket message, both directions. */
export interface PushFrame {
  seqId: string;
  logId: string;
  service: number;
  method: number;
  headers: Record<string, string>;
  /** Always `pb` in practice. */
  payloadEncoding: string;
  /** `msg`, `ack`, `hb`, `im_enter_room`, `im_enter_room_resp`, … */
  payloadType: string;
  payload: Uint8Array;
}

/** One entry of a fetch result: a message still in its wire form. */
export interface RawMessage {
  method: string;
  payload: Uint8Array;
  msgId: string;
  isHistory: boolean;
}

/** A `ProtoMessageFetchResult`: the body of `im/fetch` and of every `msg` frame. */
export interface FetchResult {
  messages: RawMessage[];
  /** Position in the room's message stream; pass it back to resume. */
  cursor: string;
  fetchInterval: number;
  /** Server time, epoch ms. */
  now: number;
  /** Opaque server state: the `internal_ext` to resume with and the payload of acks. */
  internalExt: string;
  /** Extra WebSocket query parameters. */
  routeParams: Record<string, string>;
  heartbeatDuration: number;
  needAck: boolean;
  /** The WebSocket base URL. */
  pushServer: string;
  isFirst: boolean;
}

/** Everything one WebSocket message carries. */
export interface DecodedFrame {
  frame: PushFrame;
  /** The fetch result of a `msg` frame; null for other frame types. */
  result: FetchResult | null;
  /** The result's messages as events, in order; a message that fails to decode becomes an `error` event. */
  events: Array<WireEvent | ErrorEvent>;
}

export interface DecodeFrameOptions extends InflateOptions {
  /**
   * Decode only messages whose method (with or without `Webcast`) is in this set;
   * the others are skipped without being parsed. Undefined decodes everything.
   */
  methods?: ReadonlySet<string>;
}

function asFrameError(what: string, err: unknown): LiveError {
  if (err instanceof LiveError) return err;
  return new FrameDecodeError(`${what} could not be decoded: ${(err as Error)?.message ?? String(err)}`, { cause: err });
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw new FrameDecodeError(`Expected binary frame data (Uint8Array or ArrayBuffer), got ${typeof input}`);
}

interface BufferLike {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): Uint8Array;
  isBuffer(value: unknown): boolean;
}
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

/**
 * Where the runtime has Node's Buffer, view the bytes as one (no copy): protobufjs
 * then reads strings with the native UTF-8 decoder instead of its JS one.
 */
function forReader(bytes: Uint8Array): Uint8Array {
  if (!NodeBuffer || NodeBuffer.isBuffer(bytes)) return bytes;
  return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Decodes a `WebcastPushFrame`. Throws `FrameDecodeError` on bytes that are not one. */
export function decodePushFrame(bytes: Uint8Array | ArrayBuffer): PushFrame {
  const data = toBytes(bytes);
  let f: pb.WebcastPushFrame;
  try {
    f = pb.WebcastPushFrame.decode(data);
  } catch (err) {
    throw asFrameError('WebSocket frame', err);
  }
  const headers: Record<string, string> = {};
  for (const h of f.headers) if (h.key) headers[h.key] = h.value ?? '';
  return {
    seqId: idString(f.seqId),
    logId: idString(f.logId),
    service: toNumber(f.service),
    method: toNumber(f.method),
    headers,
    payloadEncoding: f.payloadEncoding,
    payloadType: f.payloadType,
    payload: f.payload,
  };
}

/** Decodes a `ProtoMessageFetchResult` (already inflated). Throws `FrameDecodeError` on bad bytes. */
export function decodeFetchResult(bytes: Uint8Array | ArrayBuffer): FetchResult {
  const data = toBytes(bytes);
  let r: pb.ProtoMessageFetchResult;
  try {
    r = pb.ProtoMessageFetchResult.decode(forReader(data));
  } catch (err) {
    throw asFrameError('Fetch result', err);
  }
  return {
    messages: r.messages.map((m) => ({
      method: m.method ?? '',
      payload: m.payload ?? new Uint8Array(0),
      msgId: idString(m.msgId),
      isHistory: m.isHistory ?? false,
    })),
    cursor: r.cursor,
    fetchInterval: toNumber(r.fetchInterval),
    now: toNumber(r.now),
    internalExt: r.internalExt,
    routeParams: r.routeParams,
    heartbeatDuration: toNumber(r.heartbeatDuration),
    needAck: r.needAck,
    pushServer: r.pushServer,
    isFirst: r.isFirst,
  };
}

/**
 * Turns a result's messages into events, in order. One message that fails to
 * decode becomes an in-band `error` event; the others still decode.
 */
export function decodeMessages(messages: readonly RawMessage[], methods?: ReadonlySet<string>): Array<WireEvent | ErrorEvent> {
  const events: Array<WireEvent | ErrorEvent> = [];
  for (const m of messages) {
    if (methods && !methods.has(m.method) && !methods.has(canonicalMethod(m.method))) continue;
    try {
      events.push(decodeMessage(m.method, m.payload, { msgId: m.msgId }));
    } catch (err) {
      const error = err instanceof LiveError ? err : new MessageDecodeError(m.method, String(err), { cause: err });
      events.push({ type: 'error', error, method: m.method, msgId: m.msgId });
    }
  }
  return events;
}

/**
 * The whole path for one WebSocket message: push frame → (gunzip) → fetch
 * result → events. Non-`msg` frames (heartbeat echoes, `im_enter_room_resp`,
 * acks) yield no result and no events. A bad frame throws a `LiveError`
 * (`FrameDecodeError`, or `PayloadTooLargeError` when the frame or its
 * decompressed payload is larger than `maxBytes`).
 */
export function decodeFrame(bytes: Uint8Array | ArrayBuffer, options: DecodeFrameOptions = {}): DecodedFrame {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INFLATE_BYTES;
  if (bytes.byteLength > maxBytes) throw new PayloadTooLargeError(maxBytes);
  const frame = decodePushFrame(bytes);
  if (frame.payloadType !== 'msg' || frame.payload.length === 0) return { frame, result: null, events: [] };
  // compress_type says gzip when the URL asked for it; a payload without the
  // gzip magic is raw either way (a protobuf message can never start with 1f 8b).
  const body = isGzip(frame.payload) ? inflate(frame.payload, options) : frame.payload;
  const result = decodeFetchResult(body);
  return { frame, result, events: decodeMessages(result.messages, options.methods) };
}
