import WebSocket, { WebSocketServer } from 'ws';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// What an app written for @tiktool/live imports from 'tiktok-live-rx/compat' instead (the built entry is
// checked in package.exports.test.ts); the examples' code below is otherwise the SDK user's.
import { TikTokLive, type GiftEvent } from '../src/compat/index.js';
import { startRelay, type Relay } from '../src/relay/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';

/**
 * The SDK README's five examples, run against the simulator on 127.0.0.1. The one other difference
 * from production: `...tiktok`, which points the sign server and TikTok's base URLs at the simulator
 * (left out, they are tik.tools' and TikTok's own).
 */
let sim: Simulator;
let tiktok: { signServerUrl: string; endpoints: { web: string; webcast: string } };
let logged: string[];
const cleanups: Array<() => unknown> = [];

beforeEach(async () => {
  sim = await startSimulator({ rooms: [{ uniqueId: 'streamer_name', traffic: false }], apiKeys: ['YOUR_API_KEY'] });
  tiktok = { signServerUrl: sim.url, endpoints: { web: sim.url, webcast: sim.url } };
  logged = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
  vi.spyOn(console, 'clear').mockImplementation(() => void logged.push('<clear>'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const c of cleanups.splice(0).reverse()) await c();
  await sim.close();
});

const room = () => sim.room('streamer_name');

describe('the @tiktool/live README examples, with the import changed', () => {
  it('chat bot: answers !hello and totals each finished gift streak', async () => {
    const live = new TikTokLive({ uniqueId: 'streamer_name', apiKey: 'YOUR_API_KEY', ...tiktok });
    cleanups.push(() => live.disconnect());

    live.on('chat', (e) => {
      if (e.comment.toLowerCase() === '!hello') {
        console.log(`Hello, ${e.user.nickname}!`);
      }
    });
    live.on('gift', (e) => {
      if (e.repeatEnd) {
        const total = e.diamondCount * e.repeatCount;
        console.log(`${e.user.uniqueId} sent ${e.repeatCount}x ${e.giftName} (${total} diamonds)`);
      }
    });
    await live.connect();

    room().push(
      { type: 'chat', comment: '!HELLO', user: { uniqueId: 'amy', nickname: 'Amy' } },
      { type: 'chat', comment: 'nice stream', user: { uniqueId: 'ben' } },
      { type: 'gift', giftName: 'Rosa', repeatCount: 2, repeatEnd: false, user: { uniqueId: 'cat' } },
      { type: 'gift', giftName: 'Rosa', repeatCount: 6, repeatEnd: true, user: { uniqueId: 'cat' } },
    );
    await until(() => logged.length === 2, 5000, 'two lines');
    expect(logged).toEqual(['Hello, Amy!', 'cat sent 6x Rosa (60 diamonds)']);
  });

  it('OBS overlay: forwards every event as JSON to the sockets of a WebSocketServer', async () => {
    // The example listens on 8080; a test takes a free port.
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => wss.once('listening', resolve));
    cleanups.push(() => new Promise((resolve) => wss.close(resolve)));
    const live = new TikTokLive({ uniqueId: 'streamer_name', apiKey: 'YOUR_API_KEY', ...tiktok });
    cleanups.push(() => live.disconnect());

    live.on('event', (event) => {
      for (const client of wss.clients) {
        client.send(JSON.stringify(event));
      }
    });
    await live.connect();
    console.log('Forwarding TikTok LIVE events → ws://localhost:8080');

    const overlay = new WebSocket(`ws://127.0.0.1:${(wss.address() as { port: number }).port}`);
    cleanups.push(() => overlay.terminate());
    const received: Array<{ type: string; comment?: string; user?: { uniqueId: string } }> = [];
    overlay.on('message', (data) => received.push(JSON.parse(String(data))));
    await new Promise((resolve) => overlay.once('open', resolve));
    await until(() => wss.clients.size === 1, 5000, 'overlay attached');
    room().push({ type: 'chat', comment: 'on screen', user: { uniqueId: 'dee' } }, { type: 'social', action: 'follow', user: { uniqueId: 'eve' } });
    await until(() => received.length === 2, 5000, 'events on the overlay socket');
    expect(received[0]).toMatchObject({ type: 'chat', comment: 'on screen', user: { uniqueId: 'dee' } });
    expect(received[1]).toMatchObject({ type: 'social', action: 'follow', user: { uniqueId: 'eve' } });
    expect(logged).toEqual(['Forwarding TikTok LIVE events → ws://localhost:8080']);
  });

  it('gift leaderboard: sums finished streaks per user and prints the top ten', async () => {
    const live = new TikTokLive({ uniqueId: 'streamer_name', apiKey: 'YOUR_API_KEY', ...tiktok });
    cleanups.push(() => live.disconnect());

    const leaderboard = new Map<string, number>();
    live.on('gift', (e: GiftEvent) => {
      if (e.repeatEnd) {
        const total = e.diamondCount * e.repeatCount;
        const current = leaderboard.get(e.user.uniqueId) || 0;
        leaderboard.set(e.user.uniqueId, current + total);
        const sorted = [...leaderboard.entries()].sort((a, b) => b[1] - a[1]);
        console.clear();
        console.log('🏆 Gift Leaderboard');
        sorted.slice(0, 10).forEach(([user, diamonds], i) => {
          console.log(`${i + 1}. ${user}: ${diamonds} 💎`);
        });
      }
    });
    await live.connect();

    room().push(
      { type: 'gift', giftName: 'Rose', repeatCount: 5, repeatEnd: true, user: { uniqueId: 'fay' } },
      { type: 'gift', giftName: 'Doughnut', repeatCount: 1, repeatEnd: true, user: { uniqueId: 'gus' } },
      { type: 'gift', giftName: 'Perfume', repeatCount: 2, repeatEnd: true, user: { uniqueId: 'fay' } },
    );
    await until(() => leaderboard.size === 2 && logged.filter((l) => l === '<clear>').length === 3, 5000, 'three boards');
    const last = logged.slice(logged.lastIndexOf('<clear>') + 1);
    expect(last).toEqual(['🏆 Gift Leaderboard', '1. fay: 45 💎', '2. gus: 30 💎']);
  });

  it('battle monitor: prints each team of a battle and the armies scores', async () => {
    const live = new TikTokLive({ uniqueId: 'streamer_name', apiKey: 'YOUR_API_KEY', ...tiktok });
    cleanups.push(() => live.disconnect());

    live.on('battle', (e) => {
      console.log(`Battle ${e.battleId} — Status: ${e.status}`);
      for (const team of e.teams) {
        console.log(`  Team ${team.hostUserId}: ${team.score} points (${team.users.length} members)`);
      }
    });
    live.on('battleArmies', (e) => {
      for (const team of e.teams) {
        const host = team.hostUser?.uniqueId || team.hostUserId;
        console.log(`  ${host}: ${team.score} points`);
      }
    });
    await live.connect();

    room().push(
      { type: 'battle', battleId: '5150', status: 1, teams: [{ hostUserId: '101', host: { userId: '101', uniqueId: 'streamer_name' }, score: 0 }, { hostUserId: '202', host: { userId: '202', uniqueId: 'rival' }, score: 0 }] },
      { type: 'battleArmies', battleId: '5150', teams: [{ hostUserId: '101', score: 120, users: [] }, { hostUserId: '202', score: 80, users: [] }, { hostUserId: '303', score: 5, users: [] }] },
    );
    await until(() => logged.length === 6, 5000, 'six lines');
    expect(logged).toEqual([
      'Battle 5150 — Status: 1',
      '  Team 101: 0 points (1 members)',
      '  Team 202: 0 points (1 members)',
      '  streamer_name: 120 points',
      '  rival: 80 points',
      '  303: 5 points', // a host no battle event named: its id
    ]);
  });

  it('frontend JWT: a page asks the relay for { wsUrl, token } and reads JSON events from its WebSocket', async () => {
    // tik.tools hosts this counterpart; with tiktok-live-rx it is the relay, whose /api/live/connect
    // hands out tokens for its public rooms. Its wsUrl already names the room (`/ws?uniqueId=…`), so
    // the page adds only `&jwtKey=`: the one change to the example's code.
    const relay: Relay = await startRelay({ apiKeys: ['relay-admin'], publicRooms: ['streamer_name'], liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false } });
    cleanups.push(() => relay.close());
    const seen: string[] = [];

    const data = await fetch(`${relay.url}/api/live/connect?uniqueId=streamer_name`).then((r) => r.json() as Promise<{ wsUrl: string; token: string }>);
    const ws = new WebSocket(`${data.wsUrl}&jwtKey=${data.token}`);
    ws.onmessage = (event) => {
      const parsed = JSON.parse(String(event.data)) as { type: string; comment?: string };
      console.log(parsed.type, parsed.comment ?? '');
      seen.push(parsed.type);
    };
    cleanups.push(() => ws.terminate());

    await until(() => seen.includes('connected'), 10_000, 'the relay upstream connected');
    room().push({ type: 'chat', comment: 'from the page', user: { uniqueId: 'hal' } });
    await until(() => logged.includes('chat from the page'), 5000, 'the chat on the page');
  });
});
