import { describe, expect, it } from 'vitest';
import { leaderboard } from '../src/operators/leaderboard.js';
import type { LiveUser } from '../src/decoders/events.js';
import { giftEvent, liveUser } from '../src/testing/index.js';
import { newScheduler } from './support.js';

const alice = liveUser({ uniqueId: 'alice' });
const bob = liveUser({ uniqueId: 'bob' });
const carol = liveUser({ uniqueId: 'carol' });
const single = (who: LiveUser, diamonds: number, count = 1) => giftEvent({ user: who, giftType: 2, diamondCount: diamonds, repeatCount: count });

describe('leaderboard', () => {
  it('emits the top N when the ranking changes; ties keep whoever got there first (the TSDoc diagram)', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('-a-b-c-|', { a: single(alice, 5), b: single(bob, 5), c: single(carol, 1) });
      expectObservable(source.pipe(leaderboard({ top: 2 }))).toBe('-x-y---|', {
        x: [{ rank: 1, user: alice, total: 5, gifts: 1 }],
        y: [
          { rank: 1, user: alice, total: 5, gifts: 1 },
          { rank: 2, user: bob, total: 5, gifts: 1 },
        ],
      });
    });
  });

  it('scores diamondCount × repeatCount of finished gifts and ignores streaks in progress', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const running = giftEvent({ user: alice, diamondCount: 10, repeatCount: 3 });
      const finished = giftEvent({ user: alice, diamondCount: 10, repeatCount: 4, repeatEnd: true });
      expectObservable(cold('r-f|', { r: running, f: finished }).pipe(leaderboard())).toBe('--x|', { x: [{ rank: 1, user: alice, total: 40, gifts: 1 }] });
    });
  });

  it('re-ranks when someone overtakes', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a-b-c|', { a: single(alice, 5), b: single(bob, 3), c: single(bob, 3) });
      expectObservable(source.pipe(leaderboard())).toBe('x-y-z|', {
        x: [{ rank: 1, user: alice, total: 5, gifts: 1 }],
        y: [{ rank: 1, user: alice, total: 5, gifts: 1 }, { rank: 2, user: bob, total: 3, gifts: 1 }],
        z: [{ rank: 1, user: bob, total: 6, gifts: 2 }, { rank: 2, user: alice, total: 5, gifts: 1 }],
      });
    });
  });

  it('a later tie goes behind the one who reached the total first', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a-b-c|', { a: single(alice, 4), b: single(bob, 2), c: single(bob, 2) });
      expectObservable(source.pipe(leaderboard({ top: 2 }))).toBe('x-y-z|', {
        x: [{ rank: 1, user: alice, total: 4, gifts: 1 }],
        y: [{ rank: 1, user: alice, total: 4, gifts: 1 }, { rank: 2, user: bob, total: 2, gifts: 1 }],
        z: [{ rank: 1, user: alice, total: 4, gifts: 1 }, { rank: 2, user: bob, total: 4, gifts: 2 }],
      });
    });
  });

  it('can rank by gift count or by your own score', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a-b|', { a: single(alice, 100), b: single(bob, 1) });
      expectObservable(source.pipe(leaderboard({ by: 'gifts', top: 1 }))).toBe('x--|', { x: [{ rank: 1, user: alice, total: 1, gifts: 1 }] });
      expectObservable(source.pipe(leaderboard({ by: (g) => (g.user.uniqueId === 'bob' ? 1000 : 1), top: 1 }))).toBe('x-y|', {
        x: [{ rank: 1, user: alice, total: 1, gifts: 1 }],
        y: [{ rank: 1, user: bob, total: 1000, gifts: 1 }],
      });
    });
  });

  it('keeps state per subscription', () => {
    const values: number[][] = [];
    newScheduler().run(({ cold }) => {
      const ranked = cold('a|', { a: single(alice, 5) }).pipe(leaderboard());
      ranked.subscribe((r) => values.push(r.map((e) => e.total)));
      ranked.subscribe((r) => values.push(r.map((e) => e.total)));
    });
    expect(values).toEqual([[5], [5]]);
  });
});
