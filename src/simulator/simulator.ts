import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { InvalidArgumentError } from '../errors.js';
import { GIFT_CATALOG, type CatalogGift } from './gifts.js';
import { parseCookies, sendBytes, sendJson, sendText, token } from './http.js';
import { DEFAULT_FETCH_INTERVAL } from './messageLog.js';
import { PushServer } from './push.js';
import { SimRoom, type SimRoomConfig } from './room.js';
import { isSigned, SignServers, type ApiKeyInfo, type SignRateLimitOptions, type SimSessionUser } from './signServers.js';
import { apiLiveUserRoom, checkAlive, giftList, livePage, roomInfo } from './tiktokPages.js';

export interface SimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number | undefined;
  /** Default 127.0.0.1. */
  host?: string | undefined;
  /** Everything random is derived from it. Default 1. */
  seed?: number | undefined;
  /** The streamers. Default: one live room, `sim_streamer`, with 5 events/s. */
  rooms?: SimRoomConfig[] | undefined;
  /** Keys the sign servers accept (`{ key: { premium } }` or a list); none = open. */
  apiKeys?: string[] | Record<string, ApiKeyInfo> | undefined;
  /**
   * Logged-in TikTok sessions the chat endpoints accept (`sessionId → the viewer it belongs to`): a
   * comment sent with one appears in the room as a chat event from that viewer. Any other session is
   * refused as TikTok refuses an expired one (20003).
   */
  sessions?: Record<string, SimSessionUser> | undefined;
  /** Per-key sign-server rate limit. */
  signRateLimit?: SignRateLimitOptions | undefined;
  /** Reject unsigned im/fetch requests and WebSockets without a signed route token and ttwid cookie, as TikTok does. */
  enforceSignature?: boolean | undefined;
  /** Close push sockets that send no heartbeat for this long. Default 30 s. */
  heartbeatTimeoutMs?: number | undefined;
  /** Serve this gift/list JSON (e.g. a real one) instead of the built-in catalog. */
  giftList?: unknown | undefined;
  /** Messages of history kept per room for resume. Default 200,000. */
  historySize?: number | undefined;
  /** The wait between polls each `im/fetch` answer asks for (`fetchInterval`), ms. Default 1,000, as TikTok's. */
  fetchIntervalMs?: number | undefined;
  /** Serve HTTPS and WSS with this key and certificate (PEM), for clients that insist on TLS. */
  tls?: { key: string | Buffer; cert: string | Buffer } | undefined;
}

/** The options that point `liveRoom$` and the HTTP helpers at a simulator. */
export interface SimulatorClientOptions {
  endpoints: { web: string; webcast: string };
  signServerUrl: string;
  signProvider: 'euler';
  apiKey?: string | undefined;
}

export interface Simulator {
  /** http://host:port */
  readonly url: string;
  /** Options for `liveRoom$` and the API helpers. */
  readonly clientOptions: SimulatorClientOptions;
  /** The control handle of a room. Throws for an unknown name. */
  room(uniqueId: string): SimRoom;
  /** Adds a streamer while running. */
  addRoom(config: SimRoomConfig): SimRoom;
  /** Every room. */
  rooms(): SimRoom[];
  /** Open push sockets across all rooms. */
  openSockets(): number;
  /** Closes every socket and the server; the process can then exit. */
  close(): Promise<void>;
}

const DEFAULT_ROOMS: SimRoomConfig[] = [{ uniqueId: 'sim_streamer', title: 'Simulated LIVE', traffic: { rate: 5 } }];

