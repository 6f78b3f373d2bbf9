import { FrameDecodeError, InvalidArgumentError, LiveError, MessageDecodeError, PayloadTooLargeError, TooManyMessagesError } from '../errors.js';
import type { ErrorEvent, WireEvent } from './events.js';
import { checkedMaxBytes, gunzip, isGzip, type InflateOptions } from './inflate.js';
import { bytesArgument, optionsArgument, type BytesInput } from './input.js';
import { idString, toNumber } from './int64.js';
import { canonicalMethod, decodeMessageAt, type MessageContext } from './messages.js';
import { WireReader } from './wire.js';

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
  /** The fetch result of a `msg` frame (its `messages` empty under `rawMessages: false`); null for other frame types. */
  result: FetchResult | null;
  /** The result's messages as events, in order; a message that fails to decode becomes an `error` event. */
  events: Array<WireEvent | ErrorEvent>;
}

export interface DecodeFrameOptions extends InflateOptions {
  /**
   * Decode only messages whose method (with or without `Webcast`) is in this set;
   * the others are skipped without being parsed. Undefined decodes everything.
   */
  methods?: ReadonlySet<string> | undefined;
  /**
   * Whether `result.messages` holds the messages in wire form as well (default true). The
   * events are those messages decoded; `false` leaves `result.messages` empty and saves a
   * view and an object per message, as `liveRoom$` does.
   */
  rawMessages?: boolean | undefined;
  /**
   * Most messages one frame may carry; beyond it the frame is refused with a
   * `TooManyMessagesError` while its envelopes are read, before any event is made.
   * Default 10,000 (`DEFAULT_MAX_MESSAGES_PER_FRAME`); `Infinity` for no cap.
   */
  maxMessagesPerFrame?: number | undefined;
}

/**
 * Default cap on the messages of one frame. TikTok batches what happened since the last frame:
 * tens of messages, and the simulator sends at most 64. 10,000 is far above any real frame, yet
 * bounds the events (and their memory) a small gzip frame of empty messages could ask for: the
 * 16 MiB byte cap alone would let through 8 million two-byte envelopes.
 */
export const DEFAULT_MAX_MESSAGES_PER_FRAME = 10_000;

/**
 * A `maxMessagesPerFrame` option: the default when absent; anything but a positive number
 * (0, negative, NaN, a string) is an `InvalidArgumentError` naming the option.
 */
export function checkedMaxMessages(maxMessages: number | undefined, option = 'maxMessagesPerFrame'): number {
  if (maxMessages === undefined) return DEFAULT_MAX_MESSAGES_PER_FRAME;
  if (typeof maxMessages !== 'number' || !(maxMessages > 0)) {
    throw new InvalidArgumentError(`${option} must be a positive number of messages, got ${String(maxMessages)}`);
  }
  return maxMessages;
}

function asFrameError(what: string, err: unknown): LiveError {
  if (err instanceof LiveError) return err;
  return new FrameDecodeError(`${what} could not be decoded: ${(err as Error)?.message ?? String(err)}`, { cause: err });
}

/**
 * Decodes a `WebcastPushFrame`. Throws `FrameDecodeError` on bytes that are not one (an empty
 * message is not one), `InvalidArgumentError` on what is not bytes or a detached buffer.
 */
export function decodePushFrame(bytes: BytesInput): PushFrame {
  return readPushFrame(bytesArgument(bytes, 'A WebSocket frame'));
}

function readPushFrame(bytes: Uint8Array): PushFrame {
  if (bytes.length === 0) throw new FrameDecodeError('The WebSocket frame is empty (0 bytes)');
  const r = new WireReader(bytes);
  const frame: PushFrame = { seqId: '0', logId: '0', service: 0, method: 0, headers: {}, payloadEncoding: '', payloadType: '', payload: EMPTY };
  try {
    readPushFrameFields(r, frame);
  } catch (err) {
    throw asFrameError('WebSocket frame', err);
  }
  return frame;
}

function readPushFrameFields(r: WireReader, frame: PushFrame): void {
  for (let tag = 0; (tag = r.next(r.len)) !== 0; ) {
    switch (tag) {
      case 0x08: frame.seqId = idString(r.int64()); continue;
      case 0x10: frame.logId = idString(r.int64(true)); continue;
      case 0x18: frame.service = toNumber(r.int64()); continue;
      case 0x20: frame.method = toNumber(r.int64()); continue;
      case 0x2a: readHeader(r, frame.headers); continue;
      case 0x32: frame.payloadEncoding = r.string(); continue;
      case 0x3a: frame.payloadType = r.string(); continue;
      case 0x42: frame.payload = r.bytes(); continue;
      default: r.skip(tag & 7, tag >>> 3);
    }
  }
}

const EMPTY = new Uint8Array(0);

