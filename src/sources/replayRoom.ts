import { asyncScheduler, concat, concatMap, defer, EMPTY, from, map, Observable, of, timer, type SchedulerLike } from 'rxjs';
import { decodeFetchResult, decodeFrame, decodeMessages } from '../decoders/index.js';
import type { LiveEvent } from '../operators/pipeline/events.js';
import { InvalidArgumentError, LiveError, TruncatedRecordingError } from '../errors.js';
import { demultiplex } from '../operators/pipeline/demultiplex.js';
import type { PipelineItem } from '../operators/pipeline/types.js';
import { checkedRecording, parseRecording, type Recording, type RecordingEntry } from './recording.js';

export interface ReplayOptions {
  /** 1 is real time, 2 twice as fast, `'max'` as fast as possible. Default 1. */
  speed?: number | 'max' | undefined;
  scheduler?: SchedulerLike | undefined;
}

function decodeEntry(entry: RecordingEntry): PipelineItem {
  try {
    if (entry.kind === 'fetch') return { type: 'batch', events: decodeMessages(decodeFetchResult(entry.data).messages) };
    return { type: 'batch', events: decodeFrame(entry.data, { rawMessages: false }).events };
  } catch (err) {
    // A frame that did not decode live did not decode then either: report it, go on.
    const error = err instanceof LiveError ? err : new InvalidArgumentError(String(err));
    return { type: 'error', error };
  }
}

/** The longest wait one timer takes: JavaScript timers hold at most 2^31 - 1 ms (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Emits `value` after `ms` on `scheduler`, in timers no longer than `MAX_TIMER_MS` each. */
function after<T>(ms: number, value: T, scheduler: SchedulerLike): Observable<T> {
  if (ms <= 0) return of(value);
  if (ms <= MAX_TIMER_MS) return timer(ms, scheduler).pipe(map(() => value));
  return timer(MAX_TIMER_MS, scheduler).pipe(concatMap(() => after(ms - MAX_TIMER_MS, value, scheduler)));
}

/**
 * Plays a recording (from `tiktok-live-rx record`) through the same decoding
 * as a live room: the same events, in the same order, deduplicated, ending
 * with the end of the LIVE if it was recorded. Timing follows the recording
 * at `speed` on `scheduler`, so tests can replay in virtual time. A last line
 * cut short (a recorder killed mid-write) does not stop the rest: after the
 * whole lines it is reported as an in-band `error` event whose `error` is a
 * `TruncatedRecordingError` (with its `line`); a bad line anywhere else fails
 * the replay with an `InvalidArgumentError` naming it.
 *
 * ```
 * recording:  t=0 fetch [a], t=1000 frame [b], t=3000 frame [c, d: the end]
 * result:     ab-(cd|)          (speed 1000: one frame per recorded second)
 * ```
 *
 * @example
 * replayRoom$(readFileSync('room.jsonl', 'utf8'), { speed: 'max' }).pipe(ofType('chat')).subscribe(console.log);
 */
/** The slowest replay: a thousandth of real time. */
export const MIN_REPLAY_SPEED = 0.001;

export function replayRoom$(recording: string | Recording, options: ReplayOptions = {}): Observable<LiveEvent> {
  return defer(() => {
    const parsed = typeof recording === 'string' ? parseRecording(recording) : checkedRecording(recording);
    const speed = options.speed ?? 1;
    // Below MIN_REPLAY_SPEED a recorded gap would stretch past what any timer can wait for.
    if (speed !== 'max' && !(typeof speed === 'number' && speed >= MIN_REPLAY_SPEED)) throw new InvalidArgumentError(`speed must be a number from ${MIN_REPLAY_SPEED} up, or "max", got ${String(speed)}`);
    const scheduler = options.scheduler ?? asyncScheduler;
    // An entry recorded earlier than the one before it (the recorder's clock went back) plays at once.
    let previous = parsed.entries[0]?.t ?? 0;
    const items$ = from(parsed.entries).pipe(
      concatMap((entry) => {
        const wait = speed === 'max' ? 0 : Math.max(0, (entry.t - previous) / speed);
        previous = Math.max(previous, entry.t);
        return after(wait, decodeEntry(entry), scheduler);
      }),
    );
    // A last line cut short (the recorder stopped mid-write) is told after everything whole has played.
    const truncated$: Observable<LiveEvent> = parsed.truncatedLine === undefined ? EMPTY : of({ type: 'error', error: new TruncatedRecordingError(parsed.truncatedLine) });
    return concat(items$.pipe(demultiplex()), truncated$);
  });
}
