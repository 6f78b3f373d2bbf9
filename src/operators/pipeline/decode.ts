import { Observable, type OperatorFunction } from 'rxjs';
import { decodeFrame, decodeMessages, encodeAck } from '../../decoders/index.js';
import type { FetchResult } from '../../decoders/index.js';
import type { ConnectedEvent, GapEvent } from './events.js';
import { createResumeState, type DecodeOutput, type ResumeState, type SocketEvent } from './types.js';

export interface DecodeOptions {
  /** Where cursor and internal_ext are recorded for resume (shared across reconnects by `liveRoom$`). */
  state?: ResumeState | undefined;
  /** Cap on a frame and its decompressed payload (default 16 MiB). */
  maxBytes?: number | undefined;
  /** Cap on the messages of one frame (default 10,000); beyond it a retryable `TooManyMessagesError`. */
  maxMessagesPerFrame?: number | undefined;
  /** Decode only these methods (with or without `Webcast`); others are skipped unparsed. */
  methods?: ReadonlySet<string> | undefined;
}

/** The stream position `internal_ext` carries (`…|seq:41|…`): the last message a result delivered. */
export function internalExtSeq(internalExt: string): number | undefined {
  const at = internalExt.indexOf('seq:');
  if (at < 0 || (at > 0 && internalExt[at - 1] !== '|')) return undefined;
  const seq = Number.parseInt(internalExt.slice(at + 4), 10);
  return Number.isSafeInteger(seq) && seq >= 0 ? seq : undefined;
}

/**
 * How many messages a resuming fetch result skipped: it should start right
 * after the position the stream held (`held`), and it ends at its own `seq`.
 */
function missedBefore(held: string, result: FetchResult, roomId: string): GapEvent | undefined {
  const from = internalExtSeq(held);
  const to = internalExtSeq(result.internalExt);
  if (from === undefined || to === undefined) return undefined;
  let delivered = 0;
  for (const m of result.messages) if (!m.isHistory) delivered += 1;
  const missed = to - delivered - from;
  return missed > 0 ? { type: 'gap', roomId, missed } : undefined;
}

/**
 * Frames to events. A signed connection's fetch result (the sign server's
 * first batch; after a reconnect, what was missed, perhaps the end of the
 * LIVE) is emitted as soon as it is signed, before its socket opens, so a
 * socket that then fails loses none of it; a resume that skipped messages the
 * server no longer holds emits a `gap` first. `open` emits `connected`. Each
 * `msg` frame is decoded (gunzipped, fetch result, messages), acked when it
 * asks (`logId` of the frame, `internalExt` of the result), and its cursor and
 * internal_ext are recorded for resume. A bad frame errors with a retryable
 * `FrameDecodeError`, `PayloadTooLargeError` or `TooManyMessagesError`; one bad
 * message is an in-band `error` event inside its batch.
 *
 * ```
 * source:  -s-o----f-----f--|     (s: signed, o: open, f: msg frames)
 * result:  -b-c----b-----b--|     (b: a batch of events, c: connected)
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
          if (event.type === 'signed') {
            const first = event.signed.fetchResult;
            const gap = state.internalExt ? missedBefore(state.internalExt, first, event.signed.roomId) : undefined;
            record(first);
            if (gap) subscriber.next(gap);
            const events = decodeMessages(first.messages, options.methods);
            if (events.length) subscriber.next({ type: 'batch', events });
            return;
          }
          if (event.type === 'open') {
            const connected: ConnectedEvent = { type: 'connected', roomId: event.signed.roomId, attempt: Math.max(1, state.attempt) };
            if (event.transport) connected.transport = event.transport;
            subscriber.next(connected);
            return;
          }
          let decoded;
          try {
            decoded = decodeFrame(event.data, { maxBytes: options.maxBytes, maxMessagesPerFrame: options.maxMessagesPerFrame, methods: options.methods, rawMessages: false });
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
