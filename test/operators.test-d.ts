import { of, type Observable } from 'rxjs';
import { describe, expectTypeOf, it } from 'vitest';
import {
  chat$,
  comboEnd,
  follow$,
  gift$,
  leaderboard,
  liveRoom$,
  ofType,
  shareRoom,
  streamEnd$,
  type ChatEvent,
  type ControlEvent,
  type GiftEvent,
  type LeaderboardEntry,
  type LikeEvent,
  type LiveEvent,
  type SocialEvent,
} from '../src/index.js';

declare const room$: Observable<LiveEvent>;

describe('operator types', () => {
  it('liveRoom$ is an Observable of LiveEvent', () => {
    expectTypeOf(liveRoom$('x')).toEqualTypeOf<Observable<LiveEvent>>();
    expectTypeOf(liveRoom$('x').pipe(shareRoom({ graceMs: 1 }))).toEqualTypeOf<Observable<LiveEvent>>();
  });

  it('ofType narrows to one type or a union', () => {
    expectTypeOf(room$.pipe(ofType('gift'))).toEqualTypeOf<Observable<GiftEvent>>();
    expectTypeOf(room$.pipe(ofType('gift', 'like'))).toEqualTypeOf<Observable<GiftEvent | LikeEvent>>();
    // @ts-expect-error 'gifts' is not an event type
    room$.pipe(ofType('gifts'));
    // @ts-expect-error at least one type is needed
    room$.pipe(ofType());
  });

  it('selectors are typed', () => {
    expectTypeOf(chat$(room$)).toEqualTypeOf<Observable<ChatEvent>>();
    expectTypeOf(follow$(room$)).toEqualTypeOf<Observable<SocialEvent>>();
    expectTypeOf(streamEnd$(room$)).toEqualTypeOf<Observable<ControlEvent>>();
  });

  it('comboEnd keeps gifts and leaderboard ranks them', () => {
    expectTypeOf(gift$(room$).pipe(comboEnd())).toEqualTypeOf<Observable<GiftEvent>>();
    expectTypeOf(gift$(room$).pipe(comboEnd(), leaderboard({ top: 3 }))).toEqualTypeOf<Observable<LeaderboardEntry[]>>();
    expectTypeOf(room$.pipe(comboEnd())).toEqualTypeOf<Observable<LiveEvent>>();
    // @ts-expect-error comboEnd takes events (a type each), not any value
    of(1).pipe(comboEnd());
  });
});
