import type { EventOf, LiveEvent, LiveEventType } from '../operators/pipeline/events.js';
import { EVENT_FACTORIES } from './factories.js';
import type { DeepPartial, EventFactory, LiveEventInit } from './types.js';

/**
 * An event of any type, by its name: `liveEvent('gift', { repeatCount: 5 })` is a `GiftEvent`, filled as
 * `giftEvent` fills it. For tests that pick the type at run time; otherwise the named factories read better.
 */
export function liveEvent<K extends LiveEventType>(type: K, partial?: DeepPartial<EventOf<K>>): EventOf<K> {
  const factory = EVENT_FACTORIES[type] as unknown as EventFactory<K>;
  return factory(partial);
}

/** The filled events of a marble diagram's values, each of the type its `type` names. */
export type RoomEvents<V extends Record<string, LiveEventInit>> = { [C in keyof V]: EventOf<V[C]['type']> };

/**
 * Fills every value of a marble diagram's values: `{ a: { type: 'chat' }, g: { type: 'gift', repeatEnd: true } }`
 * becomes a `ChatEvent` and a `GiftEvent`, each with its own msgId. For `hot` and `cold` of the run helpers,
 * and to name the events a test expects back; `fakeRoom` uses it on its values.
 */
export function roomEvents<const V extends Record<string, LiveEventInit>>(values: V): RoomEvents<V> {
  const out: Record<string, LiveEvent> = {};
  for (const [marble, init] of Object.entries(values)) out[marble] = liveEvent(init.type, init as DeepPartial<LiveEvent>);
  return out as RoomEvents<V>;
}
