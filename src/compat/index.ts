/**
 * tiktok-live-rx/compat: the @tiktool/live SDK's API over tiktok-live-rx, for
 * a migration that changes one import line.
 */
export {
  TikTokLive,
  type TikTokLiveOptions,
  type TikTokLiveEvents,
  type TikTokLiveEventName,
  type TikTokLiveEvent,
  type CompatBattleEvent as BattleEvent,
  type CompatBattleArmiesEvent as BattleArmiesEvent,
  type CompatBattleTeam as BattleTeam,
  type CompatArmyTeam as ArmyTeam,
} from './tiktokLive.js';
export { solvePuzzle, solveRotate, solveShapes } from './solvers.js';
export type {
  ChatEvent,
  MemberEvent,
  LikeEvent,
  GiftEvent,
  SocialEvent,
  RoomUserSeqEvent,
  SubscribeEvent,
  EmoteChatEvent,
  EnvelopeEvent,
  QuestionEvent,
  ControlEvent,
  RoomEvent,
  LiveIntroEvent,
  RankUpdateEvent,
  LinkMicEvent,
  UnknownEvent,
  LiveUser,
  Badge,
  ChatEmote,
  TopViewer,
  BattleUser,
  ArmyUser,
  RankEntry,
} from '../decoders/events.js';
export type { DisconnectedEvent, GapEvent } from '../operators/pipeline/events.js';
export { callApi, fetchSignedUrl, type CallApiOptions, type SignedUrlResponse, type PuzzleSolution, type RotateSolution, type ShapesSolution, type Point } from '../api/rest.js';
export { resolveRoomId, resolveLivePage, type LivePageInfo } from '../api/livePage.js';
export * from '../api/restEndpoints.js';
export type { RoomInfo } from '../api/roomInfo.js';
export * from '../errors.js';