/** One `PushHeader` (key 1, value 2) into `headers`; headers without a key are dropped. */
function readHeader(r: WireReader, headers: Record<string, string>): void {
  const end = r.end();
  let key = '';
  let value = '';
  for (let tag = 0; (tag = r.next(end)) !== 0; ) {
    if (tag === 0x0a) key = r.string();
    else if (tag === 0x12) value = r.string();
    else r.skip(tag & 7, tag >>> 3);
  }
  if (key && key !== '__proto__') headers[key] = value;
}

/**
 * A fetch result's messages as read from their envelopes (`BaseProtoMessage`), with
 * no object per message: method names, and per message four numbers — where its payload
 * starts and ends in the body, its history flag (0/1), and where its msgId varint starts
 * (-1 when it has none). One per decoded result; while its messages are decoded it is
 * their context, whose msgId is that of the envelope being decoded.
 */
class Envelopes implements MessageContext {
  count = 0;
  readonly methods: string[] = [];
  readonly nums: number[] = [];
  /** The envelope whose message is being decoded. */
  current = -1;
  /**
   * @param reader reads the fetch result's body; once the envelopes are read, it reads their msgIds.
   * @param limit most envelopes accepted: one more is a `TooManyMessagesError`.
   */
  constructor(
    readonly reader: WireReader,
    readonly limit: number,
  ) {}

  /** The msgId of envelope `k` ('0' when it has none), read when asked for, not while scanning. */
  msgIdOf(k: number): string {
    const at = this.nums[4 * k + 3]!;
    if (at < 0) return '0';
    this.reader.pos = at;
    return idString(this.reader.int64(true));
  }

  /** The current envelope's msgId, which stands in when its message's own header has none (rare, so read only then). */
  get msgId(): string {
    return this.msgIdOf(this.current);
  }
}

function readEnvelope(r: WireReader, into: Envelopes): void {
  const end = r.end();
  let method = '';
  let payloadStart = 0;
  let payloadEnd = 0;
  let msgIdAt = -1;
  let history = 0;
  for (let tag = 0; (tag = r.next(end)) !== 0; ) {
    switch (tag) {
      case 0x0a: method = r.string(); continue;
      case 0x12:
        payloadEnd = r.end();
        payloadStart = r.pos;
        r.pos = payloadEnd;
        continue;
      case 0x18:
        msgIdAt = r.pos;
        r.skip(0, 3);
        continue;
      case 0x30: history = r.bool() ? 1 : 0; continue;
      default: r.skip(tag & 7, tag >>> 3);
    }
  }
  const k = into.count++;
  if (k >= into.limit) throw new TooManyMessagesError(into.limit);
  into.methods[k] = method;
  into.nums[4 * k] = payloadStart;
  into.nums[4 * k + 1] = payloadEnd;
  into.nums[4 * k + 2] = history;
  into.nums[4 * k + 3] = msgIdAt;
}

/** The envelopes as `RawMessage`s, their payloads views into `body`. */
function rawMessages(env: Envelopes): RawMessage[] {
  const body = env.reader.buf;
  const { buffer, byteOffset } = body;
  const messages: RawMessage[] = [];
  for (let k = 0; k < env.count; k++) {
    const start = env.nums[4 * k]!;
    const end = env.nums[4 * k + 1]!;
    messages.push({
      method: env.methods[k]!,
      payload: start === end ? new Uint8Array(0) : new Uint8Array(buffer, byteOffset + start, end - start),
      msgId: env.msgIdOf(k),
      isHistory: env.nums[4 * k + 2] === 1,
    });
  }
  return messages;
}

/** Reads a `ProtoMessageFetchResult`'s fields; its messages go to `env`, `messages` is left empty. */
function scanFetchResult(env: Envelopes): FetchResult {
  const r = env.reader;
  const result: FetchResult = {
    messages: [],
    cursor: '',
    fetchInterval: 0,
    now: 0,
    internalExt: '',
    routeParams: {},
    heartbeatDuration: 0,
    needAck: false,
    pushServer: '',
    isFirst: false,
  };
  try {
    readFetchResultFields(r, result, env);
  } catch (err) {
    throw asFrameError('Fetch result', err);
  }
  return result;
}

function readFetchResultFields(r: WireReader, result: FetchResult, env: Envelopes): void {
  for (let tag = 0; (tag = r.next(r.len)) !== 0; ) {
    switch (tag) {
      case 0x0a: readEnvelope(r, env); continue;
      case 0x12: result.cursor = r.string(); continue;
      case 0x18: result.fetchInterval = toNumber(r.int64()); continue;
      case 0x20: result.now = toNumber(r.int64()); continue;
      case 0x2a: result.internalExt = r.string(); continue;
      case 0x3a: readHeader(r, result.routeParams); continue; // A map entry has the header's shape: key 1, value 2.
      case 0x40: result.heartbeatDuration = toNumber(r.int64()); continue;
      case 0x48: result.needAck = r.bool(); continue;
      case 0x52: result.pushServer = r.string(); continue;
      case 0x58: result.isFirst = r.bool(); continue;
      default: r.skip(tag & 7, tag >>> 3);
    }
  }
}

