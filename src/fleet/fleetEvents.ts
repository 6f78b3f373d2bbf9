import { asyncScheduler, defer, type Observable, type SchedulerLike } from 'rxjs';
import { InvalidArgumentError, RedisCommandError } from '../errors.js';
import type { LiveEvent } from '../operators/pipeline/events.js';
import { checkFleetConfig, fleetKeys } from './keys.js';
import { groupPartitions } from './groupPartitions.js';
import { entriesOf, entryFilter, eventOfEntry, readLoop$, type FleetEvent, type RawEntry } from './logEntries.js';
import type { RedisLike } from './redis.js';

/** Options of `fleetEvents$`. */
export interface FleetEventsOptions {
  /** A `redis://` URL (opened on subscribe, closed on unsubscribe) or a client you keep (reads go over a `duplicate()` of it). */
  redis: RedisLike;
  /** The consumer group: created on every partition stream (MKSTREAM) when it is not there yet. */
  group: string;
  /** This consumer's name in the group: unique per process. What it left pending goes to whichever consumer takes each partition next (itself again after a restart, once its old leases expire, if no other did). */
  consumer: string;
  /** Only these rooms' events (handles), judged on the entry's `room` field. Every consumer of a group should ask for the same. */
  rooms?: Iterable<string> | undefined;
  /** Only these event types, judged on the entry's `type` field (lifecycle types included: `connected`, `gap`, …). */
  types?: ReadonlyArray<LiveEvent['type']> | undefined;
  /** The fleet's partition count (checked against the one stored in Redis). Default 16. */
  partitions?: number | undefined;
  /** The fleet's key prefix. Default `tlrx`. */
  prefix?: string | undefined;
  /**
   * How long this consumer's hold on its partitions lasts without a renewal (it renews three times a lease):
   * a consumer that dies loses its partitions to the others this long after its last renewal. A `next` that
   * takes longer loses them too (what was not handed over yet goes to the new owner). Give every consumer
   * of a group the same. Default 5,000 ms (at least 100).
   */
  leaseMs?: number | undefined;
  /** Where a new group starts: `'start'` of the kept log (default) or its `'end'` (only what comes next). */
  startAt?: 'start' | 'end' | undefined;
  /** Entries per read and partition. Default 100. */
  count?: number | undefined;
  /** How long one read waits for new entries, ms (Redis's BLOCK; at most a third of `leaseMs`). Default 1,000. */
  blockMs?: number | undefined;
  /**
   * How long Redis may stay unreachable (after the first connection) before the stream errors with
   * `RedisUnavailableError`; meanwhile it retries with backoff. Default 60,000 ms.
   */
  reconnectTimeoutMs?: number | undefined;
  /** Where retries, heartbeats and lease times are scheduled and measured. Default `asyncScheduler`. */
  scheduler?: SchedulerLike | undefined;
}

