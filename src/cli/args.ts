/**
 * Argument parsing: the options commands share (output, connection), the checks on their
 * values, and `UsageError`, which the command reports in one line that points at the
 * command's --help (exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_EULER_SIGN_SERVER, DEFAULT_TIKTOOL_SIGN_SERVER } from '../api/options.js';
import { assertRoomId, normalizeUniqueId } from '../api/uniqueId.js';
import { REGISTERED_EVENT_TYPES } from '../decoders/registry.js';
import type { LiveEventType } from '../operators/pipeline/events.js';
import type { RoomStatus } from '../simulator/index.js';
import type { LiveRoomOptions } from '../sources/liveRoom.js';
import { parseProxyUrl } from '../sources/proxyTunnel.js';
import { proxiedFetch } from './proxyFetch.js';

export const API_KEY_ENV = 'TIKTOK_LIVE_API_KEY';
export const STATUSES: RoomStatus[] = ['live', 'offline', 'ageRestricted', 'notFound', 'captcha'];
/** The event types --events accepts: every wire event type, from the decoders' registry, and `unknown`. */
export const EVENT_TYPES: LiveEventType[] = [...REGISTERED_EVENT_TYPES, 'unknown'];

/**
 * Wrong arguments: the message and where to read more (`tiktok-live-rx <command> --help`, or the
 * general help without a command) on stderr, one line each; exit code 2.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

/** The options of `outputOptions`. */
export const OUTPUT: Options = { json: { type: 'boolean' }, events: { type: 'string' }, lifecycle: { type: 'boolean' }, combo: { type: 'boolean' }, 'no-color': { type: 'boolean' } };

/** The options of `connectionOptions` and `target`. */
export const CONNECTION: Options = {
  'sign-provider': { type: 'string' },
  'sign-server': { type: 'string' },
  'api-key': { type: 'string' },
  'session-id': { type: 'string' },
  server: { type: 'string' },
  debug: { type: 'boolean' },
  'room-id': { type: 'string' },
  proxy: { type: 'string' },
};

/**
 * Parses `argv` strictly against `options` (and -h/--help), with at most `positionals` positional
 * arguments. A -h or --help anywhere before `--` asks for the help, whatever else is wrong.
 */
export function parse(argv: string[], options: Options, command: string, positionals = 0): { values: Values; positionals: string[] } {
  const end = argv.indexOf('--');
  if ((end === -1 ? argv : argv.slice(0, end)).some((a) => a === '-h' || a === '--help')) return { values: { help: true }, positionals: [] };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  } catch (err) {
    // Node's "Unknown option '--x'. To specify a positional argument starting with a '-', …": the first sentence.
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument[\s\S]*$/, '.'), command);
  }
  if (parsed.positionals.length > positionals) throw new UsageError(`Unexpected argument "${parsed.positionals[positionals]}"`, command);
  return { values: parsed.values as Values, positionals: parsed.positionals };
}

/** `--name`'s value as a whole number from `min` to `max`, or undefined when it is not given. */
export function int(name: string, value: unknown, min: number, max: number, command: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${String(value)}"`, command);
  return n;
}

/** How to print events. */
export interface Output {
  json: boolean;
  combo: boolean;
  /** Only these event types on stdout, or all. */
  types: Set<string> | undefined;
  /** The lifecycle events (connected, disconnected, roomInfo, gap, error) on stdout too, as JSON. */
  lifecycle: boolean;
  color: boolean;
}

export function outputOptions(values: Values, command: string): Output {
  let types: Set<string> | undefined;
  if (typeof values.events === 'string') {
    types = new Set(values.events.split(',').map((t) => t.trim()).filter(Boolean));
    const unknown = [...types].filter((t) => !EVENT_TYPES.includes(t as LiveEventType) && !['follow', 'share'].includes(t));
    if (unknown.length) throw new UsageError(`Unknown event type${unknown.length > 1 ? 's' : ''} in --events: ${unknown.join(', ')}`, command);
    if (types.has('follow') || types.has('share')) types.add('social');
  }
  if (values.lifecycle && !values.json) throw new UsageError('--lifecycle puts lifecycle events on stdout as JSON: use it with --json', command);
  const color = !values['no-color'] && !process.env.NO_COLOR && (Boolean(process.env.FORCE_COLOR) || process.stdout.isTTY === true);
  return { json: Boolean(values.json), combo: Boolean(values.combo), types, lifecycle: Boolean(values.lifecycle), color };
}

