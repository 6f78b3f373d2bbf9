import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonExact } from '../src/api/http.js';
import {
  AgeRestrictedError,
  bulkLiveCheck,
  callApi,
  CaptchaRequiredError,
  checkAlive,
  createRoomIdCache,
  fetchGiftList,
  fetchRoomInfo,
  fetchSignedUrl,
  HttpError,
  InvalidArgumentError,
  isRetryable,
  LiveError,
  normalizeUniqueId,
  PayloadTooLargeError,
  PremiumRequiredError,
  RequestTimeoutError,
  resolveLivePage,
  resolveRoomId,
  SignAuthError,
  SignRateLimitError,
  SignServerError,
  solvePuzzle,
  solveRotate,
  solveShapes,
  UserNotFoundError,
} from '../src/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';

let sim: Simulator;
const KEY = 'basic-key';
const PRO = 'pro-key';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9]).toString('base64');

beforeAll(async () => {
  sim = await startSimulator({
    apiKeys: { [KEY]: { premium: false }, [PRO]: { premium: true } },
    rooms: [
      { uniqueId: 'on_air', title: 'Cooking show', traffic: false },
      { uniqueId: 'napping', status: 'offline', traffic: false },
      { uniqueId: 'adults', status: 'ageRestricted', traffic: false },
      { uniqueId: 'walled', status: 'captcha', traffic: false },
      { uniqueId: 'ghost', status: 'notFound', traffic: false },
    ],
  });
});
afterAll(() => sim.close());

const http = () => ({ endpoints: sim.clientOptions.endpoints });
const rest = (apiKey = KEY) => ({ ...http(), apiKey, serverUrl: sim.url });
/** Resolves to what the promise rejected with. */
const rejection = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

describe('username normalisation', () => {
  it('accepts what users type', () => {
    for (const input of ['on_air', '@on_air', ' @on_air ', 'https://www.tiktok.com/@on_air/live', 'tiktok.com/@on_air', 'https://www.tiktok.com/@on_air?lang=en']) {
      expect(normalizeUniqueId(input), input).toBe('on_air');
    }
    expect(normalizeUniqueId('some.name_1')).toBe('some.name_1');
  });

  it('rejects what cannot be a username, before any request', async () => {
    for (const bad of ['', '   ', '@', 'two words', 'https://www.tiktok.com/live', 'a/b']) expect(() => normalizeUniqueId(bad), bad).toThrow(InvalidArgumentError);
    let requests = 0;
    const counting: typeof fetch = (i, init) => (requests++, fetch(i, init));
    expect(await rejection(resolveLivePage('', { ...http(), fetch: counting }))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejection(fetchRoomInfo('12ab', { ...http(), fetch: counting }))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejection(fetchGiftList({ ...http(), roomId: 'x', fetch: counting }))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejection(callApi({ ...rest(), endpoint: 'no-slash', uniqueId: 'on_air', fetch: counting }))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejection(solvePuzzle({ ...rest(), puzzle: '', piece: PNG, fetch: counting }))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejection(bulkLiveCheck(['ok', 'not ok'], { ...http(), fetch: counting }))).toBeInstanceOf(InvalidArgumentError);
    expect(requests).toBe(0);
  });
});

describe('room resolution', () => {
  it('resolveLivePage: room id, ttwid, cluster, status', async () => {
    const page = await resolveLivePage('@on_air', http());
    expect(page).toEqual({ roomId: sim.room('on_air').roomId, ttwid: expect.stringMatching(/^1%7C[\w-]+$/), clusterRegion: 'useast2a', status: 2 });
  });

  it('resolveLivePage: null when offline; typed errors for missing, age-restricted and captcha', async () => {
    expect(await resolveLivePage('napping', http())).toBeNull();
    expect(await rejection(resolveLivePage('ghost', http()))).toBeInstanceOf(UserNotFoundError);
    expect(await rejection(resolveLivePage('never_existed', http()))).toBeInstanceOf(UserNotFoundError);
    expect(await rejection(resolveLivePage('adults', http()))).toBeInstanceOf(AgeRestrictedError);
    const captcha = await rejection(resolveLivePage('walled', http()));
    expect(captcha).toBeInstanceOf(CaptchaRequiredError);
    expect((captcha as Error).message).toMatch(/captcha/);
  });

  it('falls back to api-live/user/room when the page carries no state', async () => {
    sim.room('on_air').breakHttp(1, 200, '<html><body>temporarily simplified page</body></html>');
    const page = await resolveLivePage('on_air', http());
    expect(page?.roomId).toBe(sim.room('on_air').roomId);
  });

  it('resolveRoomId caches for 5 minutes on an injected clock, in a bounded cache', async () => {
    let now = 1_000_000;
    let requests = 0;
    const cache = createRoomIdCache(1);
    const options = { ...http(), cache, now: () => now, fetch: ((i, init) => (requests++, fetch(i, init))) as typeof fetch };
    expect(await resolveRoomId('on_air', options)).toBe(sim.room('on_air').roomId);
    expect(await resolveRoomId('@on_air', options)).toBe(sim.room('on_air').roomId);
    expect(requests).toBe(1);
    now += 4 * 60_000;
    await resolveRoomId('on_air', options);
    expect(requests).toBe(1);
    now += 2 * 60_000;
    await resolveRoomId('on_air', options);
    expect(requests).toBe(2);
    expect(await resolveRoomId('napping', options)).toBeNull(); // "not live" is cached too
    await resolveRoomId('napping', options);
    expect(requests).toBe(3);
    await resolveRoomId('adults', options).catch(() => undefined); // errors are not cached
    await resolveRoomId('adults', options).catch(() => undefined);
    expect(requests).toBe(5);
    // Bounded (one entry here): caching napping evicted on_air.
    expect(cache.get(`${sim.url}|on_air`)).toBeUndefined();
    expect(cache.get(`${sim.url}|napping`)).toMatchObject({ value: null });
  });
});

