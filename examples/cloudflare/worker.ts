/**
 * TikTok LIVE rooms for browsers, on Cloudflare Workers: one Durable Object per room runs `liveRoom$`
 * and fans its events out, as JSON text messages, to the browser WebSockets attached to it.
 *
 *   POST /token                    with `x-api-key: <API_KEY>` and `{ "rooms": ["alice"], "expiresIn": 3600 }`:
 *                                  a token for those rooms only (HS256, signed with TOKEN_SECRET)
 *   GET  /rooms/<user>/ws?token=…  a browser WebSocket to that room's events (browsers cannot send headers
 *                                  on a WebSocket, hence the short-lived token in the query)
 *
 * The browser sockets use the WebSocket Hibernation API (`ctx.acceptWebSocket`): they stay open while the
 * object is evicted, and each carries its room in its attachment. The room's upstream runs while at
 * least one page is attached (an object with a running room is not idle, so workerd does not evict it), and
 * stops when the last one leaves; an object the platform evicts anyway, with pages still attached,
 * picks their room up again when it wakes (the constructor; not exercised by the test, which cannot
 * make workerd evict a busy object). `liveRoom$` upgrades its own socket to TikTok with `fetch`, as Workers
 * do. The same bundle runs under workerd locally against the simulator (test/examples.cloudflare.test.ts).
 */
import { jwtVerify, SignJWT } from 'jose';
import type { Subscription } from 'rxjs';
import { liveRoom$, type LiveRoomOptions } from 'tiktok-live-rx';

/** The bindings (wrangler.toml): the room namespace, and secrets set with `wrangler secret put`. */
export interface Env {
  ROOMS: DurableObjectNamespace;
  /** Who may mint tokens. */
  API_KEY: string;
  /** Signs the tokens. */
  TOKEN_SECRET: string;
  /** The sign server's API key (Euler Stream by default). */
  SIGN_API_KEY?: string;
  /** JSON of more `liveRoom$` options (e.g. a simulator's `clientOptions` for local tests). */
  LIVE_OPTIONS?: string;
}

// The few Workers runtime types this file needs (@cloudflare/workers-types has them all).
interface DurableObjectNamespace {
  idFromName(name: string): unknown;
  get(id: unknown): { fetch(input: string, init?: RequestInit | Request): Promise<Response> };
}
interface HibernatableWebSocket extends WebSocket {
  serializeAttachment(value: unknown): void;
  deserializeAttachment(): unknown;
}
interface DurableObjectState {
  acceptWebSocket(ws: WebSocket): void;
  getWebSockets(): HibernatableWebSocket[];
}
declare const WebSocketPair: new () => { 0: WebSocket; 1: HibernatableWebSocket };

const MAX_TOKEN_SECONDS = 24 * 3600;
const ROOM = /^@?([\w.]{1,64})$/;

const problem = (status: number, message: string) => Response.json({ error: message }, { status });
const secretKey = (env: Env) => new TextEncoder().encode(env.TOKEN_SECRET);

/** A Durable Object per room: its `liveRoom$`, shared by every page attached. */
export class LiveRoomObject {
  private subscription: Subscription | undefined;

  constructor(
    private readonly ctx: DurableObjectState,
    private readonly env: Env,
  ) {
    // Woken with pages still attached (after an eviction): pick their room up again.
    const attached = ctx.getWebSockets()[0]?.deserializeAttachment() as { uniqueId?: string } | undefined;
    if (attached?.uniqueId) this.start(attached.uniqueId);
  }

  /** A page's WebSocket, forwarded by the Worker once its token allowed the room. */
  async fetch(request: Request): Promise<Response> {
    const uniqueId = new URL(request.url).searchParams.get('room');
    if (!uniqueId) return problem(400, 'no room');
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    pair[1].serializeAttachment({ uniqueId });
    this.start(uniqueId);
    return new Response(null, { status: 101, webSocket: pair[0] } as ResponseInit);
  }

