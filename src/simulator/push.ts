import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { decodePushFrame, encodePushFrame, toNumber } from '../decoders/index.js';
import * as pb from '../decoders/generated/webcast.js';
import { parseCookies } from './http.js';
import type { PushConnection, SimRoom } from './room.js';

/** Paths TikTok serves its push WebSocket on. */
export const PUSH_PATHS = ['/webcast/im/push/v2/', '/webcast/im/push/', '/webcast/im/ws_proxy/ws_reuse_supplement/'];

const HIGH_WATER = 4 * 1024 * 1024;
let nextConnectionId = 1;

export interface PushServerOptions {
  /** Close a socket that sends no heartbeat for this long (TikTok: 1000 `payload_handler_hb`). */
  heartbeatTimeoutMs: number;
  /** Reject WebSockets without a signed route token and a ttwid cookie. */
  enforceSignature: boolean;
  /** Finds the room a `room_id` names. */
  roomById(roomId: string): SimRoom | undefined;
  /** Position a route token (`wrss`) from im/fetch stands for. */
  positionForToken(token: string): { roomId: string; position: number } | undefined;
}

/** Writes TikTok's way of refusing a WebSocket: HTTP 200 (not 101) with handshake-status / handshake-msg. */
function rejectHandshake(socket: Duplex, status: number, message: string, logId: string): void {
  if (socket.destroyed) return;
  socket.end(
    'HTTP/1.1 200 OK\r\n' +
      `handshake-status: ${status}\r\n` +
      `handshake-msg: ${message}\r\n` +
      `x-tt-logid: ${logId}\r\n` +
      'Content-Length: 0\r\n' +
      'Connection: close\r\n\r\n',
  );
}

class Connection implements PushConnection {
  readonly id = nextConnectionId++;
  entered = false;
  stalled = false;
  lastHeartbeat = Date.now();
  private waiting = false;

  constructor(
    readonly ws: WebSocket,
    readonly room: SimRoom,
    readonly url: string,
    readonly cookies: Record<string, string>,
    readonly compress: boolean,
    public position: number,
  ) {}

  flush(): void {
    if (!this.entered || this.stalled || this.ws.readyState !== WebSocket.OPEN) return;
    while (this.ws.bufferedAmount < HIGH_WATER) {
      const frame = this.room.frameFrom(this.position, this.compress);
      if (!frame) {
        // An offline room has nothing more to say once a resuming client has caught up.
        if (this.room.status !== 'live') this.ws.close(1000, 'room offline');
        return;
      }
      this.position = frame.next;
      this.ws.send(frame.bytes, () => this.drained());
    }
    this.waiting = true;
  }

  private drained(): void {
    if (this.waiting && this.ws.bufferedAmount < HIGH_WATER / 2) {
      this.waiting = false;
      this.flush();
    }
  }

  sendRaw(bytes: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(bytes);
  }

  onFrame(data: Uint8Array): void {
    let frame;
    try {
      frame = decodePushFrame(data);
    } catch {
      this.room.record({ connectionId: this.id, payloadType: 'invalid', at: Date.now(), detail: `${data.length} bytes`, logId: '0' });
      return;
    }
    const at = Date.now();
    let detail = '';
    if (frame.payloadType === 'hb') {
      this.lastHeartbeat = at;
      detail = heartbeatSeq(frame.payload);
    } else if (frame.payloadType === 'ack') {
      detail = new TextDecoder().decode(frame.payload);
    } else if (frame.payloadType === 'im_enter_room') {
      detail = enterRoomId(frame.payload);
      this.lastHeartbeat = at;
    }
    this.room.record({ connectionId: this.id, payloadType: frame.payloadType, at, detail, logId: frame.logId });
    if (this.stalled) return; // a stalled server answers nothing
    if (frame.payloadType === 'im_enter_room') {
      this.entered = true;
      // Non-msg frames carry no payload: some clients decode any pb payload as a fetch result.
      this.ws.send(encodePushFrame({ payloadType: 'im_enter_room_resp', logId: this.room.newLogId() }));
      this.flush();
    } else if (frame.payloadType === 'hb') {
      this.ws.send(encodePushFrame({ payloadType: 'hb' }));
    }
  }
}

