/**
 * `tiktok-live-rx record`: save a room's raw traffic to a recording file.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { Subject, takeUntil } from 'rxjs';
import { liveRoom$, signProviderFor } from '../sources/liveRoom.js';
import { entryLine, headerLine } from '../sources/recording.js';
import { recordingTap, type RecordingTapWrite } from '../sources/recordingTap.js';
import { proxiedWebSocketFactory } from '../sources/webSocket.js';
import { CONNECTION, connectionOptions, missingKeyWarning, parse, target, targetLabel, UsageError } from './args.js';
import { printHelp, RECORD_HELP } from './help.js';
import { print } from './print.js';

export async function record(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...CONNECTION, output: { type: 'string', short: 'o' } }, 'record', 1);
  if (values.help) return printHelp(RECORD_HELP);
  const file = values.output;
  if (typeof file !== 'string' || !file) throw new UsageError('Say where to write the recording: -o <file>', 'record');
  const options = connectionOptions(values, 'record');
  const name = target(positionals, values, 'record');
  const stream = createWriteStream(file, { flags: 'w' });
  // A write error (a full disk, /dev/full) may come at any time: it ends the recording with exit 1.
  let failure: Error | undefined;
  const failed$ = new Subject<never>();
  stream.on('error', (err) => {
    if (failure) return;
    failure = err;
    failed$.error(new Error(`Cannot write ${file}: ${err.message}`));
  });
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      failed$.subscribe({ error: reject });
    });
  } catch (err) {
    throw new UsageError((err as Error).message, 'record');
  }
  const started = Date.now();
  const clock = performance.now();
  let headerWritten = false;
  let entries = 0;
  const write: RecordingTapWrite = (kind, data, roomId) => {
    if (failure) return;
    if (!headerWritten) {
      stream.write(`${headerLine({ uniqueId: name, roomId: roomId ?? options.roomId ?? '', startedAt: new Date(started).toISOString() })}\n`);
      headerWritten = true;
    }
    // A monotonic clock: t never goes back when the wall clock is set.
    stream.write(`${entryLine({ t: performance.now() - clock, kind, data })}\n`);
    entries += 1;
  };
  // The tap opens the sockets: through --proxy's tunnel when there is one.
  const { proxy, ...roomOptions } = options;
  const tap = recordingTap(write, { signProvider: signProviderFor(options), ...(proxy === undefined ? {} : { webSocketFactory: proxiedWebSocketFactory(proxy) }) });
  const room$ = liveRoom$(name, { ...roomOptions, ...tap });
  // failed$ only errors: takeUntil passes its error on, and the room's end still ends the recording.
  const warning = missingKeyWarning(options);
  if (warning) process.stderr.write(`${warning}\n`);
  const code = await print(room$.pipe(takeUntil(failed$)), { json: false, combo: false, types: new Set(['control', 'roomUserSeq']), lifecycle: false, color: false }, {
    start: `Connecting to ${targetLabel(name, options)}…`,
    debug: Boolean(values.debug),
  });
  // Flushed and closed on every way out: the end of the LIVE, Ctrl-C, stdout closing, an error.
  const reported = failure; // print has shown a failure that ended the recording
  const closeError = (await closeFile(stream)) ?? failure;
  if (closeError && closeError !== reported) process.stderr.write(`tiktok-live-rx: Cannot write ${file}: ${closeError.message}\n`);
  if (closeError) return 1;
  process.stderr.write(`Wrote ${entries} entries to ${file}\n`);
  return code;
}

/** Ends `stream` and resolves once its file is closed, with the error that stopped it, if any. */
function closeFile(stream: WriteStream): Promise<Error | undefined> {
  return new Promise((resolve) => {
    if (stream.closed) return resolve(stream.errored ?? undefined);
    stream.once('close', () => resolve(stream.errored ?? undefined));
    stream.end();
  });
}
