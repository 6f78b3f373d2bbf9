/**
 * A protocol-faithful local TikTok LIVE for demos and tests (Node only):
 * web pages, webcast APIs, both sign-server styles and the push WebSocket on
 * one port, with seeded traffic, scripted scenarios and faults on demand.
 */
export { startSimulator, type Simulator, type SimulatorOptions, type SimulatorClientOptions } from './simulator.js';
export { SimRoom, roomIdFor, type RoomStatus, type SimRoomConfig, type ReceivedFrame, type ConnectionInfo } from './room.js';
export { type EventInit, type EventInitOf, type DeepPartial } from './eventInit.js';
export { type RoomTrafficOptions, type RealFramesFile } from './roomTraffic.js';
export { type SentMessage } from './messageLog.js';
export { type Fault, type FaultName } from './faults.js';
export { type ScenarioStep } from './scenario.js';
export { TrafficGenerator, DEFAULT_MIX, prng, type TrafficKind, type TrafficOptions } from './traffic.js';
export { GIFT_CATALOG, type CatalogGift } from './gifts.js';
export { signUrl, SIM_USER_AGENT, type ApiKeyInfo, type SignRateLimitOptions, type SimSessionUser } from './signServers.js';
