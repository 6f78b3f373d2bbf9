import * as pb from './generated/webcast.js';
import { InvalidArgumentError, MessageDecodeError } from '../errors.js';
import type { WireEvent } from './events.js';
import { classifySocial } from './fields.js';
import { handDecoder, type HandDecoder } from './handDecoders.js';
import { bytesArgument, type BytesInput } from './input.js';
import { registeredMethods } from './registry.js';
import { baseFields, type Common } from './schemaMappers.js';

export { classifySocial };

/** Context the envelope gives a message (its `BaseProtoMessage` fields). */
export interface MessageContext {
  /** The envelope's msgId, used when the message's own header has none. */
  msgId?: string;
}

/** The wire method without its optional `Webcast` prefix: `RoomMessage` and `WebcastRoomMessage` are one. */
export function canonicalMethod(method: string): string {
  return method.startsWith('Webcast') ? method.slice(7) : method;
}

type Mapper = (payload: Uint8Array, method: string, ctx: MessageContext | undefined) => WireEvent;

/** Wire methods (without `Webcast` prefix) this library turns into typed events. */
export const KNOWN_METHODS: readonly string[] = registeredMethods().map((m) => m.method);

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

/**
 * Each registered method's schema mapper and hand-written decoder (where it has
 * one) under both spellings of the method, so lookups need no string slicing.
 */
const BY_SCHEMA = new Map<string, Mapper>();
/** The hand-written decoders by method (both spellings). */
export const HAND_DECODERS = new Map<string, HandDecoder>();
for (const { method: name, entry } of registeredMethods()) {
  const run: Mapper = (payload, method, ctx) => entry.schema(forReader(payload), method, ctx);
  BY_SCHEMA.set(name, run);
  BY_SCHEMA.set(`Webcast${name}`, run);
  if (entry.hand) {
    const decode = handDecoder(entry.hand);
    HAND_DECODERS.set(name, decode);
    HAND_DECODERS.set(`Webcast${name}`, decode);
  }
}

function unknownEvent(method: string, payload: Uint8Array, ctx: MessageContext | undefined): WireEvent {
  let common: Common;
  try {
    common = pb.UnknownMessage.decode(payload).common;
  } catch {
    common = undefined; // Not every unknown message has a common header; the raw bytes are still delivered.
  }
  // A copy: the payload may be a view into the whole frame, which must not stay alive with the event.
  return { type: 'unknown', ...baseFields(method, common, ctx), payload: new Uint8Array(payload) };
}

/** The error for a message that does not decode; `start` is where it sits in a larger buffer, whose offsets the cause's message counts. */
function decodeError(method: string, length: number, err: unknown, start = 0): MessageDecodeError {
  const where = start > 0 ? `${length} bytes at offset ${start} of the frame's body` : `${length} bytes`;
  return new MessageDecodeError(method, `Could not decode ${method} (${where}): ${(err as Error)?.message ?? String(err)}`, { cause: err });
}

function decodeWith(mappers: ReadonlyMap<string, Mapper>, method: string, payload: Uint8Array, ctx: MessageContext | undefined): WireEvent {
  const mapper = mappers.get(method);
  if (!mapper) return unknownEvent(method, payload, ctx);
  try {
    return mapper(payload, method, ctx);
  } catch (err) {
    throw decodeError(method, payload.length, err);
  }
}

/**
 * Decodes one Webcast message payload into a typed event.
 * `method` may carry the `Webcast` prefix or not. Unknown methods give an
 * `unknown` event with the raw bytes. A payload that does not decode throws a
 * `MessageDecodeError`; a method that is not a string, or a payload that is not
 * bytes (or is a detached buffer), an `InvalidArgumentError`.
 */
export function decodeMessage(method: string, payload: BytesInput, ctx?: MessageContext): WireEvent {
  if (typeof method !== 'string') throw new InvalidArgumentError(`method must be a string, got ${method === null ? 'null' : typeof method}`);
  const bytes = bytesArgument(payload, `The payload of ${method}`);
  return decodeMessageAt(method, bytes, 0, bytes.length, ctx);
}

/**
 * `decodeMessage` for a payload that sits in `buf` from `start` to `end` (a fetch
 * result's body, say), without a view made for it first. The hottest methods take
 * hand-written decoders; the rest, and the rare message a hand-written decoder
 * declines, go through the generated schema decoders.
 */
export function decodeMessageAt(method: string, buf: Uint8Array, start: number, end: number, ctx?: MessageContext): WireEvent {
  const hand = HAND_DECODERS.get(method);
  if (hand) {
    let event: WireEvent | undefined;
    try {
      event = hand(buf, start, end, method, ctx);
    } catch (err) {
      throw decodeError(method, end - start, err, start);
    }
    if (event) return event;
  }
  const payload = start === 0 && end === buf.length ? buf : new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
  return decodeWith(BY_SCHEMA, method, payload, ctx);
}

/**
 * `decodeMessage` through the generated schema decoders only, for every method:
 * the reference the hand-written decoders of the hottest methods are tested against.
 */
export function decodeMessageBySchema(method: string, payload: Uint8Array, ctx?: MessageContext): WireEvent {
  return decodeWith(BY_SCHEMA, method, payload, ctx);
}
