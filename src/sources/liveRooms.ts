import { isObservable, Observable, of, Subscription } from 'rxjs';
import { normalizeUniqueId } from '../api/uniqueId.js';
import { InvalidArgumentError } from '../errors.js';
import type { LiveEvent } from '../operators/pipeline/events.js';
import { liveRoom$, type LiveRoomOptions } from './liveRoom.js';

/**
 * An event of one room, tagged with the room's handle. The tag is a field on
 * the event itself rather than an envelope (`{ room, event }`): `ofType`, the
 * selectors (`chat$`, `gift$`, …), `comboEnd` and `switch (e.type)` work on the
 * merged stream unchanged, and what they narrow to keeps its `room`.
 */
export type RoomTagged<E> = E extends unknown ? E & { room: string } : never;

/** A room joined the stream: its `liveRoom$` was subscribed. */
export interface RoomJoinedEvent {
  type: 'roomJoined';
  room: string;
}

/**
 * A room left the stream without an error: its LIVE ended (`'ended'`, after
 * its `control` event) or it was taken out of the list of handles (`'removed'`).
 */
export interface RoomLeftEvent {
  type: 'roomLeft';
  room: string;
  reason: 'ended' | 'removed';
}

/**
 * A room's stream ended with an error (offline, not found, reconnects
 * exhausted, …). Only that room leaves: the others go on.
 */
export interface RoomErrorEvent {
  type: 'roomError';
  room: string;
  /** What ended it: from `liveRoom$`, always a `LiveError` (branch on `code` or `instanceof`). */
  error: Error;
}

/** The lifecycle of the rooms in a `liveRooms$` stream. */
export type RoomsLifecycleEvent = RoomJoinedEvent | RoomLeftEvent | RoomErrorEvent;

/** Everything `liveRooms$` emits: each room's events with its `room`, and the rooms' comings and goings. */
export type RoomsEvent = RoomTagged<LiveEvent> | RoomsLifecycleEvent;

/** Options of `liveRooms$`: one `LiveRoomOptions` for every room, or a function giving each room its own (its own `stats`, say). */
export type LiveRoomsOptions = LiveRoomOptions | ((room: string) => LiveRoomOptions);

/** What `liveRooms$` subscribes for each room. Default `liveRoom$`; a test or a replay can give its own. */
export interface LiveRoomsDeps {
  liveRoom$: (uniqueId: string, options: LiveRoomOptions) => Observable<LiveEvent>;
}

/**
 * The handle a room is known by: `@Name`, `name` and its live URL are one room (TikTok's
 * handles are case-insensitive); a handle that is not one stays as given (its room then errors).
 */
function handleOf(room: string): string {
  try {
    return normalizeUniqueId(room).toLowerCase();
  } catch {
    return room;
  }
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * Several TikTok LIVE rooms as one cold Observable. Each room's events come
 * tagged with its handle (`room`); a room joins with `roomJoined`, leaves with
 * `roomLeft` (its LIVE ended, or it was removed) or `roomError` (its stream's
 * terminal error), and one room's end or error never ends the others.
 *
 * `rooms` is a list, or an Observable of lists: each new list is compared with
 * the last one, rooms that appear are subscribed and rooms that disappear are
 * unsubscribed (their sockets closed). A room that ended or failed stays out
 * until a list without it and then one with it again. The stream completes when
 * the lists have completed and no room is left; an error of the lists errors it.
 *
 * ```
 * rooms:   x-----y-----z-----|       x ['a'], y ['a', 'b'], z ['b']
 * room a:  --1--2------!             subscribed with x, unsubscribed with z
 * room b:        --3----4--#         subscribed with y, errors
 * result:  J-1--2K-3---L4--E-|
 *          J K roomJoined a, b; L roomLeft a (removed); E roomError b; 1 2 tagged 'a', 3 4 'b'
 * ```
 *
 * @example
 * liveRooms$(['alice', 'bob'], { apiKey })
 *   .pipe(ofType('chat'))
 *   .subscribe((e) => console.log(`[@${e.room}] ${e.user.uniqueId}: ${e.comment}`));
 */
export function liveRooms$(
  rooms: Iterable<string> | Observable<Iterable<string>>,
  options: LiveRoomsOptions = {},
  deps: LiveRoomsDeps = { liveRoom$ },
): Observable<RoomsEvent> {
  return new Observable<RoomsEvent>((subscriber) => {
    const optionsFor = typeof options === 'function' ? options : () => options;
    // The rooms of the last list, and of those the ones still streaming.
    let wanted = new Set<string>();
    const active = new Map<string, Subscription>();
    let listsDone = false;
    const finishIfIdle = () => {
      if (listsDone && active.size === 0) subscriber.complete();
    };

    const join = (room: string) => {
      subscriber.next({ type: 'roomJoined', room });
      const sub = new Subscription();
      active.set(room, sub);
      const leave = (event: RoomsLifecycleEvent) => {
        if (active.get(room) !== sub) return;
        active.delete(room);
        subscriber.next(event);
        finishIfIdle();
      };
      let room$: Observable<LiveEvent>;
      try {
        const roomOptions = optionsFor(room);
        if (roomOptions.roomId !== undefined) throw new InvalidArgumentError('liveRooms$ connects to rooms by handle: roomId cannot be one option for several rooms');
        room$ = deps.liveRoom$(room, roomOptions);
      } catch (error) {
        leave({ type: 'roomError', room, error: asError(error) });
        return;
      }
      sub.add(
        room$.subscribe({
          next: (event) => subscriber.next({ ...event, room } as RoomTagged<LiveEvent>),
          error: (error: unknown) => leave({ type: 'roomError', room, error: asError(error) }),
          complete: () => leave({ type: 'roomLeft', room, reason: 'ended' }),
        }),
      );
    };

    const lists$ = isObservable(rooms) ? rooms : of(rooms);
    const listSub = lists$.subscribe({
      next: (list) => {
        const next = new Set<string>();
        for (const room of list) next.add(handleOf(room));
        const previous = wanted;
        wanted = next;
        for (const room of previous) {
          if (next.has(room)) continue;
          const sub = active.get(room);
          if (!sub) continue;
          active.delete(room);
          sub.unsubscribe();
          subscriber.next({ type: 'roomLeft', room, reason: 'removed' });
        }
        for (const room of next) if (!previous.has(room) && !subscriber.closed) join(room);
        finishIfIdle();
      },
      error: (error: unknown) => subscriber.error(error),
      complete: () => {
        listsDone = true;
        finishIfIdle();
      },
    });

    return () => {
      listSub.unsubscribe();
      for (const sub of active.values()) sub.unsubscribe();
      active.clear();
    };
  });
}
