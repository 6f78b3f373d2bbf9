import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  PremiumRequiredError,
  SessionRequiredError,
  SignAuthError,
  SignRateLimitError,
  tiktoolBan,
  tiktoolBulkLiveCheck,
  tiktoolFeed,
  tiktoolFetch,
  tiktoolGiftInfo,
  tiktoolHashtagList,
  tiktoolLiveInteractions,
  tiktoolLiveVideoDetail,
  tiktoolLiveVideos,
  tiktoolMute,
  tiktoolRankings,
  tiktoolResolveUserIds,
  tiktoolRoomCover,
  tiktoolRoomId,
  tiktoolRoomInfo,
  tiktoolRoomVideo,
  tiktoolSignWebSocket,
  tiktoolUserEarnings,
  tiktoolWsCredentials,
  UserNotFoundError,
  UserOfflineError,
} from '../src/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';

/** Every REST endpoint helper against the simulator's tik.tools-style server, over real HTTP on 127.0.0.1. */
let sim: Simulator;
const KEY = 'basic-key';
const PRO = 'pro-key';
const SESSION = 'a-session-id-0123456789';

beforeAll(async () => {
  sim = await startSimulator({
    apiKeys: { [KEY]: { premium: false }, [PRO]: { premium: true } },
    rooms: [
      { uniqueId: 'on_air', title: 'Cooking show', nickname: 'Chef On Air', traffic: false },
      { uniqueId: 'second_show', title: 'Night music', traffic: false },
      { uniqueId: 'napping', status: 'offline', traffic: false },
      { uniqueId: 'ghost', status: 'notFound', traffic: false },
    ],
  });
});
afterAll(() => sim.close());

const api = (apiKey = KEY) => ({ endpoints: sim.clientOptions.endpoints, apiKey, serverUrl: sim.url });
const user = (uniqueId = 'on_air', apiKey = KEY) => ({ ...api(apiKey), uniqueId });
const creator = (apiKey = PRO) => ({ ...user('on_air', apiKey), sessionId: SESSION });
const rejection = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);
const roomId = () => sim.room('on_air').roomId;
const hostId = () => (BigInt(roomId()) - 500_000_000_000_000_000n).toString();

describe('REST endpoint helpers: rooms', () => {
  it('room_info: the room, typed as fetchRoomInfo types it', async () => {
    const info = await tiktoolRoomInfo(user('@on_air'));
    expect(info).toMatchObject({ roomId: roomId(), title: 'Cooking show', isLive: true, status: 2, owner: { uniqueId: 'on_air', nickname: 'Chef On Air', userId: hostId() } });
    expect(info.streamUrls.hls.FULL_HD1).toBe(`${sim.url}/stream/${roomId()}/origin.m3u8`);
    expect(await rejection(tiktoolRoomInfo(user('napping')))).toBeInstanceOf(UserOfflineError);
  });

  it('room_id: the room id, live or not; UserNotFoundError for no such user', async () => {
    expect(await tiktoolRoomId(user('on_air'))).toEqual({ uniqueId: 'on_air', roomId: roomId(), isLive: true, userId: hostId(), nickname: 'Chef On Air' });
    expect(await tiktoolRoomId(user('napping'))).toMatchObject({ roomId: sim.room('napping').roomId, isLive: false });
    expect(await rejection(tiktoolRoomId(user('ghost')))).toBeInstanceOf(UserNotFoundError);
  });

  it('room_cover and room_video: the cover and the HLS/FLV URL of every quality', async () => {
    expect(await tiktoolRoomCover(user())).toEqual({ roomId: roomId(), coverUrl: `${sim.url}/assets/covers/${roomId()}.webp`, width: 720, height: 1280 });
    const video = await tiktoolRoomVideo(user());
    const s = `${sim.url}/stream/${roomId()}`;
    expect(video).toEqual({
      roomId: roomId(),
      isLive: true,
      flv: `${s}/origin.flv`,
      hls: `${s}/origin.m3u8`,
      qualities: Object.fromEntries(['origin', 'hd', 'sd', 'ld'].map((q) => [q, { flv: `${s}/${q}.flv`, hls: `${s}/${q}.m3u8` }])),
    });
  });

  it('rankings: top gifters in rank order, premium only', async () => {
    const ranks = await tiktoolRankings(user('on_air', PRO));
    expect(ranks.map((r) => [r.rank, r.uniqueId, r.score])).toEqual([
      [1, 'top_gifter_1', 1000],
      [2, 'top_gifter_2', 500],
      [3, 'top_gifter_3', 1000 / 3],
    ]);
    expect(ranks[0]!.userId).toBe('7000000000000000001'); // a 64-bit id, exact
    expect(await rejection(tiktoolRankings(user('on_air', KEY)))).toBeInstanceOf(PremiumRequiredError);
  });

  it('gift_info: the catalog, typed', async () => {
    const gifts = await tiktoolGiftInfo(user());
    expect(gifts.find((g) => g.name === 'Rose')).toMatchObject({ id: 5655, diamondCount: 1, streakable: true });
    expect(gifts.length).toBeGreaterThan(10);
  });
});

