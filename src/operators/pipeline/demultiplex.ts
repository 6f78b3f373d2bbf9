import { Observable, type OperatorFunction } from 'rxjs';
import { isStreamEnd } from '../../decoders/events.js';
import type { LiveEvent } from './events.js';
import type { PipelineItem, ResumeState } from './types.js';
import { RecentKeys } from '../recentKeys.js';

export interface DemultiplexOptions {
  /** How many recent msgIds are remembered to drop repeats across reconnects. Default 10,000. */
  dedupWindow?: number | undefined;
  /** msgIds delivered before (by a stream this one resumes), oldest first: dropped if they come again. */
  seen?: Iterable<string> | undefined;
}

function recentKeys(options: DemultiplexOptions): RecentKeys {
  const seen = new RecentKeys(options.dedupWindow ?? 10_000);
  for (const msgId of options.seen ?? []) seen.add(msgId);
  return seen;
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
  return (source) =>
    new Observable<LiveEvent>((subscriber) => {
      const seen = recentKeys(options);
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

/** Where a stream stands after a frame: what `liveRoom$`'s `resumeFrom` takes to go on from there. */
export interface FrameResume {
  cursor: string;
  internalExt: string;
  /** The newest msgIds delivered, oldest first (at most `DemultiplexFramesOptions.keepMsgIds`). */
  msgIds: string[];
}

/** One decoded frame's events (repeats dropped) and where the stream stands after them. */
export interface RoomFrame {
  events: LiveEvent[];
  resume: FrameResume;
}

export interface DemultiplexFramesOptions extends DemultiplexOptions {
  /** The resume state `decode` records into (`liveRoom$` shares one across reconnects). */
  state: ResumeState;
  /** How many of the newest msgIds each frame's `resume` carries. Default 64. */
  keepMsgIds?: number | undefined;
}

/**
 * `demultiplex` a frame at a time: each batch becomes one `RoomFrame`, its events (repeats dropped,
 * none when all were repeats) with the resume state after them, so a writer can store both in one
 * step; a lifecycle item is a frame of its own. The end of the LIVE ends its frame and the stream.
 *
 * ```
 * source:  -A-B-C-E-X--|      (batches: A [a], B [b c], C [b] again, E [e: control action 3], X [x])
 * result:  -a-b-c-(e|)        (a: { events: [a], resume }, b: [b c], c: [] with C's resume, e: [e])
 * ```
 */
export function demultiplexFrames(options: DemultiplexFramesOptions): OperatorFunction<PipelineItem, RoomFrame> {
  const keep = Math.max(0, options.keepMsgIds ?? 64);
  const { state } = options;
  return (source) =>
    new Observable<RoomFrame>((subscriber) => {
      const seen = recentKeys(options);
      // The newest `keep` msgIds, in a ring.
      const newest: string[] = [];
      let at = 0;
      for (const msgId of options.seen ?? []) remember(msgId);
      function remember(msgId: string): void {
        if (keep === 0) return;
        if (newest.length < keep) newest.push(msgId);
        else {
          newest[at] = msgId;
          at = (at + 1) % keep;
        }
      }
      const resume = (): FrameResume => ({
        cursor: state.cursor,
        internalExt: state.internalExt,
        msgIds: newest.length < keep ? newest.slice() : [...newest.slice(at), ...newest.slice(0, at)],
      });
      return source.subscribe({
        next(item) {
          if (item.type !== 'batch') {
            subscriber.next({ events: [item], resume: resume() });
            return;
          }
          const events: LiveEvent[] = [];
          for (const event of item.events) {
            if (event.type !== 'error' && event.msgId !== '0') {
              if (!seen.add(event.msgId)) continue;
              remember(event.msgId);
            }
            events.push(event);
            if (isStreamEnd(event)) {
              subscriber.next({ events, resume: resume() });
              subscriber.complete();
              return;
            }
          }
          subscriber.next({ events, resume: resume() });
        },
        error: (err: unknown) => subscriber.error(err),
        complete: () => subscriber.complete(),
      });
    });
}
