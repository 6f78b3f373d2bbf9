import WebSocket from 'ws';
import {
  decodeFetchResult,
  decodeFrame,
  encodeAck,
  encodeEnterRoom,
  encodeHeartbeat,
  type DecodedFrame,
  type FetchResult,
  type WireEvent,
} from '../../src/decoders/index.js';
import type { Simulator } from '../../src/simulator/index.js';

/** The one-line regex TikTok-Live-Connector and TikTokLive use on the live page. */
export const SIGI_REGEX = /<script id="SIGI_STATE" type="application\/json">(.*?)<\/script>/;

export async function resolveRoomId(sim: Simulator, uniqueId: string): Promise<string> {
  const html = await (await fetch(`${sim.url}/@${uniqueId}/live`)).text();
  const state = JSON.parse(SIGI_REGEX.exec(html)![1]!);
  return state.LiveRoom.liveRoomUserInfo.user.roomId as string;
}

export interface Signed {
  roomId: string;
  result: FetchResult;
  cookie: string;
}

/** The Euler-style bootstrap: the fetch result bytes and TikTok's cookies. */
export async function signConnect(sim: Simulator, roomId: string, query: Record<string, string> = {}): Promise<Signed> {
  const url = new URL(`${sim.url}/webcast/rooms/${roomId}/connect`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const res = await fetch(url, { headers: sim.clientOptions.apiKey ? { 'x-api-key': sim.clientOptions.apiKey } : {} });
  if (res.status !== 200) throw new Error(`connect answered ${res.status}: ${await res.text()}`);
  return { roomId, result: decodeFetchResult(new Uint8Array(await res.arrayBuffer())), cookie: res.headers.get('x-set-tt-cookie') ?? '' };
}

export function pushUrl(signed: Signed, options: { gzip?: boolean; resume?: { cursor: string; internalExt: string } } = {}): string {
  const url = new URL(signed.result.pushServer);
  for (const [k, v] of Object.entries(signed.result.routeParams)) if (v) url.searchParams.set(k, v);
  url.searchParams.set('room_id', signed.roomId);
  if (options.gzip !== false) url.searchParams.set('compress', 'gzip');
  const cursor = options.resume ?? { cursor: signed.result.cursor, internalExt: signed.result.internalExt };
  url.searchParams.set('cursor', cursor.cursor);
  url.searchParams.set('internal_ext', cursor.internalExt);
  return url.toString();
}

/** A bare-bones client built from our decoders: what any TikTok LIVE client does, nothing more. */
export class RawClient {
  readonly frames: DecodedFrame[] = [];
  readonly events: WireEvent[] = [];
  readonly errors: unknown[] = [];
  cursor = '';
  internalExt = '';
  closed: Promise<{ code: number; reason: string }>;
  opened: Promise<void>;
  private hbTimer: NodeJS.Timeout | undefined;
  private seq = 0;

  constructor(readonly url: string, readonly roomId: string, options: { cookie?: string; enter?: boolean; heartbeatMs?: number; ack?: boolean; protocol?: string; maxBytes?: number } = {}) {
    const ws = new WebSocket(url, options.protocol ? [options.protocol] : [], { headers: options.cookie ? { cookie: options.cookie } : {} });
    this.ws = ws;
    this.opened = new Promise((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    this.closed = new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    ws.on('error', (err) => this.errors.push(err));
    ws.on('open', () => {
      if (options.enter !== false) ws.send(encodeEnterRoom(roomId));
      if (options.heartbeatMs) this.hbTimer = setInterval(() => this.heartbeat(), options.heartbeatMs);
    });
    ws.on('close', () => clearInterval(this.hbTimer));
    ws.on('message', (data: Buffer) => {
      try {
        const decoded = decodeFrame(data, { maxBytes: options.maxBytes });
        this.frames.push(decoded);
        if (decoded.result) {
          this.cursor = decoded.result.cursor;
          this.internalExt = decoded.result.internalExt;
          if (decoded.result.needAck && options.ack !== false) ws.send(encodeAck(decoded.frame.logId, decoded.result.internalExt));
        }
        for (const e of decoded.events) if (e.type !== 'error') this.events.push(e);
      } catch (err) {
        this.errors.push(err);
      }
    });
  }

  readonly ws: WebSocket;

  heartbeat(): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(encodeHeartbeat(this.roomId, ++this.seq));
  }

  enter(): void {
    this.ws.send(encodeEnterRoom(this.roomId));
  }

  close(): Promise<{ code: number; reason: string }> {
    clearInterval(this.hbTimer);
    this.ws.close(1000);
    return this.closed;
  }
}

/** Polls until `check` is true (or throws after `timeoutMs`). */
export async function until(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
