/**
 * The `tiktok-live-rx` command: watch, demo, record, replay, simulate.
 */
import { createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { filter, merge, share, Subject, takeUntil, type Observable, type Subscription } from 'rxjs';
import { resolveSignProvider, type SignProvider } from '../api/sign.js';
import { assertRoomId, normalizeUniqueId } from '../api/uniqueId.js';
import { encodeFetchResult } from '../decoders/index.js';
import { isStreamEnd, type LiveEvent, type LiveEventType } from '../decoders/events.js';
import { LiveError } from '../errors.js';
import { comboEnd } from '../operators/comboEnd.js';
import { ofType } from '../operators/ofType.js';
import { liveRoom$, type LiveRoomOptions } from '../sources/liveRoom.js';
import { entryLine, headerLine } from '../sources/recording.js';
import { MIN_REPLAY_SPEED, replayRoom$ } from '../sources/replayRoom.js';
import { defaultWebSocketFactory } from '../sources/webSocket.js';
import { startSimulator, type RoomStatus, type SimRoomConfig } from '../simulator/index.js';
import { formatEvent, palette } from './format.js';
import { onStdoutClosed, stdoutClosedWith, watchStdout } from './stdout.js';
import { eventToJson } from '../decoders/json.js';

const VERSION = '0.1.0';
const API_KEY_ENV = 'TIKTOK_LIVE_API_KEY';
const STATUSES: RoomStatus[] = ['live', 'offline', 'ageRestricted', 'notFound', 'captcha'];
const EVENT_TYPES: LiveEventType[] = ['chat', 'member', 'like', 'gift', 'social', 'roomUserSeq', 'battle', 'battleArmies', 'subscribe', 'emoteChat', 'envelope', 'question', 'control', 'room', 'liveIntro', 'rankUpdate', 'linkMic', 'unknown'];

const HELP = `tiktok-live-rx ${VERSION}: TikTok LIVE events as RxJS Observables, and a local TikTok to test against.

Usage:
  tiktok-live-rx watch <@user | live URL | --room-id ID> [options]   print a room's events as they happen
  tiktok-live-rx demo [options]                                       watch a simulated room (no TikTok needed)
  tiktok-live-rx record <@user | live URL> -o <file> [options]        save a room's raw frames
  tiktok-live-rx replay <file> [--speed N | --speed max] [options]    play a recording back
  tiktok-live-rx relay [options]                                      serve rooms to web pages and OBS (WebSocket, SSE)
  tiktok-live-rx simulate [options]                                   run the local TikTok LIVE simulator
  tiktok-live-rx --help | --version

Run "tiktok-live-rx <command> --help" for a command's options.
`;

const OUTPUT_OPTIONS = `Output:
  --json                   JSON Lines on stdout (one event per line), for piping
  --events chat,gift,...   only these event types (${EVENT_TYPES.join(', ')})
  --combo                  gifts only when their streak ends
  --no-color               plain text (also: NO_COLOR=1)
`;

const CONNECTION_OPTIONS = `Connection:
  --sign-provider NAME     euler (default) or tiktool
  --sign-server URL        sign-server base URL
  --api-key KEY            sign-server API key (or set ${API_KEY_ENV}); never printed
  --session-id ID          a logged-in TikTok session (age-restricted rooms)
  --server URL             use this base URL for TikTok and the sign server (a simulator)
  --debug                  log each connection stage on stderr
`;

const WATCH_HELP = `Usage: tiktok-live-rx watch <@user | https://www.tiktok.com/@user/live | --room-id ID> [options]

Connects to a TikTok LIVE and prints its events, one line each. Status goes to stderr.
Exits 0 when the LIVE ends, 1 with a one-line reason on a terminal error; Ctrl-C closes cleanly.

${OUTPUT_OPTIONS}
${CONNECTION_OPTIONS}  --room-id ID             connect to this room id (skips resolving the user)
  -h, --help               this help
`;

const DEMO_HELP = `Usage: tiktok-live-rx demo [options]

Starts the embedded TikTok LIVE simulator and watches its room: live events with no network.

${OUTPUT_OPTIONS}
Demo:
  --rate N                 events per second (default 8)
  --seed N                 seed of the simulated traffic (default 1)
  --duration S             end the simulated LIVE after S seconds (default: run until Ctrl-C)
  -h, --help               this help
`;

const RECORD_HELP = `Usage: tiktok-live-rx record <@user | live URL | --room-id ID> -o <file> [options]

Saves a room's raw frames with their arrival times (JSON Lines, format "tiktok-live-rx-recording",
version 1) until the LIVE ends or Ctrl-C. Play it back with "tiktok-live-rx replay".

  -o, --output FILE        where to write (required)
${CONNECTION_OPTIONS}  --room-id ID             record this room id
  -h, --help               this help
`;

const REPLAY_HELP = `Usage: tiktok-live-rx replay <file> [--speed N | --speed max] [options]

Plays a recording through the same decoding as a live room and prints its events.

  --speed N|max            1 = real time (default), 2 = twice as fast, max = at once
${OUTPUT_OPTIONS}  -h, --help               this help
`;

const RELAY_HELP = `Usage: tiktok-live-rx relay [options]

Serves rooms' events to web pages and OBS browser sources: WebSocket (/ws) and Server-Sent Events
(/events) behind short-lived tokens, and an overlay page (/overlay?uniqueId=…&token=…).
Mint tokens with POST /authentication/jwt (header x-api-key) and a JSON body {rooms, expiresIn,
maxConnections}; pages may get one for a public room from GET /api/live/connect?uniqueId=….

  --port N                 port to listen on (default 8080; 0: any free port)
  --host H                 address to bind (default 127.0.0.1)
  --api-key-file FILE      keys that may mint tokens, one per line
  --public-room NAME       a room any page may get a token for (repeatable)
  --cors-origin ORIGIN     a web origin allowed to call the relay (repeatable)
  --connect-rate N         public-room token requests per minute per client address (default 30,
                           bursts of 10); 429 beyond it
  --max-public-clients N   clients at once on one public room through such tokens (default 1000)
  --trust-proxy            count requests against the last x-forwarded-for address (only behind
                           a reverse proxy that sets it)

GET /healthz, /readyz and /metrics (Prometheus) are for monitoring. On SIGTERM or Ctrl-C clients are
closed with 1001 "Relay shutting down" and the relay exits 0.
${CONNECTION_OPTIONS.replace('Connection:', 'Upstream (how the relay connects to TikTok):')}  -h, --help               this help
`;

const SIMULATE_HELP = `Usage: tiktok-live-rx simulate [options]

Runs a local TikTok LIVE on one port until Ctrl-C: web pages, webcast APIs, sign servers and the push
WebSocket. Prints its URL and the client options that point at it.

  --port N                 port to listen on (default 0: any free port)
  --host H                 address to bind (default 127.0.0.1)
  --seed N                 seed for everything random (default 1)
  --room name[:status]     a streamer; status is one of ${STATUSES.join(', ')} (default live).
                           Repeat for more rooms. Default: one live room "sim_streamer".
  --rate N                 events per second in each live room (default 5)
  --api-key KEY            a key the sign servers accept (repeatable; default: no key needed)
  --enforce-signature      reject unsigned im/fetch and WebSockets, as TikTok does
  -h, --help               this help
`;

class UsageError extends Error {
  constructor(
    message: string,
    readonly help: string,
  ) {
    super(message);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;
const OUTPUT: Options = { json: { type: 'boolean' }, events: { type: 'string' }, combo: { type: 'boolean' }, 'no-color': { type: 'boolean' } };
const CONNECTION: Options = {
  'sign-provider': { type: 'string' },
  'sign-server': { type: 'string' },
  'api-key': { type: 'string' },
  'session-id': { type: 'string' },
  server: { type: 'string' },
  debug: { type: 'boolean' },
  'room-id': { type: 'string' },
};

function parse(argv: string[], options: Options, help: string, positionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError((err as Error).message, help);
  }
  if (parsed.positionals.length > positionals) throw new UsageError(`Unexpected argument "${parsed.positionals[positionals]}"`, help);
  return { values: parsed.values as Record<string, string | boolean | string[] | undefined>, positionals: parsed.positionals };
}

function int(name: string, value: unknown, min: number, max: number, help: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${String(value)}"`, help);
  return n;
}

interface Output {
  json: boolean;
  combo: boolean;
  types: Set<string> | undefined;
  color: boolean;
}

function outputOptions(values: Record<string, unknown>, help: string): Output {
  let types: Set<string> | undefined;
  if (typeof values.events === 'string') {
    types = new Set(values.events.split(',').map((t) => t.trim()).filter(Boolean));
    const unknown = [...types].filter((t) => !EVENT_TYPES.includes(t as LiveEventType) && !['follow', 'share'].includes(t));
    if (unknown.length) throw new UsageError(`Unknown event type${unknown.length > 1 ? 's' : ''} in --events: ${unknown.join(', ')}`, help);
    if (types.has('follow') || types.has('share')) types.add('social');
  }
  const color = !values['no-color'] && !process.env.NO_COLOR && (Boolean(process.env.FORCE_COLOR) || process.stdout.isTTY === true);
  return { json: Boolean(values.json), combo: Boolean(values.combo), types, color };
}

function connectionOptions(values: Record<string, unknown>, help: string): LiveRoomOptions {
  const provider = values['sign-provider'];
  if (provider !== undefined && provider !== 'euler' && provider !== 'tiktool') throw new UsageError(`--sign-provider must be euler or tiktool, got "${String(provider)}"`, help);
  const server = values.server as string | undefined;
  if (server !== undefined && !URL.canParse(server)) throw new UsageError(`--server must be a URL, got "${server}"`, help);
  const signServer = (values['sign-server'] as string | undefined) ?? server;
  if (signServer !== undefined && !URL.canParse(signServer)) throw new UsageError(`--sign-server must be a URL, got "${signServer}"`, help);
  const roomId = values['room-id'];
  if (roomId !== undefined) {
    try {
      assertRoomId(roomId);
    } catch (err) {
      throw new UsageError(`--room-id: ${(err as Error).message}`, help);
    }
  }
  return {
    signProvider: provider as 'euler' | 'tiktool' | undefined,
    signServerUrl: signServer,
    apiKey: (values['api-key'] as string | undefined) ?? process.env[API_KEY_ENV] ?? undefined,
    sessionId: values['session-id'] as string | undefined,
    endpoints: server ? { web: server, webcast: server } : undefined,
    debug: values.debug ? (m: string) => process.stderr.write(`${m}\n`) : undefined,
    roomId: roomId as string | undefined,
  };
}

function target(positionals: string[], values: Record<string, unknown>, help: string): string {
  if (positionals[0] === undefined && values['room-id'] === undefined) throw new UsageError('Say which LIVE: a @user, a live URL, or --room-id ID', help);
  if (positionals[0] === undefined) return '';
  try {
    return normalizeUniqueId(positionals[0]);
  } catch (err) {
    throw new UsageError((err as Error).message, help);
  }
}

/**
 * Prints a stream of events until it ends; resolves the exit code. Ctrl-C unsubscribes and
 * resolves 0; so does stdout closing (its reader went away), quietly.
 */
function print(events$: Observable<LiveEvent>, out: Output, label: string, maxAttempts = 5): Promise<number> {
  const c = palette(out.color);
  const err = palette(out.color && process.stderr.isTTY === true);
  const status = (m: string) => process.stderr.write(`${err.dim(m)}\n`);
  const always = (e: LiveEvent) => ['connected', 'disconnected', 'roomInfo', 'error', 'gap'].includes(e.type) || isStreamEnd(e);
  let stream = events$.pipe(filter((e) => !out.types || out.types.has(e.type) || always(e)));
  if (out.combo) {
    // Gifts only when their streak ends; everything else as it comes.
    const shared = stream.pipe(share());
    stream = merge(shared.pipe(filter((e) => e.type !== 'gift')), shared.pipe(ofType('gift'), comboEnd()));
  }
  const closedWith = stdoutClosedWith();
  if (closedWith !== undefined) return Promise.resolve(closedWith);
  return new Promise<number>((resolve) => {
    let ended = false;
    let finished = false;
    const end = (code: number) => {
      sub.unsubscribe();
      done(code);
    };
    const stop = () => {
      status('Closing…');
      end(0);
    };
    const done = (code: number) => {
      if (finished) return;
      finished = true;
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      offStdout();
      resolve(code);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
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
        else if (event.type === 'gap') status(`Missed ${event.missed.toLocaleString('en-US')} message${event.missed === 1 ? '' : 's'} while reconnecting: TikTok no longer held them`);
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

async function watch(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...OUTPUT, ...CONNECTION }, WATCH_HELP, 1);
  if (values.help) return help(WATCH_HELP);
  const out = outputOptions(values, WATCH_HELP);
  const options = connectionOptions(values, WATCH_HELP);
  const name = target(positionals, values, WATCH_HELP);
  return print(liveRoom$(name, options), out, name ? `@${name}` : `room ${options.roomId}`);
}

async function demo(argv: string[]): Promise<number> {
  const { values } = parse(argv, { ...OUTPUT, rate: { type: 'string' }, seed: { type: 'string' }, duration: { type: 'string' } }, DEMO_HELP);
  if (values.help) return help(DEMO_HELP);
  const out = outputOptions(values, DEMO_HELP);
  const rate = int('rate', values.rate, 1, 100_000, DEMO_HELP) ?? 8;
  const seed = int('seed', values.seed, 0, 2 ** 31 - 1, DEMO_HELP) ?? 1;
  const duration = int('duration', values.duration, 1, 86_400, DEMO_HELP);
  const sim = await startSimulator({ seed, rooms: [{ uniqueId: 'demo_streamer', title: 'tiktok-live-rx demo', traffic: { rate } }] });
  process.stderr.write(`Simulated TikTok LIVE at ${sim.url} (no network needed). Ctrl-C to stop.\n`);
  const timer = duration ? setTimeout(() => sim.room('demo_streamer').end(), duration * 1000) : undefined;
  try {
    return await print(liveRoom$('demo_streamer', { ...sim.clientOptions }), out, '@demo_streamer (simulated)');
  } finally {
    clearTimeout(timer);
    await sim.close();
  }
}

async function record(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...CONNECTION, output: { type: 'string', short: 'o' } }, RECORD_HELP, 1);
  if (values.help) return help(RECORD_HELP);
  const file = values.output;
  if (typeof file !== 'string' || !file) throw new UsageError('Say where to write the recording: -o <file>', RECORD_HELP);
  const options = connectionOptions(values, RECORD_HELP);
  const name = target(positionals, values, RECORD_HELP);
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
    throw new UsageError((err as Error).message, RECORD_HELP);
  }
  const started = Date.now();
  const clock = performance.now();
  let headerWritten = false;
  let entries = 0;
  const write = (kind: 'fetch' | 'frame', data: Uint8Array, roomId?: string) => {
    if (failure) return;
    if (!headerWritten) {
      stream.write(`${headerLine({ uniqueId: name, roomId: roomId ?? options.roomId ?? '', startedAt: new Date(started).toISOString() })}\n`);
      headerWritten = true;
    }
    // A monotonic clock: t never goes back when the wall clock is set.
    stream.write(`${entryLine({ t: performance.now() - clock, kind, data })}\n`);
    entries += 1;
  };
  const base: SignProvider = resolveSignProvider(options.signProvider, options);
  const signProvider: SignProvider = async (req) => {
    const signed = await base(req);
    write('fetch', encodeFetchResult(signed.fetchResult), signed.roomId);
    return signed;
  };
  const room$ = liveRoom$(name, {
    ...options,
    signProvider,
    webSocketFactory: (url, init, handlers) =>
      defaultWebSocketFactory(url, init, {
        ...handlers,
        message(data) {
          write('frame', data);
          handlers.message(data);
        },
      }),
  });
  // failed$ only errors: takeUntil passes its error on, and the room's end still ends the recording.
  const code = await print(room$.pipe(takeUntil(failed$)), { json: false, combo: false, types: new Set(['control', 'roomUserSeq']), color: false }, name ? `@${name}` : `room ${options.roomId}`);
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

async function replay(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...OUTPUT, speed: { type: 'string' } }, REPLAY_HELP, 1);
  if (values.help) return help(REPLAY_HELP);
  const file = positionals[0];
  if (!file) throw new UsageError('Say which recording to play: tiktok-live-rx replay <file>', REPLAY_HELP);
  const speedArg = values.speed ?? '1';
  const speed = speedArg === 'max' ? 'max' : Number(speedArg);
  if (speed !== 'max' && !(speed >= MIN_REPLAY_SPEED)) throw new UsageError(`--speed must be a number from ${MIN_REPLAY_SPEED} up, or "max", got "${String(speedArg)}"`, REPLAY_HELP);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`Cannot read ${file}: ${(err as Error).message}`, REPLAY_HELP);
  }
  return print(replayRoom$(text, { speed }), outputOptions(values, REPLAY_HELP), file);
}

