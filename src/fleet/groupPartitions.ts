import { randomBytes } from 'node:crypto';
import type { SchedulerLike } from 'rxjs';
import { fnv1a, type FleetKeys } from './keys.js';
import type { RawEntry } from './logEntries.js';
import { redisScript, type FleetRedis } from './redis.js';
import { hashPairs } from './registry.js';

/*
 * The partitions of the log assigned to the consumers of a group exclusively, as Kafka assigns a topic's
 * partitions: one consumer reads a partition at a time, so a room (always in one partition) is read in
 * one place, in order. A consumer heartbeats into the group's members hash and owns a partition through a
 * lease key beside the partition's stream (`{p<N>}`: one slot), holding "<consumer> <token>" with an
 * expiry. Every read from a partition is a script that first checks the lease, so once a lease has
 * expired its former owner cannot move another entry of that partition into its pending list; the new
 * owner claims everything pending in the partition before it reads new entries, and pending entries are
 * all older than new ones.
 */

/** KEYS: owner. ARGV: value, leaseMs. → 1 renewed, 0 not ours. */
const RENEW = redisScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
return redis.call('PEXPIRE', KEYS[1], ARGV[2])
`);

/** KEYS: owner. ARGV: value. → 1 released, 0 not ours. */
const RELEASE = redisScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
return redis.call('DEL', KEYS[1])
`);

/**
 * KEYS: owner, stream. ARGV: value, leaseMs, group, consumer, count. → nil (not ours), or {entries, the id
 * after which nothing is read yet: the last entry's, or the stream's last when none came}.
 */
const READ = redisScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return false end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
local got = redis.call('XREADGROUP', 'GROUP', ARGV[3], ARGV[4], 'COUNT', ARGV[5], 'STREAMS', KEYS[2], '>')
local entries = got and got[1][2] or {}
if #entries > 0 then return {entries, entries[#entries][1]} end
local last = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)
return {entries, last[1] and last[1][1] or '0-0'}
`);

/** KEYS: owner, stream. ARGV: value, leaseMs, group, consumer, cursor, count. → nil (not ours), or {next cursor, entries} (pending of any consumer, min-idle 0). */
const DRAIN = redisScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return false end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
local r = redis.call('XAUTOCLAIM', KEYS[2], ARGV[3], ARGV[4], 0, ARGV[5], 'COUNT', ARGV[6])
return {r[1], r[2]}
`);