/** Starts a local TikTok: web pages, webcast APIs, sign servers and the push WebSocket on one port. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1';
  const seed = options.seed ?? 1;
  let baseUrl = '';
  const base = () => baseUrl;
  const rooms = new Map<string, SimRoom>();
  const byId = new Map<string, SimRoom>();
  const routeTokens = new Map<string, { roomId: string; position: number }>();
  const gifts: readonly CatalogGift[] = GIFT_CATALOG;
  const apiKeys = normaliseKeys(options.apiKeys);
  const fetchInterval = options.fetchIntervalMs ?? DEFAULT_FETCH_INTERVAL;
  if (!Number.isSafeInteger(fetchInterval) || fetchInterval < 0) throw new InvalidArgumentError(`fetchIntervalMs must be a whole number of ms, 0 or more, got ${fetchInterval}`);

  const addRoom = (config: SimRoomConfig): SimRoom => {
    const key = config.uniqueId.toLowerCase();
    if (!config.uniqueId || rooms.has(key)) throw new InvalidArgumentError(`Room "${config.uniqueId}" is empty or already exists`);
    const room = new SimRoom(config, seed + rooms.size, base, options.historySize);
    rooms.set(key, room);
    byId.set(room.roomId, room);
    return room;
  };
  const roomByUniqueId = (uniqueId: string) => rooms.get(uniqueId.replace(/^@/, '').toLowerCase());
  const roomById = (roomId: string) => byId.get(roomId);

  /** A route token (`wrss`) remembers where im/fetch left a client, for clients that omit cursor on the socket. */
  const issueToken = (room: SimRoom, position: number) => {
    const t = token(`${room.roomId}:${position}:${routeTokens.size}:${seed}`, 43);
    routeTokens.set(t, { roomId: room.roomId, position });
    if (routeTokens.size > 10_000) routeTokens.delete(routeTokens.keys().next().value!);
    return t;
  };

  const fetchFor = (room: SimRoom, cursor: string | null, internalExt: string | null) => {
    const resumeFrom = room.positionFor(cursor, internalExt) ?? (room.joinFrom === 'start' ? room.firstSeq : undefined);
    const wrss = issueToken(room, resumeFrom ?? room.endSeq);
    const pushServer = `${baseUrl.replace(/^http/, 'ws')}/webcast/im/push/v2/`;
    const { bytes, position } = room.fetchResult(pushServer, { wrss, imprp: token(`imprp${wrss}`, 24) }, resumeFrom, fetchInterval);
    // The token must point where this result ends.
    routeTokens.set(wrss, { roomId: room.roomId, position });
    return { bytes, ttwid: `1%7C${token(`ttwid${room.roomId}${wrss}`, 43)}` };
  };

  const push = new PushServer({
    heartbeatTimeoutMs: options.heartbeatTimeoutMs ?? 30_000,
    enforceSignature: options.enforceSignature ?? false,
    roomById,
    positionForToken: (t) => routeTokens.get(t),
  });
  const sign = new SignServers({
    baseUrl: base,
    roomById,
    roomByUniqueId,
    rooms: () => [...rooms.values()],
    fetchFor,
    apiKeys,
    rateLimit: options.signRateLimit,
    jwtSecret: randomBytes(32).toString('hex'),
    sessions: new Map(Object.entries(options.sessions ?? {})),
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', baseUrl);
    const path = url.pathname;
    const room = roomFor(url);
    if (room && room.pending.slowHttpMs > 0) await new Promise((r) => setTimeout(r, room.pending.slowHttpMs));
    if (room && room.pending.droppedHttp > 0) {
      // The connection breaks before any answer: the client sees a reset, not a status.
      room.pending.droppedHttp -= 1;
      req.socket.destroy();
      return;
    }
    if (await sign.handle(req, res, url)) return;
    if (req.method !== 'GET') return sendJson(res, 405, { status_code: 405, message: 'Method not allowed' });
    if (room && room.pending.brokenHttp > 0) {
      room.pending.brokenHttp -= 1;
      const retryAfter = room.pending.brokenRetryAfterSec;
      return sendText(res, room.pending.brokenStatus, room.pending.brokenBody, 'application/json; charset=utf-8', retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) });
    }
    const cookies = parseCookies(req.headers.cookie);
    const ttwid = cookies.ttwid ?? `1%7C${token(`ttwid${req.socket.remotePort}${Date.now()}`, 43)}`;
    const setCookie: Record<string, string> = cookies.ttwid ? {} : { 'set-cookie': `ttwid=${ttwid}; Path=/; Max-Age=31536000; HttpOnly; SameSite=None` };
    let m: RegExpExecArray | null;
    if ((m = /^\/@([^/]+)\/live\/?$/.exec(path))) {
      const uniqueId = decodeURIComponent(m[1]!);
      const r = roomByUniqueId(uniqueId);
      return sendText(res, 200, livePage(r, uniqueId, baseUrl), 'text/html; charset=utf-8', setCookie);
    }
    switch (path.replace(/\/?$/, '/')) {
      case '/api-live/user/room/': {
        const uniqueId = (url.searchParams.get('uniqueId') ?? '').replace(/^@/, '');
        const r = roomByUniqueId(uniqueId);
        if (r?.status === 'captcha') return sendText(res, 200, livePage(r, uniqueId, baseUrl), 'text/html; charset=utf-8');
        return sendJson(res, 200, apiLiveUserRoom(r, uniqueId, baseUrl), setCookie);
      }
      case '/webcast/room/info/': {
        const roomId = url.searchParams.get('room_id');
        const r = roomId ? roomById(roomId) : undefined;
        if (r?.status === 'captcha') return sendText(res, 200, livePage(r, r.uniqueId, baseUrl), 'text/html; charset=utf-8');
        return sendJson(res, 200, roomInfo(r, roomId, baseUrl), setCookie);
      }
      case '/webcast/gift/list/':
        return sendJson(res, 200, options.giftList ?? giftList(gifts, baseUrl), setCookie);
      case '/webcast/room/check_alive/': {
        const ids = (url.searchParams.get('room_ids') ?? url.searchParams.get('room_id') ?? '').split(',').filter(Boolean);
        return sendJson(res, 200, checkAlive(ids.map((roomId) => ({ roomId, room: roomById(roomId) }))), setCookie);
      }
      case '/webcast/im/fetch/': {
        const r = roomById(url.searchParams.get('room_id') ?? '');
        // TikTok answers unsigned (or unknown-room) fetches with an empty body.
        const admitted = r?.admits(r.positionFor(url.searchParams.get('cursor'), url.searchParams.get('internal_ext')));
        if (!r || !admitted || (options.enforceSignature && !isSigned(url))) return sendBytes(res, 200, new Uint8Array(0), setCookie);
        const { bytes } = fetchFor(r, url.searchParams.get('cursor'), url.searchParams.get('internal_ext'));
        return sendBytes(res, 200, bytes, setCookie);
      }
    }
    if (path.startsWith('/assets/')) return sendText(res, 200, placeholderSvg(path), 'image/svg+xml');
    sendJson(res, 404, { status_code: 404, message: `No route for ${path}` });
  };

  /** The room a request names (for per-room HTTP faults). */
  const roomFor = (url: URL): SimRoom | undefined => {
    const live = /^\/@([^/]+)\/live/.exec(url.pathname);
    const uniqueId = live ? decodeURIComponent(live[1]!) : (url.searchParams.get('uniqueId') ?? url.searchParams.get('unique_id'));
    if (uniqueId) return roomByUniqueId(uniqueId);
    const roomId = url.searchParams.get('room_id') ?? /^\/webcast\/rooms\/([^/]+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('room_ids')?.split(',')[0];
    return roomId ? roomById(roomId) : undefined;
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    req.on('error', () => req.destroy());
    res.on('error', () => res.destroy());
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { status_code: 500, message: `Simulator error: ${(err as Error).message}` });
      else res.destroy();
    });
  };
  const server: Server = options.tls ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, onRequest) : createServer(onRequest);
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  server.on('upgrade', (req, socket, head) => {
    // The HTTP server hands an upgrade socket over without its error handler: a reset while refusing
    // or during the handshake must cost this socket only.
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', baseUrl);
    if (!push.handles(url.pathname)) {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    push.upgrade(req, socket, head, url);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  baseUrl = `${options.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  // The rooms are made once the URL is known: their traffic's avatar, gift and badge URLs start with it.
  // No request is served before they exist (nothing awaits in between).
  try {
    for (const config of options.rooms ?? DEFAULT_ROOMS) addRoom(config);
  } catch (err) {
    push.close();
    server.close();
    throw err;
  }

  let closed: Promise<void> | undefined;
  return {
    url: baseUrl,
    clientOptions: {
      endpoints: { web: baseUrl, webcast: baseUrl },
      signServerUrl: baseUrl,
      signProvider: 'euler',
      ...(apiKeys ? { apiKey: [...apiKeys.keys()][0] } : {}),
    },
    room(uniqueId: string) {
      const r = roomByUniqueId(uniqueId);
      if (!r) throw new InvalidArgumentError(`The simulator has no room "${uniqueId}"`);
      return r;
    },
    addRoom,
    rooms: () => [...rooms.values()],
    openSockets: () => push.size,
    close() {
      closed ??= new Promise<void>((resolve) => {
        for (const r of rooms.values()) r.dispose();
        push.close();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      return closed;
    },
  };
}

function normaliseKeys(keys: SimulatorOptions['apiKeys']): Map<string, ApiKeyInfo> | undefined {
  if (!keys) return undefined;
  const entries: Array<[string, ApiKeyInfo]> = Array.isArray(keys) ? keys.map((k) => [k, { premium: false }]) : Object.entries(keys);
  return entries.length ? new Map(entries) : undefined;
}

/** A small coloured square with initials, so overlays and demos show something for avatars and gifts. */
function placeholderSvg(path: string): string {
  const name = decodeURIComponent(path.split('/').pop() ?? '?').replace(/\.\w+$/, '');
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const label = name.replace(/[^a-z0-9]/gi, '').slice(0, 2).toUpperCase() || '?';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100"><rect width="100" height="100" rx="50" fill="hsl(${h % 360},60%,55%)"/><text x="50" y="62" font-family="sans-serif" font-size="36" text-anchor="middle" fill="#fff">${label}</text></svg>`;
}
