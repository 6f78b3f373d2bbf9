/**
 * The `tiktok-live-rx` command.
 */
import { parseArgs } from 'node:util';
import { startSimulator, type RoomStatus, type SimRoomConfig } from '../simulator/index.js';

const VERSION = '0.1.0';
const STATUSES: RoomStatus[] = ['live', 'offline', 'ageRestricted', 'notFound', 'captcha'];

const HELP = `tiktok-live-rx ${VERSION}: TikTok LIVE events as RxJS Observables, and a local TikTok to test against.

Usage:
  tiktok-live-rx simulate [--port N] [--host H] [--seed N] [--room name[:status]]... [--rate N] [--api-key KEY]...
  tiktok-live-rx --help | --version

Commands:
  simulate   Run the local TikTok LIVE simulator (web pages, webcast APIs, sign servers, push WebSocket)
             until Ctrl-C, and print its URL and the client options that point at it.

Run "tiktok-live-rx <command> --help" for a command's options.
`;

const SIMULATE_HELP = `Usage: tiktok-live-rx simulate [options]

Runs a local TikTok LIVE on one port until Ctrl-C.

Options:
  --port N             port to listen on (default 0: any free port)
  --host H             address to bind (default 127.0.0.1)
  --seed N             seed for everything random (default 1)
  --room name[:status] a streamer; status is one of ${STATUSES.join(', ')} (default live).
                       Repeat for more rooms. Default: one live room "sim_streamer".
  --rate N             events per second in each live room (default 5)
  --api-key KEY        a key the sign servers accept (repeatable; default: no key needed)
  --enforce-signature  reject unsigned im/fetch and WebSockets, as TikTok does
  -h, --help           this help
`;

class UsageError extends Error {}

function fail(message: string, help: string): never {
  throw new UsageError(`${message}\n\n${help}`);
}

async function simulate(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        room: { type: 'string', multiple: true },
        rate: { type: 'string' },
        'api-key': { type: 'string', multiple: true },
        'enforce-signature': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    fail((err as Error).message, SIMULATE_HELP);
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(SIMULATE_HELP);
    return;
  }
  const int = (name: string, value: string | undefined, min: number, max: number): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) fail(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`, SIMULATE_HELP);
    return n;
  };
  const port = int('port', v.port, 0, 65535);
  const seed = int('seed', v.seed, 0, 2 ** 31 - 1);
  const rate = int('rate', v.rate, 0, 1_000_000) ?? 5;
  const rooms: SimRoomConfig[] = (v.room ?? ['sim_streamer']).map((spec) => {
    const [name, status = 'live'] = spec.replace(/^@/, '').split(':');
    if (!name || !/^[\w.]+$/.test(name)) fail(`--room needs a TikTok handle, got "${spec}"`, SIMULATE_HELP);
    if (!STATUSES.includes(status as RoomStatus)) fail(`Unknown room status "${status}" in --room ${spec}: use one of ${STATUSES.join(', ')}`, SIMULATE_HELP);
    return { uniqueId: name, status: status as RoomStatus, traffic: { rate } };
  });
  const sim = await startSimulator({ port, host: v.host, seed, rooms, apiKeys: v['api-key'], enforceSignature: v['enforce-signature'] });
  process.stdout.write(`TikTok LIVE simulator listening on ${sim.url}\n`);
  for (const r of sim.rooms()) process.stdout.write(`  @${r.uniqueId}  room ${r.roomId}  ${r.status}\n`);
  process.stdout.write(`Client options: ${JSON.stringify(sim.clientOptions)}\n`);
  process.stdout.write('Press Ctrl-C to stop.\n');
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void sim.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(HELP);
        return command === undefined ? 1 : 0;
      case '-v':
      case '--version':
        process.stdout.write(`${VERSION}\n`);
        return 0;
      case 'simulate':
        await simulate(rest);
        return 0;
      default:
        fail(`Unknown command "${command}".`, HELP);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`tiktok-live-rx: ${err.message}`);
      return 2;
    }
    process.stderr.write(`tiktok-live-rx: ${(err as Error).message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`tiktok-live-rx: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
