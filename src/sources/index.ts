export { liveRoom$, signProviderFor, type LiveRoomOptions } from './liveRoom.js';
export { RoomStats, roomStats$, type RoomStatsSnapshot, type RoomStatsOptions, type RoomStatsStreamOptions } from './roomStats.js';
export { defaultWebSocketFactory, fromWebSocketImpl, MAX_SOCKET_MESSAGE, type WebSocketLikeConstructor } from './webSocket.js';
export { replayRoom$, MIN_REPLAY_SPEED, type ReplayOptions } from './replayRoom.js';
export {
  parseRecording,
  headerLine,
  entryLine,
  RECORDING_FORMAT,
  RECORDING_VERSION,
  type Recording,
  type RecordingEntry,
  type RecordingHeader,
} from './recording.js';
export { recordingTap, type RecordingTap, type RecordingTapDeps, type RecordingTapWrite } from './recordingTap.js';
