import { Observable, type OperatorFunction } from 'rxjs';
import type { LiveEvent } from '../decoders/events.js';
import type { PipelineItem } from './types.js';

export interface DemultiplexOptions {
  /** How many recent msgIds are remembered to drop repeats across reconnects. Default 10,000. */
  dedupWindow?: number;
}

/** Remembers the last `size` keys: a Set for lookups, a ring for eviction. */
export class RecentKeys {
  private readonly set = new Set<string>();
  private readonly ring: string[];
  private next = 0;
  constructor(readonly size: number) {
    this.ring = new Array<string>(Math.max(1, size));
  }
  /** True the first time a key is seen within the window. */
  add(key: string): boolean {
    if (this.set.has(key)) return false;
    const evicted = this.ring[this.next];
    if (evicted !== undefined) this.set.delete(evicted);
    this.ring[this.next] = key;
    this.next = (this.next + 1) % this.ring.length;
    this.set.add(key);
    return true;
  }
  has(key: string): boolean {
    return this.set.has(key);
  }
  get count(): number {
    return this.set.size;
  }
}

/**
 * Batches to one `LiveEvent` per message, in order. Events already seen (same
 * msgId, within a bounded window) are dropped, so a replay after a reconnect
 * delivers nothing twice. Lifecycle events pass through. The end of the LIVE
 * (`control` action 3 or 4) is emitted, then the stream completes.
 *
 * ```
 * source:  -a-(bc)-b-e-x--|     (letters: events; b repeated; e: control action 3)
 * result:  -a-(bc)---(e|)
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
            if (event.type === 'control' && (event.action === 3 || event.action === 4)) {
              subscriber.complete();
              return;
            }
          }
        },
        error: (err) => subscriber.error(err),
        complete: () => subscriber.complete(),
      });
      return subscription;
    });
}
