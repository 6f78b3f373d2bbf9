import { describe, expectTypeOf, it } from 'vitest';
import type { EventInit, EventInitOf, ScenarioStep, SimRoom } from '../src/simulator/index.js';
import { EVENT_FIELDS, type EventFields } from '../src/simulator/eventInit.js';
import { DEFAULT_MIX, type TrafficKind } from '../src/simulator/traffic.js';
import type { WireEvent } from '../src/decoders/index.js';

declare const room: SimRoom;

describe('SimRoom.push input types', () => {
  it('takes any fields of the event type, nested ones too', () => {
    room.push({ type: 'chat', comment: '!hello', user: { uniqueId: 'alice' } });
    room.push({ type: 'gift', giftName: 'Rose', repeatCount: 3 });
    room.push({ type: 'roomUserSeq', topViewers: [{ coinCount: 5, user: { uniqueId: 'carol', badges: [{ level: 3 }] } }] });
    room.push({ type: 'gift', toUser: { uniqueId: 'bob' } });
    room.push({ type: 'unknown', method: 'WebcastNotYetSeenMessage', payload: new Uint8Array(0) });
    // A whole event (decoded, recorded) is an input too.
    const event = {} as WireEvent;
    room.push(event);
    expectTypeOf<EventInit['type']>().toEqualTypeOf<WireEvent['type']>();
    expectTypeOf<EventInitOf<'chat'>['comment']>().toEqualTypeOf<string | undefined>();
  });

  it('rejects a misspelt field, at any depth, and a field of another type', () => {
    // @ts-expect-error 'commnet' is not a field of a chat event
    room.push({ type: 'chat', commnet: '!hello' });
    // @ts-expect-error 'uniqueid' is not a field of a user
    room.push({ type: 'chat', user: { uniqueid: 'alice' } });
    // @ts-expect-error 'coins' is not a field of a top viewer
    room.push({ type: 'roomUserSeq', topViewers: [{ coins: 5 }] });
    // @ts-expect-error giftName belongs to gift events
    room.push({ type: 'chat', giftName: 'Rose' });
    // @ts-expect-error rankType is a number
    room.push({ type: 'rankUpdate', rankType: '8' });
    // @ts-expect-error no such event type
    room.push({ type: 'chats' });
  });

  it('holds a scenario step\'s event to the same types', () => {
    const ok: ScenarioStep = { at: 0, event: { type: 'chat', comment: 'hi' } };
    // @ts-expect-error 'commnet' is not a field of a chat event
    const typo: ScenarioStep = { at: 0, event: { type: 'chat', commnet: 'hi' } };
    expectTypeOf(ok).toExtend<ScenarioStep>();
    expectTypeOf(typo).toExtend<ScenarioStep>();
  });
});

describe("the simulator's tables of event types", () => {
  it('describes the fields of every event type, as the event interfaces have them', () => {
    const { battleArmies: _armies, ...withoutArmies } = EVENT_FIELDS;
    // @ts-expect-error an event type whose fields are not described
    void (withoutArmies satisfies EventFields);
    // @ts-expect-error a chat's comment is a string
    void ({ ...EVENT_FIELDS, chat: { ...EVENT_FIELDS.chat, comment: 'number' } } satisfies EventFields);
    // @ts-expect-error a field a chat event does not have
    void ({ ...EVENT_FIELDS, chat: { ...EVENT_FIELDS.chat, commnet: 'string' } } satisfies EventFields);
  });

  it('weighs every traffic kind, and the kinds follow the registry', () => {
    const { subscribe: _subscribe, ...withoutSubscribe } = DEFAULT_MIX;
    // @ts-expect-error a kind without a weight
    void (withoutSubscribe satisfies Record<TrafficKind, number>);
    expectTypeOf<TrafficKind>().toEqualTypeOf<Exclude<WireEvent['type'], 'battleArmies' | 'control'> | 'pause'>();
  });
});
