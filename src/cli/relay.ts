/**
 * `tiktok-live-rx relay`: serve rooms' events to web pages and OBS until Ctrl-C or SIGTERM.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { normalizeUniqueId } from '../api/uniqueId.js';
import { CONNECTION, connectionOptions, int, missingKeyWarning, parse, UsageError } from './args.js';
import { FLEET, fleetTarget } from './fleet.js';
import { printHelp, RELAY_HELP } from './help.js';
import { serveUntilSignal } from './signals.js';

export async function relay(argv: string[]): Promise<number> {
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
      ...FLEET,
    },
    'relay',
  );
  if (values.help) return printHelp(RELAY_HELP);
  const port = int('port', values.port, 0, 65535, 'relay') ?? 8080;
  let apiKeys: string[] = [];
  if (typeof values['api-key-file'] === 'string') {
    try {
      apiKeys = readFileSync(values['api-key-file'], 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    } catch (err) {
      throw new UsageError(`Cannot read ${values['api-key-file']}: ${(err as Error).message}`, 'relay');
    }
    if (!apiKeys.length) throw new UsageError(`${values['api-key-file']} holds no keys`, 'relay');
  }
  const publicRooms = (values['public-room'] as string[] | undefined) ?? [];
  for (const r of publicRooms) {
    try {
      normalizeUniqueId(r);
    } catch (err) {
      throw new UsageError(`--public-room: ${(err as Error).message}`, 'relay');
    }
  }
  const fleet = fleetTarget(values, 'relay');
  const liveRoomOptions = connectionOptions(values, 'relay');
  // From a fleet's log the relay never signs: the workers do.
  const warning = fleet ? undefined : missingKeyWarning(liveRoomOptions);
  if (warning) process.stderr.write(`${warning}\n`);
  const { startRelay } = await import('../relay/index.js');
  // The relay logs its own "listening" line as it starts; this command says it once, on stdout.
  let started = false;
  const server = await startRelay({
    port,
    host: values.host as string | undefined,
    apiKeys,
    publicRooms,
    corsOrigins: values['cors-origin'] as string[] | undefined,
    connectRateLimit: { perMinute: int('connect-rate', values['connect-rate'], 1, 1_000_000, 'relay') },
    maxPublicRoomClients: int('max-public-clients', values['max-public-clients'], 1, 10_000_000, 'relay'),
    ...(values['trust-proxy'] ? { clientAddress: forwardedFor } : {}),
    liveRoomOptions,
    fleet,
    log: (line) => started && process.stderr.write(`${line}\n`),
  });
  started = true;
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
