/**
 * The help texts of the command and of each subcommand, and the version they name.
 */
import pkg from '../../package.json' with { type: 'json' };
import { API_KEY_ENV, EVENT_TYPES, STATUSES } from './args.js';

/** The package's version; the build inlines it, so the command needs no package.json at run time. */
export const VERSION: string = pkg.version;

export const HELP = `tiktok-live-rx ${VERSION}: TikTok LIVE events as RxJS Observables, and a local TikTok to test against.

Usage:
  tiktok-live-rx watch <@user | live URL | --room-id ID> [options]   print a room's events as they happen
  tiktok-live-rx watch @a @b @c [options]                             several rooms at once, lines prefixed [@a]
  tiktok-live-rx watch @user --say "text" [options]                   watch, and send a comment once connected
  tiktok-live-rx say <@user | --room-id ID> "text" [options]          send a comment as a logged-in account
  tiktok-live-rx demo [options]                                       watch a simulated room (no TikTok needed)
  tiktok-live-rx record <@user | live URL> -o <file> [options]        save a room's raw frames
  tiktok-live-rx replay <file> [--speed N | --speed max] [options]    play a recording back
  tiktok-live-rx relay [options]                                      serve rooms to web pages and OBS (WebSocket, SSE)
  tiktok-live-rx simulate [options]                                   run the local TikTok LIVE simulator
  tiktok-live-rx worker --redis URL --capacity N [options]            watch the fleet's rooms into Redis Streams
  tiktok-live-rx fleet add @a @b | remove @a | rooms | status         the fleet's rooms, workers and where they stand
  tiktok-live-rx --help | --version

Run "tiktok-live-rx <command> --help" for a command's options.
`;

const OUTPUT_OPTIONS = `Output:
  --json                   JSON Lines on stdout (one event per line), for piping
  --events chat,gift,...   only these event types on stdout (${EVENT_TYPES.join(', ')})
  --lifecycle              with --json: the lifecycle events (roomInfo, connected, disconnected, gap,
                           error) on stdout too; they are always status lines on stderr
  --combo                  gifts only when their streak ends
  --no-color               plain text (also: NO_COLOR=1)
`;

const CONNECTION_OPTIONS = `Connection:
  --sign-provider NAME     euler (default) or tiktool
  --sign-server URL        sign-server base URL
  --api-key KEY            sign-server API key (or set ${API_KEY_ENV}); never printed
  --session-id ID          a logged-in TikTok session (age-restricted rooms)
  --server URL             use this base URL for TikTok and the sign server (a simulator)
  --proxy URL              send every request and the WebSocket through this HTTP proxy
                           (http://user:password@host:port, CONNECT tunnels); the password is never printed
  --debug                  log each connection stage, and each failure's cause chain, on stderr
`;

export const WATCH_HELP = `Usage: tiktok-live-rx watch <@user | https://www.tiktok.com/@user/live | --room-id ID> [options]
       tiktok-live-rx watch @a @b @c [options]

Connects to a TikTok LIVE and prints its events, one line each. Status goes to stderr.
Exits 0 when the LIVE ends, 1 with a one-line reason on a terminal error; Ctrl-C closes cleanly.
With several rooms, each line starts with its room ([@a]; a "room" field with --json), a room
that fails or ends leaves the others going, and the command exits when none is left (1 if any failed).
A first attempt that cannot resolve a host, is refused, or cannot reach --proxy exits 1 at once;
once connected, a lost connection is retried 5 times (about 30 s) before giving up.

${OUTPUT_OPTIONS}
${CONNECTION_OPTIONS}  --room-id ID             connect to this room id (skips resolving the user)
  --transport T            websocket (default), polling (TikTok's im/fetch over HTTP, where WebSockets
                           are blocked), or auto (the WebSocket, polling once sockets keep failing to open)
  --say TEXT               once connected, send TEXT to the room's chat as a logged-in account (one room;
                           the session: --session-id ID or TIKTOK_SESSION_ID; see "say --help")
  -h, --help               this help
`;

export const SAY_HELP = `Usage: tiktok-live-rx say <@user | live URL | --room-id ID> "text" [options]

Sends one comment to a LIVE's chat as the account of a logged-in TikTok session, through the sign
server's chat endpoint (Euler Stream: a premium plan; tik.tools: POST /webcast/chat).
Exits 0 when it was sent, 1 with a one-line reason when it was refused (API key, session, plan,
rate limit), 2 on wrong arguments. The session id and the API key are never printed.

${CONNECTION_OPTIONS}  --room-id ID             send to this room id (skips resolving the user)
                           The session: --session-id ID or TIKTOK_SESSION_ID (the environment keeps it out of ps).
  -h, --help               this help
`;

