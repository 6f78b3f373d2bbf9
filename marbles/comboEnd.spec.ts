import { Subject, Subscription } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { comboEnd } from '../src/operators/comboEnd.js';
import type { GiftEvent, LiveEvent } from '../src/index.js';
import { giftEvent, liveUser } from '../src/testing/index.js';
import { chat, control, newScheduler } from './support.js';

const alice = liveUser({ uniqueId: 'alice' });
const bob = liveUser({ uniqueId: 'bob' });

describe('comboEnd', () => {
  it('holds a streak back until its repeatEnd and passes single gifts at once (the TSDoc diagram)', () => {
    const a = giftEvent({ user: alice, repeatCount: 1 });
    const b = giftEvent({ user: alice, repeatCount: 4 });
    const c = giftEvent({ user: alice, repeatCount: 4, repeatEnd: true });
    const d = giftEvent({ user: bob, giftType: 2, giftId: 6064, giftName: 'GG', groupId: '0' });
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('-a-b--c-----d----|', { a, b, c, d }).pipe(comboEnd())).toBe('------c-----d----|', { c, d });
    });
  });

  it('flushes a streak that never got its last frame after idleMs, with the last count', () => {
    const a = giftEvent({ user: alice, repeatCount: 2 });
    const b = giftEvent({ user: alice, repeatCount: 7 });
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('a-b', { a, b }).pipe(comboEnd({ idleMs: 10 }))).toBe('------------f', { f: { ...b, repeatEnd: true, combo: false } });
    });
  });

  it('each update restarts the idle timer', () => {
    const frames = [1, 2, 3, 4].map((n) => giftEvent({ user: alice, repeatCount: n }));
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a--b--c--d', { a: frames[0]!, b: frames[1]!, c: frames[2]!, d: frames[3]! });
      expectObservable(source.pipe(comboEnd({ idleMs: 5 }))).toBe('--------------f', { f: { ...frames[3]!, repeatEnd: true, combo: false } });
    });
  });

  it('drops the late repeatEnd of a streak already flushed, so it is never counted twice', () => {
    const a = giftEvent({ user: alice, repeatCount: 3 });
    const late = giftEvent({ user: alice, repeatCount: 3, repeatEnd: true });
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('a-------x|', { a, x: late }).pipe(comboEnd({ idleMs: 4 }))).toBe('----f----|', { f: { ...a, repeatEnd: true, combo: false } });
    });
  });

  it('keeps streaks of different users and groups apart', () => {
    const a1 = giftEvent({ user: alice, groupId: '10', repeatCount: 1 });
    const b1 = giftEvent({ user: bob, groupId: '20', repeatCount: 1 });
    const a2 = giftEvent({ user: alice, groupId: '10', repeatCount: 5, repeatEnd: true });
    const b2 = giftEvent({ user: bob, groupId: '20', repeatCount: 2, repeatEnd: true });
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('ab-x-y|', { a: a1, b: b1, x: b2, y: a2 }).pipe(comboEnd())).toBe('---x-y|', { x: b2, y: a2 });
    });
  });

  it('on a whole room, passes other events through and flushes open streaks before the end of the LIVE (the TSDoc diagram)', () => {
    const a = giftEvent({ user: alice, repeatCount: 3 });
    const x = chat('x1');
    const e = control('e1', 3);
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot<LiveEvent>('-a---x--e-----|', { a, x, e });
      expectObservable(source.pipe(comboEnd())).toBe('-----x--(fe)--|', { x, e, f: { ...a, repeatEnd: true, combo: false } });
      expectSubscriptions(source.subscriptions).toBe('^-------------!');
    });
  });

  it('a suspended LIVE flushes too, and a streak frame after the end is not counted again', () => {
    const a = giftEvent({ user: alice, repeatCount: 2 });
    const late = giftEvent({ user: alice, repeatCount: 2, repeatEnd: true });
    const s = control('s1', 4);
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold<LiveEvent>('a-s-----l|', { a, s, l: late }).pipe(comboEnd({ idleMs: 100 }))).toBe('--(fs)---|', { s, f: { ...a, repeatEnd: true, combo: false } });
    });
  });

  it('flushes open streaks when the source completes', () => {
    const a = giftEvent({ user: alice, repeatCount: 9 });
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      // x, a streak update before the subscription, is not seen, so not flushed.
      const source = hot('-x-^-a--|', { x: giftEvent({ user: bob, repeatCount: 1 }), a });
      expectObservable(source.pipe(comboEnd())).toBe('-----(f|)', { f: { ...a, repeatEnd: true, combo: false } });
      expectSubscriptions(source.subscriptions).toBe('^----!');
    });
  });

  it('lets go of its source when unsubscribed with a streak open', () => {
    const a = giftEvent({ user: alice, repeatCount: 2 });
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-x-^-a------', { x: giftEvent({ user: bob, repeatCount: 1 }), a });
      expectObservable(source.pipe(comboEnd({ idleMs: 3 })), '^---!').toBe('----');
      expectSubscriptions(source.subscriptions).toBe('^---!');
    });
  });

  it('passes an error through and unsubscribes from its source', () => {
    const d = giftEvent({ user: bob, giftType: 2, groupId: '0' });
    newScheduler().run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('-d-^-d--#', { d });
      expectObservable(source.pipe(comboEnd())).toBe('--d--#', { d });
      expectSubscriptions(source.subscriptions).toBe('^----!');
    });
  });

  it('counts a one-gift streak (1, then the end frame with 1) once', () => {
    const a = giftEvent({ user: alice, repeatCount: 1 });
    const end = giftEvent({ user: alice, repeatCount: 1, repeatEnd: true });
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('a-e|', { a, e: end }).pipe(comboEnd())).toBe('--e|', { e: end });
    });
  });

  it('lets go of each idle timer once it fired: 100,000 idle flushes hold no more than a few', () => {
    const scheduler = newScheduler();
    const source = new Subject<GiftEvent>();
    let flushed = 0;
    let held = 0;
    scheduler.run(() => {
      // Each streak is a new group that never gets its last frame: it ends by the idle timer, and its flush sends the next.
      const send = () => source.next(giftEvent({ user: alice, groupId: String(flushed), repeatCount: 1 }));
      const sub = source.pipe(comboEnd({ idleMs: 5, scheduler })).subscribe(() => {
        flushed += 1;
        if (flushed < 100_000) scheduler.schedule(send, 1);
        else held = finalizers(sub);
      });
      scheduler.schedule(send);
    });
    expect(flushed).toBe(100_000);
    expect(held).toBeLessThanOrEqual(4);
  });
});

/** How many finalizers a subscription holds, all the way down (rxjs keeps them in `_finalizers`). */
function finalizers(sub: Subscription): number {
  const own = (sub as unknown as { _finalizers: unknown[] | null })._finalizers ?? [];
  return own.reduce<number>((n, f) => n + 1 + (f instanceof Subscription ? finalizers(f) : 0), 0);
}
