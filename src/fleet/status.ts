import { fleetKeys } from './keys.js';
import { withRedis, type RedisLike } from './redis.js';
import { hashPairs, roomsOf, type FleetOptions } from './registry.js';
import { parseWorkerEntry } from './worker.js';

/** A worker as the fleet sees it. */
export interface FleetWorkerStatus {
  id: string;
  capacity: number;
  owned: number;
  eventsPerSec: number;
  startedAt: number;
  /** When it last renewed its leases and said it was alive (ms). */
  seenAt: number;
  /** False once it has not been seen for a whole lease (its own leaseMs): it died or lost Redis, and its rooms are free to claim. */
  alive: boolean;
}

/** A room of the registry and where it stands. */
export interface FleetRoomStatus {
  uniqueId: string;
  priority?: number | undefined;
  /** The worker holding its lease now, if any. */
  owner?: string | undefined;
  /** The fencing epoch: how many times the room was claimed. */
  epoch: number;
  /** `live`, `claimed`, `offline`, `ended`, `error`, or `new` before any worker took it. */
  status: string;
  /** Events written to the log for it. */
  events: number;
  /** ms from the newest event's createTime to its write, at the last write. */
  lagMs?: number | undefined;
  lastWriteAt?: number | undefined;
  /** When an offline, ended or failed room is checked again. */
  checkAfter?: number | undefined;
  lastError?: string | undefined;
}

export interface FleetStatus {
  workers: FleetWorkerStatus[];
  rooms: FleetRoomStatus[];
}

const number = (value: unknown): number | undefined => (value === null || value === undefined || value === '' ? undefined : Number(value));

/** Workers (alive or not yet forgotten), every room with its owner, status, events, lag and last error. */
export async function fleetStatus(redis: RedisLike, options: FleetOptions = {}): Promise<FleetStatus> {
  const keys = fleetKeys(options.prefix, options.partitions);
  return withRedis(redis, async (conn) => {
    const now = Date.now();
    const [workersReply, roomsReply] = await Promise.all([conn.send(['HGETALL', keys.workers]), conn.send(['HGETALL', keys.rooms])]);
    const workers: FleetWorkerStatus[] = [];
    for (const [id, json] of hashPairs(workersReply)) {
      const entry = parseWorkerEntry(json);
      if (!entry) continue;
      const { leaseMs: _leaseMs, ...shown } = entry;
      // Alive as the workers judge each other: seen within a lease (a live worker writes its entry every tick).
      workers.push({ id, ...shown, alive: now - entry.seenAt <= (entry.leaseMs ?? 5_000) });
    }
    workers.sort((a, b) => (a.id < b.id ? -1 : 1));
    const rooms = await Promise.all(
      roomsOf(roomsReply).map(async (room): Promise<FleetRoomStatus> => {
        const [state, lease] = await Promise.all([
          conn.send(['HMGET', keys.state(room.uniqueId), 'epoch', 'status', 'events', 'lag', 'lastWriteAt', 'checkAfter', 'lastError']),
          conn.send(['GET', keys.lease(room.uniqueId)]),
        ]);
        const [epoch, status, events, lag, lastWriteAt, checkAfter, lastError] = (Array.isArray(state) ? state : []) as Array<string | null>;
        const owner = typeof lease === 'string' ? lease.split(' ')[0] : undefined;
        return {
          uniqueId: room.uniqueId,
          ...(room.priority !== undefined ? { priority: room.priority } : {}),
          ...(owner ? { owner } : {}),
          epoch: number(epoch) ?? 0,
          status: status ?? 'new',
          events: number(events) ?? 0,
          ...(lag ? { lagMs: Number(lag) } : {}),
          ...(lastWriteAt ? { lastWriteAt: Number(lastWriteAt) } : {}),
          ...(checkAfter && Number(checkAfter) > now ? { checkAfter: Number(checkAfter) } : {}),
          ...(lastError ? { lastError } : {}),
        };
      }),
    );
    return { workers, rooms };
  });
}
