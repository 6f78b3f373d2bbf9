import { Observable, type OperatorFunction } from 'rxjs';
import { isStreamEnd } from '../../decoders/events.js';
import type { LiveEvent } from './events.js';
import type { PipelineItem } from './types.js';
import { RecentKeys } from '../recentKeys.js';

export interface DemultiplexOptions {
  /** How many recent msgIds are remembered to drop repeats across reconnects. Default 10,000. */
  dedupWindow?: number | undefined;
}

/**
 * Batches to one `LiveEvent` per message, in order. Events already seen (same
 * msgId, within a bounded window) are dropped, so a replay after a reconnect
 * delivers nothing twice. Lifecycle events pass through. The end of the LIVE
 * (`control` action 3 or 4) is emitted, then the stream completes.
 *
 * ```
 * source:  -A-B-C-E-X--|      (batches: A [a], B [b c], C [b] again, E [e: control action 3], X [x])
 * result:  -a-(bc)(e|)
 * ```
 *
 * @example
 * pipeline$.pipe(demultiplex()).subscribe((event) => console.log(event.type));
 */
export function demultiplex(options: DemultiplexOptions = {}): OperatorFunction<PipelineItem, LiveEvent> {
  const window = options.dedupWindow ?? 10_000;
  return (source) =>
    new Observable<LiveEvent>((subscriber) => {
      const seen = new RecentKeys(window);
      const subscription = source.subscribe({
        next(item) {
          if (item.type !== 'batch') {
            subscriber.next(item);
            return;
          }
          for (const event of item.events) {
            if (event.type !== 'error' && event.msgId !== '0' && !seen.add(event.msgId)) continue;
            subscriber.next(event);
            if (isStreamEnd(event)) {
              subscriber.complete();
              return;
            }
          }
        },
        error: (err: unknown) => subscriber.error(err),
        complete: () => subscriber.complete(),
      });
      return subscription;
    });
}
