import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Subscription } from 'rxjs';
import { isStreamEnd } from '../decoders/events.js';
import { InvalidArgumentError, LeaseLostError, LiveError, UserOfflineError } from '../errors.js';
import type { RoomFrame } from '../operators/pipeline/demultiplex.js';
import { redactSecrets } from '../redact.js';
import type { LiveRoomOptions } from '../sources/liveRoom.js';
import { liveRoomFrames$ } from '../sources/liveRoomFrames.js';
import { checkFleetConfig, fleetKeys, type FleetKeys } from './keys.js';
import { acquireLeases, isFenced, lookRooms, releaseLease, renewLeases, writeFenced, type Claim, type Lease } from './lease.js';
import { connectRedis, type FleetRedis, type RedisLike } from './redis.js';
import { hashPairs, roomsOf, type FleetOptions, type FleetRoom } from './registry.js';

export interface WorkerOptions extends FleetOptions {
  /** A `redis://` URL or a client you created (and close yourself). */
  redis: RedisLike;
  /** This worker's name in the fleet. Default `<host>-<pid>-<random>`. */
  id?: string | undefined;
  /** Most rooms this worker watches at once. */
  capacity: number;
  /** How rooms connect (sign server, API key, endpoints, …); `resumeFrom` and `events` are the fleet's. */
  liveRoomOptions?: LiveRoomOptions | undefined;
  /** A lease not renewed for this long expires and another worker takes the room. Default 5,000 ms. */
  leaseMs?: number | undefined;
  /** Entries kept per partition stream (`XADD MAXLEN ~`). Default 100,000. */
  maxLen?: number | undefined;
  /** An offline or ended room is checked again after this long, without holding a slot meanwhile. Default 60,000 ms. */
  offlineCheckMs?: number | undefined;
  /** Where the worker says what it does (claims, releases, errors), one line each; credentials redacted. */
  log?: ((line: string) => void) | undefined;
}

/** A room a worker holds, as `status()` tells it. */
export interface WorkerRoomStatus {
  uniqueId: string;
  epoch: number;
  /** Events this worker wrote for the room. */
  events: number;
  lastError?: string | undefined;
}

export interface WorkerStatus {
  id: string;
  capacity: number;
  /** Whether the last exchange with Redis worked. */
  connected: boolean;
  rooms: WorkerRoomStatus[];
  /** Events written per second over the last few seconds. */
  eventsPerSec: number;
  /** Events written since the start. */
  events: number;
  /** Rooms this worker gave up because the fence refused a write or the lease could not be renewed. */
  leasesLost: number;
  lastError?: string | undefined;
}

export interface FleetWorker {
  readonly id: string;
  status(): WorkerStatus;
  /** Writes what it holds, releases every lease at once (other workers resume the rooms within a tick) and leaves the fleet. */
  stop(): Promise<void>;
}

/** One owned room: its stream, the frames waiting to be written and the write in flight. */
interface OwnedRoom {
  lease: Lease;
  room: FleetRoom;
  subscription?: Subscription;
  queue: RoomFrame[];
  writing?: Promise<void>;
  events: number;
  /** Set once the room is being let go: no more frames are taken. */
  closing: boolean;
  /** The stream ended (the LIVE ended) or failed: what the release stores. */
  end?: Record<string, string>;
  /** The TikTok room id the stream connected to: a resume goes straight there, even once the LIVE is over. */
  roomId: string;
  /** When the last renewal (or write) that proved the lease began, ms. */
  provenAt: number;
  lastError?: string;
}

const DEFAULT_LEASE_MS = 5_000;
/** At most this many entries per script call: a busy room's backlog goes in bounded steps. */
const MAX_ENTRIES_PER_WRITE = 512;
/** A room whose unwritten backlog grows past this many events (Redis too slow or away) is let go, to resume later from its stored state. */
const MAX_BACKLOG = 20_000;

function message(error: unknown): string {
  return redactSecrets(error instanceof Error ? error.message : String(error));
}

