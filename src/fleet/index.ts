/**
 * `tiktok-live-rx/fleet` (Node only): many rooms on many machines. Workers own rooms through leases in
 * Redis, write each room's events to partitioned Redis Streams with the room's resume state in the
 * same atomic step, fenced by an epoch that grows on every takeover; consumers read the log. The
 * `redis` package (node-redis) is an optional peer dependency: `npm install redis`.
 */
export { connectRedis, withRedis, redisError, redisWhere, type RedisClientLike, type RedisLike, type FleetRedis, type ConnectRedisOptions, type RedisScript, redisScript } from './redis.js';
export { fleetKeys, fleetRoomId, partitionOf, fnv1a, checkFleetConfig, DEFAULT_PARTITIONS, DEFAULT_PREFIX, type FleetKeys } from './keys.js';
export { encodeEntry, decodeEntry, type FleetEntry, type EntryFields } from './entry.js';
export {
  RedisUnavailableError,
  RedisAuthError,
  RedisWrongTypeError,
  RedisCommandError,
  FleetEntryError,
  FleetConfigError,
  RoomExistsError,
  RoomNotRegisteredError,
  LeaseLostError,
  LiveError,
  isRetryable,
} from '../errors.js';
export { addRoom, removeRoom, listRooms, type FleetOptions, type RoomOptions, type FleetRoom } from './registry.js';
export { acquireLease, renewLease, releaseLease, writeFenced, isFenced, type Lease, type Claim, type FencedWrite } from './lease.js';
export { startWorker, type WorkerOptions, type FleetWorker, type WorkerStatus, type WorkerRoomStatus, type WorkerEntry } from './worker.js';
export { signBudget, withSignBudget, signBudgetKeys, type SignBudgetOptions } from './signBudget.js';
export { fleetEvents$, type FleetEventsOptions } from './fleetEvents.js';
export { roomLog$, type RoomLogOptions } from './roomLog.js';
export type { FleetEvent } from './logEntries.js';
export { fleetStatus, type FleetStatus, type FleetWorkerStatus, type FleetRoomStatus } from './status.js';
