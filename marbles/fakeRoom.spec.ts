import { asapScheduler, map } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../src/errors.js';
import { ofType } from '../src/operators/ofType.js';
import { chatEvent, fakeRoom, liveUser, resetFactories, roomEvents, type LiveEventInit } from '../src/testing/index.js';
import { newScheduler } from './support.js';

const values = { a: { type: 'chat' }, g: { type: 'gift', repeatEnd: true } } satisfies Record<string, LiveEventInit>;

beforeEach(() => resetFactories());

/** The events `fakeRoom` fills `values` with: the same, from a restarted counter. */
function filled<V extends Record<string, LiveEventInit>>(init: V) {
  resetFactories();
  return roomEvents(init);
}

describe('fakeRoom', () => {
  it('plays its values on the diagram (the TSDoc diagram)', () => {
    newScheduler().run(({ expectObservable }) => {
      const room$ = fakeRoom('-a-g-a-|', values);
      expectObservable(room$).toBe('-a-g-a-|', filled(values));
    });
  });

  it('fills each letter once: the same letter is the same event, another letter another', () => {
    newScheduler().run(({ expectObservable }) => {
      const room$ = fakeRoom('ab(aa)|', { a: { type: 'chat' }, b: { type: 'chat' } });
      expectObservable(room$.pipe(map((e) => (e.type === 'chat' ? e.msgId : '')))).toBe('xy(xx)|', { x: '7400000000000000001', y: '7400000000000000002' });
    });
  });

  it('takes whole events as they are', () => {
    const hi = chatEvent({ comment: 'hi', user: { uniqueId: 'alice' } });
    newScheduler().run(({ expectObservable }) => {
      expectObservable(fakeRoom('--h|', { h: hi })).toBe('--h|', { h: hi });
    });
  });

  it('is cold: each subscriber gets the room from its own start', () => {
    const events = filled(values);
    resetFactories();
    newScheduler().run(({ expectObservable }) => {
      const room$ = fakeRoom('a-g|', values);
      expectObservable(room$).toBe('a-g|', events);
      expectObservable(room$, '---^').toBe('---a-g|', events);
    });
  });

  it('reads groups and time progressions as cold does', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const diagram = '(ag) 5ms a 1s g|';
      const room$ = fakeRoom(diagram, values);
      expectObservable(room$).toEqual(cold(diagram, filled(values)));
    });
  });

  it('errors at # with the error given, or with what toBe expects by default', () => {
    const boom = new InvalidArgumentError('boom');
    newScheduler().run(({ expectObservable }) => {
      expectObservable(fakeRoom('a-#', values).pipe(map((e) => e.type))).toBe('a-#', { a: 'chat' });
      expectObservable(fakeRoom('a-#', values, { error: boom }).pipe(map((e) => e.type))).toBe('a-#', { a: 'chat' }, boom);
    });
  });

  it('stops playing when unsubscribed', () => {
    const scheduler = new TestScheduler(() => undefined);
    const subscription = fakeRoom('a 100ms a', values, { scheduler }).subscribe();
    expect(scheduler.actions).toHaveLength(1);
    subscription.unsubscribe();
    expect(scheduler.actions).toEqual([]);
  });

  it('lets an operator under test see its events as typed ones', () => {
    newScheduler().run(({ expectObservable }) => {
      const room$ = fakeRoom('-a-b-a-|', { a: { type: 'chat', user: { uniqueId: 'alice' } }, b: { type: 'like' } });
      expectObservable(room$.pipe(ofType('chat'), map((e) => e.user))).toBe('-a---a-|', { a: liveUser({ uniqueId: 'alice' }) });
    });
  });

  it('plays on the scheduler given, in that scheduler\'s frames', () => {
    const scheduler = new TestScheduler(() => undefined);
    const seen: Array<[number, string]> = [];
    fakeRoom('-a-g|', values, { scheduler }).subscribe({ next: (e) => seen.push([scheduler.now(), e.type]), complete: () => seen.push([scheduler.now(), '|']) });
    scheduler.flush();
    expect(seen).toEqual([[10, 'chat'], [30, 'gift'], [40, '|']]);
  });

  it('plays in order on a scheduler that is not virtual', async () => {
    const seen: string[] = [];
    await new Promise<void>((resolve, reject) => fakeRoom('(ag)a|', values, { scheduler: asapScheduler }).subscribe({ next: (e) => seen.push(e.type), error: reject, complete: resolve }));
    expect(seen).toEqual(['chat', 'gift', 'chat']);
  });

  it('rejects a letter without an event, and the hot markers ^ and !', () => {
    expect(() => fakeRoom('-x-|', values)).toThrow(InvalidArgumentError);
    expect(() => fakeRoom('-x-|', values)).toThrow(/"x" in -x-\| has no event in values/);
    expect(() => fakeRoom('-^-a-|', values)).toThrow(InvalidArgumentError);
    expect(() => fakeRoom('-a-!', values)).toThrow(InvalidArgumentError);
  });
});
