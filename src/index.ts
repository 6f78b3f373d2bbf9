/**
 * tiktok-live-rx: TikTok LIVE events as RxJS Observables.
 */
export * from './decoders/index.js';
export * from './api/index.js';
export * from './operators/index.js';
// The stages, as before, except `connect`, which shadowed rxjs's own `connect` in auto-imports:
// it and all the stages are in `tiktok-live-rx/pipeline`.
export {
  sign,
  heartbeat,
  decode,
  retryWithBackoff,
  backoffDelay,
  demultiplex,
  createResumeState,
  type SignProviderLike,
  type WebSocketFactory,
  type LiveSocket,
  type SocketHandlers,
  type SocketInit,
  type ConnectOptions,
  type HeartbeatOptions,
  type DecodeOptions,
  type RetryWithBackoffOptions,
  type DemultiplexOptions,
  type ResumeState,
  type SocketEvent,
  type SocketSigned,
  type SocketOpen,
  type SocketFrame,
  type EventBatch,
  type DecodeOutput,
  type PipelineItem,
} from './operators/pipeline/index.js';
export * from './sources/index.js';
