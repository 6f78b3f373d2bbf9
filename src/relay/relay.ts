import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Observable } from 'rxjs';
import { WebSocketServer } from 'ws';
import { normalizeUniqueId } from '../api/uniqueId.js';
import type { LiveEvent } from '../operators/pipeline/events.js';
import { InvalidArgumentError } from '../errors.js';
import { redactSecrets } from '../redact.js';
import { liveRoom$, type LiveRoomOptions } from '../sources/liveRoom.js';
import { createClients } from './clients.js';
import { createFanout } from './fanout.js';
import { HttpProblem, json } from './http.js';
import { RelayMetrics } from './metrics.js';
import { originPolicy } from './params.js';
import { RateLimiter, type RateLimitOptions } from './rateLimit.js';
import { createRoutes } from './routes.js';
import type { ReplayWindowOptions } from './replayWindow.js';
import { relayErrorJson, safeError } from './safeEvents.js';
import { createTokens } from './tokens.js';
import { createUpgrade } from './upgrade.js';
import { fleetUpstream, type FleetUpstreamOptions } from './fleetUpstream.js';
import { createUpstreams } from './upstreams.js';

export interface RelayOptions {
  /** 0 (the default) picks a free port. */
  port?: number | undefined;
  /** Default 127.0.0.1. */
  host?: string | undefined;
  /** Keys that may mint tokens (`x-api-key` on POST /authentication/jwt). None: no one can mint. */
  apiKeys?: string[] | undefined;
  /** What each upstream `liveRoom$` gets (a simulator's `clientOptions` in tests). */
  liveRoomOptions?: LiveRoomOptions | undefined;
  /** Rooms any page may get a token for through GET /api/live/connect. Default none. */
  publicRooms?: string[] | undefined;
  /** Origins allowed to call from a browser (CORS, and the Origin of WebSocket/SSE clients). Default: same origin only. */
  corsOrigins?: string[] | undefined;
  /** Keep an upstream this long after its last client leaves. Default 5,000 ms. */
  graceMs?: number | undefined;
  /** A client that falls this far behind is dropped. Default 1 MiB. */
  maxBufferBytes?: number | undefined;
  /**
   * Fan-out tuning: a room's events are written to its clients at most every `windowMs`
   * (default 20), together, and `chunkSize` clients per turn of the event loop (default 256).
   */
  fanout?: { windowMs?: number | undefined; chunkSize?: number | undefined } | undefined;
  /**
   * Each room's recent events kept for clients that resume (`since=<relayId>` on /ws and /events,
   * or `Last-Event-ID`). Default `{ maxEvents: 5000, maxBytes: 8 MiB }`; held while the room's
   * upstream is open (its grace period included).
   */
  replayWindow?: ReplayWindowOptions | undefined;
  /** HMAC secret for tokens (32+ bytes). Default: random at each start. */
  jwtSecret?: Uint8Array | undefined;
  /** Longest lifetime a minted token may ask for, seconds. Default 86,400. */
  maxTokenTtlSeconds?: number | undefined;
  /** Lifetime of tokens from /api/live/connect, seconds. Default 300. */
  publicTokenTtlSeconds?: number | undefined;
  /**
   * Per-address limit on GET /api/live/connect (a token bucket): `burst` at once, then
   * `perMinute`. Beyond it: 429 with retry-after. Default `{ burst: 10, perMinute: 30 }`; `false`: none.
   */
  connectRateLimit?: RateLimitOptions | false | undefined;
  /**
   * The address a request counts against for `connectRateLimit`. Default: the connection's
   * remote address. Behind a reverse proxy every request comes from the proxy: read the
   * header it sets instead (e.g. the last `x-forwarded-for` entry), and only when it does.
   */
  clientAddress?: ((req: IncomingMessage) => string) | undefined;
  /** Clients at once on one public room through /api/live/connect tokens; beyond it: 503. Default 1,000. */
  maxPublicRoomClients?: number | undefined;
  /** Where the relay logs (never keys or tokens). Default: nowhere. */
  log?: ((line: string) => void) | undefined;
  /**
   * Serve rooms from a fleet's log (`tiktok-live-rx/fleet`) instead of opening upstreams of its own:
   * a room's upstream reads what the fleet's workers write for it, from when it opens. Any number of
   * relays can serve the same rooms behind a load balancer while one worker holds each room's TikTok
   * connection; `liveRoomOptions` are then not used.
   */
  fleet?: FleetUpstreamOptions | undefined;
  /** The upstream source (default liveRoom$, or the fleet's log with `fleet`): inject to relay something else. */
  source?: ((uniqueId: string, options: LiveRoomOptions) => Observable<LiveEvent>) | undefined;
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
 *
 * This is the composition root: tokens (`tokens.ts`), upstreams
 * (`upstreams.ts`), the fan-out (`fanout.ts`), who may join (`clients.ts`), the
 * HTTP routes (`routes.ts`) and the WebSocket upgrade (`upgrade.ts`) are built
 * here and wired to one server.
 */
export async function startRelay(options: RelayOptions = {}): Promise<Relay> {
  const host = options.host ?? '127.0.0.1';
  const secret = options.jwtSecret ?? new Uint8Array(randomBytes(32));
  if (secret.length < 32) throw new InvalidArgumentError('jwtSecret must be at least 32 bytes');
  const maxBuffer = options.maxBufferBytes ?? 1024 * 1024;
  const log = options.log ?? (() => {});
  let stopping = false;
  let slowDropped = 0;
  let baseUrl = '';

  const upstreams = createUpstreams({
    source: options.source ?? (options.fleet ? fleetUpstream(options.fleet) : liveRoom$),
    liveRoomOptions: options.liveRoomOptions ?? {},
    graceMs: options.graceMs ?? 5000,
    log,
    onEvent: (room, event) => metrics.upstreamEvent(room, event),
    replayWindow: options.replayWindow,
  });
  const metrics = new RelayMetrics({ upstreams: () => upstreams.open });
  const tokens = createTokens(secret);
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
  const clients = createClients({
    tokens,
    fanout,
    metrics,
    maxPublicRoomClients: options.maxPublicRoomClients ?? 1000,
    resume: upstreams.resume,
    stopping: () => stopping,
    stoppingReason: SHUTDOWN_CLOSE.reason,
  });
  const policy = originPolicy(options.corsOrigins ?? [], () => baseUrl);
  const handle = createRoutes({
    baseUrl: () => baseUrl,
    apiKeys: (options.apiKeys ?? []).map((k) => Buffer.from(k)),
    publicRooms: new Set((options.publicRooms ?? []).map((r) => normalizeUniqueId(r).toLowerCase())),
    maxTokenTtlSeconds: options.maxTokenTtlSeconds ?? 86_400,
    publicTokenTtlSeconds: options.publicTokenTtlSeconds ?? 300,
    connectLimiter: options.connectRateLimit === false ? undefined : new RateLimiter(options.connectRateLimit ?? {}),
    clientAddress: options.clientAddress,
    tokens,
    clients,
    upstreams: upstreams.open,
    metrics,
    policy,
    slowCloseCode: SLOW_CLOSE,
  });

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
      if (!res.headersSent) json(res, status, { error: message }, { ...policy.corsHeaders(req), ...headers, ...close });
      else res.destroy();
    });
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    socket.end(`HTTP/1.1 ${err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`);
  });
  server.on('upgrade', createUpgrade({ baseUrl: () => baseUrl, wss, clients, policy, closeGraceMs: 5000 }));
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
    stats: () => ({ upstreams: upstreams.open.size, clients: clients.count(), slowDropped }),
    close() {
      closing ??= new Promise<void>((resolve) => {
        stopping = true;
        clients.detachAll();
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
        clients.detachAll(SHUTDOWN_CLOSE);
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
