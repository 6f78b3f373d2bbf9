import { request } from 'node:http';
import { NEVER } from 'rxjs';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../src/relay/index.js';
import { startSimulator, type Simulator } from '../src/simulator/index.js';
import { until } from './support/rawClient.js';

const KEY = 'relay-admin-key';
let sim: Simulator | undefined;
let relay: Relay | undefined;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.terminate();
  await relay?.close();
  await sim?.close();
  relay = undefined;
  sim = undefined;
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { error?: string; token?: string; wsUrl?: string };
}

/** GET /api/live/connect from a given loopback address (all of 127.0.0.0/8 is this machine). */
function connectFrom(room: string, localAddress = '127.0.0.1'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${relay!.url}/api/live/connect?uniqueId=${room}`, { localAddress }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A WebSocket with a token; resolves the HTTP status of its handshake (101 when it opened). */
function open(room: string, jwt: string): Promise<{ ws: WebSocket; status: number }> {
  const ws = new WebSocket(`${relay!.url.replace('http', 'ws')}/ws?uniqueId=${room}&jwtKey=${encodeURIComponent(jwt)}`);
  sockets.push(ws);
  ws.on('error', () => {});
  return new Promise((resolve) => {
    ws.once('open', () => resolve({ ws, status: 101 }));
    ws.once('unexpected-response', (_req, res) => resolve({ ws, status: res.statusCode ?? 0 }));
  });
}

describe('relay: /api/live/connect limits', () => {
  it('rate-limits token requests per address with 429 and retry-after, other addresses unaffected', async () => {
    relay = await startRelay({ publicRooms: ['open_house'], connectRateLimit: { burst: 3, perMinute: 6 }, source: () => NEVER });
    const first = await Promise.all([connectFrom('open_house'), connectFrom('open_house'), connectFrom('open_house')]);
    expect(first.map((a) => a.status)).toEqual([200, 200, 200]);
    const limited = await connectFrom('open_house');
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ error: 'Too many token requests from this address: try again later' });
    // One token every 10 s at 6 per minute.
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(9);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(10);
    // Requests for rooms that are not public count too: probing costs the same.
    expect((await connectFrom('private', '127.0.0.1')).status).toBe(429);
    expect((await connectFrom('open_house', '127.0.0.2')).status).toBe(200);
  });

  it('counts requests against the address clientAddress names (behind a proxy: its header)', async () => {
    relay = await startRelay({
      publicRooms: ['open_house'],
      connectRateLimit: { burst: 1, perMinute: 1 },
      clientAddress: (req) => String(req.headers['x-forwarded-for']).split(',').at(-1)!.trim(),
      source: () => NEVER,
    });
    const from = (forwarded: string) => fetch(`${relay!.url}/api/live/connect?uniqueId=open_house`, { headers: { 'x-forwarded-for': forwarded } }).then((r) => r.status);
    expect(await from('203.0.113.7')).toBe(200);
    expect(await from('203.0.113.7')).toBe(429);
    expect(await from('198.51.100.1, 203.0.113.7')).toBe(429);
    expect(await from('203.0.113.8')).toBe(200);
  });

  it('caps clients at once on a public room (503), counts only public tokens, and frees a place when one leaves', async () => {
    sim = await startSimulator({ rooms: [{ uniqueId: 'open_house', traffic: false }] });
    relay = await startRelay({ apiKeys: [KEY], publicRooms: ['open_house'], maxPublicRoomClients: 2, liveRoomOptions: { ...sim.clientOptions, fetchRoomInfo: false } });
    const tokens = await Promise.all([1, 2, 3].map(async () => (await connectFrom('open_house')).body.token!));
    const a = await open('open_house', tokens[0]!);
    const b = await open('open_house', tokens[1]!);
    expect([a.status, b.status]).toEqual([101, 101]);
    await until(() => relay!.stats().clients === 2, 5000, 'two clients');
    const full = await connectFrom('open_house');
    expect(full.status).toBe(503);
    expect(full.body.error).toBe('@open_house has reached its limit of 2 public connections: try again later');
    expect(full.headers['retry-after']).toBe('30');
    // A token fetched before the room filled up is refused too.
    expect((await open('open_house', tokens[2]!)).status).toBe(503);
    // Tokens minted with the admin key have their own caps.
    const minted = await fetch(`${relay.url}/authentication/jwt`, { method: 'POST', headers: { 'x-api-key': KEY }, body: JSON.stringify({ rooms: ['open_house'] }) });
    expect((await open('open_house', ((await minted.json()) as { token: string }).token)).status).toBe(101);
    a.ws.close();
    await until(() => relay!.stats().clients === 2, 5000, 'a place freed');
    expect((await open('open_house', tokens[2]!)).status).toBe(101);
  });
});
