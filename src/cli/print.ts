/**
 * Printing a stream of events: the events on stdout (text or JSON Lines), status lines on stderr,
 * and the ways out: the end of the stream, an error, Ctrl-C, stdout closing.
 */
import { filter, type Observable, type Subscription } from 'rxjs';
import { isStreamEnd } from '../decoders/events.js';
import type { LiveEvent } from '../operators/pipeline/events.js';
import { eventToJson } from '../decoders/json.js';
import { comboEnd } from '../operators/comboEnd.js';
import type { Output } from './args.js';
import { formatEvent, palette } from './format.js';
import { onStopSignal } from './signals.js';
import { onStdoutClosed, stdoutClosedWith } from './stdout.js';

/**
 * Prints a stream of events until it ends; resolves the exit code. Ctrl-C unsubscribes and
 * resolves 0; so does stdout closing (its reader went away), quietly.
 */
export function print(events$: Observable<LiveEvent>, out: Output, label: string, maxAttempts = 5): Promise<number> {
  const c = palette(out.color);
  const err = palette(out.color && process.stderr.isTTY === true);
  const status = (m: string) => process.stderr.write(`${err.dim(m)}\n`);
  const always = (e: LiveEvent) => ['connected', 'disconnected', 'roomInfo', 'error', 'gap'].includes(e.type) || isStreamEnd(e);
  let stream = events$.pipe(filter((e) => !out.types || out.types.has(e.type) || always(e)));
  // Gifts only when their streak ends (open ones before the end of the LIVE); everything else as it comes.
  if (out.combo) stream = stream.pipe(comboEnd());
  const closedWith = stdoutClosedWith();
  if (closedWith !== undefined) return Promise.resolve(closedWith);
  return new Promise<number>((resolve) => {
    let ended = false;
    let finished = false;
    const end = (code: number) => {
      sub.unsubscribe();
      done(code);
    };
    const done = (code: number) => {
      if (finished) return;
      finished = true;
      offSignal();
      offStdout();
      resolve(code);
    };
    const offSignal = onStopSignal(() => {
      status('Closing…');
      end(0);
    });
    const offStdout = onStdoutClosed(end);
    status(`Connecting to ${label}…`);
    const sub: Subscription = stream.subscribe({
      next(event) {
        if (event.type === 'connected') status(event.attempt > 1 ? `Reconnected to room ${event.roomId}` : `Connected to room ${event.roomId}`);
        else if (event.type === 'disconnected') {
          status(
            event.willReconnect
              ? `Disconnected (${event.code}${event.reason ? ` ${event.reason}` : ''}); reconnecting in ${Math.max(1, Math.round(event.delayMs / 1000))} s (attempt ${event.attempt}/${maxAttempts})`
              : `Disconnected (${event.code}${event.reason ? ` ${event.reason}` : ''})`,
          );
        } else if (event.type === 'error') status(`Skipped a message: ${event.error.message}`);
        else if (event.type === 'gap')
          status(event.missed === null ? 'Missed an unknown number of messages while reconnecting' : `Missed ${event.missed.toLocaleString('en-US')} message${event.missed === 1 ? '' : 's'} while reconnecting: TikTok no longer held them`);
        if (isStreamEnd(event)) ended = true;
        if (stdoutClosedWith() !== undefined) return;
        if (out.json) {
          if (event.type !== 'connected' && event.type !== 'disconnected') process.stdout.write(`${eventToJson(event)}\n`);
        } else {
          const line = formatEvent(event, c);
          if (line !== undefined) process.stdout.write(`${line}\n`);
        }
      },
      error(error: unknown) {
        process.stderr.write(`tiktok-live-rx: ${error instanceof Error ? error.message : String(error)}\n`);
        done(1);
      },
      complete() {
        status(ended ? 'Stream ended.' : 'Done.');
        done(0);
      },
    });
  });
}
