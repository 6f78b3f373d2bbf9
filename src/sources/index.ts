export { liveRoom$, signProviderFor, AUTO_FALLBACK_AFTER, type LiveRoomOptions, type RoomResume } from './liveRoom.js';
export { liveRoomFrames$ } from './liveRoomFrames.js';
export { RoomStats, roomStats$, type RoomStatsSnapshot, type RoomStatsOptions, type RoomStatsStreamOptions } from './roomStats.js';
export {
  defaultWebSocketFactory,
  fromWebSocketImpl,
  proxiedWebSocketFactory,
  webSocketFactoryFor,
  webSocketStyleOf,
  MAX_SOCKET_MESSAGE,
  type WebSocketLikeConstructor,
  type WebSocketInit,
  type WebSocketStyle,
  type WebSocketImplOptions,
} from './webSocket.js';
export { workersWebSocketFactory, type WorkersWebSocketOptions, type WorkersWebSocket, type WorkersUpgradeResponse } from './workersSocket.js';
export { detectRuntime, type Runtime } from '../runtime.js';
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
export {
  liveRooms$,
  type LiveRoomsOptions,
  type LiveRoomsDeps,
  type RoomsEvent,
  type RoomTagged,
  type RoomsLifecycleEvent,
  type RoomJoinedEvent,
  type RoomLeftEvent,
  type RoomErrorEvent,
} from './liveRooms.js';
