export { normalizeUniqueId, assertRoomId } from './uniqueId.js';
export { resolveLivePage, resolveRoomId, createRoomIdCache, type LivePageInfo, type RoomIdCache, type ResolveRoomIdOptions } from './livePage.js';
export { fetchRoomInfo, parseRoomInfo, type RoomInfo, type RoomOwner, type StreamUrls } from './roomInfo.js';
export {
  eulerSignProvider,
  tiktoolSignProvider,
  resolveSignProvider,
  buildPushUrl,
  type SignProvider,
  type SignRequest,
  type SignedConnection,
  type SignOptions,
} from './sign.js';
export { DEFAULT_ENDPOINTS, DEFAULT_EULER_SIGN_SERVER, DEFAULT_TIKTOOL_SIGN_SERVER, DEFAULT_USER_AGENT, type HttpOptions, type Endpoints } from './options.js';
export { fetchGiftList, parseGift, type GiftInfo, type GiftListOptions } from './gifts.js';
export { checkAlive, bulkLiveCheck, type LiveCheck, type BulkLiveCheckOptions } from './liveCheck.js';
export {
  callApi,
  fetchSignedUrl,
  solvePuzzle,
  solveRotate,
  solveShapes,
  type CallApiOptions,
  type SignedUrlResponse,
  type SolverOptions,
  type PuzzleSolution,
  type RotateSolution,
  type ShapesSolution,
  type Point,
} from './rest.js';
