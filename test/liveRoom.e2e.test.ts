import { filter, firstValueFrom, lastValueFrom, take, tap, toArray, type Subscription } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AgeRestrictedError,
  CaptchaRequiredError,
  HandshakeRejectedError,
  liveRoom$,
  RoomStats,
  SignAuthError,
  UserNotFoundError,
  UserOfflineError,
  type LiveRoomOptions,
} from '../src/index.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../src/simulator/index.js';
import { sleep, until } from './support/rawClient.js';
import { watchRoom } from './support/watchRoom.js';

let sim: Simulator | undefined;
const subs: Subscription[] = [];
afterEach(async () => {
  for (const s of subs.splice(0)) s.unsubscribe();
  await sim?.close();
  sim = undefined;
});

async function simulate(options: SimulatorOptions) {
  sim = await startSimulator(options);
  return sim;
}

/** Subscribes and records everything, for tests that watch a stream run. */
const watch = (uniqueId: string, options: LiveRoomOptions) => watchRoom(subs, uniqueId, options);

describe('liveRoom$ against the simulator over real sockets', () => {
  it('delivers every event of a 50,000-event stream exactly once and in order through 20 forced disconnects', { timeout: 180_000 }, async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'marathon', traffic: { rate: 5_000, limit: 50_000 } }] });
    const room = s.room('marathon');
    const run = watch('marathon', { ...s.clientOptions, reconnectDelayMs: 10, maxReconnectDelayMs: 50, fetchRoomInfo: false });
    const connections = () => run.events.filter((e) => e.type === 'connected').length;
    // Spread the drops over the stream: the k-th once 2,400·k events are out and connection k is up.
    for (let k = 1; k <= 20; k++) {
      await until(() => {
        if (run.state.error) throw run.state.error;
        return connections() === k && room.connections().some((c) => c.enteredRoom) && room.sent().length >= Math.min(2_400 * k, 50_000);
      }, 60_000, `connection ${k}`);
      expect(room.dropConnection({ clean: k % 2 === 0 })).toBe(1);
    }
    await until(() => room.sent().length === 50_000 && run.wire().length === 50_000, 60_000, 'every event');
    // The 21st connection opens before the end: an end that came while the client was away would reach
    // it through the sign server's fetch, with no connection (a case of its own, tested below).
    await until(() => connections() === 21, 60_000, 'the last connection');
    room.end();
    await until(() => run.state.complete || run.state.error !== undefined, 60_000, 'the end of the LIVE');
    expect(run.state.error).toBeUndefined();
    const sent = room.sent().map((m) => m.msgId);
    expect(sent).toHaveLength(50_001);
    expect(run.wire().map((e) => e.msgId)).toEqual(sent);
    const disconnects = run.events.filter((e) => e.type === 'disconnected');
    expect(disconnects).toHaveLength(20);
    expect(connections()).toBe(21);
    expect(run.wire().at(-1)).toMatchObject({ type: 'control', action: 3 });
  });

  it('delivers the tail and the end to a client that was disconnected when the LIVE ended', async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'finale', traffic: false }] });
    const room = s.room('finale');
    const run = watch('finale', { ...s.clientOptions, reconnectDelayMs: 200, fetchRoomInfo: false });
    await until(() => room.connections().some((c) => c.enteredRoom), 5000, 'connection');
    room.emit('chat', 10);
    await until(() => run.wire().length === 10, 5000, 'first events');
    room.dropConnection({ clean: false });
    room.emit('gift', 100); // while the client is away…
    room.end(); // …the LIVE ends
    await until(() => run.state.complete || run.state.error !== undefined, 10_000, 'the end');
    expect(run.state.error).toBeUndefined();
    expect(run.wire().map((e) => e.msgId)).toEqual(room.sent().map((m) => m.msgId));
    // A new viewer, with no position to resume from, is told the room is offline.
    expect(await lastValueFrom(liveRoom$('finale', { ...s.clientOptions, fetchRoomInfo: false })).then(() => undefined, (e: unknown) => e)).toBeInstanceOf(UserOfflineError);
  });

  it.each([0, 1, 63, 64, 500])('delivers the end of a LIVE that ended while the client was away, %i messages missed', async (missed) => {
    const s = await simulate({ rooms: [{ uniqueId: 'finale', traffic: false }] });
    const room = s.room('finale');
    const run = watch('finale', { ...s.clientOptions, reconnectDelayMs: 200, maxReconnectAttempts: 2, fetchRoomInfo: false });
    await until(() => room.connections().some((c) => c.enteredRoom), 5000, 'connection');
    room.emit('chat', 5);
    await until(() => run.wire().length === 5, 5000, 'first events');
    room.dropConnection({ clean: false });
    if (missed > 0) room.emit('gift', missed);
    room.end();
    await until(() => run.state.complete || run.state.error !== undefined, 10_000, 'the end');
    expect(run.state.error).toBeUndefined();
    expect(run.wire().map((e) => e.msgId)).toEqual(room.sent().map((m) => m.msgId));
    expect(run.wire().at(-1)).toMatchObject({ type: 'control', action: 3 });
  });

  it('loses nothing when the very first handshake is rejected', async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'doorman', traffic: { rate: 200, limit: 301, endAfterLimit: true, seed: 3 } }] });
    const room = s.room('doorman');
    room.rejectHandshakes(1, 'DEVICE_BLOCKED');
    const run = watch('doorman', { ...s.clientOptions, reconnectDelayMs: 300, fetchRoomInfo: false });
    await until(() => run.state.complete || run.state.error !== undefined, 15_000, 'the end');
    expect(run.state.error).toBeUndefined();
    expect(room.sent()).toHaveLength(302); // 301 and the end
    expect(run.wire().filter((e) => !room.sent().some((m) => m.msgId === e.msgId))).toEqual([]);
    expect(run.wire().map((e) => e.msgId)).toEqual(room.sent().map((m) => m.msgId));
  });

  it('tells of a gap, with how much was missed, when the server no longer holds what a reconnect needs', async () => {
    const s = await simulate({ historySize: 1000, rooms: [{ uniqueId: 'forgetful', traffic: false }] });
    const room = s.room('forgetful');
    const run = watch('forgetful', { ...s.clientOptions, reconnectDelayMs: 300, fetchRoomInfo: false });
    await until(() => room.connections().some((c) => c.enteredRoom), 5000, 'connection');
    room.emit('chat', 10);
    await until(() => run.wire().length === 10, 5000, 'first events');
    room.dropConnection({ clean: false });
    room.emit('chat', 5000); // while away: more than the 1,000 the server keeps
    const last = room.sent().at(-1)!.msgId;
    await until(() => run.wire().at(-1)?.msgId === last, 10_000, 'the kept history');
    const lost = 5010 - run.wire().length;
    expect(lost).toBeGreaterThanOrEqual(3000);
    expect(run.events.filter((e) => e.type === 'gap')).toEqual([{ type: 'gap', roomId: room.roomId, missed: lost }]);
    // The gap comes right before the first event after it.
    const at = run.events.findIndex((e) => e.type === 'gap');
    expect(run.events.slice(at - 1, at + 2).map((e) => e.type)).toEqual(['disconnected', 'gap', 'chat']);
    expect(new Set(run.wire().map((e) => e.msgId)).size).toBe(run.wire().length);
  });

  it('keeps running figures in a RoomStats: events, bytes, heartbeats, reconnects, lag', async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'counted', traffic: false }] });
    const room = s.room('counted');
    const stats = new RoomStats();
    const run = watch('counted', { ...s.clientOptions, reconnectDelayMs: 50, fetchRoomInfo: false, stats });
    await until(() => room.connections().some((c) => c.enteredRoom), 5000, 'connection');
    room.emit('chat', 100);
    await until(() => run.wire().length === 100, 5000, 'first events');
    room.dropConnection({ clean: false });
    room.emit('like', 50);
    room.end();
    await until(() => run.state.complete, 10_000, 'the end');
    const figures = stats.snapshot();
    // The end came in the resumed fetch: the second attempt never needed a socket.
    expect(figures).toMatchObject({ connected: false, events: 151, reconnects: 1, attempt: 1, decodeErrors: 0, gaps: 0 });
    expect(figures.frames).toBeGreaterThan(0);
    expect(figures.bytes).toBeGreaterThan(figures.frames);
    expect(figures.heartbeats).toBeGreaterThanOrEqual(1); // one as the socket opened, at least
    expect(figures.lagMs).toBeGreaterThanOrEqual(0);
    expect(figures.lastError).toMatchObject({ code: 'CLOSE_1006' });
  });

  it('decodes only the event types asked for with `events`, and always the end of the LIVE', async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'picky', traffic: false }] });
    const room = s.room('picky');
    const run = watch('picky', { ...s.clientOptions, fetchRoomInfo: false, events: ['gift', 'rankUpdate'] });
    await until(() => room.connections().some((c) => c.enteredRoom), 5000, 'connection');
    room.emit('chat', 5);
    room.emit('gift', 5);
    room.emit('like', 5);
    room.push({ type: 'rankUpdate', rankType: 8, rankList: [] });
    room.end();
    await until(() => run.state.complete, 5000, 'the end');
    const kept = new Set(['gift', 'rankUpdate', 'control']);
    expect(run.wire().map((e) => e.msgId)).toEqual(room.sent().filter((m) => kept.has(m.type)).map((m) => m.msgId));
    expect(new Set(run.wire().map((e) => e.type))).toEqual(kept);
  });

  it('runs the seed SDK examples as written with our operators: chat bot, gift leaderboard, battle monitor, viewer count', async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'showtime', traffic: { rate: 2000, limit: 6000, endAfterLimit: true, seed: 4 } }] });
    const { chat$, gift$, battle$, battleArmies$, roomUserSeq$, comboEnd, leaderboard, shareRoom } = await import('../src/index.js');
    const room$ = liveRoom$('showtime', { ...s.clientOptions }).pipe(shareRoom({ graceMs: 2000 }));
    const lines: string[] = [];
    const boards: Array<Array<{ total: number }>> = [];
    const battles: string[] = [];
    let viewers = 0;
    subs.push(chat$(room$).subscribe((e) => lines.push(`${e.user.uniqueId}: ${e.comment}`)));
    subs.push(gift$(room$).pipe(comboEnd({ idleMs: 500 }), leaderboard({ top: 10 })).subscribe((b) => boards.push(b)));
    subs.push(battle$(room$).subscribe((b) => battles.push(`battle ${b.battleId} status ${b.status}`)));
    subs.push(battleArmies$(room$).subscribe((a) => battles.push(`armies ${a.teams.map((t) => t.score).join(':')}`)));
    subs.push(roomUserSeq$(room$).subscribe((e) => (viewers = e.viewerCount)));
    await until(() => s.room('showtime').status === 'offline', 20_000, 'the end of the show');
    await sleep(300);
    const sent = s.room('showtime').sent();
    expect(lines.length).toBe(sent.filter((m) => m.type === 'chat').length);
    expect(lines[0]).toMatch(/^\w+_\d+: .+/);
    expect(boards.length).toBeGreaterThan(0);
    const final = boards.at(-1)!;
    expect(final.length).toBeLessThanOrEqual(10);
    for (let i = 1; i < final.length; i++) expect(final[i - 1]!.total).toBeGreaterThanOrEqual(final[i]!.total);
    expect(battles.some((b) => b.startsWith('battle') && b.endsWith('status 1'))).toBe(true);
    expect(battles.some((b) => b.startsWith('armies'))).toBe(true);
    expect(viewers).toBeGreaterThan(0);
  });

  it('detects a stalled connection and recovers without losing events', async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'quiet', traffic: { rate: 200 } }] });
    const room = s.room('quiet');
    const run = watch('quiet', { ...s.clientOptions, heartbeatInterval: 100, staleAfterMs: 400, reconnectDelayMs: 10, fetchRoomInfo: false });
    await until(() => room.connections().some((c) => c.enteredRoom), 5000, 'connection');
    await sleep(200);
    room.stall();
    await until(() => run.events.some((e) => e.type === 'disconnected'), 5000, 'stale detection');
    const stale = run.events.find((e) => e.type === 'disconnected')!;
    expect(stale).toMatchObject({ willReconnect: true, reason: expect.stringMatching(/No frame arrived for 400 ms/) });
    await until(() => run.events.filter((e) => e.type === 'connected').length === 2, 5000, 'reconnection');
    await sleep(300);
    room.end();
    await until(() => run.state.complete, 5000, 'end');
    expect(run.wire().map((e) => e.msgId)).toEqual(room.sent().map((m) => m.msgId));
  });

  it('honours a sign server 429 retry-after before reconnecting', async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'popular', traffic: { rate: 50 } }] });
    s.room('popular').signRateLimit(1, 1);
    const started = performance.now();
    const run = watch('popular', { ...s.clientOptions, reconnectDelayMs: 10, fetchRoomInfo: false });
    await until(() => run.events.some((e) => e.type === 'connected'), 10_000, 'connection after the limit');
    expect(run.events[0]).toMatchObject({ type: 'disconnected', willReconnect: true, delayMs: 1000, reason: expect.stringMatching(/rate-limited/) });
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('retries a rejected handshake and gets in', async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'guarded', traffic: { rate: 50 } }] });
    s.room('guarded').rejectHandshakes(1, 'DEVICE_BLOCKED');
    const run = watch('guarded', { ...s.clientOptions, reconnectDelayMs: 10, fetchRoomInfo: false });
    await until(() => run.events.some((e) => e.type === 'connected'), 10_000, 'connection');
    expect(run.events.find((e) => e.type === 'disconnected')).toMatchObject({ reason: 'TikTok rejected the WebSocket handshake (status 417: DEVICE_BLOCKED)' });
    expect(new HandshakeRejectedError(417, 'x').retryable).toBe(true);
  });

  it('errors with UserOfflineError for an offline user, without retrying or connecting', async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'asleep', status: 'offline' }] });
    const run = watch('asleep', { ...s.clientOptions });
    await until(() => run.state.error !== undefined, 5000, 'the error');
    expect(run.state.error).toBeInstanceOf(UserOfflineError);
    expect((run.state.error as Error).message).toBe('@asleep is not live right now');
    expect(run.events).toEqual([]);
    expect(s.room('asleep').received()).toEqual([]);
  });

  it('errors with the typed error for a missing user, an age-restricted room, a captcha page and a bad key', async () => {
    const s = await simulate({
      apiKeys: ['good'],
      rooms: [
        { uniqueId: 'gone', status: 'notFound' },
        { uniqueId: 'adults', status: 'ageRestricted' },
        { uniqueId: 'walled', status: 'captcha' },
        { uniqueId: 'open_room', traffic: { rate: 10 } },
      ],
    });
    const failure = (name: string, options: LiveRoomOptions) => lastValueFrom(liveRoom$(name, options)).then(() => undefined, (e: unknown) => e);
    expect(await failure('gone', s.clientOptions)).toBeInstanceOf(UserNotFoundError);
    expect(await failure('nobody_here', s.clientOptions)).toBeInstanceOf(UserNotFoundError);
    expect(await failure('adults', s.clientOptions)).toBeInstanceOf(AgeRestrictedError);
    expect(await failure('walled', s.clientOptions)).toBeInstanceOf(CaptchaRequiredError);
    expect(await failure('open_room', { ...s.clientOptions, apiKey: 'wrong' })).toBeInstanceOf(SignAuthError);
  });

  it('connects through both sign-provider styles', async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'both', traffic: { rate: 100 } }] });
    for (const signProvider of ['euler', 'tiktool'] as const) {
      const events = await firstValueFrom(liveRoom$('both', { ...s.clientOptions, signProvider }).pipe(filter((e) => 'msgId' in e), take(20), toArray()));
      expect(events).toHaveLength(20);
    }
  });

  it('emits roomInfo first, then connected', async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'info', title: 'Speedrun', traffic: { rate: 50 } }] });
    const first = await firstValueFrom(liveRoom$('@info', s.clientOptions).pipe(take(2), toArray()));
    expect(first[0]).toMatchObject({ type: 'roomInfo', roomId: s.room('info').roomId, info: { title: 'Speedrun', isLive: true, owner: { uniqueId: 'info' } } });
    expect(first[1]).toMatchObject({ type: 'connected', roomId: s.room('info').roomId, attempt: 1 });
  });

  it('ends with UserOfflineError when the streamer goes offline mid-stream', async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'leaving', traffic: { rate: 50 } }] });
    const run = watch('leaving', { ...s.clientOptions, reconnectDelayMs: 10 });
    await until(() => run.wire().length > 5, 5000, 'events');
    s.room('leaving').goOffline();
    await until(() => run.state.error !== undefined, 5000, 'the error');
    expect(run.state.error).toBeInstanceOf(UserOfflineError);
    expect(run.events.filter((e) => e.type === 'disconnected').length).toBeGreaterThanOrEqual(1);
  });

  it('unsubscribing mid-stream closes the socket and leaves no timers or handles behind', async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'brief', traffic: { rate: 500 } }] });
    const count = () => {
      const r = process.getActiveResourcesInfo();
      return { timers: r.filter((x) => x === 'Timeout').length, sockets: r.filter((x) => x === 'TCPSocketWrap').length };
    };
    const before = count();
    const sub = liveRoom$('brief', { ...s.clientOptions, heartbeatInterval: 50 }).subscribe();
    await until(() => s.openSockets() === 1, 5000, 'socket open');
    await sleep(200);
    sub.unsubscribe();
    await until(() => s.openSockets() === 0, 5000, 'socket closed on the simulator');
    await sleep(100);
    const after = count();
    expect(after.timers).toBeLessThanOrEqual(before.timers);
    expect(after.sockets).toBeLessThanOrEqual(before.sockets);
  });
});

