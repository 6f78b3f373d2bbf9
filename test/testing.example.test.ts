/*
 * What a user's own test looks like with tiktok-live-rx/testing (imported from
 * the source here; an app imports 'tiktok-live-rx/testing'): an operator of
 * the app's own, marble-tested in three lines, with no hand-built events.
 */
import { map, scan, type OperatorFunction } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import { comboEnd, ofType, type LiveEvent } from '../src/operators/index.js';
import { fakeRoom, roomEvents } from '../src/testing/index.js';

/** The app's operator: the `n` viewers who chatted most so far, after each chat. */
function topChatters(n: number): OperatorFunction<LiveEvent, string[]> {
  return (room$) =>
    room$.pipe(
      ofType('chat'),
      scan((counts: Readonly<Record<string, number>>, chat) => ({ ...counts, [chat.user.uniqueId]: (counts[chat.user.uniqueId] ?? 0) + 1 }), {}),
      map((counts) => Object.entries(counts).sort(([, a], [, b]) => b - a).slice(0, n).map(([name]) => name)),
    );
}

const testScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('marble-testing your own operator', () => {
  it('topChatters ranks who chats most (the README example)', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ expectObservable }) => {
      const room$ = fakeRoom('-a-b-b-|', { a: { type: 'chat', user: { uniqueId: 'alice' } }, b: { type: 'chat', user: { uniqueId: 'bob' } } });
      expectObservable(room$.pipe(topChatters(2))).toBe('-x-y-z-|', { x: ['alice'], y: ['alice', 'bob'], z: ['bob', 'alice'] });
    });
  });

  it('topChatters skips other events and keeps the top n', () => {
    testScheduler().run(({ expectObservable }) => {
      const room$ = fakeRoom('-a-b-b-l-c-|', { a: { type: 'chat', user: { uniqueId: 'alice' } }, b: { type: 'chat', user: { uniqueId: 'bob' } }, c: { type: 'chat', user: { uniqueId: 'carol' } }, l: { type: 'like' } });
      expectObservable(room$.pipe(topChatters(2))).toBe('-x-y-z---z-|', { x: ['alice'], y: ['alice', 'bob'], z: ['bob', 'alice'] });
    });
  });

  it('a library operator in the same way: comboEnd counts a streak once', () => {
    testScheduler().run(({ expectObservable }) => {
      const room$ = fakeRoom('-a-b-c-|', { a: { type: 'gift', repeatCount: 1 }, b: { type: 'gift', repeatCount: 2 }, c: { type: 'gift', repeatCount: 3, repeatEnd: true } });
      expectObservable(room$.pipe(comboEnd(), ofType('gift'), map((g) => g.repeatCount))).toBe('-----c-|', { c: 3 });
    });
  });

  it('a hot room: roomEvents fills the values for the run helpers\' hot (what came before ^ is missed)', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const room$ = hot('-a-^-b-a-a-|', roomEvents({ a: { type: 'chat', user: { uniqueId: 'alice' } }, b: { type: 'chat', user: { uniqueId: 'bob' } } }));
      expectObservable(room$.pipe(topChatters(1))).toBe('--b-b-a-|', { a: ['alice'], b: ['bob'] });
    });
  });
});