describe('room info, gifts and live checks', () => {
  it('fetchRoomInfo: typed room info with stream URLs by quality', async () => {
    const info = await fetchRoomInfo(sim.room('on_air').roomId, http());
    expect(info).toMatchObject({ roomId: sim.room('on_air').roomId, status: 2, isLive: true, title: 'Cooking show', owner: { uniqueId: 'on_air', nickname: 'on_air' } });
    expect(info.owner.userId).toMatch(/^\d+$/);
    expect(info.startTime).toBeGreaterThan(Date.UTC(2020, 0, 1));
    expect(Object.keys(info.streamUrls.flv)).toEqual(expect.arrayContaining(['FULL_HD1', 'HD1', 'SD1', 'SD2', 'origin', 'hd', 'sd', 'ld']));
    expect(info.streamUrls.hls.FULL_HD1).toMatch(/\.m3u8$/);
    expect(info.streamUrls.default).toMatch(/origin\.flv$/);
    // The simulator writes ids as TikTok does, bare 64-bit numbers, and they arrive exact.
    expect(info.raw).toMatchObject({ id: info.roomId, owner: { id: info.owner.userId } });
    const text = await (await fetch(`${sim.clientOptions.endpoints!.webcast}/webcast/room/info/?room_id=${info.roomId}`)).text();
    expect(text).toContain(`"id":${info.roomId},`);
    expect((await fetchRoomInfo(sim.room('napping').roomId, http())).isLive).toBe(false);
  });

  it('fetchRoomInfo: age restriction, unknown rooms, 5xx, malformed bodies and timeouts are typed', async () => {
    expect(await rejection(fetchRoomInfo(sim.room('adults').roomId, http()))).toBeInstanceOf(AgeRestrictedError);
    const unknown = await rejection(fetchRoomInfo('123456', http()));
    expect(unknown).toBeInstanceOf(HttpError);
    expect((unknown as Error).message).toMatch(/status_code 30001: Room does not exist/);
    const room = sim.room('on_air');
    room.breakHttp(1, 503, 'upstream down');
    const down = await rejection(fetchRoomInfo(room.roomId, http()));
    expect(down).toBeInstanceOf(HttpError);
    expect(isRetryable(down)).toBe(true);
    room.breakHttp(1, 200, '{"data": {"status": 2,');
    const malformed = await rejection(fetchRoomInfo(room.roomId, http()));
    expect(malformed).toBeInstanceOf(HttpError);
    expect((malformed as Error).message).toMatch(/not JSON: "\{"data": \{"status": 2,"/);
    room.slowHttp(400);
    const slow = await rejection(fetchRoomInfo(room.roomId, { ...http(), timeoutMs: 100 }));
    room.slowHttp(0);
    expect(slow).toBeInstanceOf(RequestTimeoutError);
    expect(isRetryable(slow)).toBe(true);
  });

  it('fetchRoomInfo: 64-bit ids TikTok writes as bare JSON numbers stay exact, raw included', async () => {
    const room = sim.room('on_air');
    const body = '{"status_code":0,"data":{"id":7200129634582383123,"id_str":"7200129634582383123","status":2,"title":"x 12345678901234567890","user_count":12,'
      + '"owner":{"id":7000000000000000011,"display_id":"on_air"},"stats":{"total_user":-9007199254740993,"ratio":0.12345678901234567891,"big":1.2345678901234567e+300},"like_count":9007199254740991}}';
    room.breakHttp(1, 200, body);
    const info = await fetchRoomInfo(room.roomId, http());
    expect(info.owner.userId).toBe('7000000000000000011');
    expect(info.raw.id).toBe('7200129634582383123');
    expect(info.raw.title).toBe('x 12345678901234567890');
    expect(info.raw.stats).toEqual({ total_user: '-9007199254740993', ratio: 0.12345678901234567891, big: 1.2345678901234567e300 });
    expect(info.likeCount).toBe(9007199254740991); // safe: still a number
    expect(info.viewerCount).toBe(12);
  });

  it('parseJsonExact: the same value as JSON.parse for everything but unsafe integers, which it keeps as exact strings', () => {
    fc.assert(
      // Values with no integer past MAX_SAFE_INTEGER (those are the exception, checked below).
      fc.property(fc.jsonValue().filter((v) => !JSON.stringify(v).match(/(?<![\w.+-])-?\d{16,}(?![\w.+-])/g)?.some((n) => !Number.isSafeInteger(Number(n)))), (value) => {
        const text = JSON.stringify(value);
        expect(parseJsonExact(text)).toEqual(JSON.parse(text));
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n }), fc.string(), (n, s) => {
        const parsed = parseJsonExact(`{"n": ${n}, "s": ${JSON.stringify(s)}, "a": [${n},${n}]}`) as { n: unknown; s: string; a: unknown[] };
        const exact = Number.isSafeInteger(Number(n)) ? Number(n) : String(n);
        expect(parsed).toEqual({ n: exact, s, a: [exact, exact] });
      }),
    );
  });

  it('honours an abort signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('user gave up'));
    expect(await rejection(fetchRoomInfo(sim.room('on_air').roomId, { ...http(), signal: controller.signal }))).toMatchObject({ message: 'user gave up' });
  });

  it('refuses a response body past maxResponseBytes (16 MiB by default), declared or streamed', async () => {
    const server = createServer((req, res) => {
      res.on('error', () => {});
      // /<declared|streamed>/<size>/webcast/…
      const size = Number(req.url?.split('/')[2]);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      if (req.url?.includes('declared')) res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(size) });
      else res.writeHead(200, { 'content-type': 'application/json' }); // chunked: no length up front
      let sent = 0;
      const pump = () => {
        while (sent < size && !res.destroyed) {
          const n = Math.min(chunk.length, size - sent);
          sent += n;
          if (!res.write(chunk.subarray(0, n))) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const shape of ['declared', 'streamed']) {
        const huge = await fetchGiftList({ endpoints: { webcast: `${base}/${shape}/${17 * 2 ** 20}` } }).catch((e: unknown) => e);
        expect(huge, shape).toBeInstanceOf(PayloadTooLargeError);
        const small = await fetchGiftList({ endpoints: { webcast: `${base}/${shape}/5000` }, maxResponseBytes: 4096 }).catch((e: unknown) => e);
        expect(small, shape).toBeInstanceOf(PayloadTooLargeError);
      }
      // Under the cap the body is read whole (and here is not a gift list).
      const fits = await fetchGiftList({ endpoints: { webcast: `${base}/streamed/5000` }, maxResponseBytes: 5000 }).catch((e: unknown) => e);
      expect(fits).not.toBeInstanceOf(PayloadTooLargeError);
      expect(fits).toBeInstanceOf(LiveError);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('fetchGiftList: a typed catalog', async () => {
    const gifts = await fetchGiftList(http());
    expect(gifts.length).toBeGreaterThanOrEqual(40);
    expect(gifts.find((g) => g.name === 'Rose')).toMatchObject({ id: 5655, diamondCount: 1, type: 1, streakable: true, imageUrl: expect.stringMatching(/5655/) });
    expect(gifts.some((g) => !g.streakable && g.diamondCount >= 100)).toBe(true);
  });

  it('checkAlive and bulkLiveCheck, with one failure reported on its own entry', async () => {
    expect(await checkAlive('on_air', http())).toEqual({ uniqueId: 'on_air', isLive: true, roomId: sim.room('on_air').roomId });
    expect(await checkAlive('napping', http())).toEqual({ uniqueId: 'napping', isLive: false, roomId: null });
    const bulk = await bulkLiveCheck(['on_air', '@napping', 'ghost', 'on_air'], { ...http(), concurrency: 2 });
    expect(bulk.map((b) => [b.uniqueId, b.isLive])).toEqual([['on_air', true], ['napping', false], ['ghost', false], ['on_air', true]]);
    expect(bulk[2]!.error).toBeInstanceOf(UserNotFoundError);
    expect(bulk[1]!.error).toBeUndefined();
  });

  it('bulkLiveCheck never has more than `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const tracking: typeof fetch = async (i, init) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      try {
        return await fetch(i, init);
      } finally {
        inFlight--;
      }
    };
    await bulkLiveCheck(['on_air', 'napping', 'on_air', 'napping', 'on_air', 'napping', 'on_air'], { ...http(), concurrency: 3, fetch: tracking });
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
  });
});