async function simulate(argv: string[]): Promise<number> {
  const { values } = parse(
    argv,
    { port: { type: 'string' }, host: { type: 'string' }, seed: { type: 'string' }, room: { type: 'string', multiple: true }, rate: { type: 'string' }, 'api-key': { type: 'string', multiple: true }, 'enforce-signature': { type: 'boolean' } },
    SIMULATE_HELP,
  );
  if (values.help) return help(SIMULATE_HELP);
  const port = int('port', values.port, 0, 65535, SIMULATE_HELP);
  const seed = int('seed', values.seed, 0, 2 ** 31 - 1, SIMULATE_HELP);
  const rate = int('rate', values.rate, 0, 1_000_000, SIMULATE_HELP) ?? 5;
  const rooms: SimRoomConfig[] = ((values.room as string[] | undefined) ?? ['sim_streamer']).map((spec) => {
    const [name, status = 'live'] = spec.replace(/^@/, '').split(':');
    if (!name || !/^[\w.]+$/.test(name)) throw new UsageError(`--room needs a TikTok handle, got "${spec}"`, SIMULATE_HELP);
    if (!STATUSES.includes(status as RoomStatus)) throw new UsageError(`Unknown room status "${status}" in --room ${spec}: use one of ${STATUSES.join(', ')}`, SIMULATE_HELP);
    return { uniqueId: name, status: status as RoomStatus, traffic: { rate } };
  });
  const sim = await startSimulator({ port, host: values.host as string | undefined, seed, rooms, apiKeys: values['api-key'] as string[] | undefined, enforceSignature: Boolean(values['enforce-signature']) });
  process.stdout.write(`TikTok LIVE simulator listening on ${sim.url}\n`);
  for (const r of sim.rooms()) process.stdout.write(`  @${r.uniqueId}  room ${r.roomId}  ${r.status}\n`);
  process.stdout.write(`Client options: ${JSON.stringify(sim.clientOptions)}\n`);
  process.stdout.write(`Watch a room: tiktok-live-rx watch @${sim.rooms()[0]!.uniqueId} --server ${sim.url}\n`);
  process.stdout.write('Press Ctrl-C to stop.\n');
  await serveUntilSignal(() => sim.close());
  return 0;
}