export const DEMO_HELP = `Usage: tiktok-live-rx demo [options]

Starts the embedded TikTok LIVE simulator and watches its room: live events with no network.

${OUTPUT_OPTIONS}
Demo:
  --rate N                 events per second (default 8)
  --seed N                 seed of the simulated traffic (default 1)
  --duration S             end the simulated LIVE after S seconds (default: run until Ctrl-C)
  -h, --help               this help
`;

export const RECORD_HELP = `Usage: tiktok-live-rx record <@user | live URL | --room-id ID> -o <file> [options]

Saves a room's raw frames with their arrival times (JSON Lines, format "tiktok-live-rx-recording",
version 1) until the LIVE ends or Ctrl-C. Play it back with "tiktok-live-rx replay".

  -o, --output FILE        where to write (required)
${CONNECTION_OPTIONS}  --room-id ID             record this room id
  -h, --help               this help
`;

export const REPLAY_HELP = `Usage: tiktok-live-rx replay <file> [--speed N | --speed max] [options]

Plays a recording through the same decoding as a live room and prints its events.

  --speed N|max            1 = real time (default), 2 = twice as fast, max = at once
${OUTPUT_OPTIONS}  -h, --help               this help
`;

export const RELAY_HELP = `Usage: tiktok-live-rx relay [options]

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
  --redis URL              serve rooms from a fleet's log in Redis (tiktok-live-rx worker) instead
                           of connecting to TikTok: relays behind a load balancer share the fleet's
                           workers; the Upstream options below are then not used
  --prefix P, --partitions N   the fleet's key prefix and partition count (with --redis)

GET /healthz, /readyz and /metrics (Prometheus) are for monitoring. On SIGTERM or Ctrl-C clients are
closed with 1001 "Relay shutting down" and the relay exits 0.
${CONNECTION_OPTIONS.replace('Connection:', 'Upstream (how the relay connects to TikTok):')}  -h, --help               this help
`;

export const SIMULATE_HELP = `Usage: tiktok-live-rx simulate [options]

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

const FLEET_OPTIONS = `Fleet:
  --redis URL              redis://[:password@]host:port (or set REDIS_URL, which keeps a password out
                           of the process list); the password is never printed
  --prefix P               the fleet's key prefix (default tlrx)
  --partitions N           partition streams of the log (default 16; the same in every process)
`;

export const WORKER_HELP = `Usage: tiktok-live-rx worker --redis URL --capacity N [options]

Joins the fleet: claims rooms of its registry up to a fair share (at most N), watches each and writes
its events to Redis Streams together with where the room stands, in one fenced step, so a room that
moves to another worker goes on with nothing lost and nothing twice. A dead worker's rooms are taken
over when their leases expire (--lease-ms); offline rooms are checked again every minute.
SIGTERM or Ctrl-C: what is held is written, every lease released at once (others resume the rooms
within a second), exit 0. Redis unreachable or refusing the password at the start: exit 1.

  --capacity N             most rooms this worker holds at once (required)
  --id ID                  this worker's name in the fleet (default: host-pid-random)
  --lease-ms N             lease length: how long a dead worker's rooms wait (default 5000)
  --room @user             add this room to the fleet first, if it is not there (repeatable)
${FLEET_OPTIONS}${CONNECTION_OPTIONS.replace('Connection:', 'How rooms connect (as watch):')}  -h, --help               this help
`;

export const FLEET_HELP = `Usage: tiktok-live-rx fleet add @a @b [--priority N] [--events chat,gift]
       tiktok-live-rx fleet remove @a [@b]
       tiktok-live-rx fleet rooms [--json]
       tiktok-live-rx fleet status [--json]

The fleet's registry of rooms and where it stands. add: rooms for the workers to watch (a room
already there is an error; the others are added). remove: its worker lets it go; its log stays.
rooms: the registry. status: workers (rooms held of their capacity, events/s, last seen) and every
room (status, owner, epoch, events written, lag, last error). Exit 1 when a room could not be added
or removed, or Redis could not be reached.

  --priority N             add: rooms of higher priority are claimed first (default 0)
  --events a,b             add: log only these event types (${EVENT_TYPES.slice(0, 4).join(', ')}, …)
  --json                   rooms, status: JSON
${FLEET_OPTIONS}  -h, --help               this help
`;

/** Prints `text` on stdout: the answer to --help (and --version). Exit code 0. */
export function printHelp(text: string): number {
  process.stdout.write(text);
  return 0;
}

/** Each command's own help, by command name (`tiktok-live-rx help <command>`). */
export const COMMAND_HELP: Record<string, string> = {
  watch: WATCH_HELP,
  say: SAY_HELP,
  demo: DEMO_HELP,
  record: RECORD_HELP,
  replay: REPLAY_HELP,
  relay: RELAY_HELP,
  simulate: SIMULATE_HELP,
  worker: WORKER_HELP,
  fleet: FLEET_HELP,
};
