/**
 * `tiktok-live-rx worker` (watch the fleet's rooms until SIGTERM) and `tiktok-live-rx fleet add | remove |
 * rooms | status` (the registry and where everything stands).
 */
import { LiveError } from '../errors.js';
import { CONNECTION, connectionOptions, EVENT_TYPES, int, missingKeyWarning, parse, UsageError, type Options, type Values } from './args.js';
import { FLEET_HELP, printHelp, WORKER_HELP } from './help.js';
import { serveUntilSignal } from './signals.js';

/** Where the Redis URL comes from: --redis, else REDIS_URL (which keeps a password out of `ps`). */
export const REDIS_ENV = 'REDIS_URL';

/** The options that name a fleet: `worker`, `fleet …` and `relay --redis`. */
export const FLEET: Options = {
  redis: { type: 'string' },
  prefix: { type: 'string' },
  partitions: { type: 'string' },
};

export interface FleetTarget {
  redis: string;
  prefix: string | undefined;
  partitions: number | undefined;
}

/** The fleet `redis` (a URL) and --prefix / --partitions name; undefined when there is no URL. */
export function fleetTarget(values: Values, command: string, redis = values.redis as string | undefined): FleetTarget | undefined {
  if (redis === undefined) {
    if (values.prefix !== undefined || values.partitions !== undefined) throw new UsageError('--prefix and --partitions go with --redis', command);
    return undefined;
  }
  if (!/^rediss?:\/\//.test(redis)) throw new UsageError('--redis must be a redis:// or rediss:// URL', command);
  return { redis, prefix: values.prefix as string | undefined, partitions: int('partitions', values.partitions, 1, 1024, command) };
}

/** The fleet of `worker` and `fleet …`: --redis, else REDIS_URL; one of them is required. */
function fleetOptions(values: Values, command: string): FleetTarget {
  const redis = (values.redis as string | undefined) ?? process.env[REDIS_ENV];
  if (!redis) throw new UsageError(`Say where Redis is: --redis redis://host:6379 (or set ${REDIS_ENV})`, command);
  return fleetTarget(values, command, redis)!;
}

function rooms(positionals: string[], command: string, normalize: (name: string) => string): string[] {
  if (!positionals.length) throw new UsageError('Name at least one room: @user', command);
  return positionals.map((p) => {
    try {
      return normalize(p);
    } catch (err) {
      throw new UsageError((err as Error).message, command);
    }
  });
}

export async function worker(argv: string[]): Promise<number> {
  const { 'room-id': _roomId, ...connection } = CONNECTION;
  const { values } = parse(argv, { ...connection, ...FLEET, capacity: { type: 'string' }, id: { type: 'string' }, 'lease-ms': { type: 'string' }, room: { type: 'string', multiple: true } }, 'worker');
  if (values.help) return printHelp(WORKER_HELP);
  const fleet = fleetOptions(values, 'worker');
  const capacity = int('capacity', values.capacity, 1, 1_000_000, 'worker');
  if (capacity === undefined) throw new UsageError('Say how many rooms this worker may hold: --capacity N', 'worker');
  const leaseMs = int('lease-ms', values['lease-ms'], 200, 3_600_000, 'worker');
  const id = values.id as string | undefined;
  if (id !== undefined && !/^[\w.:-]{1,100}$/.test(id)) throw new UsageError('--id must be 1-100 letters, digits, _ . : or -', 'worker');
  const liveRoomOptions = connectionOptions(values, 'worker');
  const warning = missingKeyWarning(liveRoomOptions);
  if (warning) process.stderr.write(`${warning}\n`);
  const { addRoom, fleetRoomId, RoomExistsError, startWorker } = await import('../fleet/index.js');
  const toAdd = ((values.room as string[] | undefined) ?? []).length ? rooms(values.room as string[], 'worker', fleetRoomId) : [];
  for (const room of toAdd) {
    try {
      await addRoom(fleet.redis, room, { prefix: fleet.prefix, partitions: fleet.partitions });
    } catch (err) {
      if (!(err instanceof RoomExistsError)) throw err;
    }
  }
  const handle = await startWorker({ ...fleet, id, capacity, leaseMs, liveRoomOptions, log: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(`Worker ${handle.id} watching up to ${capacity} room${capacity === 1 ? '' : 's'} of the fleet. SIGTERM or Ctrl-C: release them and exit.\n`);
  await serveUntilSignal(() => handle.stop());
  return 0;
}

const ago = (ms: number) => (ms < 1_000 ? `${ms} ms` : `${(ms / 1_000).toFixed(1)} s`);

export async function fleet(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') return printHelp(FLEET_HELP);
  if (!['add', 'remove', 'rooms', 'status'].includes(sub)) throw new UsageError(`Unknown fleet command "${sub}": add, remove, rooms or status`, 'fleet');
  const extra: Options = sub === 'add' ? { priority: { type: 'string' }, events: { type: 'string' } } : sub === 'remove' ? {} : { json: { type: 'boolean' } };
  const { values, positionals } = parse(rest, { ...FLEET, ...extra }, 'fleet', sub === 'add' || sub === 'remove' ? Infinity : 0);
  if (values.help) return printHelp(FLEET_HELP);
  const options = fleetOptions(values, 'fleet');
  const lib = await import('../fleet/index.js');
  const where = { prefix: options.prefix, partitions: options.partitions };

  if (sub === 'add' || sub === 'remove') {
    const names = rooms(positionals, 'fleet', lib.fleetRoomId);
    const priority = sub === 'add' ? int('priority', values.priority, -1_000_000, 1_000_000, 'fleet') : undefined;
    let events: string[] | undefined;
    if (typeof values.events === 'string') {
      events = values.events.split(',').map((t) => t.trim()).filter(Boolean);
      const unknown = events.filter((t) => !(EVENT_TYPES as string[]).includes(t));
      if (unknown.length) throw new UsageError(`Unknown event type in --events: ${unknown.join(', ')}`, 'fleet');
    }
    let failed = 0;
    for (const name of names) {
      try {
        if (sub === 'add') await lib.addRoom(options.redis, name, { ...where, priority, events: events as never });
        else await lib.removeRoom(options.redis, name, where);
        process.stdout.write(`${sub === 'add' ? 'Added' : 'Removed'} @${name}\n`);
      } catch (err) {
        // A room already there (or not there) is said and the others go on; Redis failing ends the command.
        if (!(err instanceof lib.RoomExistsError || err instanceof lib.RoomNotRegisteredError)) throw err;
        process.stderr.write(`tiktok-live-rx: ${(err as LiveError).message}\n`);
        failed += 1;
      }
    }
    return failed ? 1 : 0;
  }

  if (sub === 'rooms') {
    const list = await lib.listRooms(options.redis, where);
    if (values.json) for (const room of list) process.stdout.write(`${JSON.stringify(room)}\n`);
    else if (!list.length) process.stdout.write('No rooms in the fleet: tiktok-live-rx fleet add @user\n');
    else for (const room of list) process.stdout.write(`@${room.uniqueId}${room.priority ? `  priority ${room.priority}` : ''}${room.events ? `  events ${room.events.join(',')}` : ''}\n`);
    return 0;
  }

  const status = await lib.fleetStatus(options.redis, where);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(status)}\n`);
    return 0;
  }
  const now = Date.now();
  process.stdout.write(`Workers (${status.workers.filter((w) => w.alive).length} alive):\n`);
  if (!status.workers.length) process.stdout.write('  none\n');
  for (const w of status.workers) {
    process.stdout.write(`  ${w.id}  ${w.owned}/${w.capacity} rooms  ${w.eventsPerSec} events/s  seen ${ago(now - w.seenAt)} ago${w.alive ? '' : '  (gone)'}\n`);
  }
  process.stdout.write(`Rooms (${status.rooms.length}):\n`);
  if (!status.rooms.length) process.stdout.write('  none\n');
  for (const r of status.rooms) {
    const parts = [`@${r.uniqueId}`, r.status, r.owner ? `on ${r.owner}` : 'unowned', `epoch ${r.epoch}`, `${r.events} events`];
    if (r.lagMs !== undefined) parts.push(`lag ${ago(r.lagMs)}`);
    if (r.checkAfter !== undefined) parts.push(`checked again in ${ago(r.checkAfter - now)}`);
    if (r.lastError) parts.push(`last error: ${r.lastError}`);
    process.stdout.write(`  ${parts.join('  ')}\n`);
  }
  return 0;
}
