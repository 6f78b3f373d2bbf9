import { asyncScheduler, defer, type Observable, type SchedulerLike } from 'rxjs';
import { InvalidArgumentError } from '../errors.js';
import type { LiveEvent } from '../operators/pipeline/events.js';
import { checkFleetConfig, fleetKeys, fleetRoomId } from './keys.js';
import { entriesOf, entryFilter, eventOfEntry, readLoop$, streamIdOf, type FleetEvent, type RawEntry } from './logEntries.js';
import type { RedisLike } from './redis.js';

/** Options of `roomLog$`. */
export interface RoomLogOptions {
  /**
   * Where to start: a stream entry id (`entryId` of an event read before: that entry and what follows),
   * or a time (ms since 1970, or a Date: the entries written from then on). Default: the start of
   * what the log still holds.
   */
  from?: string | number | Date | undefined;
  /** Where to stop (inclusive), as `from`; ignored with `follow`. Default: the end of the log as it is now. */
  to?: string | number | Date | undefined;
  /** After the history, go on with what the room's workers write next, until unsubscribed. Default false: complete. */
  follow?: boolean | undefined;
  /** Only these event types (judged on the entry's `type` field). */
  types?: ReadonlyArray<LiveEvent['type']> | undefined;
  /** The fleet's partition count (checked against the one stored in Redis). Default 16. */
  partitions?: number | undefined;
  /** The fleet's key prefix. Default `tlrx`. */
  prefix?: string | undefined;
  /** Entries per read. Default 500. */
  count?: number | undefined;
  /** With `follow`, how long one read waits for new entries, ms. Default 1,000. */
  blockMs?: number | undefined;
  /** How long Redis may stay unreachable (after the first connection) before the stream errors. Default 60,000 ms. */
  reconnectTimeoutMs?: number | undefined;
  /** Where retries are scheduled. Default `asyncScheduler`. */
  scheduler?: SchedulerLike | undefined;
}

/** The id just before `id`, so that a read of what comes after it (XREAD) includes `id` itself. */
function before(id: string): string {
  const [ms, seq] = id.split('-').map((part) => BigInt(part)) as [bigint, bigint];
  if (seq > 0n) return `${ms}-${seq - 1n}`;
  if (ms > 0n) return `${ms - 1n}-18446744073709551615`;
  return '0-0';
}

/**
 * One room's events from the fleet's log, from a position or a time: the replay of yesterday's
 * stream, like reading a Kafka partition from an offset. Reads the room's partition stream from
 * `from` (XRANGE, `count` at a time, other rooms' entries skipped on their `room` field without
 * parsing) and completes at its end; with `follow: true` it then waits for what the room's workers
 * write next (XREAD BLOCK) until unsubscribed, without a gap between history and new entries.
 * Nothing is acknowledged or changed: any number of readers may read the same room.
 *
 * Each event is tagged with the room's handle (`room`) and its `entryId` (start a later read from
 * it to go on where this one stopped). An entry that is not a fleet entry is an in-band `error`
 * event (`FleetEntryError`). Failures are typed as in `fleetEvents$`; a lost connection is retried
 * and reading goes on after the last entry emitted.
 *
 * ```
 * log (partition):  --a1--b1--a2--a3--   a: the room, b: another room in the partition
 * from a2's id:     (a2 a3|)             history, then complete
 * follow: true:     (a2 a3)----a4--...   then each new entry as it is written
 * ```
 *
 * @example
 * roomLog$('redis://127.0.0.1:6379', 'some_streamer', { from: Date.now() - 86_400_000 })
 *   .pipe(ofType('gift'))
 *   .subscribe((e) => console.log(e.giftName, e.repeatCount));
 */
export function roomLog$(redis: RedisLike, uniqueId: string, options: RoomLogOptions = {}): Observable<FleetEvent> {
  return defer(() => {
    const room = fleetRoomId(uniqueId);
    const keys = fleetKeys(options.prefix, options.partitions);
    const filter = entryFilter([room], options.types);
    const start = streamIdOf(options.from, 'from');
    // A time as `to` takes in the whole of its millisecond; an id is where to stop exactly.
    const to = options.to;
    const end = to === undefined || options.follow ? '+' : typeof to === 'string' && to.includes('-') ? streamIdOf(to, 'to') : streamIdOf(to, 'to').replace(/-0$/, '-18446744073709551615');
    const count = options.count ?? 500;
    const blockMs = options.blockMs ?? 1_000;
    const reconnectTimeoutMs = options.reconnectTimeoutMs ?? 60_000;
    for (const [name, value] of [['count', count], ['blockMs', blockMs], ['reconnectTimeoutMs', reconnectTimeoutMs]] as const) {
      if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError(`${name} must be a positive whole number, got ${String(value)}`);
    }
    const stream = keys.logOf(room);
    const settings = { blocking: options.follow === true, commandTimeoutMs: blockMs + 5_000, reconnectTimeoutMs, scheduler: options.scheduler ?? asyncScheduler, what: "The room's log" };

    return readLoop$<FleetEvent>(redis, settings, (conn, emit, closed) => {
      // The last entry emitted (or passed over): reading goes on after it, across lost connections too.
      let last: string | undefined;
      let history = true;
      let checked = false;
      const deliver = (entries: RawEntry[]) => {
        for (const entry of entries) {
          if (closed()) return;
          last = entry[0];
          const event = eventOfEntry(entry, filter);
          if (event) emit(event);
        }
      };
      return {
        async resume() {
          if (checked) return;
          await checkFleetConfig(conn, keys);
          checked = true;
        },
        async read() {
          if (history) {
            const entries = (await conn.send(['XRANGE', stream, last === undefined ? start : `(${last}`, end, 'COUNT', String(count)], stream)) as RawEntry[];
            deliver(entries);
            if (entries.length < count) {
              history = false;
              return !options.follow;
            }
            return false;
          }
          const reply = await conn.send(['XREAD', 'COUNT', String(count), 'BLOCK', String(blockMs), 'STREAMS', stream, last ?? before(start)], stream);
          for (const [, entries] of entriesOf(reply)) deliver(entries);
          return false;
        },
      };
    });
  });
}
