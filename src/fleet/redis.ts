import { createHash } from 'node:crypto';
import { InvalidArgumentError, LiveError, RedisAuthError, RedisCommandError, RedisUnavailableError, RedisWrongTypeError } from '../errors.js';

/**
 * What the fleet needs of a Redis client: one raw command at a time, replies as RESP2 gives them
 * (strings, numbers, arrays, null). node-redis's `createClient()` is one (`sendCommand`); so is a
 * small wrapper around any other client. `duplicate()` (node-redis has it) gives a second connection
 * for blocking reads.
 */
export interface RedisClientLike {
  sendCommand(args: ReadonlyArray<string>): Promise<unknown>;
  duplicate?(): RedisClientLike & { connect(): Promise<unknown>; close?(): Promise<unknown>; destroy?(): void };
}

/** A `redis://` (or `rediss://`) URL, or a client you created (and keep: the fleet never closes it). */
export type RedisLike = string | RedisClientLike;

/** How long a command may wait for an answer before the connection counts as lost. Default 5,000 ms. */
const DEFAULT_COMMAND_TIMEOUT_MS = 5_000;

/** A Lua script, run by its SHA-1 (and sent whole once when Redis does not know it yet). */
export interface RedisScript {
  readonly source: string;
  readonly sha: string;
}

export function redisScript(source: string): RedisScript {
  return { source, sha: createHash('sha1').update(source).digest('hex') };
}

/** The fleet's connection: typed errors for every failure, and a `close()` that closes only what it opened. */
export interface FleetRedis {
  /** `host:port` as an error may name it: never a password. */
  readonly where: string;
  /** One command; a failure is a typed `LiveError` (`keyHint` names the key in a WRONGTYPE error). */
  send(args: ReadonlyArray<string>, keyHint?: string): Promise<unknown>;
  /** EVALSHA, falling back to EVAL when the script is not cached (after a restart, say). */
  script(script: RedisScript, keys: ReadonlyArray<string>, args: ReadonlyArray<string>): Promise<unknown>;
  /** A second connection (for blocking reads); closed with its own `close()`. */
  duplicate(): Promise<FleetRedis>;
  /** Closes the connection when the fleet opened it (a URL); a client you passed stays open. */
  close(): Promise<void>;
}

/** `host:port` of a Redis URL, without user or password. */
export function redisWhere(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || '127.0.0.1'}:${u.port || '6379'}`;
  } catch {
    return 'the Redis URL';
  }
}

/** A Redis error reply's code: its first word when that is upper case (`WRONGTYPE`, `NOAUTH`, `ERR`). */
function replyCode(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return /^([A-Z][A-Z_]+)\b/.exec(message)?.[1];
}

/** Whether an error is Redis answering (an error reply), not the connection failing. */
function isReply(error: unknown): boolean {
  const code = replyCode(error);
  return code !== undefined && !['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'].includes(code);
}

/** What a connection failure was, in a few words, from Node's error code or node-redis's message. */
function failureOf(error: unknown): string {
  // node-redis wraps the socket's error when its reconnect strategy gives up.
  const inner = (error as { originalError?: unknown; socketError?: unknown } | null) ?? {};
  if (inner.originalError ?? inner.socketError) return failureOf(inner.originalError ?? inner.socketError);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host name not found';
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'connection reset';
  if (code === 'ETIMEDOUT') return 'timed out';
  const message = error instanceof Error ? error.message : String(error);
  if (/timeout/i.test(message)) return 'timed out';
  if (/closed|offline/i.test(message)) return 'connection lost';
  return 'connection failed';
}

/**
 * A client's failure as a typed `LiveError`: WRONGPASS and NOAUTH → `RedisAuthError`, WRONGTYPE →
 * `RedisWrongTypeError`, LOADING and every socket failure → `RedisUnavailableError` (retryable), any
 * other reply → `RedisCommandError`. Messages name `where` (host:port), never the password.
 */
export function redisError(error: unknown, where: string, keyHint?: string): LiveError {
  if (error instanceof LiveError) return error;
  const code = isReply(error) ? replyCode(error) : undefined;
  if (code === 'WRONGPASS') return new RedisAuthError(`Redis at ${where} refused the user name or password (WRONGPASS)`, { cause: error });
  if (code === 'NOAUTH') return new RedisAuthError(`Redis at ${where} wants a password (NOAUTH): give it in the URL, before the host (see the README)`, { cause: error });
  if (code === 'WRONGTYPE') return new RedisWrongTypeError(keyHint, { cause: error });
  if (code === 'LOADING') return new RedisUnavailableError(`Redis at ${where} is loading its data set: try again in a moment`, { cause: error });
  if (code !== undefined) {
    const text = error instanceof Error ? error.message : String(error);
    return new RedisCommandError(`Redis at ${where} answered: ${text.slice(0, 200)}`, { cause: error });
  }
  return new RedisUnavailableError(`Cannot reach Redis at ${where} (${failureOf(error)})`, { cause: error });
}

type NodeRedisClient = RedisClientLike & {
  connect(): Promise<unknown>;
  close?(): Promise<unknown>;
  destroy(): void;
  on(event: 'error', listener: (error: unknown) => void): unknown;
};
type NodeRedisModule = { createClient(options: Record<string, unknown>): NodeRedisClient };

let nodeRedis: Promise<NodeRedisModule> | undefined;

/** node-redis, loaded on first use: `tiktok-live-rx/fleet` loads without it, and says how to get it. */
function loadNodeRedis(): Promise<NodeRedisModule> {
  nodeRedis ??= import('redis').then(
    (module) => module as unknown as NodeRedisModule,
    (error: unknown) => {
      nodeRedis = undefined;
      throw new RedisUnavailableError('The fleet needs the redis package: npm install redis', { cause: error, retryable: false });
    },
  );
  return nodeRedis;
}

export interface ConnectRedisOptions {
  /** A command unanswered this long fails with `RedisUnavailableError`. Default 5,000 ms. */
  commandTimeoutMs?: number | undefined;
}

function withTimeout<T>(promise: Promise<T>, ms: number, where: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisUnavailableError(`Redis at ${where} did not answer within ${ms} ms (timed out)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function fleetRedis(client: RedisClientLike, where: string, close: () => Promise<void>, options: ConnectRedisOptions, reopen: () => Promise<FleetRedis>): FleetRedis {
  const timeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
  const send = async (args: ReadonlyArray<string>, keyHint?: string): Promise<unknown> => {
    try {
      return await withTimeout(client.sendCommand(args), timeoutMs, where);
    } catch (error) {
      throw redisError(error, where, keyHint ?? args[1]);
    }
  };
  return {
    where,
    send,
    async script(script, keys, args) {
      const rest = [String(keys.length), ...keys, ...args];
      try {
        return await send(['EVALSHA', script.sha, ...rest], keys[0]);
      } catch (error) {
        if (!(error instanceof RedisCommandError) || !/NOSCRIPT/.test(error.message)) throw error;
        return send(['EVAL', script.source, ...rest], keys[0]);
      }
    },
    duplicate: reopen,
    close,
  };
}

