import { describe, expect, it } from 'vitest';
import { ControlAction, isStreamEnd } from '../src/decoders/index.js';
import type { SocialAction } from '../src/operators/index.js';
import { ofType } from '../src/operators/ofType.js';
import { follow$, share$, streamEnd$, chat$, gift$ } from '../src/operators/selectors.js';
import { giftEvent, likeEvent, socialEvent } from '../src/testing/index.js';
import { chat, control, newScheduler } from './support.js';

const like = likeEvent({ likeCount: 3, totalLikes: 10 });
const social = (action: SocialAction) => socialEvent({ action });

describe('ofType', () => {
  it('keeps the named type (the TSDoc diagram)', () => {
    const [c, g] = [chat('1'), giftEvent({ user: { uniqueId: 'a' } })];
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('-c-g-l-g-|', { c, g, l: like }).pipe(ofType('gift'))).toBe('---g---g-|', { g });
    });
  });

  it('keeps any of several types', () => {
    const [c, g] = [chat('1'), giftEvent({ user: { uniqueId: 'a' } })];
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('c-g-l|', { c, g, l: like }).pipe(ofType('gift', 'like'))).toBe('--g-l|', { g, l: like });
    });
  });
});

describe('selectors', () => {
  it('chat$ and gift$ select their type', () => {
    const [c, g] = [chat('1'), giftEvent({ user: { uniqueId: 'a' } })];
    newScheduler().run(({ cold, expectObservable }) => {
      const room$ = cold('c-g-l|', { c, g, l: like });
      expectObservable(chat$(room$)).toBe('c----|', { c });
      expectObservable(gift$(room$)).toBe('--g--|', { g });
    });
  });

  it('follow$ and share$ split social events', () => {
    const [f, s, o] = [social('follow'), social('share'), social('other')];
    newScheduler().run(({ cold, expectObservable }) => {
      const room$ = cold('f-s-o|', { f, s, o });
      expectObservable(follow$(room$)).toBe('f----|', { f });
      expectObservable(share$(room$)).toBe('--s--|', { s });
    });
  });

  it('streamEnd$ is control action 3 or 4 only', () => {
    const [p, e, b] = [control('1', 1), control('2', 3), control('3', 4)];
    newScheduler().run(({ cold, expectObservable }) => {
      expectObservable(streamEnd$(cold('p-e-b|', { p, e, b }))).toBe('--e-b|', { e, b });
    });
  });

  it('isStreamEnd names the end: ControlAction.Ended or Suspended, nothing else', () => {
    expect([0, 1, 2, 3, 4, 5].map((action) => isStreamEnd(control(String(action), action)))).toEqual([false, false, false, true, true, false]);
    expect([ControlAction.Ended, ControlAction.Suspended]).toEqual([3, 4]);
    expect(isStreamEnd(chat('9'))).toBe(false);
  });
});