describe('runtimes: an injected WebSocket constructor and fetch', () => {
  it('works with a WebSocket that cannot send headers (as in browsers) and a custom fetch', async () => {
    const { WebSocket: WsSocket } = await import('ws');
    /** A browser-like WebSocket: takes (url, protocols) and ignores anything else. */
    class BrowserLikeWebSocket extends WsSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols);
      }
    }
    const s = await simulate({ rooms: [{ uniqueId: 'webby', traffic: { rate: 200 } }] });
    const urls: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      urls.push(String(input));
      return fetch(input, init);
    };
    let cookies: Record<string, string> | undefined;
    const events = await firstValueFrom(
      liveRoom$('webby', { ...s.clientOptions, webSocketImpl: BrowserLikeWebSocket as never, fetch: countingFetch }).pipe(
        filter((e) => 'msgId' in e),
        tap(() => (cookies ??= s.room('webby').connections()[0]?.cookies)),
        take(30),
        toArray(),
      ),
    );
    expect(events).toHaveLength(30);
    expect(urls.some((u) => u.includes('/@webby/live'))).toBe(true);
    expect(urls.some((u) => u.includes('/connect'))).toBe(true);
    // No cookie reached the socket (the browser-like constructor dropped the headers), and TikTok's side still served it.
    expect(cookies).toEqual({});
    await until(() => s.room('webby').connections().length === 0, 3000, 'socket closed');
    expect(s.room('webby').received()[0]).toMatchObject({ payloadType: 'im_enter_room' });
  });

  it("sends TikTok's cookies on the socket with the default factory", async () => {
    const s = await simulate({ rooms: [{ uniqueId: 'cookies', traffic: { rate: 200 } }] });
    let cookies: Record<string, string> | undefined;
    await firstValueFrom(liveRoom$('cookies', s.clientOptions).pipe(filter((e) => 'msgId' in e), tap(() => (cookies ??= s.room('cookies').connections()[0]?.cookies)), take(5), toArray()));
    expect(cookies).toMatchObject({ ttwid: expect.stringMatching(/^1\|/), 'tt-target-idc': 'useast1a' });
  });
});
