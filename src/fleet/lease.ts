import type { LiveEvent } from '../operators/pipeline/events.js';
import { entryValues } from './entry.js';
import type { FleetKeys } from './keys.js';
import { redisScript, type FleetRedis } from './redis.js';

/*
 * Leases with a fencing epoch, and the fenced writer. A room is owned through its lease key, holding
 * "<workerId> <epoch>" with an expiry; the epoch lives in the room's state hash and grows by one on
 * every claim, never reset. Every write checks both in the same script that writes: a worker whose
 * lease expired and was claimed by another (a paused or partitioned "zombie") has an older epoch, and
 * nothing it sends lands.
 */

/*
 * The claim, look and renewal scripts take many rooms of one partition at once (KEYS in pairs or one
 * per room): a tick or a takeover of hundreds of rooms is one call per partition, not one per room, and
 * every key of one call shares the partition's hash tag (one cluster slot).
 */

/** KEYS: lease, state per room. ARGV: now. → per room 0 (free), 1 (leased), 2 (offline or ended until a later check). */
const LOOK = redisScript(`
local out = {}
for i = 1, #KEYS, 2 do
  if redis.call('EXISTS', KEYS[i]) == 1 then out[#out + 1] = 1
  else
    local wait = redis.call('HMGET', KEYS[i + 1], 'status', 'checkAfter')
    if (wait[1] == 'offline' or wait[1] == 'ended' or wait[1] == 'error') and tonumber(wait[2] or '0') > tonumber(ARGV[1]) then out[#out + 1] = 2
    else out[#out + 1] = 0 end
  end
end
return out
`);

/**
 * KEYS: lease, state, msgIds per room. ARGV: workerId, leaseMs, now. → per room {-1} (taken), {0,
 * checkAfter} (offline, wait), or {epoch, cursor, internalExt, {msgIds…}, roomId}.
 */
const ACQUIRE = redisScript(`
local out = {}
for i = 1, #KEYS, 3 do
  local lease, state = KEYS[i], KEYS[i + 1]
  if redis.call('EXISTS', lease) == 1 then out[#out + 1] = {-1}
  else
    local wait = redis.call('HMGET', state, 'status', 'checkAfter')
    if (wait[1] == 'offline' or wait[1] == 'ended' or wait[1] == 'error') and tonumber(wait[2] or '0') > tonumber(ARGV[3]) then
      out[#out + 1] = {0, wait[2]}
    else
      local epoch = redis.call('HINCRBY', state, 'epoch', 1)
      redis.call('SET', lease, ARGV[1] .. ' ' .. epoch, 'PX', ARGV[2])
      redis.call('HSET', state, 'owner', ARGV[1], 'status', 'claimed')
      local s = redis.call('HMGET', state, 'cursor', 'internalExt', 'roomId')
      out[#out + 1] = {epoch, s[1] or '', s[2] or '', redis.call('LRANGE', KEYS[i + 2], 0, -1), s[3] or ''}
    end
  end
end
return out
`);

/** KEYS: lease per room. ARGV: token per room, then leaseMs. → per room 1 (renewed) or 0 (lost). */
const RENEW = redisScript(`
local out = {}
for i = 1, #KEYS do
  if redis.call('GET', KEYS[i]) == ARGV[i] then out[i] = redis.call('PEXPIRE', KEYS[i], ARGV[#ARGV]) else out[i] = 0 end
end
return out
`);