describe('REST endpoint helpers: discovery and users', () => {
  it('hashtag_list and feed: trending tags and the LIVEs to discover', async () => {
    const tags = await tiktoolHashtagList(api());
    expect(tags.map((t) => t.title)).toEqual(['gaming', 'music', 'justchatting', 'cooking', 'fitness', 'art']);
    expect(tags[0]).toMatchObject({ id: '5000', liveCount: 12 }); // two rooms are live
    const feed = await tiktoolFeed(api());
    expect(feed.rooms.map((r) => r.uniqueId).sort()).toEqual(['on_air', 'second_show']);
    expect(feed.rooms.find((r) => r.uniqueId === 'on_air')).toMatchObject({ roomId: roomId(), title: 'Cooking show', nickname: 'Chef On Air' });
    expect(await tiktoolFeed({ ...api(), count: 1 })).toMatchObject({ hasMore: true, rooms: [expect.objectContaining({ roomId: expect.any(String) })] });
    expect(await rejection(tiktoolFeed({ ...api(), count: 0 }))).toBeInstanceOf(InvalidArgumentError);
  });

  it('bulk_live_check and resolve_user_ids: in input order, unknown users as null', async () => {
    expect(await tiktoolBulkLiveCheck({ ...api(), uniqueIds: ['@napping', 'on_air', 'ghost'] })).toEqual([
      { uniqueId: 'napping', isLive: false, roomId: sim.room('napping').roomId },
      { uniqueId: 'on_air', isLive: true, roomId: roomId() },
      { uniqueId: 'ghost', isLive: false, roomId: null },
    ]);
    expect(await tiktoolResolveUserIds({ ...api(), uniqueIds: ['on_air', 'ghost'] })).toEqual([
      { uniqueId: 'on_air', userId: hostId(), secUid: `MS4wLjABAAAA${roomId()}`, nickname: 'Chef On Air' },
      { uniqueId: 'ghost', userId: null, secUid: '', nickname: '' },
    ]);
    expect(await rejection(tiktoolBulkLiveCheck({ ...api(), uniqueIds: [] }))).toBeInstanceOf(InvalidArgumentError);
  });
});