function checkedOptions(options: WorkerOptions): { leaseMs: number; maxLen: number; offlineCheckMs: number; tickMs: number } {
  if (!options || typeof options !== 'object') throw new InvalidArgumentError('startWorker needs options: { redis, capacity, liveRoomOptions }');
  if (!Number.isInteger(options.capacity) || options.capacity < 1) throw new InvalidArgumentError(`capacity must be a whole number of rooms, 1 or more, got ${String(options.capacity)}`);
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  if (!Number.isInteger(leaseMs) || leaseMs < 200) throw new InvalidArgumentError(`leaseMs must be a whole number of ms, 200 or more, got ${String(options.leaseMs)}`);
  const maxLen = options.maxLen ?? 100_000;
  if (!Number.isInteger(maxLen) || maxLen < 1) throw new InvalidArgumentError(`maxLen must be a whole number of entries, got ${String(options.maxLen)}`);
  const offlineCheckMs = options.offlineCheckMs ?? 60_000;
  if (!(offlineCheckMs >= 0)) throw new InvalidArgumentError(`offlineCheckMs must be 0 or more, got ${String(options.offlineCheckMs)}`);
  if (options.id !== undefined && !/^[\w.:-]{1,100}$/.test(options.id)) throw new InvalidArgumentError(`id must be 1-100 letters, digits, _ . : or -, got ${JSON.stringify(options.id)}`);
  // Several renewals fit in a lease, and a released room is claimed again quickly.
  return { leaseMs, maxLen, offlineCheckMs, tickMs: Math.max(50, Math.min(500, Math.floor(leaseMs / 4))) };
}

/** A worker's entry in the workers hash, as other workers and `fleet status` read it. */
export interface WorkerEntry {
  capacity: number;
  owned: number;
  eventsPerSec: number;
  startedAt: number;
  seenAt: number;
  /** The worker's lease length, so readers can tell when its entry is stale. */
  leaseMs?: number;
}

export function parseWorkerEntry(json: string): WorkerEntry | undefined {
  try {
    const value = JSON.parse(json) as Partial<WorkerEntry>;
    if (typeof value.capacity !== 'number' || typeof value.seenAt !== 'number') return undefined;
    return { capacity: value.capacity, owned: Number(value.owned) || 0, eventsPerSec: Number(value.eventsPerSec) || 0, startedAt: Number(value.startedAt) || 0, seenAt: value.seenAt, leaseMs: value.leaseMs };
  } catch {
    return undefined;
  }
}

/**
 * Starts a worker of the fleet: it claims rooms of the registry up to its fair share (its capacity's
 * part of all live workers' capacity, never more than `capacity`), renews its leases, runs one
 * `liveRoom$` per owned room from the room's stored resume state, and writes each frame's events and
 * the resume state after them in one fenced step. Rooms whose worker died are claimed when their lease
 * expires; a new worker gets rooms handed over by the busier ones; offline rooms are checked again
 * every `offlineCheckMs` without holding a slot. A worker that loses Redis stops its rooms (it cannot
 * write) and claims again when Redis is back; one whose write the fence refuses lets that room go.
 */
