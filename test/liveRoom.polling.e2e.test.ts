import type { Subscription } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveRoomOptions } from '../src/index.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';
import { watchRoom } from './support/watchRoom.js';

let sim: Simulator | undefined;
const subs: Subscription[] = [];
afterEach(async () => {
  for (const s of subs.splice(0)) s.unsubscribe();
  await sim?.close();
  sim = undefined;
});

async function simulate(options: SimulatorOptions) {
  sim = await startSimulator({ fetchIntervalMs: 250, ...options });
  return sim;
}

function watch(uniqueId: string, options: LiveRoomOptions) {
  const run = watchRoom(subs, uniqueId, options);
  const ended = () => until(() => run.state.complete || run.state.error !== undefined, 20_000, 'the end of the LIVE');
  return { ...run, ended };
}

describe("liveRoom$ with transport 'polling' against the simulator over real HTTP", () => {
  it('delivers exactly what the room sent, in order, through dropped connections, 429s with retry-after and 5xx answers, then ends with the LIVE', { timeout: 60_000 }, async () => {
    const key = 'polling-key-7a9c1e';
    const s = await simulate({ apiKeys: [key], rooms: [{ uniqueId: 'no_sockets', traffic: { rate: 40, limit: 240 } }] });
    const room = s.room('no_sockets');
    const run = watch('no_sockets', { ...s.clientOptions, transport: 'polling', reconnectDelayMs: 50, maxReconnectDelayMs: 200, maxReconnectAttempts: 10 });
    const got = (n: number) => until(() => {
      if (run.state.error) throw run.state.error;
      return run.wire().length >= n;
    }, 20_000, `${n} events`);
    await got(30);
    room.dropHttp(2); // two polls lose their connection unanswered…
    await got(80);
    room.signRateLimit(1, 1); // …one is rate-limited (retry-after 1 s)…
    await got(130);
    room.signServerError(2, 503); // …and two fail with a 503
    await until(() => room.sent().length === 240 && run.wire().length === 240, 20_000, 'every event');
    room.end();
    await run.ended();
    expect(run.state.error).toBeUndefined();
    expect(room.sent()).toHaveLength(241);
    expect(run.wire().map((e) => e.msgId)).toEqual(room.sent().map((m) => m.msgId));
    expect(run.wire().at(-1)).toMatchObject({ type: 'control', action: 3 });
    // Each failure was told, with what kept the poll from an answer, and recovered from.
    const failures = run.of('disconnected');
    expect(failures.map((d) => d.error?.name)).toEqual(['NetworkError', 'NetworkError', 'SignRateLimitError', 'SignServerError', 'SignServerError']);
    expect(failures.every((d) => d.willReconnect && d.code === undefined)).toBe(true);
    // The 429 asked for a second: the retry waited that long, not the 50 ms backoff.
    expect(failures[2]!.delayMs).toBeGreaterThanOrEqual(1000);
    const connected = run.of('connected');
    expect(connected).toHaveLength(4); // the first poll, and again after each run of failures
    expect(connected.every((c) => c.transport === 'polling')).toBe(true);
    // No WebSocket was ever opened, and the key appears in no event.
    expect(room.received()).toEqual([]);
    expect(JSON.stringify(run.events.map((e) => (e.type === 'disconnected' ? e.reason : e)))).not.toContain(key);
  });

  it("polls TikTok's im/fetch itself through the tiktool-style sign server, each poll signed, through TikTok's 429 and 5xx", { timeout: 30_000 }, async () => {
    const s = await simulate({ enforceSignature: true, rooms: [{ uniqueId: 'signed_polls', traffic: { rate: 30, limit: 90, endAfterLimit: true } }] });
    const room = s.room('signed_polls');
    const run = watch('signed_polls', { ...s.clientOptions, signProvider: 'tiktool', transport: 'polling', fetchRoomInfo: false, reconnectDelayMs: 50 });
    await until(() => run.wire().length >= 20, 10_000, 'the first events');
    room.breakHttp(1, 429, '{"status_code":429}', 1); // TikTok itself asks the poller to slow down…
    await until(() => run.of('disconnected').length === 1, 10_000, 'the 429');
    room.breakHttp(1, 502); // …then fails once
    await run.ended();
    expect(run.state.error).toBeUndefined();
    expect(run.wire().map((e) => e.msgId)).toEqual(room.sent().map((m) => m.msgId));
    const failures = run.of('disconnected');
    expect(failures.map((d) => [d.error?.name, (d.error as { status?: number } | undefined)?.status])).toEqual([
      ['HttpError', 429],
      ['HttpError', 502],
    ]);
    expect(failures[0]!.delayMs).toBeGreaterThanOrEqual(1000);
    expect(room.received()).toEqual([]);
  });

  it("keeps TikTok's other 4xx terminal", { timeout: 30_000 }, async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'forbidden', traffic: { rate: 20 } }] });
    const room = s.room('forbidden');
    const run = watch('forbidden', { ...s.clientOptions, signProvider: 'tiktool', transport: 'polling', fetchRoomInfo: false, reconnectDelayMs: 50 });
    await until(() => run.of('connected').length === 1, 10_000, 'the first poll');
    room.breakHttp(1, 403);
    await until(() => run.state.error !== undefined, 10_000, 'the error');
    expect(run.state.error).toMatchObject({ name: 'HttpError', status: 403, retryable: false });
    expect(run.of('disconnected')).toEqual([]);
  });

  it('delivers the end of a LIVE that ended between two polls', { timeout: 30_000 }, async () => {
    const s = await simulate({ fetchIntervalMs: 2000, rooms: [{ uniqueId: 'between', traffic: false }] });
    const room = s.room('between');
    const run = watch('between', { ...s.clientOptions, transport: 'polling', fetchRoomInfo: false });
    await until(() => run.of('connected').length === 1, 5000, 'the first poll');
    room.emit('chat', 5);
    room.emit('gift', 3);
    room.end(); // the client is waiting the 2 s the last answer asked for
    expect(run.wire()).toEqual([]);
    await run.ended();
    expect(run.state.error).toBeUndefined();
    expect(run.wire().map((e) => e.msgId)).toEqual(room.sent().map((m) => m.msgId));
    expect(run.wire().at(-1)).toMatchObject({ type: 'control', action: 3 });
  });

  it('delivers the tail and the end to a poller that was away (retrying) when the LIVE ended', { timeout: 30_000 }, async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'away', traffic: false }] });
    const room = s.room('away');
    const run = watch('away', { ...s.clientOptions, transport: 'polling', reconnectDelayMs: 1500, fetchRoomInfo: false });
    await until(() => run.of('connected').length === 1, 5000, 'the first poll');
    room.emit('chat', 10);
    await until(() => run.wire().length === 10, 5000, 'first events');
    room.dropHttp(1);
    await until(() => run.of('disconnected').length === 1, 5000, 'the dropped poll');
    room.emit('gift', 100); // while the client waits to retry…
    room.end(); // …the LIVE ends
    await run.ended();
    expect(run.state.error).toBeUndefined();
    expect(run.wire().map((e) => e.msgId)).toEqual(room.sent().map((m) => m.msgId));
    expect(run.of('gap')).toEqual([]);
  });
});

