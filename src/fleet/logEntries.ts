import { asyncScheduler, Observable, type SchedulerLike } from 'rxjs';
import { FleetEntryError, InvalidArgumentError, isRetryable, LiveError, RedisCommandError, RedisUnavailableError } from '../errors.js';
import type { LiveEvent } from '../operators/pipeline/events.js';
import type { RoomTagged } from '../sources/liveRooms.js';
import { decodeEntry } from './entry.js';
import { fleetRoomId } from './keys.js';
import { connectRedis, type FleetRedis, type RedisLike } from './redis.js';

/**
 * An event read from the fleet's log: the room's event as its worker saw it, tagged with the room's
 * handle (`room`, as `liveRooms$` tags it, so `ofType` and the selectors work unchanged) and the
 * stream entry it came from (`entryId`, `<ms>-<seq>`: where to read on from with `roomLog$`).
 * An entry that is not a fleet entry is an `error` event whose `error` is a `FleetEntryError`.
 */
export type FleetEvent = RoomTagged<LiveEvent> & { readonly entryId: string };

/** A stream entry as Redis returns it (RESP2): its id and flat `[field, value, …]` list, `null` once trimmed away. */
export type RawEntry = [id: string, fields: unknown[] | null];

/** Which entries a reader wants, judged on the entry's fields without parsing its JSON. */
export interface EntryFilter {
  rooms?: ReadonlySet<string> | undefined;
  types?: ReadonlySet<string> | undefined;
}

export function entryFilter(rooms: Iterable<string> | undefined, types: Iterable<string> | undefined): EntryFilter {
  let roomSet: Set<string> | undefined;
  if (rooms !== undefined) {
    if (typeof rooms === 'string' || typeof (rooms as Iterable<string>)[Symbol.iterator] !== 'function') throw new InvalidArgumentError('rooms must be a list of handles');
    roomSet = new Set([...rooms].map((room) => fleetRoomId(room)));
  }
  let typeSet: Set<string> | undefined;
  if (types !== undefined) {
    if (typeof types === 'string' || typeof (types as Iterable<string>)[Symbol.iterator] !== 'function') throw new InvalidArgumentError('types must be a list of event types');
    typeSet = new Set(types);
  }
  return { rooms: roomSet, types: typeSet };
}

/** A field of a flat field list (the first with that name), as text. */
function field(fields: unknown[], name: string): string | undefined {
  for (let i = 0; i + 1 < fields.length; i += 2) {
    if (fields[i] === name) {
      const value = fields[i + 1];
      return typeof value === 'string' ? value : value instanceof Uint8Array ? new TextDecoder().decode(value) : undefined;
    }
  }
  return undefined;
}

/**
 * An entry as the event a reader emits, or `undefined` when the filter leaves it out (or it was
 * trimmed away). A room or type field the filter rejects skips the entry unparsed; an entry that
 * cannot be decoded is an in-band `error` event (with what its fields say of its room).
 */
export function eventOfEntry(entry: RawEntry, filter: EntryFilter): FleetEvent | undefined {
  const [id, fields] = entry;
  if (!Array.isArray(fields)) return undefined;
  const room = field(fields, 'room');
  const type = field(fields, 'type');
  if (filter.rooms && (room === undefined || !filter.rooms.has(room))) return undefined;
  if (filter.types && type !== undefined && !filter.types.has(type)) return undefined;
  try {
    const decoded = decodeEntry(id, fields);
    return { ...decoded.event, room: decoded.room, entryId: id } as FleetEvent;
  } catch (error) {
    const entryError: LiveError = error instanceof FleetEntryError ? error : new FleetEntryError(id, 'it could not be read', { cause: error });
    return { type: 'error', error: entryError, room: room ?? '', entryId: id } as FleetEvent;
  }
}

/**
 * The entries of each stream in an XREAD/XREADGROUP reply: `[[key, entries], …]` in RESP2, a map
 * `{ key: entries }` in RESP3 (node-redis's default), null when nothing came.
 */
export function entriesOf(reply: unknown): Array<[stream: string, entries: RawEntry[]]> {
  const pairs: Array<[unknown, unknown]> = Array.isArray(reply)
    ? (reply as Array<[unknown, unknown]>)
    : reply instanceof Map
      ? [...(reply as Map<unknown, unknown>)]
      : reply && typeof reply === 'object'
        ? Object.entries(reply)
        : [];
  return pairs.map(([stream, entries]) => [String(stream), Array.isArray(entries) ? (entries as RawEntry[]) : []]);
}

