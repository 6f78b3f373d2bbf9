import type { DeepPartial } from '../decoders/deepPartial.js';
import type { EventOf, LiveEventType } from '../operators/pipeline/events.js';

/** A partial event of type `K`: `{ type: 'gift', repeatCount: 3 }`. What `liveEvent` and `fakeRoom` fill. */
export type LiveEventInit<K extends LiveEventType = LiveEventType> = {
  [T in K]: DeepPartial<EventOf<T>> & { type: T };
}[K];

/** A factory of one event type: fills what the partial leaves out. */
export type EventFactory<K extends LiveEventType> = (partial?: DeepPartial<EventOf<K>>) => EventOf<K>;

export type { DeepPartial };
