/**
 * Pipeline stages (I/O injected) and domain operators (no I/O) for TikTok LIVE streams.
 */
export { sign, type SignProviderLike } from './sign.js';
export { connect, type WebSocketFactory, type LiveSocket, type SocketHandlers, type SocketInit, type ConnectOptions } from './connect.js';
export { heartbeat, type HeartbeatOptions } from './heartbeat.js';
export { decode, type DecodeOptions } from './decode.js';
export { retryWithBackoff, backoffDelay, type RetryWithBackoffOptions } from './retryWithBackoff.js';
export { demultiplex, type DemultiplexOptions } from './demultiplex.js';
export { RecentKeys } from './recentKeys.js';
export { ofType } from './ofType.js';
export * from './selectors.js';
export { comboEnd, type ComboEndOptions } from './comboEnd.js';
export { leaderboard, type LeaderboardEntry, type LeaderboardOptions } from './leaderboard.js';
export { shareRoom, type ShareRoomOptions } from './shareRoom.js';
export { createResumeState, type ResumeState, type SocketEvent, type SocketSigned, type SocketOpen, type SocketFrame, type EventBatch, type DecodeOutput, type PipelineItem } from './types.js';
