import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFetchResult } from '../src/decoders/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { GIFTLIST_DIR, readCapture } from './support/realframes.js';
import { SIGI_REGEX } from './support/rawClient.js';

let sim: Simulator;
const KEY = 'key-basic';
const PREMIUM = 'key-premium';

beforeAll(async () => {
  sim = await startSimulator({
    apiKeys: { [KEY]: { premium: false }, [PREMIUM]: { premium: true } },
    sessions: { 'sim-session': { uniqueId: 'viewer' } },
    rooms: [
      { uniqueId: 'live_one', title: 'Live now', traffic: false },
      { uniqueId: 'sleepy', status: 'offline', traffic: false },
      { uniqueId: 'adults_only', status: 'ageRestricted', traffic: false },
      { uniqueId: 'walled', status: 'captcha', traffic: false },
      { uniqueId: 'ghost', status: 'notFound', traffic: false },
    ],
  });
});
afterAll(() => sim.close());

const get = (path: string, init?: RequestInit) => fetch(`${sim.url}${path}`, init);
const post = (path: string, body: unknown, key: string | undefined = KEY) =>
  fetch(`${sim.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const sigi = async (uniqueId: string) => {
  const html = await (await get(`/@${uniqueId}/live`)).text();
  const m = SIGI_REGEX.exec(html);
  return m ? JSON.parse(m[1]!) : undefined;
};

describe('TikTok web pages', () => {
  it('serves the live page with a one-line SIGI_STATE and a ttwid cookie', async () => {
    const res = await get('/@live_one/live');
    expect(res.headers.get('set-cookie')).toMatch(/^ttwid=1%7C[\w-]+; Path=\//);
    const state = await sigi('live_one');
    expect(state.LiveRoom.liveRoomUserInfo.user).toMatchObject({ uniqueId: 'live_one', roomId: sim.room('live_one').roomId, status: 2 });
    expect(state.LiveRoom.liveRoomUserInfo.liveRoom).toMatchObject({ status: 2, title: 'Live now' });
    expect(state.LiveRoom.clusterRegion).toBe('useast2a');
  });

  it('keeps a stale roomId on an offline user and marks status 4', async () => {
    const state = await sigi('sleepy');
    expect(state.LiveRoom.liveRoomUserInfo.user.roomId).toBe(sim.room('sleepy').roomId);
    expect(state.LiveRoom.liveRoomUserInfo.user.status).toBe(4);
    expect(state.LiveRoom.liveRoomUserInfo.liveRoom.status).toBe(4);
  });

  it('has no LiveRoom for users that do not exist, and an age gate flag for restricted rooms', async () => {
    expect((await sigi('ghost')).LiveRoom).toBeUndefined();
    expect((await sigi('nobody_at_all')).LiveRoom).toBeUndefined();
    expect((await sigi('adults_only')).LiveRoom.isAgeGateRoom).toBe(true);
  });

  it('answers a captcha page without SIGI_STATE for a challenged request', async () => {
    const html = await (await get('/@walled/live')).text();
    expect(SIGI_REGEX.exec(html)).toBeNull();
    expect(html).toContain('captcha-verify-container');
    expect((await get('/api-live/user/room/?uniqueId=walled&sourceType=54')).headers.get('content-type')).toMatch(/text\/html/);
  });
});

describe('TikTok JSON APIs', () => {
  it('api-live/user/room: live, offline, not found, age restricted', async () => {
    const live = await (await get('/api-live/user/room/?uniqueId=live_one&sourceType=54&aid=1988')).json();
    expect(live).toMatchObject({ statusCode: 0, data: { user: { roomId: sim.room('live_one').roomId, uniqueId: 'live_one' }, liveRoom: { status: 2 } } });
    const offline = await (await get('/api-live/user/room/?uniqueId=sleepy&sourceType=54')).json();
    expect(offline.data.liveRoom.status).toBe(4);
    expect(await (await get('/api-live/user/room/?uniqueId=ghost&sourceType=54')).json()).toMatchObject({ statusCode: 19881007, message: 'user_not_found' });
    expect((await (await get('/api-live/user/room/?uniqueId=adults_only&sourceType=54')).json()).statusCode).toBe(4003110);
  });

  it('room/info: status, title, owner, viewers and stream URLs by quality', async () => {
    const room = sim.room('live_one');
    room.emit('roomUserSeq', 1);
    const info = await (await get(`/webcast/room/info/?room_id=${room.roomId}&aid=1988`)).json();
    expect(info.status_code).toBe(0);
    expect(info.extra.now).toBeGreaterThan(0);
    expect(info.data).toMatchObject({ status: 2, id_str: room.roomId, title: 'Live now', owner: { display_id: 'live_one' } });
    expect(info.data.user_count).toBeGreaterThan(0);
    expect(Object.keys(info.data.stream_url.flv_pull_url)).toEqual(['FULL_HD1', 'HD1', 'SD1', 'SD2']);
    expect(info.data.stream_url.hls_pull_url).toMatch(/\.m3u8$/);
    const streamData = JSON.parse(info.data.stream_url.live_core_sdk_data.pull_data.stream_data);
    expect(streamData.data.origin.main.flv).toMatch(/origin\.flv$/);
    expect((await (await get(`/webcast/room/info/?room_id=${sim.room('sleepy').roomId}`)).json()).data.status).toBe(4);
    expect(await (await get(`/webcast/room/info/?room_id=${sim.room('adults_only').roomId}`)).json()).toMatchObject({ status_code: 4003110, data: { prompts: '' } });
    expect((await (await get('/webcast/room/info/?room_id=abc')).json()).status_code).toBe(10011);
  });

  it('gift/list: a built-in catalog of 40+ real gifts with streakable types', async () => {
    const list = await (await get('/webcast/gift/list/?room_id=1')).json();
    const gifts = list.data.gifts as Array<{ id: number; name: string; diamond_count: number; type: number; image: { url_list: string[] } }>;
    expect(gifts.length).toBeGreaterThanOrEqual(40);
    expect(gifts.find((g) => g.name === 'Rose')).toMatchObject({ id: 5655, diamond_count: 1, type: 1 });
    expect(gifts.filter((g) => g.type === 1).length).toBeGreaterThan(10);
    expect(gifts.filter((g) => g.type !== 1).length).toBeGreaterThan(10);
    expect(gifts[0]!.image.url_list[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/assets\/gifts\//);
  });

  it('gift/list can serve a real TikTok response', async () => {
    const real = readCapture(`${GIFTLIST_DIR}official_05_01_2024.json`);
    const other = await startSimulator({ giftList: real, rooms: [{ uniqueId: 'x', traffic: false }] });
    try {
      const list = await (await fetch(`${other.url}/webcast/gift/list/`)).json();
      expect(list.data.gifts).toHaveLength(116);
    } finally {
      await other.close();
    }
  });

  it('room/check_alive answers in request order', async () => {
    const ids = [sim.room('live_one').roomId, sim.room('sleepy').roomId, '42'];
    const res = await (await get(`/webcast/room/check_alive/?room_ids=${ids.join(',')}`)).json();
    expect(res.data.map((d: { alive: boolean }) => d.alive)).toEqual([true, false, false]);
    expect(res.data.map((d: { room_id_str: string }) => d.room_id_str)).toEqual(ids);
  });

  it('im/fetch: a protobuf fetch result with cursor, internalExt, push server, route params and recent chat', async () => {
    const room = sim.room('live_one');
    room.emit('chat', 8);
    const res = await get(`/webcast/im/fetch/?room_id=${room.roomId}&aid=1988&cursor=&internal_ext=`);
    expect(res.headers.get('content-type')).toBe('application/protobuf');
    const result = decodeFetchResult(new Uint8Array(await res.arrayBuffer()));
    expect(result.cursor).toMatch(/^\d+_\d+_1_1$/);
    expect(result.internalExt).toMatch(/fetch_time:\d+\|.*seq:\d+/);
    expect(result.pushServer).toBe(`${sim.url.replace('http', 'ws')}/webcast/im/push/v2/`);
    expect(Object.keys(result.routeParams).sort()).toEqual(['imprp', 'wrss']);
    expect(result).toMatchObject({ needAck: true, isFirst: true, fetchInterval: 1000, heartbeatDuration: 10000 });
    expect(result.messages.length).toBe(6);
    expect(result.messages.every((m) => m.isHistory && m.method === 'WebcastChatMessage')).toBe(true);
  });

  it('im/fetch: empty for unsigned requests when signatures are enforced', async () => {
    const strict = await startSimulator({ enforceSignature: true, rooms: [{ uniqueId: 'x', traffic: false }] });
    try {
      const roomId = strict.room('x').roomId;
      expect((await (await fetch(`${strict.url}/webcast/im/fetch/?room_id=${roomId}`)).arrayBuffer()).byteLength).toBe(0);
      const signed = await (await fetch(`${strict.url}/tiktok/sign_url`, { method: 'POST', body: JSON.stringify({ url: `${strict.url}/webcast/im/fetch/?room_id=${roomId}` }) })).json();
      const body = await (await fetch(signed.response.signedUrl)).arrayBuffer();
      expect(decodeFetchResult(new Uint8Array(body)).cursor).not.toBe('');
    } finally {
      await strict.close();
    }
  });
});

describe('im/fetch polled again and again, as a client without WebSockets does', () => {
  it('answers each poll from its cursor, once each message, asking for the configured fetchInterval', async () => {
    const poller = await startSimulator({ fetchIntervalMs: 400, rooms: [{ uniqueId: 'polled', traffic: false }] });
    try {
      const room = poller.room('polled');
      const pollFrom = async (cursor: string, internalExt: string) =>
        decodeFetchResult(new Uint8Array(await (await fetch(`${poller.url}/webcast/im/fetch/?room_id=${room.roomId}&cursor=${encodeURIComponent(cursor)}&internal_ext=${encodeURIComponent(internalExt)}`)).arrayBuffer()));
      const first = await pollFrom('', '');
      expect(first.fetchInterval).toBe(400);
      const sent = room.emit('chat', 3);
      const second = await pollFrom(first.cursor, first.internalExt);
      expect(second.messages.map((m) => [m.msgId, m.isHistory])).toEqual(sent.map((m) => [m.msgId, false]));
      expect(second.fetchInterval).toBe(400);
      // Nothing new: nothing again, and the same position.
      const third = await pollFrom(second.cursor, second.internalExt);
      expect(third.messages).toEqual([]);
      expect(third.cursor).toBe(second.cursor);
      // Either half of the position is enough to resume from.
      const more = room.emit('gift', 2);
      expect((await pollFrom(third.cursor, '')).messages.map((m) => m.msgId)).toEqual(more.map((m) => m.msgId));
      expect((await pollFrom('', third.internalExt)).messages.map((m) => m.msgId)).toEqual(more.map((m) => m.msgId));
    } finally {
      await poller.close();
    }
  });

  it('drops the next HTTP connections about a room unanswered with the dropHttp fault', async () => {
    const room = sim.room('live_one');
    room.dropHttp(2);
    const url = `/webcast/rooms/${room.roomId}/connect`;
    for (let i = 0; i < 2; i++) await expect(get(url, { headers: { 'x-api-key': KEY } })).rejects.toThrow(TypeError);
    expect((await get(url, { headers: { 'x-api-key': KEY } })).status).toBe(200);
  });

  it('refuses a fetchIntervalMs that is not a whole number of ms', async () => {
    for (const fetchIntervalMs of [-1, 0.5, Number.NaN]) await expect(startSimulator({ fetchIntervalMs })).rejects.toThrow(/fetchIntervalMs must be/);
  });
});

describe('Euler Stream style sign server', () => {
  it('connect: the fetch result bytes with X-Set-TT-Cookie and X-Room-Id', async () => {
    const room = sim.room('live_one');
    const res = await get(`/webcast/rooms/${room.roomId}/connect?client=ttlive-node&client_enter=true&platform=web`, { headers: { 'x-api-key': KEY } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-set-tt-cookie')).toMatch(/^ttwid=[^;]+; tt-target-idc=useast1a$/);
    expect(res.headers.get('x-room-id')).toBe(room.roomId);
    expect(decodeFetchResult(new Uint8Array(await res.arrayBuffer())).pushServer).toContain('/webcast/im/push/v2/');
    // The older /webcast/fetch variant and the apiKey query parameter work too.
    expect((await get(`/webcast/fetch?room_id=${room.roomId}&apiKey=${KEY}`)).status).toBe(200);
  });

  it('401 for a missing or bad key', async () => {
    const roomId = sim.room('live_one').roomId;
    const none = await get(`/webcast/rooms/${roomId}/connect`);
    expect(none.status).toBe(401);
    expect((await none.json()).message).toMatch(/Missing API key/);
    expect((await get(`/webcast/rooms/${roomId}/connect`, { headers: { 'x-api-key': 'nope' } })).status).toBe(401);
  });

  it('429 with retry-after and {message, limit_label}, then recovers', async () => {
    const room = sim.room('live_one');
    room.signRateLimit(1, 3);
    const limited = await get(`/webcast/rooms/${room.roomId}/connect`, { headers: { 'x-api-key': KEY } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(await limited.json()).toMatchObject({ message: expect.stringMatching(/rate limit/), limit_label: 'per-minute' });
    expect((await get(`/webcast/rooms/${room.roomId}/connect`, { headers: { 'x-api-key': KEY } })).status).toBe(200);
  });

  it('a per-key rate limit window', async () => {
    const limitedSim = await startSimulator({ apiKeys: [KEY], signRateLimit: { limit: 2, windowMs: 60_000 }, rooms: [{ uniqueId: 'x', traffic: false }] });
    try {
      const url = `${limitedSim.url}/webcast/anchors/x/room_id?apiKey=${KEY}`;
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(url)).status).toBe(200);
      const third = await fetch(url);
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(50);
    } finally {
      await limitedSim.close();
    }
  });

  it('5xx on demand', async () => {
    const room = sim.room('live_one');
    room.signServerError(1, 502);
    expect((await get(`/webcast/rooms/${room.roomId}/connect`, { headers: { 'x-api-key': KEY } })).status).toBe(502);
    expect((await get(`/webcast/rooms/${room.roomId}/connect`, { headers: { 'x-api-key': KEY } })).status).toBe(200);
  });

  it('402 for premium-only calls without a premium key', async () => {
    const roomId = sim.room('live_one').roomId;
    expect((await post(`/webcast/rooms/${roomId}/chat`, { content: 'hi' }, KEY)).status).toBe(402);
    expect((await post(`/webcast/rooms/${roomId}/chat`, { content: 'hi', sessionId: 'sim-session' }, PREMIUM)).status).toBe(200);
  });

  it('anchors/{uniqueId}/room_id and /tiktok/sign_url', async () => {
    expect(await (await get(`/webcast/anchors/live_one/room_id?apiKey=${KEY}`)).json()).toMatchObject({ ok: true, is_live: true, room_id: sim.room('live_one').roomId });
    expect(await (await get(`/webcast/anchors/ghost/room_id?apiKey=${KEY}`)).json()).toMatchObject({ ok: false });
    const signed = await (await post('/tiktok/sign_url', { url: `${sim.url}/webcast/gift/list/?room_id=1` })).json();
    expect(signed.code).toBe(200);
    expect(signed.response.signedUrl).toMatch(/msToken=.+&X-Bogus=.+&X-Gnarly=/);
    expect(Object.keys(signed.response.tokens)).toEqual(['msToken', 'X-Bogus', 'X-Gnarly']);
    expect(signed.response.userAgent).toMatch(/^Mozilla\/5\.0/);
    expect((await post('/tiktok/sign_url', { nope: 1 })).status).toBe(400);
    expect((await post('/tiktok/sign_url', '{broken')).status).toBe(400);
  });
});

describe('tik.tools style sign server', () => {
  it('sign_url returns the signed URL, user agent and cookies', async () => {
    const res = await (await post('/webcast/sign_url', { url: `${sim.url}/webcast/room/info/?room_id=1` })).json();
    expect(res.status_code).toBe(0);
    expect(res.data.signed_url).toContain('X-Bogus=');
    expect(res.data).toMatchObject({ x_bogus: expect.any(String), x_gnarly: expect.any(String), user_agent: expect.stringMatching(/^Mozilla/), cookies: expect.stringMatching(/^ttwid=/) });
  });

  it('sign-and-return: resolve_required, then a signed URL that fetches TikTok data', async () => {
    const first = await (await post('/webcast/room_info', { unique_id: 'live_one' })).json();
    expect(first).toMatchObject({ status_code: 0, action: 'resolve_required' });
    const second = await (await post('/webcast/room_info', { room_id: sim.room('live_one').roomId })).json();
    expect(second).toMatchObject({ status_code: 0, action: 'fetch_signed_url', headers: { 'User-Agent': expect.any(String) }, cookies: expect.stringMatching(/^ttwid=/) });
    const data = await (await fetch(second.signed_url, { headers: { ...second.headers, cookie: second.cookies } })).json();
    expect(data.data).toMatchObject({ status: 2, title: 'Live now' });
    const roomIdCall = await (await post('/webcast/room_id', { unique_id: 'live_one' })).json();
    expect((await (await fetch(roomIdCall.signed_url)).json()).data.user.roomId).toBe(sim.room('live_one').roomId);
    const gifts = await (await post('/webcast/gift_info', { room_id: sim.room('live_one').roomId })).json();
    expect((await (await fetch(gifts.signed_url)).json()).data.gifts.length).toBeGreaterThanOrEqual(40);
    const alive = await (await post('/webcast/check_alive', { room_id: sim.room('sleepy').roomId })).json();
    expect((await (await fetch(alive.signed_url)).json()).data[0].alive).toBe(false);
  });

  it('direct answers: room_video, bulk_live_check, rankings (also as GET)', async () => {
    const roomId = sim.room('live_one').roomId;
    expect((await (await post('/webcast/room_video', { room_id: roomId })).json()).data.flv).toMatch(/origin\.flv$/);
    const bulk = await (await post('/webcast/bulk_live_check', { unique_ids: ['live_one', 'sleepy', 'ghost'] })).json();
    expect(bulk.data.map((d: { is_live: boolean }) => d.is_live)).toEqual([true, false, false]);
    const ranks = await (await get(`/webcast/rankings?apiKey=${PREMIUM}&unique_id=live_one`)).json();
    expect(ranks.data.ranks).toHaveLength(3);
    expect((await get(`/webcast/rankings?apiKey=${KEY}&unique_id=live_one`)).status).toBe(402);
  });

  it('authentication/jwt issues a signed token with the requested scope', async () => {
    const res = await (await post('/authentication/jwt', { expire_after: 60, allowed_creators: ['live_one'], max_websockets: 2 })).json();
    const [, payload] = res.data.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    expect(claims).toMatchObject({ allowed_creators: ['live_one'], max_websockets: 2 });
    expect(claims.exp - claims.iat).toBe(60);
  });

  it('captcha solvers validate the request shape and answer typed results', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64');
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 1, 2]).toString('base64');
    const puzzle = await (await post('/captcha/solve/puzzle', { puzzle: png, piece: jpeg })).json();
    expect(puzzle).toMatchObject({ status_code: 0, data: { slideX: expect.any(Number), confidence: expect.any(Number), solveTimeMs: expect.any(Number) } });
    const rotate = await (await post('/captcha/solve/rotate', { outer: png, inner: png })).json();
    expect(rotate.data.angle).toBeGreaterThanOrEqual(0);
    expect(rotate.data.angle).toBeLessThan(360);
    const shapes = await (await post('/captcha/solve/shapes', { image: png })).json();
    expect(shapes.data).toMatchObject({ point1: { x: expect.any(Number), y: expect.any(Number) }, point2: { x: expect.any(Number), y: expect.any(Number) } });
    const bad = await post('/captcha/solve/puzzle', { puzzle: 'aGVsbG8gd29ybGQ=', piece: png });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/"puzzle" must be a base64-encoded PNG or JPEG/);
  });

  it('401 with a tiktool-shaped body for a bad key', async () => {
    const res = await post('/webcast/sign_url', { url: 'http://x/' }, 'wrong');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ status_code: 401, error: 'Invalid API key' });
  });
});

describe('slow HTTP', () => {
  it('delays every answer about the room while set', async () => {
    const room = sim.room('live_one');
    room.slowHttp(300);
    const t0 = performance.now();
    await (await get(`/webcast/room/info/?room_id=${room.roomId}`)).json();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    room.slowHttp(0);
  });
});
