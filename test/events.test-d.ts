import { describe, expectTypeOf, it } from 'vitest';
import type { EventOf, GiftEvent, LiveEvent, LiveEventType, WireEvent } from '../src/decoders/index.js';
import { decodeMessage } from '../src/decoders/index.js';

describe('LiveEvent types', () => {
  it('EventOf narrows by type', () => {
    expectTypeOf<EventOf<'gift'>>().toEqualTypeOf<GiftEvent>();
    expectTypeOf<EventOf<'gift'>['repeatEnd']>().toEqualTypeOf<boolean>();
    expectTypeOf<EventOf<'chat'>['comment']>().toEqualTypeOf<string>();
    expectTypeOf<EventOf<'social'>['action']>().toEqualTypeOf<'follow' | 'share' | 'other'>();
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
