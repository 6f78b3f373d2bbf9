/**
 * Wire layer: TikTok Webcast frames and messages to typed events and back.
 * Pure functions: no I/O, no rxjs, no Node built-ins.
 */
export * from './events.js';
export type { BytesInput } from './input.js';
export { inflate, isGzip, hasNativeInflate, DEFAULT_MAX_INFLATE_BYTES, type InflateOptions } from './inflate.js';
export {
  decodePushFrame,
  decodeFetchResult,
  decodeFrame,
  decodeMessages,
  DEFAULT_MAX_MESSAGES_PER_FRAME,
  type PushFrame,
  type FetchResult,
  type RawMessage,
  type DecodedFrame,
  type DecodeFrameOptions,
} from './frames.js';
export { decodeMessage, canonicalMethod, classifySocial, KNOWN_METHODS, type MessageContext } from './messages.js';
export {
  encodeHeartbeat,
  encodeEnterRoom,
  encodeAck,
  encodePushFrame,
  encodeFetchResult,
  encodeMessageFrame,
  encodeEvent,
  EVENT_METHODS,
  type EnterRoomOptions,
  type PushFrameInit,
  type RawMessageInit,
  type FetchResultInit,
  type MessageFrameOptions,
} from './encoders.js';
export { idString, toNumber, isDecimalId } from './int64.js';
export { toBase64, fromBase64 } from './base64.js';
export { eventToJson } from './json.js';
export * from '../errors.js';
export { redactSecrets, safeUrl, REDACTED } from '../redact.js';
export {
  EVENT_REGISTRY,
  REGISTERED_EVENT_TYPES,
  methodsOf,
  type RegisteredEventType,
  type EventMethod,
  type EventRegistry,
  type MethodOf,
  type WireEventOf,
} from './registry.js';
