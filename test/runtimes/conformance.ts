/**
 * The runtime conformance suite: written once, bundled once (test/runtimes/harness.mjs), and run on
 * every runtime people run TikTok LIVE bots on (Node 20 and 22, Bun, Deno, Cloudflare's workerd).
 * It uses web-standard APIs only (fetch, setTimeout, atob) and talks to a Node process that runs the
 * simulator: `control` is that process's control URL, which adds rooms, triggers faults, reports what
 * a room sent and serves the real captures. Each check is independent and reports ✓ or ✗ with a reason.
 */
import { gzip } from 'pako';
import { lastValueFrom, type Subscription } from 'rxjs';
import { canonicalMethod, decodeFrame, decodeMessage, encodeEvent, encodeMessageFrame, inflate, KNOWN_METHODS, type WireEvent } from '../../src/decoders/index.js';
import { hasNativeInflate } from '../../src/decoders/inflate.js';
import * as errors from '../../src/errors.js';
import { RUNTIME, type Runtime } from '../../src/runtime.js';
import type { LiveEvent } from '../../src/operators/pipeline/events.js';
import { liveRoom$, type LiveRoomOptions } from '../../src/sources/liveRoom.js';
import { chatEvent } from '../../src/testing/index.js';

export interface CheckResult {
  check: string;
  ok: boolean;
  /** Why it failed (one line). */
  reason?: string;
  ms: number;
}

/** What the suite found the runtime to be: the table shows it, the runtime test checks it. */
export interface RuntimeEnv {
  /** The runtime as the library detects it. */
  runtime: Runtime;
  /** `process.versions.node`, where the runtime has one (Bun, Deno, workerd with `nodejs_compat`). */
  node: string | null;
  /** Whether the decoders inflate with the runtime's own zlib (`node:zlib`) rather than pako. */
  nativeInflate: boolean;
}

export function runtimeEnv(): RuntimeEnv {
  const node = (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node;
  return { runtime: RUNTIME, node: typeof node === 'string' ? node : null, nativeInflate: hasNativeInflate };
}

export interface ConformanceEnv {
  /** The simulator process's control URL. */
  control: string;
  /** Room names get this prefix, so runtimes sharing a simulator never meet. */
  prefix: string;
  /** Run only these checks (by name). */
  only?: string[];
}

interface ClientOptions {
  endpoints: { web: string; webcast: string };
  signServerUrl: string;
  signProvider: 'euler';
}

interface Ctx {
  env: ConformanceEnv;
  sims: { main: ClientOptions; strict: ClientOptions };
  subs: Subscription[];
}

class CheckFailed extends Error {}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until(predicate: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new CheckFailed(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(10);
  }
}

async function rpc<T = unknown>(ctx: Ctx, sim: 'main' | 'strict', call: string, room?: string, ...args: unknown[]): Promise<T> {
  const res = await fetch(`${ctx.env.control}/rpc`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sim, call, room, args }) });
  const body = (await res.json()) as { result?: T; error?: string };
  if (!res.ok) throw new Error(`control ${call}: ${body.error ?? res.status}`);
  return body.result as T;
}

