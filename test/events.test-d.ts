import { describe, expectTypeOf, it } from 'vitest';
import type { GiftEvent, WireEvent } from '../src/decoders/index.js';
import type { EventOf, LiveEvent, LiveEventType } from '../src/operators/pipeline/events.js';
import { decodeMessage } from '../src/decoders/index.js';
import type { RoomInfo } from '../src/api/roomInfo.js';
import type { LiveEvent as RootLiveEvent } from '../src/index.js';

describe('LiveEvent types', () => {
  it('EventOf narrows by type', () => {
    expectTypeOf<EventOf<'gift'>>().toEqualTypeOf<GiftEvent>();
    expectTypeOf<EventOf<'gift'>['repeatEnd']>().toEqualTypeOf<boolean>();
    expectTypeOf<EventOf<'chat'>['comment']>().toEqualTypeOf<string>();
    expectTypeOf<EventOf<'social'>['action']>().toEqualTypeOf<'follow' | 'share' | 'other'>();
  });

  it('types the roomInfo event with the RoomInfo the HTTP helpers return, and a gap with its count', () => {
    expectTypeOf<EventOf<'roomInfo'>['info']>().toEqualTypeOf<RoomInfo>();
    expectTypeOf<EventOf<'roomInfo'>['info']['viewerCount']>().toEqualTypeOf<number>();
    expectTypeOf<EventOf<'gap'>['missed']>().toEqualTypeOf<number | null>(); // null: not known (through the relay)
    // The same types reach users through the package's root.
    expectTypeOf<RootLiveEvent>().toEqualTypeOf<LiveEvent>();
  });

  it('narrows the union on the discriminant', () => {
    const event = decodeMessage('WebcastGiftMessage', new Uint8Array());
    expectTypeOf(event).toEqualTypeOf<WireEvent>();
    if (event.type === 'gift') expectTypeOf(event.repeatCount).toEqualTypeOf<number>();
  });

  it('rejects unknown event type names', () => {
    // @ts-expect-error 'gifts' is not an event type
    type _Bad = EventOf<'gifts'>;
    expectTypeOf<LiveEventType>().toExtend<string>();
    expectTypeOf<LiveEvent>().toHaveProperty('type');
  });

  it('carries the common wire fields on every wire event', () => {
    expectTypeOf<WireEvent['msgId']>().toEqualTypeOf<string>();
    expectTypeOf<WireEvent['roomId']>().toEqualTypeOf<string>();
    expectTypeOf<WireEvent['createTime']>().toEqualTypeOf<number>();
  });
});
