/**
 * `tiktok-live-rx/operators`: the domain operators and selectors, with no I/O
 * and no wire code (no ws, protobufjs or pako), for bot pipelines and apps
 * that get their events from elsewhere (a relay, a recording, a test). The
 * pipeline stages are in `tiktok-live-rx/pipeline`.
 */
export { ofType } from './ofType.js';
export * from './selectors.js';
export { comboEnd, type ComboEndOptions } from './comboEnd.js';
export { leaderboard, type LeaderboardEntry, type LeaderboardOptions } from './leaderboard.js';
export { shareRoom, type ShareRoomOptions } from './shareRoom.js';
export { RecentKeys } from './recentKeys.js';
export type * from '../decoders/events.js';
export type * from './pipeline/events.js';
export { ControlAction, isStreamEnd } from '../decoders/events.js';