/** Subscribes and records everything, for checks that watch a stream run. */
function watch(ctx: Ctx, uniqueId: string, options: LiveRoomOptions) {
  const events: LiveEvent[] = [];
  const state: { error?: unknown; complete: boolean } = { complete: false };
  ctx.subs.push(
    liveRoom$(uniqueId, options).subscribe({
      next: (e) => events.push(e),
      error: (e: unknown) => (state.error = e),
      complete: () => (state.complete = true),
    }),
  );
  const wire = () => events.filter((e): e is WireEvent => 'msgId' in e);
  const failed = () => {
    if (state.error !== undefined) throw new CheckFailed(`the stream errored: ${describe(state.error)}`);
    return false;
  };
  return { events, state, wire, failed, connections: () => events.filter((e) => e.type === 'connected').length };
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`.split('\n')[0]!;
  return String(err);
}

/** A fresh room on a simulator; its name carries the runtime's prefix. */
async function room(ctx: Ctx, name: string, config: Record<string, unknown> = {}, sim: 'main' | 'strict' = 'main') {
  const uniqueId = `${ctx.env.prefix}_${name}`;
  await rpc(ctx, sim, 'addRoom', undefined, { uniqueId, traffic: false, ...config });
  return {
    uniqueId,
    call: <T = unknown>(call: string, ...args: unknown[]) => rpc<T>(ctx, sim, call, uniqueId, ...args),
    sentIds: () => rpc<string[]>(ctx, sim, 'sentIds', uniqueId),
    entered: () => rpc<number>(ctx, sim, 'entered', uniqueId),
  };
}

type Room = Awaited<ReturnType<typeof room>>;

/** Everything the room sent, once and in order, ending with the end of the LIVE. */
async function expectAllInOrder(r: Room, run: ReturnType<typeof watch>): Promise<void> {
  const sent = await r.sentIds();
  const got = run.wire().map((e) => e.msgId);
  const dupes = got.length - new Set(got).size;
  assert(dupes === 0, `${dupes} events arrived twice`);
  const missing = sent.filter((id) => !got.includes(id)).length;
  assert(missing === 0, `${missing} of ${sent.length} sent events never arrived`);
  assert(got.join() === sent.join(), `events arrived out of order (${got.length} of ${sent.length})`);
  const last = run.wire().at(-1) as { type?: string; action?: number } | undefined;
  assert(last?.type === 'control' && last.action === 3, `the last event is not the end of the LIVE (${last?.type})`);
}

async function waitForEvents(ctx: Ctx, r: Room, run: ReturnType<typeof watch>, n: number) {
  let entered = 0;
  const poll = async () => (entered = await r.entered());
  await until(() => run.failed() || run.wire().length >= n, 10_000, `${n} events`);
  for (let i = 0; i < 500 && (await poll()) === 0; i++) await sleep(10);
  assert(entered > 0, 'the simulator saw no socket enter the room');
  void ctx;
}

/** Ends the room and waits for the stream to complete with everything the room sent. */
async function endAndCheck(r: Room, run: ReturnType<typeof watch>): Promise<void> {
  await r.call('end');
  await until(() => run.state.complete || run.failed(), 15_000, 'the end of the LIVE to complete the stream');
  await expectAllInOrder(r, run);
}

const fast: LiveRoomOptions = { reconnectDelayMs: 10, maxReconnectDelayMs: 50, fetchRoomInfo: false };

/**
 * A socket fault mid-stream: the stream says `disconnected` (with `expected` in its error code or
 * reason), reconnects, resumes where it was, and still delivers every message once and in order.
 */
function socketFault(name: string, fault: Record<string, unknown>, expected: { code?: string; reason?: RegExp }, options: LiveRoomOptions = {}) {
  return async (ctx: Ctx) => {
    const r = await room(ctx, name, { traffic: { rate: 400, seed: 7 } });
    const run = watch(ctx, r.uniqueId, { ...ctx.sims.main, ...fast, ...options });
    await waitForEvents(ctx, r, run, 20);
    await r.call('fault', fault);
    await until(() => run.failed() || run.connections() >= 2, 15_000, 'a reconnect after the fault');
    const d = run.events.find((e) => e.type === 'disconnected');
    assert(d, 'no disconnected event before the reconnect');
    if (expected.code) assert(d.error?.code === expected.code, `disconnected with ${d.error?.code ?? 'no error code'} (${d.reason}), expected ${expected.code}`);
    if (expected.reason) assert(expected.reason.test(d.reason), `disconnected with reason "${d.reason}", expected ${expected.reason}`);
    assert(d.willReconnect, 'the disconnect was not followed by a reconnect');
    await until(() => run.failed() || run.wire().length >= 60, 10_000, 'events after the reconnect');
    await endAndCheck(r, run);
  };
}

/**
 * A fault that waits for the next request (handshake, sign server, TikTok's HTTP): the stream
 * gets in after it and delivers everything.
 */
function requestFault(name: string, call: string, args: unknown[], check: (events: LiveEvent[]) => void, options: LiveRoomOptions = {}) {
  return async (ctx: Ctx) => {
    const r = await room(ctx, name, { traffic: { rate: 200, limit: 100, seed: 3 } });
    await r.call(call, ...args);
    const run = watch(ctx, r.uniqueId, { ...ctx.sims.main, ...fast, ...options });
    await until(() => run.failed() || run.wire().length >= 100, 15_000, 'every event after the fault');
    check(run.events);
    await endAndCheck(r, run);
  };
}

function firstDisconnect(events: LiveEvent[]) {
  const d = events.find((e) => e.type === 'disconnected');
  assert(d, 'no disconnected event: the fault went unnoticed');
  assert(d.willReconnect, `the fault was terminal: ${d.reason}`);
  return d;
}

/** Real captured payloads, as the control process serves them (base64, by file and method). */
type Captures = Record<string, Record<string, Array<{ eventData: string }>>>;

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The error classes and the arguments that make one, to check their `name` and `instanceof`. */
const ERROR_SAMPLES: Array<[string, () => errors.LiveError]> = [
  ['UserOfflineError', () => new errors.UserOfflineError('someone')],
  ['UserNotFoundError', () => new errors.UserNotFoundError('someone')],
  ['HandshakeRejectedError', () => new errors.HandshakeRejectedError(417, 'DEVICE_BLOCKED')],
  ['FrameDecodeError', () => new errors.FrameDecodeError('bad frame')],
  ['PayloadTooLargeError', () => new errors.PayloadTooLargeError(1024)],
  ['InvalidArgumentError', () => new errors.InvalidArgumentError('bad')],
];

/**
 * The checks, in order. `inPage`: the check makes sense in a web page too (decoding, errors); the
 * others open TikTok's socket with `liveRoom$`, which a page cannot (it may send no cookies or headers,
 * and TikTok's HTTP answers carry no CORS headers): pages use `relayRoom$` through the relay.
 */
export const CHECKS: Array<{ name: string; inPage?: true; run: (ctx: Ctx) => Promise<void> }> = [
  {
    name: 'decodes the real captures',
    inPage: true,
    run: async (ctx) => {
      const res = await fetch(`${ctx.env.control}/realframes`);
      assert(res.ok, `the control process has no captures (${res.status})`);
      const captures = (await res.json()) as Captures;
      const decoded: Array<{ method: string; event: WireEvent }> = [];
      for (const file of Object.keys(captures).sort()) {
        for (const [method, entries] of Object.entries(captures[file]!)) {
          if (!KNOWN_METHODS.includes(canonicalMethod(method))) continue;
          for (const e of entries) decoded.push({ method, event: decodeMessage(method, fromBase64(e.eventData)) });
        }
      }
      assert(decoded.length > 1000, `only ${decoded.length} payloads decoded`);
      const methods = new Set(decoded.map((d) => d.method)).size;
      assert(methods >= 21, `only ${methods} methods of the captures map to events`);
      const unknown = decoded.filter((d) => d.event.type === 'unknown');
      assert(unknown.length === 0, `${unknown.length} payloads did not decode (first: ${unknown[0]?.method})`);
      const gift = decoded.find((d) => d.event.msgId === '7309148383620451090');
      assert(gift?.event.type === 'gift' && gift.event.roomId === '7309128470994258694', 'a 64-bit id beyond 2^53 lost precision');
      assert(decoded.filter((d) => d.event.type === 'chat').length === 101, 'the captures hold 101 chats');
    },
  },
  {
    // Each of these once failed on workerd with `nodejs_compat`: protobufjs's Buffer writer wrote long
    // strings with a `Buffer#utf8Write` it lacks, its zlib refused the limit `Infinity` meant, and a
    // frame past the cap failed with its "Memory limit exceeded" RangeError, not a PayloadTooLargeError.
    name: 'decoders: long strings encode, maxBytes: Infinity inflates, a cap stops a gzip bomb',
    inPage: true,
    run: async () => {
      const comment = 'a comment of well over forty characters, with ünïcödé and 👋';
      const raw = encodeEvent(chatEvent({ comment }));
      assert(Object.getPrototypeOf(raw.payload) === Uint8Array.prototype, `encodeEvent made a ${raw.payload.constructor.name}, not a plain Uint8Array`);
      const back = decodeMessage(raw.method, raw.payload);
      assert(back.type === 'chat' && back.comment === comment, `the comment came back as ${JSON.stringify(back.type === 'chat' ? back.comment : back.type)}`);
      const frame = encodeMessageFrame({ messages: [raw], cursor: 'c'.repeat(60), internalExt: 'x'.repeat(80) }, { logId: '1', gzip: true });
      for (const maxBytes of [undefined, Infinity]) {
        const events = decodeFrame(frame, { maxBytes }).events;
        assert(events.length === 1 && events[0]!.type === 'chat' && events[0]!.comment === comment, `a gzipped frame with maxBytes ${maxBytes} decoded to ${events.map((e) => e.type).join() || 'nothing'}`);
      }
      const bomb = gzip(new Uint8Array(2 * 1024 * 1024));
      assert(inflate(bomb, { maxBytes: Infinity }).length === 2 * 1024 * 1024, 'maxBytes: Infinity did not inflate 2 MiB whole');
      let err: unknown;
      try {
        inflate(bomb, { maxBytes: 1024 * 1024 });
      } catch (e) {
        err = e;
      }
      assert(err instanceof errors.PayloadTooLargeError, `2 MiB of gzip under a 1 MiB cap gave ${err === undefined ? 'no error' : describe(err)}`);
    },
  },
  {
    name: 'typed errors keep their names',
    inPage: true,
    run: async () => {
      for (const [name, make] of ERROR_SAMPLES) {
        const err = make();
        assert(err instanceof errors.LiveError && err instanceof Error, `${name} is not a LiveError`);
        assert(err.name === name, `new ${name}().name is "${err.name}"`);
      }
      // As the library throws one.
      let err: unknown;
      try {
        decodeFrame(new Uint8Array(0));
      } catch (e) {
        err = e;
      }
      assert(err instanceof errors.FrameDecodeError, `an empty frame gave ${err === undefined ? 'no error' : describe(err)}`);
      assert(err.name === 'FrameDecodeError' && err.code === 'FRAME_DECODE', `the empty frame's error is named "${err.name}" (${err.code})`);
    },
  },
  {
    name: 'liveRoom$: every message once, in order, completes at the end',
    run: async (ctx) => {
      const r = await room(ctx, 'whole', { traffic: { rate: 2000, limit: 3000, endAfterLimit: true, seed: 5 } });
      const run = watch(ctx, r.uniqueId, { ...ctx.sims.main, ...fast, fetchRoomInfo: true });
      await until(() => run.state.complete || run.failed(), 20_000, 'the end of the LIVE');
      assert(run.events[0]?.type === 'roomInfo', `the first event is ${run.events[0]?.type}, not roomInfo`);
      await expectAllInOrder(r, run);
    },
  },
  { name: 'fault: dropConnection (close frame)', run: socketFault('dropclean', { type: 'dropConnection', clean: true }, { code: 'CONNECTION_CLOSED' }) },
  { name: 'fault: dropConnection (TCP reset)', run: socketFault('dropreset', { type: 'dropConnection', clean: false }, { code: 'CONNECTION_CLOSED' }) },
  { name: 'fault: stall', run: socketFault('stall', { type: 'stall' }, { code: 'STALE_CONNECTION' }, { heartbeatInterval: 100, staleAfterMs: 400 }) },
  { name: 'fault: corruptFrame', run: socketFault('corrupt', { type: 'corruptFrame' }, { code: 'FRAME_DECODE' }) },
  { name: 'fault: truncatedGzip', run: socketFault('truncated', { type: 'truncatedGzip' }, { code: 'FRAME_DECODE', reason: /truncated/ }) },
  { name: 'fault: gzipBomb', run: socketFault('bomb', { type: 'gzipBomb' }, { code: 'PAYLOAD_TOO_LARGE' }) },
  { name: 'fault: oversizedFrame', run: socketFault('oversized', { type: 'oversizedFrame' }, { code: 'PAYLOAD_TOO_LARGE' }) },
  {
    name: 'fault: rejectHandshakes',
    run: requestFault('doorman', 'rejectHandshakes', [1, 'DEVICE_BLOCKED'], (events) => {
      const d = firstDisconnect(events);
      assert(d.error?.code === 'HANDSHAKE_REJECTED', `the rejection surfaced as ${d.error?.code ?? 'no code'}: "${d.reason}"`);
    }),
  },
  {
    name: "fault: rejectHandshakes: TikTok's reason is kept",
    run: requestFault('bouncer', 'rejectHandshakes', [1, 'DEVICE_BLOCKED'], (events) => {
      const d = firstDisconnect(events);
      const expected = 'TikTok rejected the WebSocket handshake (status 417: DEVICE_BLOCKED)';
      assert(d.reason === expected, `the reason is "${d.reason}", not "${expected}"`);
    }),
  },
  {
    name: 'fault: signRateLimit (retry-after)',
    run: requestFault('popular', 'signRateLimit', [1, 1], (events) => {
      const d = firstDisconnect(events);
      assert(d.delayMs === 1000 && /rate-limited/.test(d.reason), `waited ${d.delayMs} ms after "${d.reason}"`);
    }),
  },
  { name: 'fault: signServerError', run: requestFault('signfail', 'signServerError', [1, 503], (events) => void firstDisconnect(events)) },
  { name: 'fault: breakHttp', run: requestFault('broken', 'breakHttp', [1, 500], (events) => void firstDisconnect(events), { fetchRoomInfo: true }) },
  {
    name: 'fault: slowHttp',
    run: requestFault('slow', 'slowHttp', [300], (events) => assert(!events.some((e) => e.type === 'disconnected'), 'a slow answer was taken for a failure'), { fetchRoomInfo: true }),
  },
  {
    name: 'fault: goOffline, and a room offline from the start',
    run: async (ctx) => {
      const asleep = await room(ctx, 'asleep', { status: 'offline' });
      const err = await lastValueFrom(liveRoom$(asleep.uniqueId, ctx.sims.main)).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert(err instanceof errors.UserOfflineError, `an offline room errored with ${describe(err)}`);
      assert(err.name === 'UserOfflineError' && err.code === 'USER_OFFLINE', `the offline error is named "${err.name}"`);
      const r = await room(ctx, 'leaving', { traffic: { rate: 200 } });
      const run = watch(ctx, r.uniqueId, { ...ctx.sims.main, ...fast });
      await waitForEvents(ctx, r, run, 5);
      await r.call('goOffline');
      await until(() => run.state.error !== undefined || run.state.complete, 10_000, 'the stream to end');
      assert(run.state.error instanceof errors.UserOfflineError, `ended with ${run.state.complete ? 'complete' : describe(run.state.error)}`);
      assert(run.state.error.name === 'UserOfflineError', `the error is named "${run.state.error.name}"`);
    },
  },
  {
    name: 'enforced signature: socket carries the cookies',
    run: async (ctx) => {
      const r = await room(ctx, 'strict', { traffic: { rate: 500, limit: 200, seed: 9 } }, 'strict');
      const run = watch(ctx, r.uniqueId, { ...ctx.sims.strict, ...fast, maxReconnectAttempts: 2 });
      await until(() => run.state.complete || run.state.error !== undefined || run.wire().length >= 200, 15_000, 'the events of a room that enforces signatures');
      if (run.state.error !== undefined) throw new CheckFailed(`refused: ${describe(run.state.error)}`);
      const cookies = await r.call<Array<Record<string, string>>>('cookies');
      assert(cookies.some((c) => /^1\|/.test(c.ttwid ?? '')), `the socket carried no ttwid cookie (${JSON.stringify(cookies)})`);
      await endAndCheck(r, run);
    },
  },
  {
    name: 'unsubscribe closes the socket',
    run: async (ctx) => {
      const r = await room(ctx, 'brief', { traffic: { rate: 200 } });
      const run = watch(ctx, r.uniqueId, { ...ctx.sims.main, ...fast, heartbeatInterval: 50 });
      await waitForEvents(ctx, r, run, 5);
      for (const s of ctx.subs.splice(0)) s.unsubscribe();
      let open = 1;
      for (let i = 0; i < 300 && open > 0; i++) {
        open = await r.call<number>('openSockets');
        if (open > 0) await sleep(10);
      }
      assert(open === 0, 'the simulator still holds the socket 3 s after unsubscribing');
    },
  },
];

/** Runs every check (or `env.only`) in turn, each within `timeoutMs`. */
export async function runConformance(env: ConformanceEnv, timeoutMs = 45_000): Promise<CheckResult[]> {
  const infoRes = await fetch(`${env.control}/info`);
  const sims = (await infoRes.json()) as Ctx['sims'];
  const results: CheckResult[] = [];
  for (const check of CHECKS) {
    if (env.only && !env.only.includes(check.name)) continue;
    const ctx: Ctx = { env, sims, subs: [] };
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        check.run(ctx),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new CheckFailed(`did not finish within ${timeoutMs} ms`)), timeoutMs))),
      ]);
      results.push({ check: check.name, ok: true, ms: Date.now() - started });
    } catch (err) {
      const reason = err instanceof CheckFailed ? err.message : `threw ${describe(err)}`;
      results.push({ check: check.name, ok: false, reason, ms: Date.now() - started });
    } finally {
      clearTimeout(timer);
      for (const s of ctx.subs.splice(0)) s.unsubscribe();
    }
  }
  return results;
}
