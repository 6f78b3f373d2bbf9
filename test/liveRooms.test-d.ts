import type { Observable } from 'rxjs';
import { describe, expectTypeOf, it } from 'vitest';
import { chat$, comboEnd, gift$, liveRooms$, ofType, type ChatEvent, type GiftEvent, type LiveEvent, type RoomErrorEvent, type RoomsEvent } from '../src/index.js';

const all$ = liveRooms$(['a', 'b']);

describe('liveRooms$ types', () => {
  it('emits RoomsEvent: tagged events and the rooms lifecycle', () => {
    expectTypeOf(all$).toEqualTypeOf<Observable<RoomsEvent>>();
    expectTypeOf(liveRooms$(all$.pipe(ofType('roomJoined')) as unknown as Observable<string[]>)).toEqualTypeOf<Observable<RoomsEvent>>();
  });

  it('ofType and the selectors narrow and keep the room', () => {
    expectTypeOf(all$.pipe(ofType('chat'))).toEqualTypeOf<Observable<ChatEvent & { room: string }>>();
    expectTypeOf(chat$(all$)).toEqualTypeOf<Observable<ChatEvent & { room: string }>>();
    expectTypeOf(gift$(all$).pipe(comboEnd())).toEqualTypeOf<Observable<GiftEvent & { room: string }>>();
    expectTypeOf(all$.pipe(ofType('roomError'))).toEqualTypeOf<Observable<RoomErrorEvent>>();
    // @ts-expect-error 'roomErrors' is not an event type
    all$.pipe(ofType('roomErrors'));
  });

  it('a single room stream is unchanged', () => {
    const room$ = null as unknown as Observable<LiveEvent>;
    expectTypeOf(chat$(room$)).toEqualTypeOf<Observable<ChatEvent>>();
    // @ts-expect-error a single room has no roomError
    room$.pipe(ofType('roomError'));
  });
});
