import { InvalidArgumentError, RoomExistsError, RoomNotRegisteredError } from '../errors.js';
import type { LiveEventType } from '../operators/pipeline/events.js';
import { checkFleetConfig, fleetKeys, fleetRoomId, type FleetKeys } from './keys.js';
import { withRedis, type RedisLike } from './redis.js';

/** Where the fleet's keys are: the `prefix` (default `tlrx`) and the partition count (default 16). */
export interface FleetOptions {
  prefix?: string | undefined;
  partitions?: number | undefined;
}

/** A room's options in the registry. */
export interface RoomOptions {
  /** Decode and log only these event types (the end of the LIVE always). */
  events?: ReadonlyArray<LiveEventType> | undefined;
  /** Rooms of higher priority are claimed first and given up last. Default 0. */
  priority?: number | undefined;
}

/** A room the fleet watches. */
export interface FleetRoom extends RoomOptions {
  uniqueId: string;
  /** ms since the epoch. */
  addedAt: number;
}

/** A registry value as a room; an unreadable one (written by something else) keeps the room, without options. */
export function parseRoom(uniqueId: string, json: unknown): FleetRoom {
  let value: Partial<FleetRoom> = {};
  try {
    const parsed = JSON.parse(String(json)) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) value = parsed as Partial<FleetRoom>;
  } catch {
    // keep the room, without options
  }
  const room: FleetRoom = { uniqueId, addedAt: typeof value.addedAt === 'number' ? value.addedAt : 0 };
  if (Array.isArray(value.events) && value.events.every((e) => typeof e === 'string')) room.events = value.events as LiveEventType[];
  if (typeof value.priority === 'number' && Number.isFinite(value.priority)) room.priority = value.priority;
  return room;
}

/** A flat HGETALL reply (or a map) as pairs. */
export function hashPairs(reply: unknown): Array<[string, string]> {
  if (Array.isArray(reply)) {
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i + 1 < reply.length; i += 2) pairs.push([String(reply[i]), String(reply[i + 1])]);
    return pairs;
  }
  if (reply instanceof Map) return [...(reply as Map<unknown, unknown>)].map(([k, v]) => [String(k), String(v)]);
  if (reply && typeof reply === 'object') return Object.entries(reply as Record<string, unknown>).map(([k, v]) => [k, String(v)]);
  return [];
}

/** Reads the registry through an open connection, highest priority first, then by name. */
export function roomsOf(reply: unknown): FleetRoom[] {
  return hashPairs(reply)
    .map(([id, json]) => parseRoom(id, json))
    .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || (a.uniqueId < b.uniqueId ? -1 : 1));
}

function checkedRoomOptions(options: RoomOptions): void {
  if (options.events !== undefined && (!Array.isArray(options.events) || !options.events.every((e) => typeof e === 'string'))) {
    throw new InvalidArgumentError('events must be a list of event types');
  }
  if (options.priority !== undefined && !Number.isFinite(options.priority)) throw new InvalidArgumentError(`priority must be a number, got ${String(options.priority)}`);
}

function keysOf(options: FleetOptions): FleetKeys {
  return fleetKeys(options.prefix, options.partitions);
}

/**
 * Adds a room for the fleet's workers to watch (a worker claims it within a tick). A room already in
 * the fleet is a `RoomExistsError` (remove it first to change its options).
 */
export async function addRoom(redis: RedisLike, uniqueId: string, options: RoomOptions & FleetOptions = {}): Promise<FleetRoom> {
  const id = fleetRoomId(uniqueId);
  checkedRoomOptions(options);
  const keys = keysOf(options);
  const room: FleetRoom = { uniqueId: id, addedAt: Date.now() };
  if (options.events) room.events = [...options.events];
  if (options.priority !== undefined) room.priority = options.priority;
  const { uniqueId: _id, ...stored } = room;
  await withRedis(redis, async (conn) => {
    await checkFleetConfig(conn, keys);
    const added = await conn.send(['HSETNX', keys.rooms, id, JSON.stringify(stored)]);
    if (Number(added) !== 1) throw new RoomExistsError(id);
  });
  return room;
}

/** Removes a room: its worker stops it and lets it go within a tick. Its log stays. A room not in the fleet is a `RoomNotRegisteredError`. */
export async function removeRoom(redis: RedisLike, uniqueId: string, options: FleetOptions = {}): Promise<void> {
  const id = fleetRoomId(uniqueId);
  const keys = keysOf(options);
  await withRedis(redis, async (conn) => {
    const removed = await conn.send(['HDEL', keys.rooms, id]);
    if (Number(removed) !== 1) throw new RoomNotRegisteredError(id);
  });
}

/** The rooms the fleet watches, highest priority first, then by name. */
export async function listRooms(redis: RedisLike, options: FleetOptions = {}): Promise<FleetRoom[]> {
  const keys = keysOf(options);
  return withRedis(redis, async (conn) => roomsOf(await conn.send(['HGETALL', keys.rooms])));
}
