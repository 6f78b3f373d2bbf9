import { filter, type OperatorFunction } from 'rxjs';
import type { LiveEvent } from './pipeline/events.js';

/**
 * Keeps the events of the given types and narrows the type:
 * `ofType('gift')` gives `Observable<GiftEvent>`, `ofType('gift', 'like')` the
 * union. A name that is not an event type is a compile error. It works on any
 * union discriminated by `type` and keeps what the events carry besides: on
 * `liveRooms$`' stream `ofType('chat')` gives chat events with their `room`,
 * and `ofType('roomError')` that stream's own lifecycle events.
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
export function ofType<K extends E['type'], E extends { type: string } = LiveEvent>(...types: [K, ...K[]]): OperatorFunction<E, Extract<E, { type: K }>> {
  const wanted = new Set<string>(types);
  return filter((event): event is Extract<E, { type: K }> => wanted.has(event.type));
}
