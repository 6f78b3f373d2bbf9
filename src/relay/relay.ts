import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Observable } from 'rxjs';
import { WebSocket, WebSocketServer } from 'ws';
import { normalizeUniqueId } from '../api/uniqueId.js';
import type { LiveEvent } from '../operators/pipeline/events.js';
import { InvalidArgumentError } from '../errors.js';
import { redactSecrets } from '../redact.js';
import { liveRoom$, type LiveRoomOptions } from '../sources/liveRoom.js';
import { createFanout, type FanoutFormat, type FanoutSink } from './fanout.js';
import { HttpProblem, json, readBody } from './http.js';
import { createTokens, type TokenClaims } from './tokens.js';
import { createUpstreams } from './upstreams.js';
import { RelayMetrics } from './metrics.js';
import { overlayPage } from './overlay.js';
import { RateLimiter, type RateLimitOptions } from './rateLimit.js';
import { relayErrorJson, safeError } from './safeEvents.js';

export interface RelayOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Keys that may mint tokens (`x-api-key` on POST /authentication/jwt). None: no one can mint. */
  apiKeys?: string[];
  /** What each upstream `liveRoom$` gets (a simulator's `clientOptions` in tests). */
  liveRoomOptions?: LiveRoomOptions;
  /** Rooms any page may get a token for through GET /api/live/connect. Default none. */
  publicRooms?: string[];
  /** Origins allowed to call from a browser (CORS, and the Origin of WebSocket/SSE clients). Default: same origin only. */
  corsOrigins?: string[];
  /** Keep an upstream this long after its last client leaves. Default 5,000 ms. */
  graceMs?: number;
  /** A client that falls this far behind is dropped. Default 1 MiB. */
  maxBufferBytes?: number;
  /**
   * Fan-out tuning: a room's events are written to its clients at most every `windowMs`
   * (default 20), together, and `chunkSize` clients per turn of the event loop (default 256).
   */
  fanout?: { windowMs?: number; chunkSize?: number };
  /** HMAC secret for tokens (32+ bytes). Default: random at each start. */
  jwtSecret?: Uint8Array;
  /** Longest lifetime a minted token may ask for, seconds. Default 86,400. */
  maxTokenTtlSeconds?: number;
  /** Lifetime of tokens from /api/live/connect, seconds. Default 300. */
  publicTokenTtlSeconds?: number;
  /**
   * Per-address limit on GET /api/live/connect (a token bucket): `burst` at once, then
   * `perMinute`. Beyond it: 429 with retry-after. Default `{ burst: 10, perMinute: 30 }`; `false`: none.
   */
  connectRateLimit?: RateLimitOptions | false;
  /**
   * The address a request counts against for `connectRateLimit`. Default: the connection's
   * remote address. Behind a reverse proxy every request comes from the proxy: read the
   * header it sets instead (e.g. the last `x-forwarded-for` entry), and only when it does.
   */
  clientAddress?: (req: IncomingMessage) => string;
  /** Clients at once on one public room through /api/live/connect tokens; beyond it: 503. Default 1,000. */
  maxPublicRoomClients?: number;
  /** Where the relay logs (never keys or tokens). Default: nowhere. */
  log?: (line: string) => void;
  /** The upstream source (default liveRoom$): inject to relay something else. */
  source?: (uniqueId: string, options: LiveRoomOptions) => Observable<LiveEvent>;
}

export interface RelayStats {
  /** Upstream rooms open now. */
  upstreams: number;
  /** Clients connected now (WebSocket and SSE). */
  clients: number;
  /** Clients dropped for falling behind. */
  slowDropped: number;
}

export interface Relay {
  url: string;
  stats(): RelayStats;
  /** Stops at once: every connection is cut, upstreams are left to their grace period. */
  close(): Promise<void>;
  /**
   * Stops gracefully: no new connections; every WebSocket client is closed
   * with 1001 "Relay shutting down" and every SSE stream ended; upstreams are
   * closed now, not after their grace period. Resolves when every connection
   * is gone, or after `timeoutMs` (default 5,000), when what is left is cut.
   */
  shutdown(options?: { timeoutMs?: number }): Promise<void>;
}


const SLOW_CLOSE = 4008;
const SHUTDOWN_CLOSE = { code: 1001, reason: 'Relay shutting down' };

/**
 * Serves rooms' events to web pages and OBS browser sources over WebSocket
 * (`/ws`) and Server-Sent Events (`/events`), behind short-lived JWTs scoped
 * to rooms and capped in connections. One upstream `liveRoom$` per room is
 * shared by all of that room's clients and closes `graceMs` after the last
 * one leaves. A client that cannot keep up is dropped (close 4008) instead of
 * stalling the others or growing memory.
 */
