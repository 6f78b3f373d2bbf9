import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import WebSocket from 'ws';
import { firstValueFrom, lastValueFrom, toArray, type Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { relayRoom$, type RelayWebSocket } from '../src/browser/index.js';
import { comboEnd, ofType } from '../src/operators/index.js';
import type { LiveEvent } from '../src/operators/pipeline/events.js';
import { liveRoom$ } from '../src/sources/liveRoom.js';
import { LiveError, ReconnectExhaustedError, RelayError } from '../src/errors.js';
import { cutter } from './support/cutter.js';
import { until } from './support/rawClient.js';
import { relayHarness } from './support/relay.js';

const WS = WebSocket as unknown as new (url: string) => RelayWebSocket;
const start = relayHarness();

/** The same operator chain a page and a Node bot would run. */
const chain = (room$: Observable<LiveEvent>) => room$.pipe(ofType('chat', 'gift', 'like', 'social', 'control'), comboEnd(), toArray());

describe('relayRoom$: the typed stream in a page, through the relay', () => {
  it('gives the same operator chain the same output as liveRoom$ on the same room, over WebSocket and SSE', async () => {
    const h = await start({ rooms: [{ uniqueId: 'twin', traffic: false }] });
    const room = h.sim.room('twin');
    const jwt = await h.mint(['twin'], 2);
    const direct = lastValueFrom(chain(liveRoom$('twin', { ...h.sim.clientOptions, fetchRoomInfo: false })));
    const viaWs = lastValueFrom(chain(relayRoom$({ url: h.relay.url, uniqueId: '@twin', token: jwt, WebSocket: WS })));
    const viaSse = lastValueFrom(chain(relayRoom$({ url: h.relay.url, uniqueId: 'twin', token: jwt, transport: 'sse' })));
    await until(() => h.sim.openSockets() === 2 && h.relay.stats().clients === 2, 10_000, 'the direct and relayed rooms');
    room.push({ type: 'chat', comment: 'hello', user: { uniqueId: 'alice', userId: '7000000000000000001', nickname: 'alice', profilePictureUrl: '', isModerator: false, isSubscriber: false, followRole: 0, badges: [] } });
    const carol = { uniqueId: 'carol', userId: '7000000000000000003', nickname: 'carol', profilePictureUrl: '', isModerator: false, isSubscriber: false, followRole: 0, badges: [] };
    const rose = { type: 'gift', user: carol, giftId: 5655, giftName: 'Rose', diamondCount: 1, giftType: 1, groupId: '9', giftPictureUrl: '', toUser: undefined } as const;
    room.push({ ...rose, repeatCount: 1, repeatEnd: false, combo: true });
    room.push({ ...rose, repeatCount: 4, repeatEnd: false, combo: true });
    room.push({ ...rose, repeatCount: 6, repeatEnd: true, combo: false });
    room.push({ ...rose, groupId: '10', repeatCount: 2, repeatEnd: false, combo: true }); // still open at the end: flushed before it
    room.push({ type: 'like', likeCount: 5, totalLikes: 5, user: { uniqueId: 'bob', userId: '7000000000000000002', nickname: 'bob', profilePictureUrl: '', isModerator: false, isSubscriber: false, followRole: 0, badges: [] } });
    room.end();
    const [a, b, c] = await Promise.all([direct, viaWs, viaSse]);
    expect(a.length).toBeGreaterThanOrEqual(3);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('resumes after its relay connection drops, with no chat missing and none twice', async () => {
    const h = await start({ rooms: [{ uniqueId: 'dropper', traffic: false }] });
    const room = h.sim.room('dropper');
    const jwt = await h.mint(['dropper'], 4);
    const proxy = await cutter(h.relay.url);
    try {
      const events: LiveEvent[] = [];
      const sub = relayRoom$({ url: proxy.url, uniqueId: 'dropper', token: jwt, WebSocket: WS, retry: { initialDelayMs: 50, jitter: 0 } }).subscribe({ next: (e) => events.push(e), error: () => {} });
      // The relay keeps the room open while the page is away (its grace period).
      const keeper = h.ws('dropper', jwt);
      const relayLinks = () => events.filter((e) => e.type === 'connected' && 'link' in e).length;
      await until(() => relayLinks() === 1 && h.relay.stats().clients === 2, 10_000, 'connected');
      for (let i = 0; i < 30; i++) {
        room.push({ type: 'chat', comment: `m${i}` });
        if (i % 10 === 5) proxy.cut();
        await new Promise((r) => setTimeout(r, 10));
      }
      await until(() => events.filter((e) => e.type === 'chat').length >= 30, 10_000, 'every chat');
      expect(relayLinks()).toBeGreaterThanOrEqual(2);
      expect(events.some((e) => e.type === 'disconnected' && 'link' in e)).toBe(true);
      const chats = events.filter((e) => e.type === 'chat').map((e) => (e as { msgId: string }).msgId);
      expect(chats).toEqual(room.sent().filter((m) => m.type === 'chat').map((m) => m.msgId));
      expect(events.some((e) => e.type === 'gap')).toBe(false);
      sub.unsubscribe();
      keeper.terminate();
    } finally {
      await proxy.close();
    }
  });

  it('gets a token from /api/live/connect for a public room, and a fresh one when the given token is refused', async () => {
    const h = await start({ rooms: [{ uniqueId: 'open_house', traffic: false }] }, () => ({ publicRooms: ['open_house'] }));
    const room = h.sim.room('open_house');
    const bad = 'eyJhbGciOiJIUzI1NiJ9.e30.bad';
    const ws$ = relayRoom$({ url: h.relay.url, uniqueId: 'open_house', token: bad, WebSocket: WS, retry: { initialDelayMs: 10, jitter: 0 } });
    const sse$ = relayRoom$({ url: h.relay.url, uniqueId: 'open_house', token: bad, transport: 'sse', retry: { initialDelayMs: 10, jitter: 0 } });
    const first = (r$: Observable<LiveEvent>) => firstValueFrom(r$.pipe(ofType('chat')));
    const got = Promise.all([first(ws$), first(sse$)]);
    await until(() => h.relay.stats().clients === 2, 10_000, 'both clients with fresh tokens');
    room.push({ type: 'chat', comment: 'welcome' });
    const [a, b] = await got;
    expect(a.comment).toBe('welcome');
    expect(b.comment).toBe('welcome');
  });

  it('errors with a typed LiveError for a room that is not public, an offline streamer, an unreachable relay', async () => {
    const h = await start({ rooms: [{ uniqueId: 'closed_room', traffic: false }, { uniqueId: 'asleep', status: 'offline' }] });
    const notPublic = await lastValueFrom(relayRoom$({ url: h.relay.url, uniqueId: 'closed_room', WebSocket: WS })).catch((e: unknown) => e);
    expect(notPublic).toBeInstanceOf(RelayError);
    expect(notPublic).toMatchObject({ status: 403, message: 'The relay refused /api/live/connect: @closed_room is not a public room of this relay' });
    const jwt = await h.mint(['asleep'], 1);
    const offline = await lastValueFrom(relayRoom$({ url: h.relay.url, uniqueId: 'asleep', token: jwt, WebSocket: WS })).catch((e: unknown) => e);
    expect(offline).toBeInstanceOf(LiveError);
    expect(offline).toMatchObject({ code: 'USER_OFFLINE', retryable: false });
    const nowhere = await lastValueFrom(relayRoom$({ url: 'http://127.0.0.1:1', uniqueId: 'x', transport: 'sse', retry: { maxAttempts: 1, initialDelayMs: 1 } })).catch((e: unknown) => e);
    expect(nowhere).toBeInstanceOf(ReconnectExhaustedError);
    expect((nowhere as Error).cause).toBeInstanceOf(RelayError);
    expect(((nowhere as Error).cause as Error).message).toBe('Cannot reach the relay at http://127.0.0.1:1');
  });

  it('a relay that sends garbage costs a retry, typed, never an uncaught exception', async () => {
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((resolve) => wss.once('listening', resolve));
    wss.on('connection', (ws) => {
      ws.on('error', () => {});
      ws.send('not json at all');
    });
    const port = (wss.address() as AddressInfo).port;
    try {
      const err = await lastValueFrom(relayRoom$({ url: `http://127.0.0.1:${port}`, uniqueId: 'x', token: 't', WebSocket: WS, retry: { maxAttempts: 2, initialDelayMs: 1 } })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ReconnectExhaustedError);
      expect((err as Error).cause).toMatchObject({ code: 'RELAY', message: 'The relay sent a message that is not JSON' });
    } finally {
      wss.close();
    }
  });
});
