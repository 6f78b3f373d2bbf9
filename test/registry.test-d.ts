import { describe, expectTypeOf, it } from 'vitest';
import * as encode from '../src/decoders/eventEncoders.js';
import type { WireEvent } from '../src/decoders/events.js';
import * as hand from '../src/decoders/handDecoders.js';
import { EVENT_REGISTRY, type EventMethod, type EventRegistry, type MethodOf, type RegisteredEventType } from '../src/decoders/registry.js';
import * as schema from '../src/decoders/schemaMappers.js';

describe('the event registry', () => {
  it('has an entry for every wire event type but unknown, and nothing else', () => {
    expectTypeOf<RegisteredEventType>().toEqualTypeOf<Exclude<WireEvent['type'], 'unknown'>>();
    expectTypeOf<keyof typeof EVENT_REGISTRY>().toEqualTypeOf<RegisteredEventType>();
    const { chat: _chat, ...withoutChat } = EVENT_REGISTRY;
    // @ts-expect-error an event type without an entry
    void (withoutChat satisfies EventRegistry);
    // @ts-expect-error an entry for a type the events do not have
    void ({ ...EVENT_REGISTRY, chats: EVENT_REGISTRY.chat } satisfies EventRegistry);
  });

  it('pairs each type with decoders and an encoder of its own event', () => {
    // @ts-expect-error the chat schema mapper under member
    void ({ ...EVENT_REGISTRY, member: { methods: { MemberMessage: { schema: schema.chatMessage } }, encode: encode.member } } satisfies EventRegistry);
    // @ts-expect-error the chat hand decoder under member
    void ({ ...EVENT_REGISTRY, member: { methods: { MemberMessage: { schema: schema.memberMessage, hand: hand.chat } }, encode: encode.member } } satisfies EventRegistry);
    // @ts-expect-error the like encoder under member
    void ({ ...EVENT_REGISTRY, member: { methods: { MemberMessage: { schema: schema.memberMessage } }, encode: encode.like } } satisfies EventRegistry);
    // @ts-expect-error a method without its schema mapper
    void ({ ...EVENT_REGISTRY, member: { methods: { MemberMessage: { hand: hand.member } }, encode: encode.member } } satisfies EventRegistry);
  });

  it('derives the methods from the entries', () => {
    expectTypeOf<MethodOf<'rankUpdate'>>().toEqualTypeOf<'RankUpdateMessage' | 'HourlyRankMessage'>();
    expectTypeOf<'LinkMessage'>().toExtend<EventMethod>();
    expectTypeOf<'GiftMessage'>().toExtend<EventMethod>();
    expectTypeOf<'NotYetSeenMessage'>().not.toExtend<EventMethod>();
  });
});
