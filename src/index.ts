/**
 * tiktok-live-rx: TikTok LIVE events as RxJS Observables.
 */
export * from './decoders/index.js';
export * from './api/index.js';
export * from './operators/index.js';
// The stages, as before, except `connect`, which shadowed rxjs's own `connect` in auto-imports:
// it and all the stages are in `tiktok-live-rx/pipeline`.
export { sign, heartbeat, decode, internalExtSeq, retryWithBackoff, backoffDelay, demultiplex, createResumeState } from './operators/pipeline/index.js';
export type * from './operators/pipeline/types.js';
export type * from './operators/pipeline/events.js';
export type { SignProviderLike } from './operators/pipeline/sign.js';
export type { WebSocketFactory, LiveSocket, SocketHandlers, SocketInit, ConnectOptions } from './operators/pipeline/connect.js';
export type { HeartbeatOptions } from './operators/pipeline/heartbeat.js';
export type { DecodeOptions } from './operators/pipeline/decode.js';
export type { RetryWithBackoffOptions } from './operators/pipeline/retryWithBackoff.js';
export type { DemultiplexOptions, DemultiplexFramesOptions, RoomFrame, FrameResume } from './operators/pipeline/demultiplex.js';
export * from './sources/index.js';