/**
 * Opens the fleet's connection. A URL: node-redis connects (a typed error when Redis cannot be reached or
 * refuses the password), reconnects by itself after a drop, fails commands at once while it is away (no
 * offline queue: a worker must learn that it cannot write), and `close()` closes it. A client: used as
 * it is, never closed.
 */
export async function connectRedis(redis: RedisLike, options: ConnectRedisOptions = {}): Promise<FleetRedis> {
  if (typeof redis !== 'string') {
    if (!redis || typeof redis.sendCommand !== 'function') {
      throw new InvalidArgumentError('redis must be a redis:// URL or a client with sendCommand (node-redis createClient())');
    }
    const reopen = async (): Promise<FleetRedis> => {
      if (typeof redis.duplicate !== 'function') throw new InvalidArgumentError('This Redis client has no duplicate(): pass a node-redis client or a URL');
      const copy = redis.duplicate();
      await copy.connect().catch((error: unknown) => {
        throw redisError(error, 'the duplicated client');
      });
      return fleetRedis(copy, 'the duplicated client', async () => void (await (copy.close?.() ?? Promise.resolve(copy.destroy?.()))), options, reopen);
    };
    return fleetRedis(redis, 'the given client', async () => {}, options, reopen);
  }
  if (!/^rediss?:\/\//.test(redis)) throw new InvalidArgumentError(`The Redis URL must start with redis:// or rediss://, got ${redisWhere(redis) === 'the Redis URL' ? 'something else' : 'another scheme'}`);
  const where = redisWhere(redis);
  const { createClient } = await loadNodeRedis();
  let connected = false;
  const client = createClient({
    url: redis,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5_000,
      // The first connection fails fast with a typed error; a connection that worked comes back by itself.
      reconnectStrategy: (retries: number, cause: Error) => (connected ? Math.min(50 * 2 ** Math.min(retries, 6), 1_000) : cause),
    },
  });
  // node-redis reports every drop and reconnect attempt here; commands fail with typed errors meanwhile.
  client.on('error', () => {});
  try {
    await client.connect();
    connected = true;
  } catch (error) {
    client.destroy();
    throw redisError(error, where);
  }
  const conn = fleetRedis(
    client,
    where,
    async () => {
      try {
        await (client.close ? client.close() : Promise.resolve(client.destroy()));
      } catch {
        client.destroy();
      }
    },
    options,
    () => connectRedis(redis, options),
  );
  // A password server answers PING with NOAUTH when the URL has none: say so now, not at the first write.
  try {
    await conn.send(['PING']);
  } catch (error) {
    await conn.close();
    throw error;
  }
  return conn;
}

/** Runs `use` with a connection to `redis`, closing it after when it was opened from a URL. */
export async function withRedis<T>(redis: RedisLike, use: (conn: FleetRedis) => Promise<T>, options?: ConnectRedisOptions): Promise<T> {
  const conn = await connectRedis(redis, options);
  try {
    return await use(conn);
  } finally {
    await conn.close();
  }
}
