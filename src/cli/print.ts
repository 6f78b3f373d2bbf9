/**
 * Printing a stream of events: the events on stdout (text or JSON Lines), status lines on stderr,
 * and the ways out: the end of the stream, an error, Ctrl-C, stdout closing.
 */
import { filter, Subscription, type Observable } from 'rxjs';
import { isStreamEnd } from '../decoders/events.js';
import type { LiveEvent } from '../operators/pipeline/events.js';
import type { RoomsEvent } from '../sources/liveRooms.js';
import { eventToJson } from '../decoders/json.js';
import { NetworkError, ProxyError, TruncatedRecordingError } from '../errors.js';
import { comboEnd } from '../operators/comboEnd.js';
import { redactSecrets } from '../redact.js';
import type { Output } from './args.js';
import { formatEvent, palette } from './format.js';
import { onStopSignal } from './signals.js';
import { onStdoutClosed, stdoutClosedWith } from './stdout.js';

/** The events about the stream itself rather than the LIVE: status lines on stderr, on stdout only with --lifecycle. */
const LIFECYCLE: ReadonlySet<string> = new Set(['connected', 'disconnected', 'roomInfo', 'error', 'gap', 'roomJoined', 'roomLeft', 'roomError']);

export interface PrintOptions {
  /** The first status line: `Connecting to @user…`, `Replaying rec.jsonl…`. */
  start: string;
  /** Reconnect attempts the stream makes, for the `attempt n/m` of status lines. Default 5. */
  maxAttempts?: number;
  /** Show the whole cause chain (redacted) of each failure on stderr. */
  debug?: boolean;
}

/** `text` cut to `max` characters. */
const short = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The `cause` chain of `error`, one redacted line each (what --debug shows under a failure). */
export function causeLines(error: unknown): string[] {
  const lines: string[] = [];
  let e = (error as { cause?: unknown } | null)?.cause;
  for (let depth = 0; depth < 8 && e !== undefined && e !== null; depth += 1) {
    const { name, message, code } = e as { name?: unknown; message?: unknown; code?: unknown };
    const text = typeof message === 'string' ? `${typeof name === 'string' ? name : 'Error'}: ${message}` : String(e);
    lines.push(`  caused by ${redactSecrets(text)}${typeof code === 'string' && !text.includes(code) ? ` (${code})` : ''}`);
    e = (e as { cause?: unknown }).cause;
  }
  return lines;
}

/**
 * A failure of the very first attempt that no retry soon is likely to fix: the host name does
 * not resolve, nothing listens there, or the proxy given cannot be reached. (Once a connection
 * worked, every failure is retried.)
 */
function offlineAtStart(event: LiveEvent, connected: boolean): NetworkError | undefined {
  if (event.type !== 'disconnected' || connected || event.attempt !== 1 || !(event.error instanceof NetworkError)) return undefined;
  const unreachableProxy = event.error instanceof ProxyError && event.error.proxyStatus === undefined;
  return event.error.kind === 'dns' || event.error.kind === 'refused' || unreachableProxy ? event.error : undefined;
}

/**
 * Prints a stream of events until it ends; resolves the exit code. Ctrl-C unsubscribes and
 * resolves 0; so does stdout closing (its reader went away), quietly. A first attempt that finds
 * no network (DNS, connection refused) ends it at once with exit 1.
 */