/** Runs until Ctrl-C (or SIGTERM), then closes the server and resolves. */
function serveUntilSignal(close: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function help(text: string): number {
  process.stdout.write(text);
  return 0;
}

async function relay(argv: string[]): Promise<number> {
  const { values } = parse(
    argv,
    {
      ...CONNECTION,
      port: { type: 'string' },
      host: { type: 'string' },
      'api-key-file': { type: 'string' },
      'public-room': { type: 'string', multiple: true },
      'cors-origin': { type: 'string', multiple: true },
      'connect-rate': { type: 'string' },
      'max-public-clients': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
    },
    RELAY_HELP,
  );
  if (values.help) return help(RELAY_HELP);
  const port = int('port', values.port, 0, 65535, RELAY_HELP) ?? 8080;
  let apiKeys: string[] = [];
  if (typeof values['api-key-file'] === 'string') {
    try {
      apiKeys = readFileSync(values['api-key-file'], 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    } catch (err) {
      throw new UsageError(`Cannot read ${values['api-key-file']}: ${(err as Error).message}`, RELAY_HELP);
    }
    if (!apiKeys.length) throw new UsageError(`${values['api-key-file']} holds no keys`, RELAY_HELP);
  }
  const publicRooms = (values['public-room'] as string[] | undefined) ?? [];
  for (const r of publicRooms) {
    try {
      normalizeUniqueId(r);
    } catch (err) {
      throw new UsageError(`--public-room: ${(err as Error).message}`, RELAY_HELP);
    }
  }
  const { startRelay } = await import('../relay/index.js');
  const server = await startRelay({
    port,
    host: values.host as string | undefined,
    apiKeys,
    publicRooms,
    corsOrigins: values['cors-origin'] as string[] | undefined,
    connectRateLimit: { perMinute: int('connect-rate', values['connect-rate'], 1, 1_000_000, RELAY_HELP) },
    maxPublicRoomClients: int('max-public-clients', values['max-public-clients'], 1, 10_000_000, RELAY_HELP),
    ...(values['trust-proxy'] ? { clientAddress: forwardedFor } : {}),
    liveRoomOptions: connectionOptions(values, RELAY_HELP),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`Relay listening on ${server.url}\n`);
  if (!apiKeys.length && !publicRooms.length) process.stdout.write('No --api-key-file and no --public-room: nobody can get a token yet.\n');
  // Clients get 1001 "Relay shutting down" and upstreams close; what lingers is cut after 5 s.
  await serveUntilSignal(() => server.shutdown({ timeoutMs: 5000 }));
  return 0;
}

/** The address the nearest proxy saw: the last entry of x-forwarded-for, else the connection's. */
function forwardedFor(req: IncomingMessage): string {
  const header = req.headers['x-forwarded-for'];
  const last = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').at(-1)?.trim();
  return last || (req.socket.remoteAddress ?? '');
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = { watch, demo, record, replay, relay, simulate };

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      process.stdout.write(HELP);
      return 2;
    }
    if (command === '-h' || command === '--help' || command === 'help') return help(HELP);
    if (command === '-v' || command === '--version') return help(`${VERSION}\n`);
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`Unknown command "${command}".`, HELP);
    return await run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`tiktok-live-rx: ${err.message}\n\n${err.help}`);
      return 2;
    }
    process.stderr.write(`tiktok-live-rx: ${err instanceof LiveError || err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

watchStdout();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Let stdout drain (unless its reader is gone), then leave without waiting for idle keep-alive connections.
    if (stdoutClosedWith() !== undefined) process.exit(code);
    else process.stdout.write('', () => process.exit(code));
  },
  (err: unknown) => {
    process.stderr.write(`tiktok-live-rx: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
