import { afterEach, describe, expect, it } from 'vitest';
import {
  ConnectionClosedError,
  SignAuthError,
  solvePuzzle,
  solveRotate,
  solveShapes,
  TikTokLive,
  UserOfflineError,
  type BattleArmiesEvent,
  type BattleEvent,
  type ChatEvent,
  type TikTokLiveEvent,
  type TikTokLiveOptions,
} from '../src/compat/index.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';

const KEY = 'compat-key';
let sim: Simulator | undefined;
const lives: TikTokLive[] = [];
afterEach(async () => {
  for (const live of lives.splice(0)) live.disconnect();
  await sim?.close();
  sim = undefined;
});

async function simulate(rooms: SimulatorOptions['rooms']): Promise<Simulator> {
  sim = await startSimulator({ rooms, apiKeys: [KEY] });
  return sim;
}

/** A TikTokLive against the simulator, signing tik.tools-style as the SDK does (no signProvider given). */
function live(uniqueId: string, options: Partial<TikTokLiveOptions> = {}): TikTokLive {
  const client = new TikTokLive({ uniqueId, apiKey: KEY, signServerUrl: sim!.url, endpoints: sim!.clientOptions.endpoints, reconnectDelayMs: 10, ...options });
  lives.push(client);
  return client;
}

const rejection = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