describe('REST endpoint helpers: the stream over HTTP', () => {
  it('fetch: one poll of the messages, decoded, and the next poll resumes after them', async () => {
    const room = sim.room('second_show');
    const first = await tiktoolFetch(user('second_show'));
    expect(first.roomId).toBe(room.roomId);
    room.push({ type: 'chat', comment: 'polled', user: { uniqueId: 'pam' } }, { type: 'like', likeCount: 3 });
    const next = await tiktoolFetch({ ...user('second_show'), cursor: first.cursor, internalExt: first.internalExt });
    expect(next.events.map((e) => e.type)).toEqual(['chat', 'like']);
    expect(next.events[0]).toMatchObject({ type: 'chat', comment: 'polled', user: { uniqueId: 'pam' }, roomId: room.roomId });
    expect(next.fetchIntervalMs).toBeGreaterThan(0);
    expect(next.cursor).not.toBe(first.cursor);
  });

  it('ws_credentials: a socket URL and cookies that the push server accepts', async () => {
    const creds = await tiktoolWsCredentials(user());
    expect(creds.roomId).toBe(roomId());
    expect(creds.wsUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\//);
    expect(creds.cookies.ttwid).toBeTruthy();
    const cookie = Object.entries(creds.cookies).map(([k, v]) => `${k}=${v}`).join('; ');
    const ws = new WebSocket(creds.wsUrl, { headers: { Cookie: cookie, 'User-Agent': creds.userAgent } });
    try {
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
      await until(() => sim.room('on_air').connections().length > 0, 5000, 'the room sees the socket');
    } finally {
      ws.terminate();
    }
  });

  it('sign_websocket: the URL with its signature, the User-Agent and cookies to use', async () => {
    const url = `wss://webcast-ws.example/webcast/im/push/v2/?room_id=${roomId()}&compress=gzip`;
    const signed = await tiktoolSignWebSocket({ ...api(), url });
    const u = new URL(signed.signedUrl);
    expect(u.searchParams.get('room_id')).toBe(roomId());
    expect(u.searchParams.get('X-Bogus')).toMatch(/^DFSz/);
    expect(u.searchParams.get('msToken')).toHaveLength(107);
    expect(signed.cookies.ttwid).toHaveLength(40);
    expect(signed.userAgent).toMatch(/^Mozilla\/5\.0/);
    expect(await rejection(tiktoolSignWebSocket({ ...api(), url: 'https://not-a-socket.example/' }))).toBeInstanceOf(InvalidArgumentError);
  });
});

describe('REST endpoint helpers: the session-only creator tools', () => {
  it('user_earnings: diamonds per day that add up to the total', async () => {
    const earnings = await tiktoolUserEarnings(creator(KEY));
    expect(earnings).toMatchObject({ uniqueId: 'on_air', periodDays: 7 });
    expect(earnings.daily).toHaveLength(7);
    expect(earnings.daily.reduce((sum, d) => sum + d.diamonds, 0)).toBe(earnings.diamonds);
    expect(earnings.estimatedUsd).toBe(Math.round(earnings.diamonds * 0.5) / 100);
    expect(earnings.daily.map((d) => d.date)).toEqual([...earnings.daily.map((d) => d.date)].sort());
  });

  it('live_analytics: the LIVEs, one LIVE in figures, and the current one by kind of interaction', async () => {
    const room = sim.room('on_air');
    const videos = await tiktoolLiveVideos(creator());
    expect(videos).toHaveLength(3);
    expect(videos[0]).toMatchObject({ roomId: roomId(), title: 'Cooking show', durationSeconds: 0 });
    expect(videos[0]!.startTime).toBe(Math.floor(room.startTime / 1000) * 1000);
    const detail = await tiktoolLiveVideoDetail({ ...creator(), videoId: videos[0]!.videoId });
    expect(detail).toMatchObject({ videoId: videos[0]!.videoId, roomId: roomId(), title: 'Cooking show', totalViewers: room.stats.totalViewers, likes: room.stats.likes });
    const before = await tiktoolLiveInteractions(creator());
    room.push({ type: 'chat', comment: 'a' }, { type: 'chat', comment: 'b' }, { type: 'gift', giftName: 'Rose' }, { type: 'member' });
    const after = await tiktoolLiveInteractions(creator());
    expect([after.chats - before.chats, after.gifts - before.gifts, after.joins - before.joins, after.likes - before.likes]).toEqual([2, 1, 1, 0]);
    expect(await rejection(tiktoolLiveVideos(creator(KEY)))).toBeInstanceOf(PremiumRequiredError);
    expect(await rejection(tiktoolLiveVideoDetail({ ...creator(), videoId: 'v1' }))).toBeInstanceOf(InvalidArgumentError);
  });

  it('moderation: mute for a time (0 unmutes) and ban (undo lifts it)', async () => {
    const t0 = Date.now();
    const muted = await tiktoolMute({ ...creator(KEY), userId: '7001', durationSeconds: 600 });
    expect(muted).toMatchObject({ roomId: roomId(), userId: '7001', muted: true });
    expect(muted.mutedUntil).toBeGreaterThanOrEqual(Math.floor(t0 / 1000) * 1000 + 600_000);
    expect(await tiktoolMute({ ...creator(KEY), userId: '7001', durationSeconds: 0 })).toEqual({ roomId: roomId(), userId: '7001', muted: false, mutedUntil: 0 });
    expect(await tiktoolBan({ ...creator(KEY), userId: '7002' })).toEqual({ roomId: roomId(), userId: '7002', banned: true });
    expect(await tiktoolBan({ ...creator(KEY), userId: '7002', undo: true })).toEqual({ roomId: roomId(), userId: '7002', banned: false });
    expect(await rejection(tiktoolMute({ ...creator(KEY), userId: 'someone' }))).toBeInstanceOf(InvalidArgumentError);
  });

  it('a missing session is a SessionRequiredError before any request', async () => {
    let requests = 0;
    const counting: typeof fetch = (...args) => ((requests += 1), fetch(...args));
    const noSession = { ...creator(), sessionId: '', fetch: counting };
    for (const call of [
      tiktoolUserEarnings(noSession),
      tiktoolLiveVideos(noSession),
      tiktoolLiveVideoDetail({ ...noSession, videoId: '1' }),
      tiktoolLiveInteractions(noSession),
      tiktoolMute({ ...noSession, userId: '1' }),
      tiktoolBan({ ...noSession, userId: '1' }),
      tiktoolBan({ ...noSession, sessionId: undefined as unknown as string, userId: '1' }),
    ]) {
      const error = await rejection(call);
      expect(error).toBeInstanceOf(SessionRequiredError);
      expect((error as SessionRequiredError).code).toBe('SESSION_REQUIRED');
    }
    expect(requests).toBe(0);
  });

  it('the session never shows in an error', async () => {
    const error = await rejection(tiktoolUserEarnings({ ...creator(), apiKey: 'wrong' }));
    expect(error).toBeInstanceOf(SignAuthError);
    expect(String((error as Error).message)).not.toContain(SESSION);
  });
});

describe('REST endpoint helpers: the server errors, typed', () => {
  it('401 is SignAuthError, 402 PremiumRequiredError, 429 SignRateLimitError with its wait', async () => {
    expect(await rejection(tiktoolRoomVideo(user('on_air', 'nope')))).toBeInstanceOf(SignAuthError);
    expect(await rejection(tiktoolHashtagList(api('nope')))).toBeInstanceOf(SignAuthError);
    expect(await rejection(tiktoolLiveInteractions(creator(KEY)))).toBeInstanceOf(PremiumRequiredError);
    sim.room('on_air').signRateLimit(1, 9);
    const limited = await rejection(tiktoolRoomCover(user()));
    expect(limited).toBeInstanceOf(SignRateLimitError);
    expect((limited as SignRateLimitError).retryAfterMs).toBe(9000);
    expect(await tiktoolRoomCover(user())).toMatchObject({ roomId: roomId() }); // the next call goes through
  });
});