export async function startWorker(options: WorkerOptions): Promise<FleetWorker> {
  const { leaseMs, maxLen, offlineCheckMs, tickMs } = checkedOptions(options);
  const keys: FleetKeys = fleetKeys(options.prefix, options.partitions);
  const id = options.id ?? `${hostname().replace(/[^\w.-]/g, '') || 'worker'}-${process.pid}-${randomBytes(2).toString('hex')}`;
  const log = options.log ?? (() => {});
  const conn: FleetRedis = await connectRedis(options.redis, { commandTimeoutMs: Math.max(500, Math.floor(leaseMs / 2)) });
  try {
    await checkFleetConfig(conn, keys);
  } catch (error) {
    await conn.close();
    throw error;
  }
  const startedAt = Date.now();
  const owned = new Map<string, OwnedRoom>();
  /** Rooms this worker let go recently, by time: not claimed back by it within a lease, so the hand-over goes to another. */
  const handedOver = new Map<string, number>();
  let connected = true;
  let lastError: string | undefined;
  let totalEvents = 0;
  let leasesLost = 0;
  const rate: Array<{ at: number; events: number }> = [];
  let stopping = false;
  /** Other live workers, as the last tick saw them: told at once when this one releases rooms. */
  let peers: string[] = [];

  const eventsPerSec = (): number => {
    const now = Date.now();
    while (rate.length && rate[0]!.at < now - 5_000) rate.shift();
    const events = rate.reduce((n, r) => n + r.events, 0);
    return Math.round(events / 5);
  };

  const fail = (error: unknown): void => {
    lastError = message(error);
    log(`${id}: ${lastError}`);
  };

  /** Tells every live peer that rooms came free, once for all the releases that end together (a hand-over of many rooms wakes each peer once). */
  let waking: Promise<void> | undefined;
  const wakePeers = (): Promise<void> =>
    (waking ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      waking = undefined;
      await Promise.all(peers.map((wid) => conn.send(['RPUSH', keys.wake(wid), '1']).then(() => conn.send(['PEXPIRE', keys.wake(wid), String(3 * leaseMs)]))));
    }));

  /** Stops taking frames; what is queued is written (unless `drop`), then the lease goes with `state`. */
  const letGo = async (r: OwnedRoom, how: { release: boolean; drop?: boolean; state?: Record<string, string> }): Promise<void> => {
    if (r.closing && !how.release) return;
    r.closing = true;
    r.subscription?.unsubscribe();
    if (how.drop) r.queue.length = 0;
    else await flush(r);
    owned.delete(r.lease.room);
    if (how.release) {
      handedOver.set(r.lease.room, Date.now());
      try {
        if (await releaseLease(conn, keys, r.lease, { ...(r.end ?? {}), ...(how.state ?? {}) })) {
          await wakePeers();
        }
      } catch (error) {
        fail(error);
      }
    }
  };

  /** Writes queued frames until none is left (one write at a time per room: order holds). */
  const flush = async (r: OwnedRoom): Promise<void> => {
    while (r.writing) await r.writing;
    if (!r.queue.length) return;
    r.writing = writeQueued(r).finally(() => (r.writing = undefined));
    await r.writing;
    if (r.queue.length && owned.get(r.lease.room) === r) await flush(r);
  };

  const writeQueued = async (r: OwnedRoom): Promise<void> => {
    while (r.queue.length) {
      // Frames in one write, up to the entry cap; the resume state is the last frame's.
      let count = 0;
      let take = 0;
      while (take < r.queue.length && (take === 0 || count + r.queue[take]!.events.length <= MAX_ENTRIES_PER_WRITE)) count += r.queue[take++]!.events.length;
      const frames = r.queue.slice(0, take);
      const events = frames.flatMap((f) => f.events);
      const last = frames[frames.length - 1]!.resume;
      const ended = events.some((e) => 'msgId' in e && isStreamEnd(e as never));
      const now = Date.now();
      let newest = 0;
      for (const e of events) {
        if ('createTime' in e && typeof e.createTime === 'number' && e.createTime > newest) newest = e.createTime;
        // The room id from any event that has one: a signed batch comes before its socket's `connected`,
        // and a takeover resumes in the stored room without asking whether it is still live.
        if ('roomId' in e && e.roomId && e.roomId !== '0') r.roomId = e.roomId;
      }
      try {
        await writeFenced(conn, keys, r.lease, maxLen, leaseMs, {
          events,
          cursor: ended ? '' : last.cursor,
          internalExt: ended ? '' : last.internalExt,
          status: ended ? 'ended' : 'live',
          now,
          lag: newest ? Math.max(0, now - newest) : 0,
          roomId: ended ? '' : r.roomId,
        });
      } catch (error) {
        r.queue.length = 0;
        if (isFenced(error)) {
          leasesLost += 1;
          fail(new LeaseLostError(r.lease.room, r.lease.epoch));
        } else {
          r.lastError = `The write failed (${message(error)}): stopped writing, to resume from the stored state once Redis answers`;
          fail(new LiveError('REDIS_UNAVAILABLE', `@${r.lease.room}: ${r.lastError}`, { retryable: true }));
          connected = false;
        }
        // Not ours to write any more (or Redis is away): the stored state is where the next owner starts.
        void letGo(r, { release: false, drop: true });
        return;
      }
      r.queue.splice(0, take);
      r.provenAt = Math.max(r.provenAt, now);
      r.events += events.length;
      totalEvents += events.length;
      rate.push({ at: now, events: events.length });
    }
  };

  const onFrame = (r: OwnedRoom, frame: RoomFrame): void => {
    if (r.closing) return;
    // Nothing to log (every event a repeat): the stored position stays valid, as nothing new came after it.
    if (!frame.events.length) return;
    r.queue.push(frame);
    let backlog = 0;
    for (const f of r.queue) backlog += f.events.length;
    if (backlog > MAX_BACKLOG) {
      fail(new LiveError('REDIS_UNAVAILABLE', `@${r.lease.room}: ${backlog} events wait to be written; letting the room go to resume from its stored state`, { retryable: true }));
      void letGo(r, { release: true, drop: true });
      return;
    }
    if (!r.writing) void flush(r);
  };

  const startRoom = (room: FleetRoom, claim: Claim): void => {
    const { resume } = claim;
    const lease: Lease = { room: claim.room, epoch: claim.epoch, token: claim.token };
    const r: OwnedRoom = { lease, room, queue: [], events: 0, closing: false, roomId: resume ? claim.roomId : '', provenAt: Date.now() };
    owned.set(lease.room, r);
    log(`${id}: claimed @${lease.room} (epoch ${lease.epoch}${resume ? ', resuming' : ''})`);
    const roomOptions: LiveRoomOptions = { ...options.liveRoomOptions, resumeFrom: resume };
    // A resume goes on in the room the cursor belongs to, without asking whether it is still live: a
    // LIVE that ended while the room changed hands still gives its tail and its end.
    if (resume && r.roomId) Object.assign(roomOptions, { roomId: r.roomId, fetchRoomInfo: false });
    if (room.events) roomOptions.events = room.events;
    r.subscription = liveRoomFrames$(lease.room, roomOptions).subscribe({
      next: (frame) => onFrame(r, frame),
      error: (error: unknown) => {
        r.lastError = message(error);
        const offline = error instanceof UserOfflineError;
        r.end = { status: offline ? 'offline' : 'error', checkAfter: String(Date.now() + offlineCheckMs), lastError: r.lastError };
        if (!offline) fail(error);
        void letGo(r, { release: true });
      },
      complete: () => {
        r.end = { status: 'ended', checkAfter: String(Date.now() + offlineCheckMs) };
        log(`${id}: @${lease.room} ended`);
        void letGo(r, { release: true });
      },
    });
  };

  const tick = async (): Promise<void> => {
    const now = Date.now();
    // 1. (Leases are renewed by their own timer, so a long tick cannot let them lapse.)
    if (!connected) return;
    // 2. Say we are alive, and read the others and the registry.
    const me: WorkerEntry = { capacity: options.capacity, owned: owned.size, eventsPerSec: eventsPerSec(), startedAt, seenAt: now, leaseMs };
    await conn.send(['HSET', keys.workers, id, JSON.stringify(me)]);
    const [workersReply, roomsReply] = await Promise.all([conn.send(['HGETALL', keys.workers]), conn.send(['HGETALL', keys.rooms])]);
    const alive = hashPairs(workersReply)
      .map(([wid, json]) => ({ wid, entry: parseWorkerEntry(json) }))
      .filter((w): w is { wid: string; entry: WorkerEntry } => w.entry !== undefined && now - w.entry.seenAt <= Math.max(leaseMs, 3 * tickMs))
      .map((w) => (w.wid === id ? { wid: id, entry: me } : w));
    peers = alive.filter((w) => w.wid !== id).map((w) => w.wid);
    const rooms = roomsOf(roomsReply);
    const registered = new Set(rooms.map((r) => r.uniqueId));
    // 3. Rooms removed from the registry are let go.
    for (const r of [...owned.values()]) if (!registered.has(r.lease.room) && !r.closing) await letGo(r, { release: true });
    for (const [room, at] of handedOver) if (now - at > leaseMs) handedOver.delete(room);
    // 4. Which rooms are waiting (offline until a time), which are free.
    const others = rooms.filter((r) => !owned.has(r.uniqueId));
    const standing = await lookRooms(conn, keys, others.map((r) => r.uniqueId), now);
    const looks = others.map((room, i) => ({ room, leased: standing[i] === 'leased', waiting: standing[i] === 'waiting' }));
    const active = owned.size + looks.filter((l) => !l.waiting).length;
    const totalCapacity = alive.reduce((n, w) => n + w.entry.capacity, 0) || options.capacity;
    const shareOf = (capacity: number) => Math.min(capacity, Math.ceil((active * capacity) / totalCapacity));
    const target = shareOf(options.capacity);
    const someoneUnder = alive.some((w) => w.wid !== id && w.entry.owned < shareOf(w.entry.capacity));
    // 5. Hand rooms over to a worker under its share (the lowest priority first, one step per tick).
    const mine = [...owned.values()].filter((r) => !r.closing).length;
    if (mine > target && someoneUnder) {
      const excess = [...owned.values()].filter((r) => !r.closing).sort((a, b) => (a.room.priority ?? 0) - (b.room.priority ?? 0)).slice(0, mine - target);
      for (const r of excess) log(`${id}: handing @${r.lease.room} over (share ${target})`);
      await Promise.all(excess.map((r) => letGo(r, { release: true })));
      return;
    }
    // 6. Claim free rooms up to the share; beyond it up to capacity only when no live worker is under its share (rooms of a dead worker).
    const limit = someoneUnder ? target : options.capacity;
    const free = looks.filter((look) => !look.leased && !look.waiting && !(handedOver.has(look.room.uniqueId) && someoneUnder));
    // All claims of a tick at once, one call per partition (a dead worker's rooms all come free together); one lost to another worker is simply not ours.
    const wanted = free.slice(0, Math.max(0, limit - mine));
    if (!wanted.length) return;
    const claims = await acquireLeases(conn, keys, wanted.map((look) => look.room.uniqueId), id, leaseMs, Date.now());
    for (const [i, claim] of claims.entries()) {
      if (!claim || 'waitUntil' in claim) continue;
      if (stopping) {
        await releaseLease(conn, keys, claim);
        continue;
      }
      startRoom(wanted[i]!.room, claim);
    }
  };

  /**
   * Renews every lease three times a lease, on a timer of its own. A lease the renewal finds gone was
   * taken over: that room stops at once. A lease not proven (renewed, or extended by a write) for a
   * whole lease may have lapsed while Redis was away or slow: its room stops too, without writing, and
   * is claimed again (by anyone) once Redis answers.
   */
  let renewing = false;
  const renewAll = async (): Promise<void> => {
    if (renewing || stopping) return;
    renewing = true;
    const rooms = [...owned.values()].filter((r) => !r.closing);
    const at = Date.now();
    let failed: unknown;
    try {
      const renewed = rooms.length ? await renewLeases(conn, keys, rooms.map((r) => r.lease), leaseMs) : [];
      for (const [i, r] of rooms.entries()) {
        if (renewed[i]) r.provenAt = Math.max(r.provenAt, at);
        else if (!r.closing) {
          leasesLost += 1;
          fail(new LeaseLostError(r.lease.room, r.lease.epoch));
          await letGo(r, { release: false, drop: true });
        }
      }
    } catch (error) {
      failed = error;
      fail(error);
    }
    connected = !failed;
    const now = Date.now();
    for (const r of rooms) {
      if (!r.closing && now - r.provenAt > leaseMs) {
        r.lastError = 'The lease could not be renewed in time (Redis away or too slow): stopped writing';
        fail(new LiveError('REDIS_UNAVAILABLE', `@${r.lease.room}: ${r.lastError}`, { retryable: true }));
        await letGo(r, { release: false, drop: true });
      }
    }
    renewing = false;
  };
  const renewTimer = setInterval(() => void renewAll(), Math.max(50, Math.floor(leaseMs / 3)));

  // Ticks every tickMs, or at once when another worker released rooms (it pushes to our wake list):
  // a blocking pop on a connection of its own is the timer.
  const waker = await conn.duplicate().catch(() => undefined);
  const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const loop = (async () => {
    while (!stopping) {
      try {
        await tick();
      } catch (error) {
        connected = false;
        fail(error);
      }
      if (stopping) break;
      try {
        if (!waker) throw new Error('no second connection');
        if ((await waker.send(['BLPOP', keys.wake(id), String(tickMs / 1000)])) !== null) await waker.send(['DEL', keys.wake(id)]);
      } catch {
        if (!stopping) await pause(tickMs);
      }
    }
  })();

  let stopped: Promise<void> | undefined;
  return {
    id,
    status: () => ({
      id,
      capacity: options.capacity,
      connected,
      rooms: [...owned.values()].map((r) => ({ uniqueId: r.lease.room, epoch: r.lease.epoch, events: r.events, ...(r.lastError ? { lastError: r.lastError } : {}) })),
      eventsPerSec: eventsPerSec(),
      events: totalEvents,
      leasesLost,
      ...(lastError ? { lastError } : {}),
    }),
    stop() {
      stopped ??= (async () => {
        stopping = true;
        clearInterval(renewTimer);
        await waker?.close();
        await loop;
        await Promise.all([...owned.values()].map((r) => letGo(r, { release: true })));
        try {
          await conn.send(['HDEL', keys.workers, id]);
        } catch (error) {
          fail(error);
        }
        await conn.close();
        log(`${id}: stopped`);
      })();
      return stopped;
    },
  };
}