  /** Pages only listen. */
  webSocketMessage(): void {}

  webSocketClose(ws: WebSocket, code: number): void {
    ws.close(code === 1005 ? 1000 : code);
    this.stopWhenAlone(ws);
  }

  webSocketError(ws: WebSocket): void {
    this.stopWhenAlone(ws);
  }

  private start(uniqueId: string): void {
    if (this.subscription) return;
    const options: LiveRoomOptions = { apiKey: this.env.SIGN_API_KEY, ...(this.env.LIVE_OPTIONS ? (JSON.parse(this.env.LIVE_OPTIONS) as LiveRoomOptions) : {}) };
    this.subscription = liveRoom$(uniqueId, options).subscribe({
      next: (event) => this.broadcast(JSON.stringify(event)),
      error: (err: unknown) => {
        this.subscription = undefined;
        const message = err instanceof Error ? err.message : String(err);
        this.broadcast(JSON.stringify({ type: 'error', code: (err as { code?: string }).code ?? 'UNKNOWN', message }));
        this.closeAll(1011, message.slice(0, 120));
      },
      complete: () => {
        this.subscription = undefined;
        this.closeAll(1000, 'the LIVE ended');
      },
    });
  }

  private broadcast(text: string): void {
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.send(text);
      } catch {
        // A page that is going away: its close handler tidies up.
      }
    }
  }

  private closeAll(code: number, reason: string): void {
    for (const ws of this.ctx.getWebSockets()) ws.close(code, reason);
  }

  private stopWhenAlone(leaving: WebSocket): void {
    if (this.ctx.getWebSockets().some((ws) => ws !== leaving && ws.readyState === WebSocket.OPEN)) return;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }
}

async function mint(request: Request, env: Env): Promise<Response> {
  if (request.headers.get('x-api-key') !== env.API_KEY) return problem(401, 'a valid x-api-key header is required');
  const body = (await request.json().catch(() => undefined)) as { rooms?: unknown; expiresIn?: unknown } | undefined;
  const rooms = Array.isArray(body?.rooms) ? body.rooms.map((r) => ROOM.exec(String(r))?.[1]?.toLowerCase()) : [];
  if (!rooms.length || rooms.some((r) => !r)) return problem(400, '"rooms" must be a non-empty list of usernames');
  const ttl = body?.expiresIn === undefined ? 3600 : Number(body.expiresIn);
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TOKEN_SECONDS) return problem(400, `"expiresIn" must be whole seconds from 1 to ${MAX_TOKEN_SECONDS}`);
  const token = await new SignJWT({ rooms })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(`${ttl}s`)
    .sign(secretKey(env));
  return Response.json({ token, rooms, expiresIn: ttl });
}

async function join(request: Request, env: Env, uniqueId: string): Promise<Response> {
  if (request.headers.get('upgrade')?.toLowerCase() !== 'websocket') return problem(426, 'a WebSocket upgrade is required');
  const token = new URL(request.url).searchParams.get('token');
  if (!token) return problem(401, 'a token is required');
  let rooms: unknown;
  try {
    rooms = (await jwtVerify(token, secretKey(env), { algorithms: ['HS256'] })).payload.rooms;
  } catch {
    return problem(401, 'the token is invalid or expired');
  }
  if (!Array.isArray(rooms) || !rooms.includes(uniqueId)) return problem(403, `the token is not for @${uniqueId}`);
  const room = env.ROOMS.get(env.ROOMS.idFromName(uniqueId));
  return room.fetch(`https://room/?room=${encodeURIComponent(uniqueId)}`, request);
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === '/token' && request.method === 'POST') return mint(request, env);
    const ws = /^\/rooms\/([^/]+)\/ws$/.exec(pathname);
    if (ws) {
      const uniqueId = ROOM.exec(decodeURIComponent(ws[1]!))?.[1]?.toLowerCase();
      return uniqueId ? join(request, env, uniqueId) : problem(400, 'not a username');
    }
    return problem(404, 'not found');
  },
};