function heartbeatSeq(payload: Uint8Array): string {
  if (payload.length === 0) return '';
  try {
    return String(toNumber(pb.HeartBeatMessage.decode(payload).sendPacketSeqId));
  } catch {
    return '?';
  }
}

function enterRoomId(payload: Uint8Array): string {
  try {
    const m = pb.WebcastImEnterRoomMessage.decode(payload);
    return `${String(m.roomId)}${m.cursor ? ` cursor=${m.cursor}` : ''}`;
  } catch {
    return '?';
  }
}

/** TikTok's push WebSocket: handshake checks, room entry, heartbeats, msg frames, acks, resume. */
export class PushServer {
  private readonly wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    maxPayload: 1024 * 1024,
    handleProtocols: (protocols) => (protocols.has('echo-protocol') ? 'echo-protocol' : false),
  });
  private readonly live = new Set<Connection>();
  private readonly watchdog: NodeJS.Timeout;

  constructor(private readonly options: PushServerOptions) {
    this.wss.on('headers', (headers) => {
      headers.push('Handshake-Options: ping-interval=10; reconnect-interval=1', 'handshake-msg: OK');
    });
    this.watchdog = setInterval(() => this.checkHeartbeats(), 250);
    this.watchdog.unref();
  }

  /** True when `path` is one of the push WebSocket paths. */
  handles(path: string): boolean {
    return PUSH_PATHS.includes(path);
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL): void {
    const roomId = url.searchParams.get('room_id') ?? '';
    const room = this.options.roomById(roomId);
    const logId = String(Date.now());
    if (!room) return rejectHandshake(socket, 404, roomId ? 'room not found' : 'missing room_id', logId);
    if (room.pending.rejectHandshakes > 0) {
      room.pending.rejectHandshakes -= 1;
      return rejectHandshake(socket, room.pending.handshakeStatus, room.pending.handshakeMessage, logId);
    }
    const resumeFrom = room.positionFor(url.searchParams.get('cursor'), url.searchParams.get('internal_ext'));
    if (!room.admits(resumeFrom)) return rejectHandshake(socket, 410, 'room is not alive', logId);
    const cookies = parseCookies(req.headers.cookie);
    const token = url.searchParams.get('wrss') ?? '';
    const fromToken = token ? this.options.positionForToken(token) : undefined;
    if (this.options.enforceSignature && (!fromToken || fromToken.roomId !== room.roomId || !cookies.ttwid)) {
      return rejectHandshake(socket, 417, 'illegal secret key', logId);
    }
    const position = resumeFrom ?? (fromToken && fromToken.roomId === room.roomId ? fromToken.position : room.endSeq);
    const compress = url.searchParams.get('compress') === 'gzip';
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const conn = new Connection(ws, room, url.toString(), cookies, compress, position);
      this.live.add(conn);
      room.attach(conn);
      ws.on('message', (data, isBinary) => {
        if (!isBinary) return;
        conn.onFrame(toUint8(data));
      });
      ws.on('error', () => ws.terminate());
      ws.on('close', () => {
        this.live.delete(conn);
        room.detach(conn);
      });
    });
  }

  private checkHeartbeats(): void {
    const now = Date.now();
    for (const conn of this.live) {
      if (conn.stalled) continue;
      if (now - conn.lastHeartbeat > this.options.heartbeatTimeoutMs) conn.ws.close(1000, 'payload_handler_hb');
    }
  }

  /** Open push sockets. */
  get size(): number {
    return this.live.size;
  }

  close(): void {
    clearInterval(this.watchdog);
    for (const conn of this.live) conn.ws.terminate();
    this.live.clear();
    this.wss.close();
  }
}

function toUint8(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
