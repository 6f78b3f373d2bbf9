import { Observable, type OperatorFunction } from 'rxjs';
import { decodeFrame, decodeMessages, encodeAck } from '../decoders/index.js';
import type { FetchResult } from '../decoders/index.js';
import { createResumeState, type DecodeOutput, type ResumeState, type SocketEvent } from './types.js';

export interface DecodeOptions {
  /** Where cursor and internal_ext are recorded for resume (shared across reconnects by `liveRoom$`). */
  state?: ResumeState;
  /** Cap on a frame and its decompressed payload (default 16 MiB). */
  maxBytes?: number;
  /** Decode only these methods (with or without `Webcast`); others are skipped unparsed. */
  methods?: ReadonlySet<string>;
}

/**
 * Frames to events: on `open` it emits `connected` and the sign server's first
 * batch; each `msg` frame is decoded (gunzipped, fetch result, messages), acked
 * when it asks (`logId` of the frame, `internalExt` of the result), and its
 * cursor and internal_ext are recorded for resume. A bad frame errors with a
 * retryable `FrameDecodeError` / `PayloadTooLargeError`; one bad message is an
 * in-band `error` event inside its batch.
 *
 * ```
 * source:  -o----f-----f--|
 * result:  -(cb)-b-----b--|     (c: connected, b: a batch of events)
 * ```
 *
 * @example
 * socket$.pipe(decode({ state })).subscribe((out) => out.type === 'batch' && out.events.forEach(handle));
 */
export function decode(options: DecodeOptions = {}): OperatorFunction<SocketEvent, DecodeOutput> {
  return (source) =>
    new Observable<DecodeOutput>((subscriber) => {
      const state = options.state ?? createResumeState();
      const record = (result: FetchResult) => {
        if (result.cursor) state.cursor = result.cursor;
        if (result.internalExt) state.internalExt = result.internalExt;
      };
      return source.subscribe({
        next(event) {
          if (event.type === 'open') {
            const first = event.signed.fetchResult;
            subscriber.next({ type: 'connected', roomId: event.signed.roomId, attempt: Math.max(1, state.attempt) });
            record(first);
            subscriber.next({ type: 'batch', events: decodeMessages(first.messages, options.methods) });
            return;
          }
          let decoded;
          try {
            decoded = decodeFrame(event.data, { maxBytes: options.maxBytes, methods: options.methods, rawMessages: false });
          } catch (err) {
            subscriber.error(err);
            return;
          }
          const { frame, result, events } = decoded;
          if (!result) return;
          if (result.needAck && frame.logId !== '0') event.send(encodeAck(frame.logId, result.internalExt));
          record(result);
          if (events.length) subscriber.next({ type: 'batch', events });
        },
        error: (err: unknown) => subscriber.error(err),
        complete: () => subscriber.complete(),
      });
    });
}