/** A stream id from `from`: an id as it is, a time (ms or Date) as the first id of that millisecond. */
export function streamIdOf(from: string | number | Date | undefined, what = 'from'): string {
  if (from === undefined) return '0-0';
  if (from instanceof Date) {
    const ms = from.getTime();
    if (!Number.isFinite(ms)) throw new InvalidArgumentError(`${what} is an invalid Date`);
    return `${Math.max(0, Math.floor(ms))}-0`;
  }
  if (typeof from === 'number') {
    if (!Number.isFinite(from) || from < 0) throw new InvalidArgumentError(`${what} must be a time in ms since 1970 (0 or more), got ${from}`);
    return `${Math.floor(from)}-0`;
  }
  if (typeof from === 'string' && /^\d{1,20}(-\d{1,20})?$/.test(from)) return from.includes('-') ? from : `${from}-0`;
  throw new InvalidArgumentError(`${what} must be a stream id (<ms>-<seq>), a time in ms or a Date, got ${JSON.stringify(String(from)).slice(0, 60)}`);
}

/** A wait on `scheduler` as a promise, cancelled (never settling) by `cancel()`. */
export function waiter(scheduler: SchedulerLike = asyncScheduler): { wait(ms: number): Promise<void>; cancel(): void } {
  const pending = new Set<{ unsubscribe(): void }>();
  return {
    wait: (ms) =>
      new Promise<void>((resolve) => {
        const action = scheduler.schedule(() => {
          pending.delete(action);
          resolve();
        }, ms);
        pending.add(action);
      }),
    cancel: () => {
      for (const action of pending) action.unsubscribe();
      pending.clear();
    },
  };
}

/** What a reader does with its connection: one read at a time, and what to do after a lost connection. */
export interface LogReader {
  /** Runs first and again after every lost connection, before the next `read`. */
  resume?(): Promise<void>;
  /** One read, emitting what it got through `emit`; true when the stream is complete. */
  read(): Promise<boolean>;
  /** On unsubscribe, before the connection closes: last commands to queue (not awaited). */
  close?(): void;
}

export interface ReadLoopOptions {
  /** Reads block (XREAD BLOCK): a client you passed is never used for them, a `duplicate()` of it is. */
  blocking: boolean;
  commandTimeoutMs: number;
  /** How long Redis may stay unreachable before the stream errors. */
  reconnectTimeoutMs: number;
  scheduler: SchedulerLike;
  /** Errors besides the retryable ones that mean "resume and read again" (NOGROUP after a restart). */
  resumable?: (error: unknown) => boolean;
  /** What the reader reads, for the message of an unexpected failure. */
  what: string;
}

/**
 * The loop of a log reader, one per subscription: connects (a typed error when Redis cannot be reached
 * or refuses the password), runs `reader` until it says it is complete, retries with backoff while
 * Redis is away (up to `reconnectTimeoutMs`) calling `resume` before reading again, and on
 * unsubscribe stops and closes every connection it opened.
 */
export function readLoop$<T>(redis: RedisLike, options: ReadLoopOptions, reader: (conn: FleetRedis, emit: (value: T) => void, closed: () => boolean) => LogReader): Observable<T> {
  return new Observable<T>((subscriber) => {
    let closed = false;
    const opened: FleetRedis[] = [];
    let loop: LogReader | undefined;
    const timers = waiter(options.scheduler);
    const keep = (conn: FleetRedis): FleetRedis => {
      if (closed) {
        void conn.close().catch(() => {});
        throw new RedisUnavailableError('unsubscribed');
      }
      opened.push(conn);
      return conn;
    };

    const run = async (): Promise<void> => {
      const conn = keep(await connectRedis(redis, { commandTimeoutMs: options.commandTimeoutMs }));
      const readerConn = options.blocking && typeof redis !== 'string' ? keep(await conn.duplicate()) : conn;
      const current = reader(readerConn, (value) => subscriber.next(value), () => closed);
      loop = current;
      let resume = true;
      let failingSince: number | undefined;
      let delay = 100;
      while (!closed) {
        try {
          if (resume) {
            await current.resume?.();
            resume = false;
          }
          if (closed) return;
          if (await current.read()) {
            subscriber.complete();
            return;
          }
          failingSince = undefined;
          delay = 100;
        } catch (error) {
          if (closed) return;
          if (!isRetryable(error) && !options.resumable?.(error)) throw error;
          failingSince ??= options.scheduler.now();
          if (options.scheduler.now() - failingSince > options.reconnectTimeoutMs) throw error;
          resume = true;
          await timers.wait(delay);
          delay = Math.min(delay * 2, 2_000);
        }
      }
    };

    run().catch((error: unknown) => {
      if (closed) return;
      subscriber.error(error instanceof LiveError ? error : new RedisCommandError(`${options.what} could not be read: ${String((error as Error)?.message ?? error)}`, { cause: error }));
    });

    return () => {
      closed = true;
      timers.cancel();
      // After the current turn: a subscriber that leaves inside its next (take(1)) has the reader note
      // that entry as handled first, and the reader's last commands go before the connection closes.
      queueMicrotask(() => {
        loop?.close?.();
        for (const conn of opened.splice(0)) void conn.close().catch(() => {});
      });
    };
  });
}
