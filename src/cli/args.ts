/**
 * Argument parsing: the options commands share (output, connection), the checks on their
 * values, and `UsageError`, which the command reports with the help it belongs to (exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { assertRoomId, normalizeUniqueId } from '../api/uniqueId.js';
import { REGISTERED_EVENT_TYPES } from '../decoders/registry.js';
import type { LiveEventType } from '../operators/pipeline/events.js';
import type { RoomStatus } from '../simulator/index.js';
import type { LiveRoomOptions } from '../sources/liveRoom.js';

export const API_KEY_ENV = 'TIKTOK_LIVE_API_KEY';
export const STATUSES: RoomStatus[] = ['live', 'offline', 'ageRestricted', 'notFound', 'captcha'];
/** The event types --events accepts: every wire event type, from the decoders' registry, and `unknown`. */
export const EVENT_TYPES: LiveEventType[] = [...REGISTERED_EVENT_TYPES, 'unknown'];

/** Wrong arguments: the message, then `help`, on stderr; exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly help: string,
  ) {
    super(message);
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

/** The options of `outputOptions`. */
export const OUTPUT: Options = { json: { type: 'boolean' }, events: { type: 'string' }, combo: { type: 'boolean' }, 'no-color': { type: 'boolean' } };

/** The options of `connectionOptions` and `target`. */
export const CONNECTION: Options = {
  'sign-provider': { type: 'string' },
  'sign-server': { type: 'string' },
  'api-key': { type: 'string' },
  'session-id': { type: 'string' },
  server: { type: 'string' },
  debug: { type: 'boolean' },
  'room-id': { type: 'string' },
};

/** Parses `argv` strictly against `options` (and -h/--help), with at most `positionals` positional arguments. */
export function parse(argv: string[], options: Options, help: string, positionals = 0): { values: Values; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError((err as Error).message, help);
  }
  if (parsed.positionals.length > positionals) throw new UsageError(`Unexpected argument "${parsed.positionals[positionals]}"`, help);
  return { values: parsed.values as Values, positionals: parsed.positionals };
}

/** `--name`'s value as a whole number from `min` to `max`, or undefined when it is not given. */
export function int(name: string, value: unknown, min: number, max: number, help: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${String(value)}"`, help);
  return n;
}

/** How to print events. */
export interface Output {
  json: boolean;
  combo: boolean;
  /** Only these event types (status events always), or all. */
  types: Set<string> | undefined;
  color: boolean;
}

export function outputOptions(values: Values, help: string): Output {
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

export function connectionOptions(values: Values, help: string): LiveRoomOptions {
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

/** The @user the command is about ('' with only --room-id). */
export function target(positionals: string[], values: Values, help: string): string {
  if (positionals[0] === undefined && values['room-id'] === undefined) throw new UsageError('Say which LIVE: a @user, a live URL, or --room-id ID', help);
  if (positionals[0] === undefined) return '';
  try {
    return normalizeUniqueId(positionals[0]);
  } catch (err) {
    throw new UsageError((err as Error).message, help);
  }
}

/** How status lines name the room: `@user`, or `room <id>` with only --room-id. */
export function targetLabel(name: string, options: LiveRoomOptions): string {
  return name ? `@${name}` : `room ${options.roomId}`;
}
