import type { LiveError } from '../errors.js';
import type { EventOf, LiveEventType } from '../operators/pipeline/events.js';

/**
 * `T` with every field optional, all the way down: what the factories take.
 * Arrays hold partial elements (each filled in turn); byte arrays and errors
 * are taken whole.
 */
export type DeepPartial<T> = T extends Uint8Array | LiveError | ((...args: never[]) => unknown)
  ? T
  : T extends ReadonlyArray<infer E>
    ? Array<DeepPartial<E>>
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

/** A partial event of type `K`: `{ type: 'gift', repeatCount: 3 }`. What `liveEvent` and `fakeRoom` fill. */
export type LiveEventInit<K extends LiveEventType = LiveEventType> = {
  [T in K]: DeepPartial<EventOf<T>> & { type: T };
}[K];

/** A factory of one event type: fills what the partial leaves out. */
export type EventFactory<K extends LiveEventType> = (partial?: DeepPartial<EventOf<K>>) => EventOf<K>;