export function connectionOptions(values: Values, command: string): LiveRoomOptions {
  const provider = values['sign-provider'];
  if (provider !== undefined && provider !== 'euler' && provider !== 'tiktool') throw new UsageError(`--sign-provider must be euler or tiktool, got "${String(provider)}"`, command);
  const server = values.server as string | undefined;
  if (server !== undefined && !URL.canParse(server)) throw new UsageError(`--server must be a URL, got "${server}"`, command);
  const signServer = (values['sign-server'] as string | undefined) ?? server;
  if (signServer !== undefined && !URL.canParse(signServer)) throw new UsageError(`--sign-server must be a URL, got "${signServer}"`, command);
  const roomId = values['room-id'];
  if (roomId !== undefined) {
    try {
      assertRoomId(roomId);
    } catch (err) {
      throw new UsageError(`--room-id: ${(err as Error).message}`, command);
    }
  }
  const proxy = values.proxy as string | undefined;
  if (proxy !== undefined) {
    try {
      parseProxyUrl(proxy);
    } catch (err) {
      throw new UsageError(`--proxy: ${(err as Error).message}`, command);
    }
  }
  return {
    ...(proxy === undefined ? {} : { proxy, fetch: proxiedFetch(proxy) }),
    signProvider: provider as 'euler' | 'tiktool' | undefined,
    signServerUrl: signServer,
    apiKey: (values['api-key'] as string | undefined) ?? process.env[API_KEY_ENV] ?? undefined,
    sessionId: values['session-id'] as string | undefined,
    endpoints: server ? { web: server, webcast: server } : undefined,
    debug: values.debug ? (m: string) => process.stderr.write(`${m}\n`) : undefined,
    roomId: roomId as string | undefined,
  };
}

/**
 * The line to say before connecting when no sign-server API key is set but the sign provider's
 * own server (Euler Stream's or tik.tools') will be asked, which expects one; undefined when a
 * key is set or another sign server (a simulator's, your own) is used.
 */
export function missingKeyWarning(options: LiveRoomOptions): string | undefined {
  if (options.apiKey || options.signServerUrl) return undefined;
  const server = options.signProvider === 'tiktool' ? DEFAULT_TIKTOOL_SIGN_SERVER : DEFAULT_EULER_SIGN_SERVER;
  return `No sign-server API key set (--api-key or ${API_KEY_ENV}): ${new URL(server).host} expects one and may refuse or rate-limit the connection`;
}

/** `--transport`'s value (websocket, polling or auto), or undefined when it is not given. */
export function transportOption(values: Values, command: string): LiveRoomOptions['transport'] {
  const transport = values.transport;
  if (transport === undefined) return undefined;
  if (transport !== 'websocket' && transport !== 'polling' && transport !== 'auto') throw new UsageError(`--transport must be websocket, polling or auto, got "${String(transport)}"`, command);
  return transport;
}

/** The @user the command is about ('' with only --room-id). */
export function target(positionals: string[], values: Values, command: string): string {
  if (positionals[0] === undefined && values['room-id'] === undefined) throw new UsageError('Say which LIVE: a @user, a live URL, or --room-id ID', command);
  if (positionals[0] === undefined) return '';
  try {
    return normalizeUniqueId(positionals[0]);
  } catch (err) {
    throw new UsageError((err as Error).message, command);
  }
}

/** How status lines name the room: `@user`, or `room <id>` with only --room-id. */
export function targetLabel(name: string, options: LiveRoomOptions): string {
  return name ? `@${name}` : `room ${options.roomId}`;
}
