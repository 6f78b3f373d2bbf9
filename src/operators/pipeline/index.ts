/**
 * `tiktok-live-rx/pipeline`: the stages `liveRoom$` is made of, each an RxJS
 * operator with its I/O injected, for building a pipeline of your own (a
 * proxy, another transport, a test) — sign → connect → heartbeat → decode,
 * under retryWithBackoff, then demultiplex; or, over HTTP, poll → decode.
 */
export { sign, type SignProviderLike } from './sign.js';
export { connect, type WebSocketFactory, type LiveSocket, type SocketHandlers, type SocketInit, type ConnectOptions } from './connect.js';
export { heartbeat, type HeartbeatOptions } from './heartbeat.js';
export {
  poll,
  pollInterval,
  watchSocketOpens,
  DEFAULT_POLL_INTERVAL_MS,
  MIN_POLL_INTERVAL_MS,
  MAX_POLL_INTERVAL_MS,
  type PollOptions,
  type SocketOpenWatch,
} from './poll.js';
export { decode, internalExtSeq, type DecodeOptions } from './decode.js';
export { retryWithBackoff, backoffDelay, type RetryWithBackoffOptions } from './retryWithBackoff.js';
export { demultiplex, demultiplexFrames, type DemultiplexOptions, type DemultiplexFramesOptions, type RoomFrame, type FrameResume } from './demultiplex.js';
export type * from './events.js';
export {
  createResumeState,
  type ResumeState,
  type SocketEvent,
  type SocketSigned,
  type SocketOpen,
  type SocketFrame,
  type EventBatch,
  type DecodeOutput,
  type PipelineItem,
} from './types.js';
