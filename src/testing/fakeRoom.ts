import { asyncScheduler, Observable, type ObservableNotification, type SchedulerAction, type SchedulerLike } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { InvalidArgumentError } from '../errors.js';
import type { LiveEvent } from '../operators/pipeline/events.js';
import { roomEvents } from './liveEvent.js';
import type { LiveEventInit } from './types.js';

export interface FakeRoomOptions {
  /**
   * Where the events are scheduled. Default `asyncScheduler`, which `TestScheduler.run` puts on virtual
   * time: inside `run` the room needs no scheduler at all. Outside `run` it plays in real time.
   */
  scheduler?: SchedulerLike | undefined;
  /** What the room errors with at `#`. Default `'error'`, what `expectObservable(...).toBe` expects at `#` by default. */
  error?: unknown;
}

/**
 * A room's events on a marble diagram: a cold `Observable<LiveEvent>` for marble-testing an operator of
 * your own. Each letter's value is an event, or a partial one with its `type` (`{ type: 'chat', comment:
 * 'hi' }`) that the factories fill, once (the same letter twice is the same event, msgId and all).
 *
 * The diagram is `cold`'s: `-` a frame, `(ab)` a group, `|` the end, `#` an error, `10ms` a time
 * progression. Inside `TestScheduler.run` one frame is one millisecond of virtual time, so a room
 * played against `expectObservable` lines up with its diagram. No `^` or `!`: the room is cold, and
 * each subscriber gets it from the start.
 *
 * ```
 * values: { a: { type: 'chat' }, g: { type: 'gift', repeatEnd: true } }
 * room:   -a-g-a-|     (a: one ChatEvent, twice; g: a GiftEvent that ends its streak)
 * ```
 *
 * @example
 * ```ts
 * new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ expectObservable }) => {
 *   const room$ = fakeRoom('-a-b-a-|', { a: { type: 'chat', user: { uniqueId: 'alice' } }, b: { type: 'like' } });
 *   expectObservable(room$.pipe(ofType('chat'), map((e) => e.user.uniqueId))).toBe('-a---a-|', { a: 'alice' });
 * });
 * ```
 */
export function fakeRoom(marbles: string, values: Record<string, LiveEventInit> = {}, options: FakeRoomOptions = {}): Observable<LiveEvent> {
  const { scheduler = asyncScheduler, error = 'error' } = options;
  for (const marker of ['^', '!']) {
    if (marbles.includes(marker)) throw new InvalidArgumentError(`fakeRoom: a room is cold, its diagram has no "${marker}": ${marbles}`);
  }
  const events: Record<string, LiveEvent> = roomEvents(values);
  // Parsed without values, so that each notification names its letter.
  const letters = TestScheduler.parseMarbles(marbles, undefined, error, false, true) as Array<{ frame: number; notification: ObservableNotification<string> }>;
  const messages = letters.map(({ frame, notification }) => {
    if (notification.kind !== 'N') return { frame, notification };
    const event = Object.hasOwn(events, notification.value) ? events[notification.value] : undefined;
    if (!event) throw new InvalidArgumentError(`fakeRoom: "${notification.value}" in ${marbles} has no event in values`);
    return { frame, notification: { kind: 'N', value: event } as ObservableNotification<LiveEvent> };
  });
  return new Observable<LiveEvent>((subscriber) => {
    let next = 0;
    // One action walks the diagram: it delivers a frame's notifications in order, then waits for the next frame.
    function play(this: SchedulerAction<number>, frame = 0) {
      for (; next < messages.length && messages[next]!.frame <= frame; next += 1) {
        const { notification } = messages[next]!;
        if (notification.kind === 'N') subscriber.next(notification.value);
        else if (notification.kind === 'E') subscriber.error(notification.error);
        else subscriber.complete();
      }
      const after = messages[next];
      if (after && !subscriber.closed) this.schedule(after.frame, after.frame - frame);
    }
    const first = messages[0];
    if (first) return scheduler.schedule(play, first.frame, first.frame);
    return undefined;
  });
}