/**
 * Decodes a `ProtoMessageFetchResult` (already inflated; empty bytes are an empty result).
 * Throws `FrameDecodeError` on bad bytes, `InvalidArgumentError` on what is not bytes, and
 * `TooManyMessagesError` past `maxMessages` (default 10,000, as `maxMessagesPerFrame`).
 */
export function decodeFetchResult(bytes: BytesInput, options?: { maxMessages?: number | undefined }): FetchResult {
  // A sign server's answer is bounded in bytes by the HTTP layer; its message count is bounded here.
  const maxMessages = checkedMaxMessages(optionsArgument(options).maxMessages, 'maxMessages');
  const env = new Envelopes(new WireReader(bytesArgument(bytes, 'A fetch result')), maxMessages);
  const result = scanFetchResult(env);
  result.messages = rawMessages(env);
  return result;
}

/**
 * Turns a result's messages into events, in order. One message that fails to
 * decode becomes an in-band `error` event; the others still decode. What is not
 * an array of `{ method, payload }` is an `InvalidArgumentError` naming the entry.
 */
export function decodeMessages(messages: readonly RawMessage[], methods?: ReadonlySet<string>): Array<WireEvent | ErrorEvent> {
  if (!Array.isArray(messages)) throw new InvalidArgumentError(`messages must be an array of raw messages, got ${messages === null ? 'null' : typeof messages}`);
  const events: Array<WireEvent | ErrorEvent> = [];
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i] as Partial<RawMessage> | null;
    if (m === null || typeof m !== 'object' || typeof m.method !== 'string') throw new InvalidArgumentError(`messages[${i}] is not a raw message { method, payload, msgId }`);
    const payload = bytesArgument(m.payload, `The payload of messages[${i}]`);
    pushEvent(events, methods, m.method, payload, 0, payload.length, { msgId: typeof m.msgId === 'string' ? m.msgId : '0' });
  }
  return events;
}

/**
 * Decodes the message in `buf` from `start` to `end` onto `events`, unless `methods`
 * leaves it out. Its envelope's msgId (`ctx`) stands in when the message's own header
 * has none; a message that fails to decode becomes an `error` event.
 */
function pushEvent(
  events: Array<WireEvent | ErrorEvent>,
  methods: ReadonlySet<string> | undefined,
  method: string,
  buf: Uint8Array,
  start: number,
  end: number,
  ctx: MessageContext,
): void {
  if (methods && !methods.has(method) && !methods.has(canonicalMethod(method))) return;
  try {
    events.push(decodeMessageAt(method, buf, start, end, ctx));
  } catch (err) {
    const error = err instanceof LiveError ? err : new MessageDecodeError(method, String(err), { cause: err });
    events.push({ type: 'error', error, method, msgId: ctx.msgId ?? '0' });
  }
}

/**
 * The whole path for one WebSocket message: push frame → (gunzip) → fetch
 * result → events. Non-`msg` frames (heartbeat echoes, `im_enter_room_resp`,
 * acks) yield no result and no events. A bad frame throws a `LiveError`
 * (`FrameDecodeError`, also for an empty message; `PayloadTooLargeError` when
 * the frame or its decompressed payload is larger than `maxBytes`;
 * `TooManyMessagesError` when it carries more than `maxMessagesPerFrame`); what is not
 * bytes, a detached buffer or options that are not an object give an
 * `InvalidArgumentError`.
 */
export function decodeFrame(input: BytesInput, options?: DecodeFrameOptions): DecodedFrame {
  const bytes = bytesArgument(input, 'A WebSocket frame');
  const opts: DecodeFrameOptions = optionsArgument(options, 'The options of decodeFrame');
  const maxBytes = checkedMaxBytes(opts.maxBytes);
  const maxMessages = checkedMaxMessages(opts.maxMessagesPerFrame);
  if (bytes.length > maxBytes) throw new PayloadTooLargeError(maxBytes);
  const frame = readPushFrame(bytes);
  if (frame.payloadType !== 'msg' || frame.payload.length === 0) return { frame, result: null, events: [] };
  // compress_type says gzip when the URL asked for it; a payload without the
  // gzip magic is raw either way (a protobuf message can never start with 1f 8b).
  const body = isGzip(frame.payload) ? gunzip(frame.payload, maxBytes, opts.engine) : frame.payload;
  const env = new Envelopes(new WireReader(body), maxMessages);
  const result = scanFetchResult(env);
  if (opts.rawMessages !== false) result.messages = rawMessages(env);
  return { frame, result, events: eventsOf(env, opts.methods) };
}

/** Events of the envelopes in `env`, in order, as `decodeMessages` makes them. */
function eventsOf(env: Envelopes, methods: ReadonlySet<string> | undefined): Array<WireEvent | ErrorEvent> {
  const events: Array<WireEvent | ErrorEvent> = [];
  const body = env.reader.buf;
  for (let k = 0; k < env.count; k++) {
    env.current = k;
    pushEvent(events, methods, env.methods[k]!, body, env.nums[4 * k]!, env.nums[4 * k + 1]!, env);
  }
  return events;
}
