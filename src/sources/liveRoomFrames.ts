import { tap, type Observable } from 'rxjs';
import { demultiplexFrames, type RoomFrame } from '../operators/pipeline/demultiplex.js';
import { roomPipeline, type LiveRoomOptions } from './liveRoom.js';

/**
 * `liveRoom$` a frame at a time: each decoded frame's events (repeats dropped) together with where the
 * stream stands after them (`resume`: cursor, internal_ext, the newest msgIds) — what a durable writer
 * stores in one step with the events, and what `resumeFrom` takes to go on from there in another
 * process with nothing lost and nothing twice. Lifecycle events (`connected`, `disconnected`, `gap`,
 * `roomInfo`) come as frames of their own. Same options, retries and end as `liveRoom$`.
 *
 * ```
 * result:  --R--C--f--f-----D--f-C--f--(F|)
 *          R, C, D: lifecycle frames; f: { events, resume }; F: the frame with the end of the LIVE
 * ```
 *
 * @example
 * liveRoomFrames$('some_streamer', { apiKey, resumeFrom: stored })
 *   .pipe(concatMap(({ events, resume }) => saveTogether(events, resume)))
 *   .subscribe();
 */
export function liveRoomFrames$(uniqueId: string, options: LiveRoomOptions = {}): Observable<RoomFrame> {
  return roomPipeline(uniqueId, options, (connection$, state) => {
    const stats = options.stats;
    const frames$ = connection$.pipe(demultiplexFrames({ state, dedupWindow: options.dedupWindow, seen: options.resumeFrom?.msgIds }));
    return stats
      ? frames$.pipe(tap({ next: (f) => f.events.forEach((e) => stats.recordEvent(e)), error: (e: unknown) => stats.recordEnd(e), complete: () => stats.recordEnd() }))
      : frames$;
  });
}