/** KEYS: lease, state. ARGV: token, then field/value pairs for the state. → 1 released, 0 not ours. */
const RELEASE = redisScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
if #ARGV > 1 then redis.call('HSET', KEYS[2], unpack(ARGV, 2)) end
redis.call('HDEL', KEYS[2], 'owner')
return 1
`);

/**
 * KEYS: lease, state, stream, msgIds. ARGV: token, epoch, maxLen, cursor, internalExt, keepMsgIds,
 * status, room, now, lag, roomId, leaseMs, then 4 values per entry (type, msgId, createTime, event).
 * → the entry count, or a FENCED error with nothing written. The room's msgIds list gets the entries'
 * msgIds, trimmed to the newest keepMsgIds (emptied once the LIVE ended): the dedup window a resume
 * starts with, kept here rather than sent with every write.
 */
const WRITE = redisScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return {err = 'FENCED lease'} end
if redis.call('HGET', KEYS[2], 'epoch') ~= ARGV[2] then return {err = 'FENCED epoch'} end
local n = 0
local ids = {}
for i = 13, #ARGV, 4 do
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[3], '*', 'room', ARGV[8], 'type', ARGV[i], 'msgId', ARGV[i + 1], 'createTime', ARGV[i + 2], 'epoch', ARGV[2], 'event', ARGV[i + 3])
  if ARGV[i + 1] ~= '' then ids[#ids + 1] = ARGV[i + 1] end
  n = n + 1
end
local keep = tonumber(ARGV[6])
if ARGV[7] == 'ended' or keep == 0 then redis.call('DEL', KEYS[4])
elseif #ids > 0 then
  redis.call('RPUSH', KEYS[4], unpack(ids))
  redis.call('LTRIM', KEYS[4], -keep, -1)
end
redis.call('HSET', KEYS[2], 'cursor', ARGV[4], 'internalExt', ARGV[5], 'status', ARGV[7], 'lastWriteAt', ARGV[9], 'lag', ARGV[10], 'roomId', ARGV[11])
if n > 0 then redis.call('HINCRBY', KEYS[2], 'events', n) end
redis.call('PEXPIRE', KEYS[1], ARGV[12])
return n
`);

/** The newest msgIds a room keeps for a resume unless a write says otherwise: as many as `liveRoomFrames$` carries per frame. */
const KEEP_MSG_IDS = 64;

/** A room a worker holds: the token its lease holds and the epoch its writes carry. */
export interface Lease {
  room: string;
  epoch: number;
  token: string;
}

/** What a claim found: the lease and the room's stored resume state. */
export interface Claim extends Lease {
  resume: { cursor: string; internalExt: string; msgIds: string[] } | undefined;
  /** The TikTok room id the stored cursor belongs to ('' when none was stored). */
  roomId: string;
}

/**
 * Runs `call` once per partition over the items of that partition (their keys share a cluster slot) and
 * gives the answers back in the items' order.
 */
async function perPartition<T, R>(keys: FleetKeys, items: readonly T[], roomOf: (item: T) => string, call: (group: T[]) => Promise<R[]>): Promise<R[]> {
  const groups = new Map<number, number[]>();
  items.forEach((item, i) => {
    const p = keys.partition(roomOf(item));
    const group = groups.get(p);
    if (group) group.push(i);
    else groups.set(p, [i]);
  });
  const out = new Array<R>(items.length);
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      const answers = await call(indexes.map((i) => items[i]!));
      indexes.forEach((i, k) => (out[i] = answers[k]!));
    }),
  );
  return out;
}

const roomKeys = (keys: FleetKeys, rooms: readonly string[]) => rooms.flatMap((room) => [keys.lease(room), keys.state(room)]);
const claimKeys = (keys: FleetKeys, rooms: readonly string[]) => rooms.flatMap((room) => [keys.lease(room), keys.state(room), keys.msgIds(room)]);
const replies = (reply: unknown): unknown[] => (Array.isArray(reply) ? reply : []);

/** Where rooms stand, one script call per partition: `free`, `leased` (a worker holds it), or `waiting` (offline or ended until its next check). */
export async function lookRooms(conn: FleetRedis, keys: FleetKeys, rooms: readonly string[], now: number): Promise<Array<'free' | 'leased' | 'waiting'>> {
  return perPartition(keys, rooms, (room) => room, async (group) => {
    const reply = replies(await conn.script(LOOK, roomKeys(keys, group), [String(now)]));
    return group.map((_, i) => (Number(reply[i]) === 1 ? 'leased' : Number(reply[i]) === 2 ? 'waiting' : 'free'));
  });
}

function claimOf(room: string, workerId: string, reply: unknown): Claim | { waitUntil: number } | undefined {
  if (!Array.isArray(reply)) return undefined;
  const epoch = Number(reply[0]);
  if (epoch === -1) return undefined;
  if (epoch === 0) return { waitUntil: Number(reply[1]) };
  const [cursor, internalExt, ids, roomId] = reply.slice(1) as [unknown, unknown, unknown, unknown];
  const msgIds = Array.isArray(ids) ? ids.map(String) : [];
  return { room, epoch, token: `${workerId} ${epoch}`, resume: cursor || internalExt ? { cursor: String(cursor), internalExt: String(internalExt), msgIds } : undefined, roomId: String(roomId) };
}