export async function startRelay(options: RelayOptions = {}): Promise<Relay> {
  const host = options.host ?? '127.0.0.1';
  const secret = options.jwtSecret ?? new Uint8Array(randomBytes(32));
  if (secret.length < 32) throw new InvalidArgumentError('jwtSecret must be at least 32 bytes');
  const apiKeys = (options.apiKeys ?? []).map((k) => Buffer.from(k));
  const publicRooms = new Set((options.publicRooms ?? []).map((r) => normalizeUniqueId(r).toLowerCase()));
  const corsOrigins = new Set(options.corsOrigins ?? []);
  const maxBuffer = options.maxBufferBytes ?? 1024 * 1024;
  const maxTtl = options.maxTokenTtlSeconds ?? 86_400;
  const publicTtl = options.publicTokenTtlSeconds ?? 300;
  const log = options.log ?? (() => {});
  const source = options.source ?? liveRoom$;
  const upstreams = createUpstreams({ source, liveRoomOptions: options.liveRoomOptions ?? {}, graceMs: options.graceMs ?? 5000, log, onEvent: (room, event) => metrics.upstreamEvent(room, event) });
  const openUpstreams = upstreams.open;
  const metrics = new RelayMetrics({ upstreams: () => openUpstreams });
  const perToken = new Map<string, number>();
  const connectLimiter = options.connectRateLimit === false ? undefined : new RateLimiter(options.connectRateLimit ?? {});
  const maxPublicClients = options.maxPublicRoomClients ?? 1000;
  /** Clients on each public room through /api/live/connect tokens. */
  const publicClients = new Map<string, number>();
  const publicRoomFull = (room: string) =>
    (publicClients.get(room) ?? 0) >= maxPublicClients
      ? new HttpProblem(503, `@${room} has reached its limit of ${maxPublicClients} public connections: try again later`, { 'retry-after': '30' })
      : undefined;
  /** Each client's detach, and how to end its connection. */
  const closers = new Map<() => void, (code: number, reason: string) => void>();
  let stopping = false;
  let slowDropped = 0;
  let clients = 0;
  let baseUrl = '';

  const tokens = createTokens(secret);

  /** Checks a token for a room; throws HttpProblem 401/403. */
  const authorize = async (token: string | null, room: string): Promise<TokenClaims> => {
    if (stopping) throw new HttpProblem(503, SHUTDOWN_CLOSE.reason);
    if (!token) throw new HttpProblem(401, 'Missing token: pass jwtKey (or token) in the URL, or an Authorization: Bearer header');
    const claims = await tokens.verify(token, room);
    if ((perToken.get(claims.jti) ?? 0) >= claims.max) throw new HttpProblem(403, `This token's connection limit (${claims.max}) is reached`);
    const full = claims.pub ? publicRoomFull(room) : undefined;
    if (full) throw full;
    return claims;
  };

  const corsHeaders = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    if (!origin || !corsOrigins.has(origin)) return {};
    return { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-allow-headers': 'content-type, x-api-key, authorization', 'access-control-allow-methods': 'GET, POST, OPTIONS' };
  };
  /** Browsers send Origin; other origins than ours and the allow-list are refused. */
  const originAllowed = (req: IncomingMessage): boolean => {
    const origin = req.headers.origin;
    return !origin || origin === baseUrl || corsOrigins.has(origin);
  };

  const roomParam = (url: URL): string => {
    try {
      return normalizeUniqueId(url.searchParams.get('uniqueId') ?? '').toLowerCase();
    } catch (err) {
      throw new HttpProblem(400, (err as Error).message);
    }
  };
  /** `format=array`: JSON arrays of events instead of one message per event. */
  const formatParam = (url: URL): FanoutFormat => {
    const format = url.searchParams.get('format') ?? 'event';
    if (format !== 'event' && format !== 'array') throw new HttpProblem(400, 'format must be "event" (the default) or "array"');
    return format;
  };
  const tokenParam = (url: URL, req: IncomingMessage): string | null => {
    const auth = req.headers.authorization;
    return url.searchParams.get('jwtKey') ?? url.searchParams.get('token') ?? (auth?.startsWith('Bearer ') ? auth.slice(7) : null);
  };

  const fanout = createFanout({
    upstream: upstreams.upstream,
    maxBufferBytes: maxBuffer,
    windowMs: options.fanout?.windowMs ?? 20,
    chunkSize: options.fanout?.chunkSize ?? 256,
    onSlow(room) {
      slowDropped += 1;
      metrics.slowClientDropped();
      log(`dropped a slow client of @${room} (more than ${maxBuffer} bytes behind)`);
    },
    onError(error) {
      const { code } = safeError(error);
      return { line: relayErrorJson(error), code: 1011, reason: `Upstream failed: ${code}` };
    },
    onDelivered: (room, transport, events) => metrics.delivered(room, transport, events),
    completeClose: { code: 1000, reason: 'The LIVE has ended' },
    slowClose: { code: SLOW_CLOSE, reason: `Client too slow: more than ${maxBuffer} bytes waiting` },
  });

  /** Adds one client to its room's fan-out; returns its teardown. */
  const attach = (room: string, claims: TokenClaims, sink: Omit<FanoutSink, 'end'>, end: (code: number, reason: string) => void) => {
    perToken.set(claims.jti, (perToken.get(claims.jti) ?? 0) + 1);
    if (claims.pub) publicClients.set(room, (publicClients.get(room) ?? 0) + 1);
    clients += 1;
    metrics.clientJoined(sink.transport);
    let detached = false;
    const detach = () => {
      if (detached) return;
      detached = true;
      remove();
      clients -= 1;
      metrics.clientLeft(sink.transport);
      const n = (perToken.get(claims.jti) ?? 1) - 1;
      if (n > 0) perToken.set(claims.jti, n);
      else perToken.delete(claims.jti);
      if (claims.pub) {
        const p = (publicClients.get(room) ?? 1) - 1;
        if (p > 0) publicClients.set(room, p);
        else publicClients.delete(room);
      }
      closers.delete(detach);
    };
    closers.set(detach, end);
    const remove = fanout.add(room, {
      transport: sink.transport,
      format: sink.format,
      buffered: () => sink.buffered(),
      write: (bytes) => sink.write(bytes),
      end(code, reason) {
        detach();
        end(code, reason);
      },
    });
    return detach;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', baseUrl);
    const cors = corsHeaders(req);
    if (req.method === 'OPTIONS') {
      res.writeHead(cors['access-control-allow-origin'] ? 204 : 403, cors);
      res.end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/authentication/jwt') {
      const key = req.headers['x-api-key'];
      const given = Buffer.from(typeof key === 'string' ? key : '');
      if (!apiKeys.some((k) => k.length === given.length && timingSafeEqual(k, given))) throw new HttpProblem(401, 'Missing or wrong x-api-key');
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
      if (!Number.isInteger(ttl) || ttl < 1 || ttl > maxTtl) throw new HttpProblem(400, `"expiresIn" must be whole seconds from 1 to ${maxTtl}`);
      const max = body.maxConnections === undefined ? 1 : Number(body.maxConnections);
      if (!Number.isInteger(max) || max < 1 || max > 10_000) throw new HttpProblem(400, '"maxConnections" must be a whole number from 1 to 10000');
      json(res, 200, await tokens.mint(names, ttl, max), cors);
      return;
    }
    if (req.method !== 'GET') throw new HttpProblem(405, 'Method not allowed');
    if (url.pathname === '/api/live/connect') {
      const wait = connectLimiter?.take(options.clientAddress?.(req) ?? req.socket.remoteAddress ?? '') ?? 0;
      if (wait > 0) throw new HttpProblem(429, 'Too many token requests from this address: try again later', { 'retry-after': String(Math.ceil(wait / 1000)) });
      const room = roomParam(url);
      if (!publicRooms.has(room)) throw new HttpProblem(403, `@${room} is not a public room of this relay`);
      const full = publicRoomFull(room);
      if (full) throw full;
      const { token } = await tokens.mint([room], publicTtl, 1, { pub: true });
      const ws = new URL('/ws', baseUrl.replace(/^http/, 'ws'));
      ws.searchParams.set('uniqueId', room);
      json(res, 200, { wsUrl: ws.toString(), token }, cors);
      return;
    }
    if (url.pathname === '/events') {
      if (!originAllowed(req)) throw new HttpProblem(403, 'Origin not allowed');
      const room = roomParam(url);
      const format = formatParam(url);
      const claims = await authorize(tokenParam(url, req), room);
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', ...cors });
      res.write(': connected\n\n');
      const detach = attach(
        room,
        claims,
        { transport: 'sse', format, buffered: () => res.writableLength, write: (bytes) => void res.write(bytes) },
        // A slow reader is cut off; otherwise the stream ends cleanly after what was written.
        (code) => (code === SLOW_CLOSE ? res.destroy() : res.end()),
      );
      res.on('close', detach);
      return;
    }
    if (url.pathname === '/overlay') {
      const page = overlayPage();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page), 'referrer-policy': 'no-referrer' });
      res.end(page);
      return;
    }
    if (url.pathname === '/health') {
      json(res, 200, { ok: true, upstreams: openUpstreams.size, clients }, cors);
      return;
    }
    if (url.pathname === '/healthz') {
      json(res, 200, { ok: true });
      return;
    }
    if (url.pathname === '/readyz') {
      // Ready when every open upstream is connected: none is connecting or waiting to reconnect.
      const notReady = [...openUpstreams].filter(([, u]) => u.state !== 'connected').map(([room, u]) => ({ room, state: u.state }));
      json(res, notReady.length ? 503 : 200, { ok: notReady.length === 0, upstreams: openUpstreams.size, notReady });
      return;
    }
    if (url.pathname === '/metrics') {
      const text = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType, 'content-length': Buffer.byteLength(text) });
      res.end(text);
      return;
    }
    throw new HttpProblem(404, `No route for ${url.pathname}`);
  };

  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 4096 });
  const server = createServer((req, res) => {
    // A client that resets mid-request costs its own request only.
    req.on('error', () => req.destroy());
    res.on('error', () => res.destroy());
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpProblem ? err.status : 500;
      const message = err instanceof HttpProblem ? err.message : 'Relay error';
      if (!(err instanceof HttpProblem)) log(`error: ${redactSecrets((err as Error).message)}`);
      // A body left unread (too large, or refused before reading) ends the connection: nothing after it can be parsed.
      const close: Record<string, string> = req.complete ? {} : { connection: 'close' };
      const headers = err instanceof HttpProblem ? err.headers : {};
      if (!res.headersSent) json(res, status, { error: message }, { ...corsHeaders(req), ...headers, ...close });
      else res.destroy();
    });
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    socket.end(`HTTP/1.1 ${err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`);
  });
  const refuse = (socket: Duplex, status: number, message: string, headers: Record<string, string> = {}) => {
    if (socket.destroyed) return;
    const body = JSON.stringify({ error: message });
    const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}connection: close\r\n\r\n${body}`);
  };
  server.on('upgrade', (req, socket, head) => {
    // The HTTP server hands an upgrade socket over without its error handler: a reset from here on
    // (while refusing, or during the asynchronous token check) must cost this socket only.
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', baseUrl);
    if (url.pathname !== '/ws') return refuse(socket, 404, 'No WebSocket here; use /ws');
    if (!originAllowed(req)) return refuse(socket, 403, 'Origin not allowed');
    let room: string;
    let format: FanoutFormat;
    try {
      room = roomParam(url);
      format = formatParam(url);
    } catch (err) {
      return refuse(socket, 400, (err as Error).message);
    }
    authorize(tokenParam(url, req), room).then(
      (claims) =>
        !socket.destroyed &&
        wss.handleUpgrade(req, socket, head, (ws) => {
          const detach = attach(
            room,
            claims,
            {
              transport: 'ws',
              format,
              buffered: () => ws.bufferedAmount,
              // Frames built once for all clients go straight to the upgraded socket. Without
              // permessage-deflate ws writes its own frames (close, pong) synchronously, whole,
              // so they never interleave with these; nothing is written once the close has begun.
              write: (bytes) => {
                if (ws.readyState === WebSocket.OPEN) socket.write(bytes);
              },
            },
            (code, reason) => {
              ws.close(code, reason);
              // A client too slow to read our close frame is cut off.
              setTimeout(() => ws.terminate(), 5000).unref();
            },
          );
          ws.on('close', detach);
          ws.on('error', () => ws.terminate());
        }),
      (err: unknown) => (err instanceof HttpProblem ? refuse(socket, err.status, err.message, err.headers) : refuse(socket, 500, 'Relay error')),
    );
  });
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  log(`relay listening on ${baseUrl}`);

  let closing: Promise<void> | undefined;
  return {
    url: baseUrl,
    stats: () => ({ upstreams: openUpstreams.size, clients, slowDropped }),
    close() {
      closing ??= new Promise<void>((resolve) => {
        stopping = true;
        for (const detach of [...closers.keys()]) detach();
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      return closing;
    },
    shutdown({ timeoutMs = 5000 } = {}) {
      closing ??= new Promise<void>((resolve) => {
        stopping = true;
        log('relay shutting down');
        // Keep-alive connections become idle once their response (an SSE stream too) has ended.
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        const done = () => {
          clearInterval(idle);
          clearTimeout(force);
          resolve();
        };
        server.close(done);
        for (const [detach, end] of [...closers]) {
          detach();
          end(SHUTDOWN_CLOSE.code, SHUTDOWN_CLOSE.reason);
        }
        upstreams.stop();
        wss.close();
        server.closeIdleConnections();
        const force = setTimeout(() => {
          for (const ws of wss.clients) ws.terminate();
          for (const sock of sockets) sock.destroy();
          done();
        }, timeoutMs);
      });
      return closing;
    },
  };
}
