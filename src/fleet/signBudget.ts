import { createHash } from 'node:crypto';
import { asyncScheduler, catchError, concatMap, defer, from, Observable, of, throwError, timer, using, type SchedulerLike, type Unsubscribable } from 'rxjs';
import type { SignedConnection } from '../api/sign.js';
import { InvalidArgumentError, SignRateLimitError } from '../errors.js';
import type { SignProviderLike } from '../operators/pipeline/sign.js';
import { signProviderFor, type LiveRoomOptions } from '../sources/liveRoom.js';
import { fleetKeys } from './keys.js';
import { connectRedis, redisScript, type FleetRedis, type RedisLike } from './redis.js';

/** Options of `signBudget` and `withSignBudget`: one budget of sign requests shared by every process using the key. */
export interface SignBudgetOptions {
  /** A `redis://` URL (a connection is opened while sign requests wait or run, and closed after) or a client you keep. */
  redis: RedisLike;
  /**
   * The API key whose budget this is. Only the first 16 hex digits of its SHA-256 reach Redis (in
   * key names); the key itself is never stored, sent to Redis or put in a message. `withSignBudget`
   * takes the room options' `apiKey` when this is not given.
   */
  apiKey?: string | undefined;
  /** Sign requests allowed per `perMs`, summed over every worker on the key. */
  requests: number;
  /** The window of `requests`, ms. Default 60,000. */
  perMs?: number | undefined;
  /**
   * Requests that may go at once after a quiet spell (a token bucket's size). Default 1: evenly spaced,
   * so any `perMs` window holds at most `requests` (at most `requests + burst - 1` with a larger burst).
   */
  burst?: number | undefined;
  /** How long a 429 without a `retry-after` pauses the key, ms. Default 60,000. */
  pauseMs?: number | undefined;
  /**
   * The longest a request may wait for its turn, ms: beyond it, it fails at once with a retryable
   * `SignRateLimitError` (its `retryAfterMs` says when a turn is free) and takes no turn. Default: no
   * limit (a request waits as long as the budget needs).
   */
  maxWaitMs?: number | undefined;
  /** Key prefix of the fleet. Default `tlrx`. */
  prefix?: string | undefined;
  /** Where waits are scheduled. Default `asyncScheduler`. The budget's clock is Redis's `TIME`. */
  scheduler?: SchedulerLike | undefined;
}

/**
 * One turn of the budget, as a generic cell rate algorithm (a token bucket kept as one number: the
 * time `tat` at which the bucket is full again), on Redis's clock so the workers' clocks do not matter.
 * A request books the next free turn and learns how long to wait for it, so waiting requests never
 * poll. A pause (a 429 seen by any worker) holds every turn back until it expires.
 *
 * KEYS: rate (tat, ms), pause. ARGV: interval ms, tolerance ms, max wait ms (-1: none), mode.
 * Mode `take` answers `{1, wait}` (a turn booked `wait` ms ahead), `{0, wait}` (paused: ask again
 * after `wait`) or `{2, wait}` (the next turn is further than the max wait: nothing booked). Mode
 * `check` (at the booked time) answers `{1, 0}`, or `{0, wait}` when a pause came meanwhile.
 */
const TAKE = redisScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local paused = redis.call('PTTL', KEYS[2])
if paused > 0 then return {0, paused} end
if ARGV[4] == 'check' then return {1, 0} end
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local maxWait = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if tat < now then tat = now end
local wait = math.ceil(tat - tolerance - now)
if wait < 0 then wait = 0 end
if maxWait >= 0 and wait > maxWait then return {2, wait} end
local nextTat = tat + interval
redis.call('SET', KEYS[1], string.format('%.3f', nextTat), 'PX', math.ceil(nextTat - now) + 1000)
return {1, wait}
`);

/**
 * A pause for every worker on the key: `pause` set for `ms` (never shortened), and the next turn no
 * earlier than its end, so the requests that waited do not all go the moment it lifts.
 * KEYS: rate, pause. ARGV: pause ms, tolerance ms.
 */
const PAUSE = redisScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[2]) < ms then redis.call('SET', KEYS[2], '1', 'PX', ms) end
local tat = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
local from = now + ms + tonumber(ARGV[2])
if tat < from then redis.call('SET', KEYS[1], string.format('%.3f', from), 'PX', math.ceil(from - now) + 1000) end
return ms
`);

/** The budget's key names: the API key only as the first 16 hex digits of its SHA-256, in a hash tag (one cluster slot). */
export function signBudgetKeys(apiKey: string, prefix?: string): { rate: string; pause: string } {
  const hash = createHash('sha256').update(apiKey).digest('hex').slice(0, 16);
  const base = fleetKeys(prefix).sign(`{${hash}}`);
  return { rate: `${base}:rate`, pause: `${base}:pause` };
}

function positive(name: string, value: number | undefined, fallback: number, integer = false): number {
  const n = value ?? fallback;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new InvalidArgumentError(`${name} must be a positive ${integer ? 'whole ' : ''}number, got ${String(value)}`);
  }
  return n;
}

/**
 * One connection for every request of a budget while any waits or runs: opened by the first, closed
 * when the last is done (a client you passed is never closed).
 */
