import { normalizeUniqueId } from '../api/uniqueId.js';
import { FleetConfigError, InvalidArgumentError } from '../errors.js';
import type { FleetRedis } from './redis.js';

/** The prefix of every fleet key unless you choose another. */
export const DEFAULT_PREFIX = 'tlrx';
/** How many partition streams the log has unless you choose another. */
export const DEFAULT_PARTITIONS = 16;

/** A handle as the fleet keys it: normalised (`@Name`, URLs → `name`) and lower case, as TikTok treats it. */
export function fleetRoomId(uniqueId: string): string {
  return normalizeUniqueId(uniqueId).toLowerCase();
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The partition a room's events always go to: FNV-1a of its handle mod `partitions`. */
export function partitionOf(uniqueId: string, partitions = DEFAULT_PARTITIONS): number {
  return fnv1a(uniqueId) % partitions;
}

export function checkedPartitions(partitions: number | undefined): number {
  const n = partitions ?? DEFAULT_PARTITIONS;
  if (!Number.isInteger(n) || n < 1 || n > 1024) throw new InvalidArgumentError(`partitions must be a whole number from 1 to 1024, got ${partitions}`);
  return n;
}

export function checkedPrefix(prefix: string | undefined): string {
  const p = prefix ?? DEFAULT_PREFIX;
  if (typeof p !== 'string' || !/^[\w.:-]{1,64}$/.test(p)) throw new InvalidArgumentError(`prefix must be 1-64 letters, digits, _ . : or -, got ${JSON.stringify(prefix)}`);
  return p;
}

/**
 * The fleet's key names (FLEET.md). A room's lease, state and partition stream share the hash tag
 * `{p<N>}`, so one script may touch them together on a Redis Cluster too.
 */
export interface FleetKeys {
  readonly prefix: string;
  readonly partitions: number;
  /** Hash: `partitions`. */
  readonly config: string;
  /** Hash: uniqueId → JSON `{ events?, priority?, addedAt }`. */
  readonly rooms: string;
  /** Hash: workerId → JSON `{ capacity, owned, eventsPerSec, startedAt, seenAt }`. */
  readonly workers: string;
  /** The partition of a room (normalised handle). */
  partition(uniqueId: string): number;
  /** Stream: partition `p`'s events. */
  log(p: number): string;
  /** Every partition stream, in partition order. */
  logs(): string[];
  /** Stream of the room's partition. */
  logOf(uniqueId: string): string;
  /** Hash: the room's epoch, resume state, status, counters. */
  state(uniqueId: string): string;
  /** String `"<workerId> <epoch>"` with an expiry: who owns the room. */
  lease(uniqueId: string): string;
  /** List: the newest msgIds the room's log holds (its dedup window for a resume), oldest first. */
  msgIds(uniqueId: string): string;
  /** Keys of the shared sign budget of one API key (by its hash, never the key). */
  sign(keyHash: string): string;
  /** List a worker waits on between ticks: another worker pushes to it after releasing rooms. */
  wake(workerId: string): string;
  /** Hash: the live consumers of a consumer group, consumer → last heartbeat (ms). */
  groupMembers(group: string): string;
  /** String `"<consumer> <token>"` with an expiry: the consumer of `group` that owns partition `p` (same slot as the stream). */
  groupOwner(p: number, group: string): string;
  /** Stream a group's consumers wait on beside their partitions: a join, a release or a leave is written to it. */
  groupWake(group: string): string;
}

export function fleetKeys(prefix?: string, partitions?: number): FleetKeys {
  const p = checkedPrefix(prefix);
  const n = checkedPartitions(partitions);
  const tag = (uniqueId: string) => `${p}:{p${partitionOf(uniqueId, n)}}`;
  const log = (i: number) => `${p}:{p${i}}:log`;
  return {
    prefix: p,
    partitions: n,
    config: `${p}:config`,
    rooms: `${p}:rooms`,
    workers: `${p}:workers`,
    partition: (uniqueId) => partitionOf(uniqueId, n),
    log,
    logs: () => Array.from({ length: n }, (_, i) => log(i)),
    logOf: (uniqueId) => log(partitionOf(uniqueId, n)),
    state: (uniqueId) => `${tag(uniqueId)}:state:${uniqueId}`,
    lease: (uniqueId) => `${tag(uniqueId)}:lease:${uniqueId}`,
    msgIds: (uniqueId) => `${tag(uniqueId)}:ids:${uniqueId}`,
    sign: (keyHash) => `${p}:sign:${keyHash}`,
    wake: (workerId) => `${p}:wake:${workerId}`,
    groupMembers: (group) => `${p}:group:${group}:members`,
    groupOwner: (i, group) => `${p}:{p${i}}:group:${group}:owner`,
    groupWake: (group) => `${p}:group:${group}:wake`,
  };
}

/**
 * Writes the fleet's partition count on first use and checks it after: a worker or consumer configured
 * with another count would put or look for rooms in the wrong streams.
 */
export async function checkFleetConfig(conn: FleetRedis, keys: FleetKeys): Promise<void> {
  await conn.send(['HSETNX', keys.config, 'partitions', String(keys.partitions)]);
  const stored = await conn.send(['HGET', keys.config, 'partitions']);
  if (String(stored) !== String(keys.partitions)) {
    throw new FleetConfigError(
      `The fleet under prefix "${keys.prefix}" has ${String(stored)} partitions, this process was configured with ${keys.partitions}: use partitions: ${String(stored)} (or another prefix)`,
    );
  }
}
