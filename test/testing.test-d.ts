import type { Observable } from 'rxjs';
import { describe, expectTypeOf, it } from 'vitest';
import type { ChatEvent, ControlEvent, GapEvent, GiftEvent, LiveEvent, LiveUser, RoomInfoEvent } from '../src/index.js';
import { chatEvent, EVENT_FACTORIES, fakeRoom, giftEvent, liveEvent, liveUser, roomEvents, type DeepPartial, type LiveEventInit } from '../src/testing/index.js';

describe('testing helper types', () => {
  it('each factory makes its own event type', () => {
    expectTypeOf(chatEvent()).toEqualTypeOf<ChatEvent>();
    expectTypeOf(giftEvent({ repeatCount: 3 })).toEqualTypeOf<GiftEvent>();
    expectTypeOf(liveUser({ uniqueId: 'alice' })).toEqualTypeOf<LiveUser>();
    expectTypeOf(EVENT_FACTORIES.gap()).toEqualTypeOf<GapEvent>();
  });

  it('liveEvent is typed by the type name', () => {
    expectTypeOf(liveEvent('gift', { repeatEnd: true })).toEqualTypeOf<GiftEvent>();
    expectTypeOf(liveEvent('roomInfo', { info: { title: 'x' } })).toEqualTypeOf<RoomInfoEvent>();
    // @ts-expect-error: no such event type
    liveEvent('nope');
    // @ts-expect-error: a chat has no repeatCount
    liveEvent('chat', { repeatCount: 1 });
  });

  it('the partials are deep and checked field by field', () => {
    expectTypeOf(chatEvent).parameter(0).toEqualTypeOf<DeepPartial<ChatEvent> | undefined>();
    chatEvent({ user: { uniqueId: 'alice', badges: [{ level: 3 }] } });
    // @ts-expect-error: comment is a string
    chatEvent({ comment: 1 });
    // @ts-expect-error: a user's badges are badges
    chatEvent({ user: { badges: [{ nope: 1 }] } });
    // @ts-expect-error: a chat is a chat
    chatEvent({ type: 'gift' });
  });

  it('roomEvents narrows each value by its type', () => {
    const v = roomEvents({ a: { type: 'chat', comment: 'hi' }, e: { type: 'control' } });
    expectTypeOf(v.a).toEqualTypeOf<ChatEvent>();
    expectTypeOf(v.e).toEqualTypeOf<ControlEvent>();
  });

  it('fakeRoom is an Observable of LiveEvent, its values partial events with their type', () => {
    expectTypeOf(fakeRoom('-a|', { a: { type: 'gift', repeatCount: 2 } })).toEqualTypeOf<Observable<LiveEvent>>();
    expectTypeOf<ChatEvent>().toExtend<LiveEventInit>();
    // @ts-expect-error: a chat has no repeatCount
    fakeRoom('-a|', { a: { type: 'chat', repeatCount: 2 } });
    // @ts-expect-error: every value names its type
    fakeRoom('-a|', { a: { comment: 'hi' } });
  });
});