/** KEYS: owner, stream. ARGV: value, group, ids…. → the count acknowledged, -1 when the partition is not ours. */
const ACK = redisScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
return redis.call('XACK', KEYS[2], ARGV[2], unpack(ARGV, 3))
`);

/** A partition this consumer owns. */
interface Owned {
  /** What its lease key holds. */
  value: string;
  /** Until when (this process's clock) the lease surely holds: the time a renewal was sent, plus 80 % of the lease. */
  validUntil: number;
  /** While set, the partition's pending entries are taken over first (the XAUTOCLAIM cursor). */
  drain: string | undefined;
  /** The id after which nothing of the stream is read yet: a wait for new entries starts there. */
  lastId: string;
}

/** What one fetch from a partition got: entries in id order, and whether there may be more right away. */
export interface Fetched {
  entries: RawEntry[];
  more: boolean;
}

export interface GroupPartitionsOptions {
  keys: FleetKeys;
  group: string;
  consumer: string;
  leaseMs: number;
  count: number;
  scheduler: SchedulerLike;
}

/**
 * This consumer's part of a group's partitions over `conn`: `maintain()` heartbeats, renews, and claims
 * or releases partitions towards a fair share (ceil(partitions / live consumers)); `fetch(p)` reads a
 * partition it owns (first what is pending in it, then new entries); `holds(p)` says whether it may
 * still deliver from `p`; `ack` acknowledges only while it owns the partition; `leave()` lets all go.
 */
export function groupPartitions(conn: FleetRedis, options: GroupPartitionsOptions) {
  const { keys, group, consumer, leaseMs, count, scheduler } = options;
  const instance = randomBytes(6).toString('hex');
  const members = keys.groupMembers(group);
  const wake = keys.groupWake(group);
  const owned = new Map<number, Owned>();
  let claims = 0;
  let joined = false;
  const validFor = Math.floor(leaseMs * 0.8);
  // Where this consumer looks for free partitions first: spread, so that joiners do not all race for p0.
  const start = fnv1a(consumer) % keys.partitions;

  const signal = (what: string) => conn.send(['XADD', wake, 'MAXLEN', '~', '100', '*', 'consumer', consumer, 'event', what]);

  const renew = async (p: number, lease: Owned): Promise<boolean> => {
    const sent = scheduler.now();
    if (Number(await conn.script(RENEW, [keys.groupOwner(p, group)], [lease.value, String(leaseMs)])) === 1) {
      lease.validUntil = sent + validFor;
      return true;
    }
    owned.delete(p);
    return false;
  };

  return {
    owned: () => [...owned.keys()].sort((a, b) => a - b),

    /** After a lost connection: every partition it still owns starts again with its pending entries (its own, read but maybe never delivered). */
    restart(): void {
      for (const lease of owned.values()) lease.drain = '0-0';
    },

    /**
     * Heartbeats, renews its leases, then moves towards its share: claims free partitions while under it;
     * over it while another live consumer is under, releases the excess (`beforeRelease` acknowledges what
     * was handled from a partition first). Resolves to whether it claimed or released anything.
     */
    async maintain(beforeRelease: (p: number) => Promise<void>): Promise<boolean> {
      const now = scheduler.now();
      await conn.send(['HSET', members, consumer, String(now)]);
      const live = new Set([consumer]);
      const gone: string[] = [];
      for (const [name, at] of hashPairs(await conn.send(['HGETALL', members]))) {
        const age = now - Number(at);
        if (age <= leaseMs) live.add(name);
        else if (!(age <= 3 * leaseMs)) gone.push(name);
      }
      if (gone.length > 0) await conn.send(['HDEL', members, ...gone]);
      if (!joined) {
        joined = true;
        await signal('join');
      }
      for (const [p, lease] of [...owned]) await renew(p, lease);

      const values = await Promise.all(Array.from({ length: keys.partitions }, (_, p) => conn.send(['GET', keys.groupOwner(p, group)])));
      const held = new Map<string, number>();
      const free: number[] = [];
      values.forEach((value, p) => {
        if (value === null || value === undefined) free.push(p);
        else {
          const name = String(value).split(' ')[0]!;
          held.set(name, (held.get(name) ?? 0) + 1);
        }
      });
      const share = Math.ceil(keys.partitions / live.size);
      let changed = false;
      if (owned.size > share && [...live].some((name) => name !== consumer && (held.get(name) ?? 0) < share)) {
        for (const p of [...owned.keys()].sort((a, b) => b - a).slice(0, owned.size - share)) {
          await beforeRelease(p);
          const lease = owned.get(p);
          owned.delete(p);
          if (lease) await conn.script(RELEASE, [keys.groupOwner(p, group)], [lease.value]);
        }
        await signal('release');
        changed = true;
      } else if (owned.size < share && free.length > 0) {
        free.sort((a, b) => ((a - start + keys.partitions) % keys.partitions) - ((b - start + keys.partitions) % keys.partitions));
        for (const p of free) {
          if (owned.size >= share) break;
          const value = `${consumer} ${instance}.${++claims}`;
          const sent = scheduler.now();
          if ((await conn.send(['SET', keys.groupOwner(p, group), value, 'NX', 'PX', String(leaseMs)])) === null) continue;
          owned.set(p, { value, validUntil: sent + validFor, drain: '0-0', lastId: '0-0' });
          changed = true;
        }
      }
      return changed;
    },

    /**
     * One read from partition `p`, fenced by its lease: while taking it over, the next entries pending in
     * it (any consumer's, in id order); then new entries. Undefined when the partition is no longer its.
     */
    async fetch(p: number): Promise<Fetched | undefined> {
      const lease = owned.get(p);
      if (!lease) return undefined;
      const sent = scheduler.now();
      const ownerKey = keys.groupOwner(p, group);
      const stream = keys.log(p);
      if (lease.drain !== undefined) {
        const reply = await conn.script(DRAIN, [ownerKey, stream], [lease.value, String(leaseMs), group, consumer, lease.drain, String(count)]);
        if (!Array.isArray(reply)) return void owned.delete(p);
        lease.validUntil = sent + validFor;
        const cursor = String(reply[0]);
        lease.drain = cursor === '0-0' ? undefined : cursor;
        return { entries: Array.isArray(reply[1]) ? (reply[1] as RawEntry[]) : [], more: true };
      }
      const reply = await conn.script(READ, [ownerKey, stream], [lease.value, String(leaseMs), group, consumer, String(count)]);
      if (!Array.isArray(reply)) return void owned.delete(p);
      lease.validUntil = sent + validFor;
      lease.lastId = String(reply[1]);
      const entries = Array.isArray(reply[0]) ? (reply[0] as RawEntry[]) : [];
      // A batch short of `count` took everything there was: what comes next, the wait sees.
      return { entries, more: entries.length >= count };
    },

    /** Whether `p` is being taken over (its pending entries are still to be delivered). */
    draining: (p: number) => owned.get(p)?.drain !== undefined,

    /** The partitions to wait on for new entries (not those still being taken over) and the ids to wait after. */
    waitPoints(): Array<[stream: string, id: string]> {
      return [...owned].filter(([, lease]) => lease.drain === undefined).map(([p, lease]) => [keys.log(p), lease.lastId]);
    },

    /**
     * Whether it may still deliver an entry of `p`: at once while its last renewal surely holds (by this
     * process's clock), else after renewing in Redis. False leaves the rest of the batch undelivered:
     * pending, for the new owner or (when `p` is still its own) for its next read of `p`.
     */
    holds(p: number): boolean | Promise<boolean> {
      const lease = owned.get(p);
      if (!lease) return false;
      if (scheduler.now() < lease.validUntil) return true;
      return renew(p, lease).then((renewed) => {
        // An answer that came too late (the process paused while it was on its way) proves nothing.
        if (renewed && scheduler.now() < lease.validUntil) return true;
        // Still its own, maybe: what it read from `p` and did not hand over is pending, and comes first.
        if (owned.get(p) === lease) lease.drain = '0-0';
        return false;
      });
    },

    /** XACK, only while `p` is still its: a zombie leaves what it handled to the new owner (delivered again there). */
    async ack(p: number, ids: readonly string[]): Promise<void> {
      const lease = owned.get(p);
      if (!lease) return;
      for (let i = 0; i < ids.length; i += 1_000) {
        const reply = await conn.script(ACK, [keys.groupOwner(p, group), keys.log(p)], [lease.value, group, ...ids.slice(i, i + 1_000)]);
        if (Number(reply) === -1) return void owned.delete(p);
      }
    },

    /** Unsubscribing: `ackFirst` queues the acknowledgements, then every lease is released and the others are woken (queued, not awaited). */
    leave(ackFirst: (p: number) => void): void {
      const quiet = () => {};
      for (const [p, lease] of owned) {
        ackFirst(p);
        conn.script(RELEASE, [keys.groupOwner(p, group)], [lease.value]).catch(quiet);
      }
      owned.clear();
      conn.send(['HDEL', members, consumer]).catch(quiet);
      signal('leave').catch(quiet);
    },

    /** The group's wake stream (joins, releases, leaves). */
    wakeStream: wake,
  };
}

export type GroupPartitions = ReturnType<typeof groupPartitions>;