function positiveInt(name: string, value: number | undefined, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive whole number, got ${String(value)}`);
  return n;
}

function checkedName(name: string, value: unknown): string {
  if (typeof value !== 'string' || value === '' || value.length > 200 || /\s/.test(value)) {
    throw new InvalidArgumentError(`${name} must be a non-empty name without spaces (at most 200 characters)`);
  }
  return value;
}

const isNoGroup = (error: unknown) => error instanceof RedisCommandError && /NOGROUP/.test(error.message);

/**
 * The fleet's events through a Redis consumer group, as a cold Observable: each subscription joins
 * `group` as `consumer` (the group is created on every partition stream with MKSTREAM when absent), emits
 * each room's events tagged with the room's handle (`room`) and the entry's id (`entryId`), and
 * acknowledges (XACK) each entry once the subscriber's `next` has returned for it.
 *
 * The partitions are shared out as Kafka shares a topic's: each is read by one consumer of the group at
 * a time, the one holding its lease (`leaseMs`, renewed three times a lease). Each consumer takes a fair
 * share, ceil(partitions / live consumers): a newcomer gets its part from the busier ones within a read,
 * one that unsubscribes releases all of its partitions at once, and one that dies loses them when its
 * leases expire. Taking a partition over, a consumer first delivers, in id order, every entry left
 * pending in it (by a dead consumer, or by itself before a lost connection), then new entries.
 *
 * At least once, each room in order: an entry is acknowledged only after it was handled, so a consumer
 * that dies in between has it delivered again by the partition's next owner; and since a room is always
 * in one partition, read by one consumer at a time, pending entries first, the first delivery of every
 * entry of a room comes in the log's order across consumers, deaths and hand-overs. A consumer paused
 * past its lease (a "zombie") checks its hold before handing over each entry and acknowledges only while
 * it holds the partition; frozen in the instant between that check and the hand-over, it hands over that
 * one entry when it wakes: a repeat of what the new owner delivered first, never out of order. `rooms` and
 * `types` filter on the entries' fields, without parsing the events (entries left out are acknowledged:
 * the group has seen them).
 *
 * An entry that is not a fleet entry is an in-band `error` event (a `FleetEntryError`), acknowledged
 * and skipped. Redis lost for a while (a restart) is retried with backoff and reading goes on where it
 * stopped; the stream errors with a typed `LiveError` when Redis cannot be reached at first or for
 * `reconnectTimeoutMs`, refuses the password (`RedisAuthError`), or a partition key holds another type
 * (`RedisWrongTypeError`). Unsubscribing acknowledges what was handled, releases the partitions and closes
 * the connection it opened.
 *
 * ```
 * log p3:    --a--b--c----d--e--f------   a, b, d, f: room x; c, e: room y (one partition stream)
 * consumer 1 --a--b--c-X                   owns p3; handles c, dies before acknowledging it
 * consumer 2 ------------------c-d-e-f--   p3's lease expired: c (pending) first, then d, e, f
 * XACK       --a--b-----------c-d-e-f--   each after next() returned
 * ```
 *
 * @example
 * fleetEvents$({ redis: 'redis://127.0.0.1:6379', group: 'analytics', consumer: `analytics-${process.pid}` })
 *   .pipe(ofType('gift'))
 *   .subscribe((e) => console.log(`[@${e.room}] ${e.user.uniqueId} sent ${e.giftName}`));
 */
export function fleetEvents$(options: FleetEventsOptions): Observable<FleetEvent> {
  return defer(() => {
    const group = checkedName('group', options.group);
    const consumer = checkedName('consumer', options.consumer);
    const keys = fleetKeys(options.prefix, options.partitions);
    const filter = entryFilter(options.rooms, options.types);
    const leaseMs = positiveInt('leaseMs', options.leaseMs, 5_000);
    if (leaseMs < 100) throw new InvalidArgumentError(`leaseMs must be at least 100, got ${leaseMs}`);
    const count = positiveInt('count', options.count, 100);
    const blockMs = positiveInt('blockMs', options.blockMs, 1_000);
    const reconnectTimeoutMs = positiveInt('reconnectTimeoutMs', options.reconnectTimeoutMs, 60_000);
    if (options.startAt !== undefined && options.startAt !== 'start' && options.startAt !== 'end') throw new InvalidArgumentError(`startAt must be 'start' or 'end', got ${String(options.startAt)}`);
    const startId = options.startAt === 'end' ? '$' : '0';
    const scheduler = options.scheduler ?? asyncScheduler;
    const settings = { blocking: true, commandTimeoutMs: blockMs + 5_000, reconnectTimeoutMs, scheduler, resumable: isNoGroup, what: 'The fleet log' };
    return readLoop$<FleetEvent>(options.redis, settings, (redis, emit, closed) => {
      const partitions = groupPartitions(redis, { keys, group, consumer, leaseMs, count, scheduler });
      // Handled but not yet acknowledged, per partition: kept across a lost connection and sent again after it.
      const unacked = new Map<number, string[]>();
      let wakeId = '0-0';
      let nextMaintain = 0;
      // Partitions to read in the next round besides those being taken over: the last read filled its
      // batch, or the wait saw a new entry there. A round reads only these, not every partition it owns.
      let due = new Set<number>();
      const partitionOf = new Map(keys.logs().map((stream, p) => [stream, p]));
      const deliver = async (p: number, entries: RawEntry[]) => {
        for (const entry of entries) {
          if (closed()) return;
          const event = eventOfEntry(entry, filter);
          // A zombie (paused past its lease) stops here, right before handing over: the new owner has these entries pending.
          const holds = partitions.holds(p);
          if (holds !== true && !(await holds)) return;
          if (closed()) return;
          if (event) emit(event);
          // Handled, even when the subscriber left in its next (take(1)): acknowledged on the way out.
          let ids = unacked.get(p);
          if (!ids) unacked.set(p, (ids = []));
          ids.push(entry[0]);
        }
      };
      const ackPartition = async (p: number) => {
        const ids = unacked.get(p);
        unacked.delete(p);
        if (ids && ids.length > 0) await partitions.ack(p, ids);
      };
      const ack = async () => {
        for (const p of [...unacked.keys()]) await ackPartition(p);
      };
      const ensureGroups = async () => {
        await checkFleetConfig(redis, keys);
        for (const stream of keys.logs()) {
          try {
            await redis.send(['XGROUP', 'CREATE', stream, group, startId, 'MKSTREAM'], stream);
          } catch (error) {
            if (!(error instanceof RedisCommandError && /BUSYGROUP/.test(error.message))) throw error;
          }
        }
      };
      const maintain = async () => {
        nextMaintain = scheduler.now() + Math.floor(leaseMs / 3);
        await partitions.maintain(ackPartition);
      };
      return {
        close() {
          partitions.leave((p) => void ackPartition(p).catch(() => {}));
          unacked.clear();
        },
        async resume() {
          await ensureGroups();
          const last = (await redis.send(['XREVRANGE', partitions.wakeStream, '+', '-', 'COUNT', '1'])) as RawEntry[] | null;
          wakeId = Array.isArray(last) && last[0] ? String(last[0][0]) : '0-0';
          // What it read before the connection dropped may never have reached the subscriber: pending first.
          partitions.restart();
          await maintain();
          await ack();
        },
        async read() {
          if (scheduler.now() >= nextMaintain) await maintain();
          if (closed()) return false;
          const reading = partitions.owned().filter((p) => due.has(p) || partitions.draining(p));
          const fetched = await Promise.all(reading.map((p) => partitions.fetch(p)));
          due = new Set();
          for (const [i, got] of fetched.entries()) {
            if (!got) continue;
            if (got.more) due.add(reading[i]!);
            await deliver(reading[i]!, got.entries);
          }
          await ack();
          if (due.size > 0 || closed()) return false;
          // Nothing new: wait for an entry in one of its partitions, or a join, release or leave in the group.
          const points = [...partitions.waitPoints(), [partitions.wakeStream, wakeId] as const];
          const wait = Math.max(1, Math.min(blockMs, nextMaintain - scheduler.now()));
          const reply = await redis.send(['XREAD', 'COUNT', '1', 'BLOCK', String(wait), 'STREAMS', ...points.map(([s]) => s), ...points.map(([, id]) => id)]);
          for (const [stream, entries] of entriesOf(reply)) {
            if (entries.length === 0) continue;
            const p = partitionOf.get(stream);
            if (p !== undefined) due.add(p);
            else if (stream === partitions.wakeStream) {
              wakeId = String(entries[entries.length - 1]![0]);
              nextMaintain = 0;
            }
          }
          return false;
        },
      };
    });
  });
}
