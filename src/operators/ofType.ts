import { filter, type OperatorFunction } from 'rxjs';
import type { EventOf, LiveEvent, LiveEventType } from './pipeline/events.js';

/**
 * Keeps the events of the given types and narrows the type:
 * `ofType('gift')` gives `Observable<GiftEvent>`, `ofType('gift', 'like')` the
 * union. A name that is not an event type is a compile error.
 *
 * ```
 * source:  -c-g-l-g-|      (c chat, g gift, l like)
 * ofType('gift')
 * result:  ---g---g-|
 * ```
 *
 * @example
 * room$.pipe(ofType('chat')).subscribe((e) => console.log(e.comment));
 */
export function ofType<K extends LiveEventType>(...types: [K, ...K[]]): OperatorFunction<LiveEvent, EventOf<K>> {
  const wanted = new Set<string>(types);
  return filter((event): event is EventOf<K> => wanted.has(event.type));
}
