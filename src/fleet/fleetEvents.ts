import { asyncScheduler, defer, type Observable, type SchedulerLike } from 'rxjs';
import { InvalidArgumentError, RedisCommandError } from '../errors.js';
import type { LiveEvent } from '../operators/pipeline/events.js';
import { checkFleetConfig, fleetKeys } from './keys.js';
import { entriesOf, entryFilter, eventOfEntry, readLoop$, type FleetEvent, type RawEntry } from './logEntries.js';
import type { RedisLike } from './redis.js';

/** Options of `fleetEvents$`. */
export interface FleetEventsOptions {
  /** A `redis://` URL (opened on subscribe, closed on unsubscribe) or a client you keep (reads go over a `duplicate()` of it). */
  redis: RedisLike;
  /** The consumer group: created on every partition stream (MKSTREAM) when it is not there yet. */
  group: string;
  /** This consumer's name in the group: unique per process; the same name after a restart takes up its own pending entries. */
  consumer: string;
  /** Only these rooms' events (handles), judged on the entry's `room` field. Every consumer of a group should ask for the same. */
  rooms?: Iterable<string> | undefined;
  /** Only these event types, judged on the entry's `type` field (lifecycle types included: `connected`, `gap`, …). */
  types?: ReadonlyArray<LiveEvent['type']> | undefined;
  /** The fleet's partition count (checked against the one stored in Redis). Default 16. */
  partitions?: number | undefined;
  /** The fleet's key prefix. Default `tlrx`. */
  prefix?: string | undefined;
  /** Entries another consumer left unacknowledged this long are claimed (XAUTOCLAIM) and delivered here. Default 30,000 ms. */
  claimIdleMs?: number | undefined;
  /** Where a new group starts: `'start'` of the kept log (default) or its `'end'` (only what comes next). */
  startAt?: 'start' | 'end' | undefined;
  /** Entries per read and partition. Default 100. */
  count?: number | undefined;
  /** How long one read waits for new entries, ms (Redis's BLOCK). Default 1,000. */
  blockMs?: number | undefined;
  /**
   * How long Redis may stay unreachable (after the first connection) before the stream errors with
   * `RedisUnavailableError`; meanwhile it retries with backoff. Default 60,000 ms.
   */
  reconnectTimeoutMs?: number | undefined;
  /** Where retries and claims are scheduled. Default `asyncScheduler`. */
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
 * The fleet's events through a Redis consumer group, as a cold Observable: each subscription reads
 * every partition stream with XREADGROUP as `consumer` of `group` (created with MKSTREAM when
 * absent), emits each room's events tagged with the room's handle (`room`) and the entry's id
 * (`entryId`), and acknowledges (XACK) each entry once the subscriber's `next` has returned for it.
 * Entries another consumer of the group left pending for `claimIdleMs` (it died, say) are claimed
 * with XAUTOCLAIM and delivered here.
 *
 * At least once: an entry is acknowledged only after it was handled, so a consumer that dies in
 * between has it redelivered (to itself under the same name, or to another by claiming). Each
 * room's events come in their order within one consumer; an entry claimed from a dead consumer
 * comes when it is claimed, after newer ones. `rooms` and `types` filter on the entries' fields,
 * without parsing the events (entries left out are acknowledged: the group has seen them).
 *
 * An entry that is not a fleet entry is an in-band `error` event (a `FleetEntryError`), acknowledged
 * and skipped. Redis lost for a while (a restart) is retried with backoff and reading goes on where it
 * stopped; the stream errors with a typed `LiveError` when Redis cannot be reached at first or for
 * `reconnectTimeoutMs`, refuses the password (`RedisAuthError`), or a partition key holds another type
 * (`RedisWrongTypeError`). Unsubscribing stops reading and closes the connection it opened.
 *
 * ```
 * log:     --a--b--c----d--      a, b, d: room x; c: room y (entries of a partition stream)
 * result:  --a--b-------d--      rooms: ['x'] (c acknowledged unread)
 * XACK:    --a--b--c----d--      each after next() returned
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
    const claimIdleMs = positiveInt('claimIdleMs', options.claimIdleMs, 30_000);
    const count = positiveInt('count', options.count, 100);
    const blockMs = positiveInt('blockMs', options.blockMs, 1_000);
    const reconnectTimeoutMs = positiveInt('reconnectTimeoutMs', options.reconnectTimeoutMs, 60_000);
    if (options.startAt !== undefined && options.startAt !== 'start' && options.startAt !== 'end') throw new InvalidArgumentError(`startAt must be 'start' or 'end', got ${String(options.startAt)}`);
    const startId = options.startAt === 'end' ? '$' : '0';
    const scheduler = options.scheduler ?? asyncScheduler;
    const streams = keys.logs();

    const settings = { blocking: true, commandTimeoutMs: blockMs + 5_000, reconnectTimeoutMs, scheduler, resumable: isNoGroup, what: 'The fleet log' };
    return readLoop$<FleetEvent>(options.redis, settings, (redis, emit, closed) => {
      // Handled but not yet acknowledged, per stream: kept across a lost connection and sent again after it.
      const unacked = new Map<string, string[]>();
      const deliver = (stream: string, entries: RawEntry[]) => {
        for (const entry of entries) {
          if (closed()) return;
          const event = eventOfEntry(entry, filter);
          if (event) emit(event);
          // Handled, even when the subscriber left in its next (take(1)): acknowledged on the way out.
          let ids = unacked.get(stream);
          if (!ids) unacked.set(stream, (ids = []));
          ids.push(entry[0]);
        }
      };
      const ack = async () => {
        for (const [stream, ids] of unacked) {
          if (ids.length > 0) await redis.send(['XACK', stream, group, ...ids], stream);
          unacked.delete(stream);
        }
      };
      const ensureGroups = async () => {
        await checkFleetConfig(redis, keys);
        for (const stream of streams) {
          try {
            await redis.send(['XGROUP', 'CREATE', stream, group, startId, 'MKSTREAM'], stream);
          } catch (error) {
            if (!(error instanceof RedisCommandError && /BUSYGROUP/.test(error.message))) throw error;
          }
        }
      };
      // This consumer's own pending entries (delivered before a restart or a lost connection, never acknowledged).
      const readOwnPending = async () => {
        const cursors = new Map(streams.map((s) => [s, '0']));
        while (cursors.size > 0 && !closed()) {
          const reply = await redis.send(['XREADGROUP', 'GROUP', group, consumer, 'COUNT', String(count), 'STREAMS', ...cursors.keys(), ...cursors.values()]);
          const got = new Map(entriesOf(reply));
          for (const stream of [...cursors.keys()]) {
            const entries = got.get(stream) ?? [];
            if (entries.length === 0) cursors.delete(stream);
            else {
              deliver(stream, entries);
              cursors.set(stream, entries[entries.length - 1]![0]);
            }
          }
          await ack();
        }
      };
      const claim = async () => {
        for (const stream of streams) {
          let cursor = '0-0';
          do {
            const reply = (await redis.send(['XAUTOCLAIM', stream, group, consumer, String(claimIdleMs), cursor, 'COUNT', String(count)], stream)) as [string, RawEntry[]];
            cursor = String(reply[0]);
            deliver(stream, Array.isArray(reply[1]) ? reply[1] : []);
            await ack();
          } while (cursor !== '0-0' && !closed());
          if (closed()) return;
        }
      };
      let nextClaim = 0;
      return {
        close() {
          for (const [stream, ids] of unacked) if (ids.length > 0) void redis.send(['XACK', stream, group, ...ids], stream).catch(() => {});
          unacked.clear();
        },
        async resume() {
          await ack();
          await ensureGroups();
          await readOwnPending();
        },
        async read() {
          if (scheduler.now() >= nextClaim) {
            await claim();
            nextClaim = scheduler.now() + Math.max(100, Math.floor(claimIdleMs / 2));
          }
          if (closed()) return false;
          const reply = await redis.send(['XREADGROUP', 'GROUP', group, consumer, 'COUNT', String(count), 'BLOCK', String(blockMs), 'STREAMS', ...streams, ...streams.map(() => '>')]);
          for (const [stream, entries] of entriesOf(reply)) deliver(stream, entries);
          await ack();
          return false;
        },
      };
    });
  });
}