describe('the tik.tools-style REST helpers', () => {
  it('callApi through resolve_required and fetch_signed_url returns TikTok data', async () => {
    const info = await callApi<{ data: { title: string; status: number } }>({ ...rest(), endpoint: '/webcast/room_info', uniqueId: '@on_air' });
    expect(info?.data).toMatchObject({ title: 'Cooking show', status: 2 });
    const roomId = await callApi<{ data: { user: { roomId: string } } }>({ ...rest(), endpoint: '/webcast/room_id', uniqueId: 'on_air' });
    expect(roomId?.data.user.roomId).toBe(sim.room('on_air').roomId);
  });

  it('callApi returns direct answers as they are, by POST or GET', async () => {
    const video = await callApi<{ status_code: number; data: { flv: string } }>({ ...rest(), endpoint: '/webcast/room_video', uniqueId: 'on_air' });
    expect(video?.data.flv).toMatch(/origin\.flv$/);
    const ranks = await callApi<{ data: { ranks: unknown[] } }>({ ...rest(PRO), endpoint: '/webcast/rankings', uniqueId: 'on_air', method: 'GET' });
    expect(ranks?.data.ranks).toHaveLength(3);
  });

  it('callApi returns null for a user who is not live', async () => {
    expect(await callApi({ ...rest(), endpoint: '/webcast/room_info', uniqueId: 'napping' })).toBeNull();
  });

  it('callApi maps the server errors: bad key, premium-only, 429 with retry-after, 5xx', async () => {
    const bad = await rejection(callApi({ ...rest('nope'), endpoint: '/webcast/room_info', uniqueId: 'on_air' }));
    expect(bad).toBeInstanceOf(SignAuthError);
    expect(await rejection(callApi({ ...rest(KEY), endpoint: '/webcast/rankings', uniqueId: 'on_air' }))).toBeInstanceOf(PremiumRequiredError);
    sim.room('on_air').signRateLimit(1, 7);
    const limited = await rejection(callApi({ ...rest(), endpoint: '/webcast/room_info', uniqueId: 'on_air' }));
    expect(limited).toBeInstanceOf(SignRateLimitError);
    expect((limited as SignRateLimitError).retryAfterMs).toBe(7000);
    expect((limited as SignRateLimitError).resetAt).toBeGreaterThan(Date.now());
    sim.room('on_air').signServerError(1, 500);
    const failed = await rejection(callApi({ ...rest(), endpoint: '/webcast/room_info', uniqueId: 'on_air' }));
    expect(failed).toBeInstanceOf(SignServerError);
    expect(isRetryable(failed)).toBe(true);
  });

  it('fetchSignedUrl fetches with the headers and cookies it was given', async () => {
    const signed = await (await fetch(`${sim.url}/webcast/check_alive?apiKey=${KEY}`, { method: 'POST', body: JSON.stringify({ room_id: sim.room('on_air').roomId }) })).json();
    const data = await fetchSignedUrl<{ data: Array<{ alive: boolean }> }>(signed, http());
    expect(data.data[0]!.alive).toBe(true);
    expect(await rejection(fetchSignedUrl({ status_code: 0, signed_url: 'not a url' }))).toBeInstanceOf(InvalidArgumentError);
  });

  it('CAPTCHA solvers return typed results, and refuse what is not an image', async () => {
    const puzzle = await solvePuzzle({ ...rest(), puzzle: PNG, piece: PNG });
    expect(puzzle).toEqual({ slideX: expect.any(Number), slideY: expect.any(Number), confidence: expect.any(Number), solveTimeMs: expect.any(Number) });
    const rotate = await solveRotate({ ...rest(), outer: PNG, inner: PNG });
    expect(rotate.angle).toBeGreaterThanOrEqual(0);
    const shapes = await solveShapes({ ...rest(), image: PNG });
    expect(shapes.point1).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    const refused = await rejection(solveShapes({ ...rest(), image: Buffer.from('plain text').toString('base64') }));
    expect(refused).toBeInstanceOf(LiveError);
    expect((refused as Error).message).toMatch(/"image" must be a base64-encoded PNG or JPEG/);
  });
});