describe("liveRoom$ with transport 'auto' against the simulator", () => {
  it('falls back to polling when WebSocket upgrades are refused, says so, and delivers exactly what was sent', { timeout: 30_000 }, async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'firewalled', traffic: { rate: 40, limit: 120 } }] });
    const room = s.room('firewalled');
    room.rejectHandshakes(1_000_000, 'DEVICE_BLOCKED'); // every socket, as behind a proxy that blocks them
    const run = watch('firewalled', { ...s.clientOptions, transport: 'auto', reconnectDelayMs: 50, fetchRoomInfo: false });
    await until(() => room.sent().length === 120 && run.wire().length === 120, 20_000, 'every event');
    room.end();
    await run.ended();
    expect(run.state.error).toBeUndefined();
    expect(run.wire().map((e) => e.msgId)).toEqual(room.sent().map((m) => m.msgId));
    // Two refused sockets, then polling, told on `connected`.
    expect(run.events.filter((e) => e.type === 'disconnected' || e.type === 'connected').map((e) => (e.type === 'connected' ? `connected:${e.transport}` : e.error?.name))).toEqual([
      'HandshakeRejectedError',
      'HandshakeRejectedError',
      'connected:polling',
    ]);
    expect(room.connections()).toEqual([]);
  });

  it('stays on the WebSocket when it opens', { timeout: 30_000 }, async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'open_net', traffic: { rate: 40, limit: 40, endAfterLimit: true } }] });
    const room = s.room('open_net');
    const run = watch('open_net', { ...s.clientOptions, transport: 'auto', fetchRoomInfo: false });
    await run.ended();
    expect(run.state.error).toBeUndefined();
    expect(run.wire().map((e) => e.msgId)).toEqual(room.sent().map((m) => m.msgId));
    expect(run.of('connected')).toEqual([{ type: 'connected', roomId: room.roomId, attempt: 1 }]);
    expect(room.received().some((f) => f.payloadType === 'im_enter_room')).toBe(true);
  });
});
