import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeUniqueId } from '../api/uniqueId.js';
import type { Clients } from './clients.js';
import { HttpProblem, json, readBody } from './http.js';
import type { RelayMetrics } from './metrics.js';
import { overlayPage, overlayScript } from './overlay.js';
import { formatParam, roomParam, sinceParam, tokenParam, type OriginPolicy } from './params.js';
import type { RateLimiter } from './rateLimit.js';
import type { Tokens } from './tokens.js';
import type { OpenUpstream } from './upstreams.js';

export interface RoutesDeps {
  baseUrl: () => string;
  /** Keys that may mint tokens, as bytes for a constant-time comparison. */
  apiKeys: Buffer[];
  publicRooms: ReadonlySet<string>;
  maxTokenTtlSeconds: number;
  publicTokenTtlSeconds: number;
  connectLimiter: RateLimiter | undefined;
  clientAddress: ((req: IncomingMessage) => string) | undefined;
  tokens: Tokens;
  clients: Clients;
  upstreams: ReadonlyMap<string, OpenUpstream>;
  metrics: RelayMetrics;
  policy: OriginPolicy;
  /** What a slow SSE reader's end code is: it is cut off instead of ended cleanly. */
  slowCloseCode: number;
}

type Route = (req: IncomingMessage, res: ServerResponse, url: URL, cors: Record<string, string>) => void | Promise<void>;

/**
 * The relay's HTTP routes: token minting, public tokens, the SSE stream, the
 * overlay page, health, readiness and metrics. A refusal is thrown as an
 * `HttpProblem`, which the server answers as JSON.
 */
export function createRoutes(deps: RoutesDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { tokens, clients, upstreams, metrics, policy } = deps;

  /** POST /authentication/jwt: a token for rooms, for holders of an API key. */
  const mint: Route = async (req, res, _url, cors) => {
    const key = req.headers['x-api-key'];
    const given = Buffer.from(typeof key === 'string' ? key : '');
    if (!deps.apiKeys.some((k) => k.length === given.length && timingSafeEqual(k, given))) throw new HttpProblem(401, 'Missing or wrong x-api-key');
    const body = await readBody(req);
    const rooms = body.rooms;
    if (!Array.isArray(rooms) || rooms.length === 0) throw new HttpProblem(400, '"rooms" must be a non-empty list of usernames');
    let names: string[];
    try {
      names = rooms.map((r) => normalizeUniqueId(String(r)).toLowerCase());
    } catch (err) {
      throw new HttpProblem(400, (err as Error).message);
    }
    const ttl = body.expiresIn === undefined ? 3600 : Number(body.expiresIn);
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > deps.maxTokenTtlSeconds) throw new HttpProblem(400, `"expiresIn" must be whole seconds from 1 to ${deps.maxTokenTtlSeconds}`);
    const max = body.maxConnections === undefined ? 1 : Number(body.maxConnections);
    if (!Number.isInteger(max) || max < 1 || max > 10_000) throw new HttpProblem(400, '"maxConnections" must be a whole number from 1 to 10000');
    json(res, 200, await tokens.mint(names, ttl, max), cors);
  };

  /** GET /api/live/connect: a short-lived one-connection token for a public room, rate-limited per address. */
  const connect: Route = async (req, res, url, cors) => {
    const wait = deps.connectLimiter?.take(deps.clientAddress?.(req) ?? req.socket.remoteAddress ?? '') ?? 0;
    if (wait > 0) throw new HttpProblem(429, 'Too many token requests from this address: try again later', { 'retry-after': String(Math.ceil(wait / 1000)) });
    const room = roomParam(url);
    if (!deps.publicRooms.has(room)) throw new HttpProblem(403, `@${room} is not a public room of this relay`);
    const full = clients.publicRoomFull(room);
    if (full) throw full;
    const { token } = await tokens.mint([room], deps.publicTokenTtlSeconds, 1, { pub: true });
    const ws = new URL('/ws', deps.baseUrl().replace(/^http/, 'ws'));
    ws.searchParams.set('uniqueId', room);
    json(res, 200, { wsUrl: ws.toString(), token }, cors);
  };

  /** GET /events: the room's events as Server-Sent Events. */
  const events: Route = async (req, res, url, cors) => {
    if (!policy.originAllowed(req)) throw new HttpProblem(403, 'Origin not allowed');
    const room = roomParam(url);
    const format = formatParam(url);
    const since = sinceParam(url, req);
    const claims = await clients.authorize(tokenParam(url, req), room);
    // The client may have gone while its token was checked: attaching it now would keep it forever.
    if (req.socket.destroyed) return;
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', ...cors });
    res.write(': connected\n\n');
    const detach = clients.attach(
      room,
      claims,
      { transport: 'sse', format, buffered: () => res.writableLength, write: (bytes) => void res.write(bytes) },
      // A slow reader is cut off; otherwise the stream ends cleanly after what was written.
      (code) => (code === deps.slowCloseCode ? res.destroy() : res.end()),
      since,
    );
    res.on('close', detach);
  };

  const overlay: Route = (_req, res) => {
    const page = overlayPage();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page), 'referrer-policy': 'no-referrer' });
    res.end(page);
  };

  const overlayJs: Route = (_req, res) => {
    const js = overlayScript();
    if (js === undefined) throw new HttpProblem(500, 'The overlay script is not built: run npm run build');
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'content-length': Buffer.byteLength(js), 'cache-control': 'no-cache' });
    res.end(js);
  };

  /** GET /readyz: ready when every open upstream is connected, none connecting or waiting to reconnect. */
  const readyz: Route = (_req, res) => {
    const notReady = [...upstreams].filter(([, u]) => u.state !== 'connected').map(([room, u]) => ({ room, state: u.state }));
    json(res, notReady.length ? 503 : 200, { ok: notReady.length === 0, upstreams: upstreams.size, notReady });
  };

  const prometheus: Route = async (_req, res) => {
    const text = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const gets: Record<string, Route> = {
    '/api/live/connect': connect,
    '/events': events,
    '/overlay': overlay,
    '/overlay.js': overlayJs,
    '/health': (_req, res, _url, cors) => json(res, 200, { ok: true, upstreams: upstreams.size, clients: clients.count() }, cors),
    '/healthz': (_req, res) => json(res, 200, { ok: true }),
    '/readyz': readyz,
    '/metrics': prometheus,
  };

  return async (req, res) => {
    const url = new URL(req.url ?? '/', deps.baseUrl());
    const cors = policy.corsHeaders(req);
    if (req.method === 'OPTIONS') {
      res.writeHead(cors['access-control-allow-origin'] ? 204 : 403, cors);
      res.end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/authentication/jwt') return mint(req, res, url, cors);
    if (req.method !== 'GET') throw new HttpProblem(405, 'Method not allowed');
    const route = Object.hasOwn(gets, url.pathname) ? gets[url.pathname] : undefined;
    if (!route) throw new HttpProblem(404, `No route for ${url.pathname}`);
    return route(req, res, url, cors);
  };
}