/**
 * Claims free rooms, one script call per partition: each claimed room's epoch grows by one. Per room,
 * in order: the claim, undefined when another worker holds it, or `{ waitUntil }` when it is offline until then.
 */
export async function acquireLeases(conn: FleetRedis, keys: FleetKeys, rooms: readonly string[], workerId: string, leaseMs: number, now: number): Promise<Array<Claim | { waitUntil: number } | undefined>> {
  return perPartition(keys, rooms, (room) => room, async (group) => {
    const reply = replies(await conn.script(ACQUIRE, claimKeys(keys, group), [workerId, String(leaseMs), String(now)]));
    return group.map((room, i) => claimOf(room, workerId, reply[i]));
  });
}

/** Claims one free room: the epoch grows by one. Undefined when another worker holds it; `{ waitUntil }` when it is offline until then. */
export async function acquireLease(conn: FleetRedis, keys: FleetKeys, room: string, workerId: string, leaseMs: number, now: number): Promise<Claim | { waitUntil: number } | undefined> {
  return (await acquireLeases(conn, keys, [room], workerId, leaseMs, now))[0];
}

/** Extends leases, one script call per partition; per lease, false when it is no longer this worker's (expired and claimed, or released). */
export async function renewLeases(conn: FleetRedis, keys: FleetKeys, leases: readonly Lease[], leaseMs: number): Promise<boolean[]> {
  return perPartition(keys, leases, (lease) => lease.room, async (group) => {
    const reply = replies(await conn.script(RENEW, group.map((l) => keys.lease(l.room)), [...group.map((l) => l.token), String(leaseMs)]));
    return group.map((_, i) => Number(reply[i]) === 1);
  });
}

/** Extends the lease; false when it is no longer this worker's (expired and claimed, or released). */
export async function renewLease(conn: FleetRedis, keys: FleetKeys, lease: Lease, leaseMs: number): Promise<boolean> {
  return (await renewLeases(conn, keys, [lease], leaseMs))[0]!;
}

/** Lets the room go at once (another worker may claim it), setting `state` fields with it; false when it was not ours any more. */
export async function releaseLease(conn: FleetRedis, keys: FleetKeys, lease: Lease, state: Record<string, string> = {}): Promise<boolean> {
  return Number(await conn.script(RELEASE, [keys.lease(lease.room), keys.state(lease.room)], [lease.token, ...Object.entries(state).flat()])) === 1;
}

/** What one fenced write stores: the events and the resume state after them. */
export interface FencedWrite {
  events: readonly LiveEvent[];
  cursor: string;
  internalExt: string;
  /** How many of the newest msgIds written the room keeps for a resume's dedup (default 64; an ended LIVE keeps none). */
  keepMsgIds?: number | undefined;
  status: 'live' | 'ended';
  now: number;
  /** ms from the newest event's createTime to now (0 without one). */
  lag: number;
  /** The TikTok room id the cursor belongs to ('' when not known yet, or once the LIVE ended). */
  roomId: string;
}

/** Whether an error is the fence refusing a write. */
export function isFenced(error: unknown): boolean {
  return error instanceof Error && /FENCED/.test(error.message);
}

/**
 * Writes a frame's events to the room's partition stream (`MAXLEN ~ maxLen`) and its resume state, in
 * one step, only when the lease and the epoch are still this worker's; a write extends the lease by
 * `leaseMs`, as a renewal would. Resolves to the entry count;
 * rejects with a `RedisCommandError` that `isFenced` recognises when the fence refused it (nothing written).
 */
export async function writeFenced(conn: FleetRedis, keys: FleetKeys, lease: Lease, maxLen: number, leaseMs: number, write: FencedWrite): Promise<number> {
  const args = [lease.token, String(lease.epoch), String(maxLen), write.cursor, write.internalExt, String(write.keepMsgIds ?? KEEP_MSG_IDS), write.status, lease.room, String(write.now), String(write.lag), write.roomId, String(leaseMs)];
  for (const event of write.events) args.push(...entryValues(event));
  return Number(await conn.script(WRITE, [keys.lease(lease.room), keys.state(lease.room), keys.logOf(lease.room), keys.msgIds(lease.room)], args));
}