describe('TikTokLive over liveRoom$ (tiktok-live-rx/compat)', () => {
  it('connects, reports its room and info, and hands out typed events with on, once and off', async () => {
    const s = await simulate([{ uniqueId: 'kitchen', title: 'Late-night ramen', traffic: false }]);
    const room = s.room('kitchen');
    const client = live('@kitchen');
    const log: string[] = [];
    const everything: TikTokLiveEvent[] = [];
    let titles: string[] = [];
    client.on('roomInfo', (info) => (titles = [...titles, info.title]));
    client.on('connected', () => log.push(`connected ${client.connected}`));
    client.on('chat', (e: ChatEvent) => log.push(`${e.user.uniqueId}: ${e.comment}`));
    client.once('chat', (e) => log.push(`first: ${e.comment}`));
    const removed = (e: ChatEvent) => log.push(`removed handler saw ${e.comment}`);
    client.on('chat', removed).off('chat', removed);
    client.on('event', (e) => everything.push(e));

    expect(client.connected).toBe(false);
    expect(client.roomId).toBe('');
    await client.connect();
    expect(client.connected).toBe(true);
    expect(client.roomId).toBe(room.roomId);
    expect(titles).toEqual(['Late-night ramen']);
    // The SDK's default: the API key is a tik.tools key, so the stream was signed tik.tools-style.
    expect(room.connections()).toHaveLength(1);

    room.push({ type: 'chat', comment: 'hello', user: { uniqueId: 'alice' } }, { type: 'chat', comment: 'again', user: { uniqueId: 'bob' } }, { type: 'like', likeCount: 4 });
    await until(() => client.eventCount === 3, 5000, 'three events');
    expect(log).toEqual(['connected true', 'alice: hello', 'first: hello', 'bob: again']);
    expect(everything.map((e) => e.type)).toEqual(['chat', 'chat', 'like']);
    expect(everything.map((e) => e.msgId)).toEqual(room.sent().slice(-3).map((m) => m.msgId));
  });

  it('reports a dropped socket as disconnected(code, reason), reconnects and resumes with nothing lost or twice', async () => {
    const s = await simulate([{ uniqueId: 'drops', traffic: false }]);
    const room = s.room('drops');
    const client = live('drops');
    const lines: string[] = [];
    const comments: string[] = [];
    client.on('connected', () => lines.push('connected'));
    client.on('disconnected', (code, reason, detail) => lines.push(`disconnected ${code} ${reason} willReconnect=${detail?.willReconnect}`));
    client.on('chat', (e) => comments.push(e.comment));
    await client.connect();
    room.push({ type: 'chat', comment: 'one' });
    await until(() => comments.length === 1, 5000, 'first chat');
    room.dropConnection({ code: 4000, reason: 'maintenance' });
    room.push({ type: 'chat', comment: 'two' }, { type: 'chat', comment: 'three' });
    await until(() => comments.length === 3 && client.connected, 10_000, 'resumed chats');
    expect(comments).toEqual(['one', 'two', 'three']);
    expect(lines[0]).toBe('connected');
    expect(lines[1]).toMatch(/^disconnected 4000 .*maintenance.* willReconnect=true$/);
    expect(lines.at(-1)).toBe('connected');
    expect(client.eventCount).toBe(3);
  });

  it('connect() rejects with the typed error: a wrong API key, an offline user; connect() twice is one connection', async () => {
    await simulate([{ uniqueId: 'on_air', traffic: false }, { uniqueId: 'asleep', status: 'offline', traffic: false }]);
    expect(await rejection(live('on_air', { apiKey: 'wrong' }).connect())).toBeInstanceOf(SignAuthError);
    const offline = live('asleep');
    expect(await rejection(offline.connect())).toBeInstanceOf(UserOfflineError);
    expect(offline.connected).toBe(false);
    const client = live('on_air');
    const a = client.connect();
    expect(client.connect()).toBe(a);
    await a;
    expect(sim!.room('on_air').connections()).toHaveLength(1);
  });

  it('disconnect() closes the socket, says so, rejects a pending connect, and allows connecting again', async () => {
    const s = await simulate([{ uniqueId: 'closing', traffic: false }]);
    const client = live('closing');
    const seen: Array<[number | undefined, string]> = [];
    client.on('disconnected', (code, reason) => seen.push([code, reason]));
    const pending = client.connect();
    client.disconnect();
    const early = await rejection(pending);
    expect(early).toBeInstanceOf(ConnectionClosedError);
    expect(seen).toEqual([]); // it never connected
    await client.connect();
    await until(() => s.room('closing').connections().length === 1, 5000, 'socket open');
    client.disconnect();
    expect(client.connected).toBe(false);
    expect(seen).toEqual([[1000, 'disconnect() was called']]);
    await until(() => s.room('closing').connections().length === 0, 5000, 'socket closed');
  });

  it('the end of the LIVE: the control event, then disconnected', async () => {
    const s = await simulate([{ uniqueId: 'ending', traffic: false }]);
    const client = live('ending');
    const order: string[] = [];
    client.on('control', (e) => order.push(`control ${e.action}`));
    client.on('disconnected', (code, reason) => order.push(`disconnected ${code} ${reason}`));
    await client.connect();
    s.room('ending').end();
    await until(() => order.length === 2, 5000, 'end');
    expect(order).toEqual(['control 3', 'disconnected 1000 The LIVE ended']);
    expect(client.connected).toBe(false);
  });

  it('a handler that throws goes to the error handlers and the other handlers still run', async () => {
    const s = await simulate([{ uniqueId: 'thrower', traffic: false }]);
    const client = live('thrower');
    const errors: string[] = [];
    const comments: string[] = [];
    client.on('chat', () => {
      throw new Error('handler bug');
    });
    client.on('chat', (e) => comments.push(e.comment));
    client.on('error', (err) => errors.push(err.message));
    await client.connect();
    s.room('thrower').push({ type: 'chat', comment: 'still here' });
    await until(() => comments.length === 1, 5000, 'chat');
    expect(errors).toEqual(['handler bug']);
    expect(client.connected).toBe(true);
  });

  it('battles in the SDK shape: a team lists its host as users, an army team names its hostUser', async () => {
    const s = await simulate([{ uniqueId: 'arena', traffic: false }]);
    const client = live('arena');
    const battles: BattleEvent[] = [];
    const armies: BattleArmiesEvent[] = [];
    client.on('battle', (e) => battles.push(e));
    client.on('battleArmies', (e) => armies.push(e));
    await client.connect();
    s.room('arena').push(
      {
        type: 'battle',
        battleId: '901',
        status: 1,
        teams: [
          { hostUserId: '11', host: { userId: '11', uniqueId: 'red_host' }, score: 0 },
          { hostUserId: '22', host: { userId: '22', uniqueId: 'blue_host' }, score: 0 },
        ],
      },
      { type: 'battleArmies', battleId: '901', teams: [{ hostUserId: '11', score: 30, users: [] }, { hostUserId: '33', score: 5, users: [] }] },
    );
    await until(() => armies.length === 1, 5000, 'battle events');
    expect(battles[0]!.teams.map((t) => t.users.map((u) => u.uniqueId))).toEqual([['red_host'], ['blue_host']]);
    expect(armies[0]!.teams.map((t) => [t.hostUser?.uniqueId, t.score])).toEqual([
      ['red_host', 30],
      [undefined, 5],
    ]);
  });

  it('the CAPTCHA solvers take the SDK positional arguments (apiKey, images…, serverUrl)', async () => {
    const s = await simulate([{ uniqueId: 'unused', traffic: false }]);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]).toString('base64');
    const puzzle = await solvePuzzle(KEY, png, png, s.url);
    expect(puzzle.slideX).toBeGreaterThanOrEqual(40);
    expect(puzzle.confidence).toBeGreaterThanOrEqual(0.9);
    expect((await solveRotate(KEY, png, png, s.url)).angle).toBeLessThan(360);
    expect((await solveShapes(KEY, png, s.url)).point2.x).toBeGreaterThanOrEqual(180);
    expect(await rejection(solvePuzzle('wrong', png, png, s.url))).toBeInstanceOf(SignAuthError);
  });

  it('an error after connecting: disconnected with the close code, then the typed error to the error handlers', async () => {
    const s = await simulate([{ uniqueId: 'fragile', traffic: false }]);
    const client = live('fragile', { autoReconnect: false });
    const seen: string[] = [];
    client.on('disconnected', (code, reason) => seen.push(`disconnected ${code} ${reason}`));
    client.on('error', (err) => seen.push(`error ${err.name}`));
    await client.connect();
    s.room('fragile').dropConnection({ code: 4005, reason: 'gone away' });
    await until(() => seen.length === 2, 5000, 'the end of the stream');
    expect(seen).toEqual(['disconnected 4005 gone away', 'error ConnectionClosedError']);
    expect(client.connected).toBe(false);
  });
});