export function print(events$: Observable<LiveEvent | RoomsEvent>, out: Output, options: PrintOptions): Promise<number> {
  const maxAttempts = options.maxAttempts ?? 5;
  const c = palette(out.color);
  const err = palette(out.color && process.stderr.isTTY === true);
  const statusLine = (m: string) => process.stderr.write(`${err.dim(m)}\n`);
  const status = statusLine;
  const failure = (error: unknown) => {
    process.stderr.write(`tiktok-live-rx: ${error instanceof Error ? error.message : String(error)}\n`);
    if (options.debug) for (const line of causeLines(error)) status(line);
  };
  const selected = (e: LiveEvent | RoomsEvent) => !out.types || out.types.has(e.type);
  let stream = events$.pipe(filter((e) => selected(e) || LIFECYCLE.has(e.type) || isStreamEnd(e)));
  // Gifts only when their streak ends (open ones before the end of the LIVE); everything else as it comes.
  if (out.combo) stream = stream.pipe(comboEnd());
  const closedWith = stdoutClosedWith();
  if (closedWith !== undefined) return Promise.resolve(closedWith);
  return new Promise<number>((resolve) => {
    let ended = false;
    let finished = false;
    let connected = false;
    let roomFailed = false;
    // A container, so that ending while subscribing (a synchronous failure) unsubscribes too.
    const sub = new Subscription();
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
    status(options.start);
    sub.add(stream.subscribe({
      next(tagged) {
        // Several rooms (liveRooms$): their own comings and goings, and each line prefixed with its room.
        const room = 'room' in tagged ? tagged.room : undefined;
        const status = (m: string) => statusLine(room === undefined ? m : `@${room}: ${m}`);
        if (tagged.type === 'roomError') {
          roomFailed = true;
          status(`${tagged.error.message}`);
          if (options.debug) for (const line of causeLines(tagged.error)) statusLine(line);
        } else if (tagged.type === 'roomLeft') status(tagged.reason === 'ended' ? 'the LIVE ended' : 'left');
        if (tagged.type === 'roomJoined' || tagged.type === 'roomLeft' || tagged.type === 'roomError') {
          if (out.lifecycle && stdoutClosedWith() === undefined) process.stdout.write(`${eventToJson(tagged)}\n`);
          return;
        }
        const event: LiveEvent = tagged;
        const offline = offlineAtStart(event, connected);
        if (offline) {
          failure(offline);
          end(1);
          return;
        }
        if (event.type === 'connected') {
          connected = true;
          const over = event.transport === 'polling' ? ' (polling over HTTP)' : '';
          status(event.attempt > 1 ? `Reconnected to room ${event.roomId}${over}` : `Connected to room ${event.roomId}${over}`);
        } else if (event.type === 'disconnected') {
          // The last one needs no line: the error that ends the stream says it.
          if (event.willReconnect) {
            const what = event.code === undefined ? `Connection failed: ${short(event.reason)}` : `Disconnected (${event.code}${event.reason ? ` ${short(event.reason)}` : ''})`;
            status(`${what}; ${event.code === undefined ? 'retrying' : 'reconnecting'} in ${Math.max(1, Math.round(event.delayMs / 1000))} s (attempt ${event.attempt}/${maxAttempts})`);
            if (options.debug) for (const line of causeLines(event.error)) status(line);
          }
        } else if (event.type === 'roomInfo') status(`Room ${event.roomId}: ${short(JSON.stringify(event.info.title), 80)}, ${event.info.viewerCount.toLocaleString('en-US')} watching`);
        else if (event.type === 'error') status(event.error instanceof TruncatedRecordingError ? `Warning: ${event.error.message}` : `Skipped a message: ${event.error.message}`);
        else if (event.type === 'gap')
          status(event.missed === null ? 'Missed an unknown number of messages while reconnecting' : `Missed ${event.missed.toLocaleString('en-US')} message${event.missed === 1 ? '' : 's'} while reconnecting: TikTok no longer held them`);
        if (isStreamEnd(event)) ended = true;
        if (stdoutClosedWith() !== undefined) return;
        if (LIFECYCLE.has(event.type) ? !out.lifecycle : !selected(event)) return;
        if (out.json) process.stdout.write(`${eventToJson(event)}\n`);
        else {
          const line = formatEvent(event, c);
          if (line !== undefined) process.stdout.write(`${room === undefined ? '' : `[@${room}] `}${line}\n`);
        }
      },
      error(error: unknown) {
        failure(error);
        done(1);
      },
      complete() {
        status(ended ? 'Stream ended.' : 'Done.');
        done(roomFailed ? 1 : 0);
      },
    }));
  });
}
