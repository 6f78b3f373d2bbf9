/**
 * `tiktok-live-rx/browser`: a room's typed, resumable event stream in a web
 * page, through the tiktok-live-rx relay — and the domain operators to use on
 * it. Nothing here needs Node, `ws`, `jose` or the protobuf decoders.
 */
export { relayRoom$, type RelayLinkEvent, type RelayRoomOptions, type RelayWebSocket } from './relayRoom.js';
export * from '../operators/index.js';
export { LiveError, RelayError, ConnectionClosedError, ReconnectExhaustedError, isRetryable, type LiveErrorCode } from '../errors.js';