function sharedConnection(redis: RedisLike): () => { conn: () => Promise<FleetRedis> } & Unsubscribable {
  let users = 0;
  let open: Promise<FleetRedis> | undefined;
  return () => {
    users += 1;
    let released = false;
    return {
      conn: () => {
        open ??= connectRedis(redis).catch((error: unknown) => {
          open = undefined;
          throw error;
        });
        return open;
      },
      unsubscribe: () => {
        if (released) return;
        released = true;
        users -= 1;
        if (users > 0 || !open) return;
        const closing = open;
        open = undefined;
        closing.then((c) => c.close()).catch(() => {});
      },
    };
  };
}

/**
 * A sign provider whose requests keep to a budget shared through Redis by every process that uses
 * the same API key: the requests of all workers together stay under `requests` per `perMs`, and a
 * 429 from the sign server pauses them all for its `retry-after` (the 429 itself still reaches the
 * room that got it, whose reconnect waits at least as long).
 *
 * ```
 * worker A:  -a--------a'------      a, a', b, b': sign requests as the rooms ask for them
 * worker B:  --b--b'-----------
 * sent:      -a---b----b'---a'-      spaced by perMs / requests, in the order they booked
 * ```
 *
 * Each request books the next free turn in one Lua script (Redis's `TIME` is the clock, so the
 * machines' clocks do not matter) and waits for it on `scheduler`. Unsubscribing while it waits gives
 * up the request; its turn stays used, so the budget errs on the side of sending less.
 *
 * @example
 * const provider = signBudget(eulerSignProvider({ apiKey }), { redis: 'redis://127.0.0.1:6379', apiKey, requests: 30, perMs: 60_000 });
 * liveRoom$('some_streamer', { signProvider: provider });
 */
export function signBudget(provider: SignProviderLike, options: SignBudgetOptions): SignProviderLike {
  if (typeof provider !== 'function') throw new InvalidArgumentError('signBudget needs a sign provider function');
  if (typeof options.apiKey !== 'string' || options.apiKey === '') throw new InvalidArgumentError('A sign budget is per API key: pass apiKey');
  const requests = positive('requests', options.requests, NaN);
  const perMs = positive('perMs', options.perMs, 60_000);
  const burst = positive('burst', options.burst, 1, true);
  const pauseMs = positive('pauseMs', options.pauseMs, 60_000);
  const maxWaitMs = options.maxWaitMs === undefined ? -1 : options.maxWaitMs === 0 ? 0 : positive('maxWaitMs', options.maxWaitMs, 0);
  const keys = signBudgetKeys(options.apiKey, options.prefix);
  const scheduler = options.scheduler ?? asyncScheduler;
  const interval = perMs / requests;
  const tolerance = (burst - 1) * interval;
  const borrow = sharedConnection(options.redis);
  const budgetKeys = [keys.rate, keys.pause];

  return (request) =>
    using(borrow, (resource) => {
      const { conn } = resource as ReturnType<ReturnType<typeof sharedConnection>>;
      const ask = (mode: 'take' | 'check') =>
        defer(async () => {
          const reply = (await (await conn()).script(TAKE, budgetKeys, [interval.toFixed(3), tolerance.toFixed(3), String(maxWaitMs), mode])) as [number, number];
          return { state: Number(reply[0]), wait: Number(reply[1]) };
        });
      // Book a turn and wait for it; a pause, before or during the wait, means waiting it out and booking again.
      const turn$: Observable<void> = ask('take').pipe(
        concatMap(({ state, wait }) => {
          if (state === 2) {
            return throwError(
              () => new SignRateLimitError(`The shared sign budget of this API key has no free turn within maxWaitMs (${maxWaitMs} ms): the next one is in ${Math.ceil(wait / 1000)} s`, { retryAfterMs: wait, resetAt: scheduler.now() + wait }),
            );
          }
          if (state === 0) return timer(wait, scheduler).pipe(concatMap(() => turn$));
          if (wait === 0) return of(undefined);
          return timer(wait, scheduler).pipe(
            concatMap(() => ask('check')),
            concatMap((check) => (check.state === 1 ? of(undefined) : timer(check.wait, scheduler).pipe(concatMap(() => turn$)))),
          );
        }),
      );
      const pause = (error: SignRateLimitError) =>
        defer(async () => {
          const ms = Math.max(1, Math.ceil(error.retryAfterMs ?? pauseMs));
          await (await conn()).script(PAUSE, budgetKeys, [String(ms), tolerance.toFixed(3)]);
        }).pipe(catchError(() => of(undefined)));
      return turn$.pipe(
        concatMap(() => from(provider(request)) as Observable<SignedConnection>),
        catchError((error: unknown) => (error instanceof SignRateLimitError ? pause(error).pipe(concatMap(() => throwError(() => error))) : throwError(() => error))),
      );
    });
}

/**
 * `liveRoom$` options whose sign requests keep to a shared budget: the options' own sign provider
 * (the named style with its key and server, or your function) wrapped by `signBudget`, with the
 * options' `apiKey` as the budget's key unless `budget.apiKey` says another. Give them to a worker's
 * `liveRoomOptions`, or to `liveRoom$` and `liveRooms$` in processes of your own.
 *
 * @example
 * startWorker({ redis, capacity: 200, liveRoomOptions: withSignBudget({ apiKey }, { redis, requests: 30, perMs: 60_000 }) });
 */
export function withSignBudget(options: LiveRoomOptions, budget: SignBudgetOptions): LiveRoomOptions {
  return { ...options, signProvider: signBudget(signProviderFor(options), { ...budget, apiKey: budget.apiKey ?? options.apiKey }) };
}
