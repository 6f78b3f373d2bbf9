import { gzip } from 'pako';
import { encodeFetchResult, encodePushFrame } from '../decoders/index.js';

/** A fault to trigger in a room, with its options; each is also a method of `SimRoom` of the same name. */
export type Fault =
  /** Drops every socket: with a close frame (`clean`, the default; `code` 1001) or by destroying the TCP connection. */
  | { type: 'dropConnection'; clean?: boolean; code?: number; reason?: string }
  /** Open sockets stop sending and stop answering, without closing. */
  | { type: 'stall' }
  /** Stalled sockets carry on. */
  | { type: 'resume' }
  /** Sends bytes that are not a push frame. */
  | { type: 'corruptFrame' }
  /** Sends a `msg` frame whose gzip payload is cut in half. */
  | { type: 'truncatedGzip' }
  /** Sends a `msg` frame whose ~64 KiB of gzip inflate to `bytes` (default 64 MiB). */
  | { type: 'gzipBomb'; bytes?: number }
  /** Sends a raw `msg` frame of `bytes` (default 20 MiB). */
  | { type: 'oversizedFrame'; bytes?: number }
  /** Rejects the next `count` (default 1) WebSocket handshakes the way TikTok does. */
  | { type: 'rejectHandshakes'; count?: number; message?: string; status?: number }
  /** The next `count` (default 1) sign-server requests get 429 with `retry-after`. */
  | { type: 'signRateLimit'; count?: number; retryAfterSec?: number }
  /** The next `count` (default 1) sign-server requests fail with `status` (default 503). */
  | { type: 'signServerError'; count?: number; status?: number }
  /** Every HTTP answer about the room waits `ms` (default 1,000) first. */
  | { type: 'slowHttp'; ms?: number }
  /** The next `count` (default 1) TikTok-side HTTP answers are `status` (default 500) with `body` (and `retry-after: retryAfterSec` when given). */
  | { type: 'breakHttp'; count?: number; status?: number; body?: string; retryAfterSec?: number }
  /** The next `count` (default 1) HTTP requests about the room, sign server's or TikTok's, lose their connection unanswered. */
  | { type: 'dropHttp'; count?: number }
  /** The streamer goes offline without an end message. */
  | { type: 'goOffline' };

export type FaultName = Fault['type'];

/** What triggers faults: `SimRoom`'s fault methods. */
export interface FaultTarget {
  dropConnection(options?: { clean?: boolean; code?: number; reason?: string }): number;
  stall(): void;
  resume(): void;
  corruptFrame(): void;
  truncatedGzip(): void;
  gzipBomb(inflatedBytes?: number): void;
  oversizedFrame(bytes?: number): void;
  rejectHandshakes(count?: number, message?: string, status?: number): void;
  signRateLimit(count?: number, retryAfterSec?: number): void;
  signServerError(count?: number, status?: number): void;
  slowHttp(ms: number): void;
  breakHttp(count?: number, status?: number, body?: string, retryAfterSec?: number): void;
  dropHttp(count?: number): void;
  goOffline(): void;
}

/** Calls the method `fault` names with its options. */
export function applyFault(target: FaultTarget, fault: Fault): void {
  switch (fault.type) {
    case 'dropConnection':
      target.dropConnection(fault);
      return;
    case 'stall':
      return target.stall();
    case 'resume':
      return target.resume();
    case 'corruptFrame':
      return target.corruptFrame();
    case 'truncatedGzip':
      return target.truncatedGzip();
    case 'gzipBomb':
      return target.gzipBomb(fault.bytes);
    case 'oversizedFrame':
      return target.oversizedFrame(fault.bytes);
    case 'rejectHandshakes':
      return target.rejectHandshakes(fault.count, fault.message, fault.status);
    case 'signRateLimit':
      return target.signRateLimit(fault.count, fault.retryAfterSec);
    case 'signServerError':
      return target.signServerError(fault.count, fault.status);
    case 'slowHttp':
      return target.slowHttp(fault.ms ?? 1000);
    case 'breakHttp':
      return target.breakHttp(fault.count, fault.status, fault.body, fault.retryAfterSec);
    case 'dropHttp':
      return target.dropHttp(fault.count);
    case 'goOffline':
      return target.goOffline();
  }
}

/** The type of every option a fault takes; an option of another type is left out, as if not given. */
const OPTION_TYPES = {
  clean: 'boolean',
  code: 'number',
  reason: 'string',
  bytes: 'number',
  count: 'number',
  message: 'string',
  status: 'number',
  retryAfterSec: 'number',
  ms: 'number',
  body: 'string',
} as const;

/** A `Fault` from a name and untyped options (a scenario's `{ fault: 'stall', options }`, JSON). */
export function faultFrom(name: FaultName, options: Record<string, unknown> = {}): Fault {
  const fault: Record<string, unknown> = { type: name };
  for (const [key, type] of Object.entries(OPTION_TYPES)) {
    if (typeof options[key] === type) fault[key] = options[key];
  }
  return fault as Fault;
}

/** Handshake, sign-server and HTTP faults waiting to fire; the servers read them and count them down. */
export interface PendingFaults {
  rejectHandshakes: number;
  handshakeStatus: number;
  handshakeMessage: string;
  signRateLimit: number;
  retryAfterSec: number;
  signServerError: number;
  signServerStatus: number;
  slowHttpMs: number;
  brokenHttp: number;
  brokenStatus: number;
  brokenBody: string;
  /** The `retry-after` of the broken answers, s; none when undefined. */
  brokenRetryAfterSec: number | undefined;
  droppedHttp: number;
}

/** What the socket faults need of an open push connection. */
export interface FaultableConnection {
  readonly ws: { close(code?: number, reason?: string): void; terminate(): void };
  stalled: boolean;
  flush(): void;
  sendRaw(bytes: Uint8Array): void;
}

/** A room's faults: those that act on its open sockets now, and those that wait for the next request. */
export class RoomFaults implements Omit<FaultTarget, 'goOffline'> {
  readonly pending: PendingFaults = {
    rejectHandshakes: 0,
    handshakeStatus: 417,
    handshakeMessage: 'DEVICE_BLOCKED',
    signRateLimit: 0,
    retryAfterSec: 1,
    signServerError: 0,
    signServerStatus: 503,
    slowHttpMs: 0,
    brokenHttp: 0,
    brokenStatus: 500,
    brokenBody: '',
    brokenRetryAfterSec: undefined,
    droppedHttp: 0,
  };

  constructor(
    private readonly open: ReadonlySet<FaultableConnection>,
    private readonly newLogId: () => string,
  ) {}

  dropConnection(options: { clean?: boolean; code?: number; reason?: string } = {}): number {
    const conns = [...this.open];
    for (const c of conns) {
      if (options.clean === false) c.ws.terminate();
      else c.ws.close(options.code ?? 1001, options.reason ?? 'server going away');
    }
    return conns.length;
  }

  stall(): void {
    for (const c of this.open) c.stalled = true;
  }

  resume(): void {
    for (const c of this.open) {
      c.stalled = false;
      c.flush();
    }
  }

  corruptFrame(): void {
    this.sendToAll(() => new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02]));
  }

  truncatedGzip(): void {
    this.sendToAll(() => {
      const body = gzip(encodeFetchResult({ messages: [], cursor: 'x', internalExt: 'x' }));
      return this.msgFrame(body.subarray(0, body.length >> 1), true);
    });
  }

  gzipBomb(inflatedBytes = 64 * 1024 * 1024): void {
    const bomb = gzip(new Uint8Array(inflatedBytes));
    this.sendToAll(() => this.msgFrame(bomb, true));
  }

  oversizedFrame(bytes = 20 * 1024 * 1024): void {
    this.sendToAll(() => this.msgFrame(new Uint8Array(bytes), false));
  }

  rejectHandshakes(count = 1, message = 'DEVICE_BLOCKED', status = 417): void {
    this.wait({ rejectHandshakes: count, handshakeMessage: message, handshakeStatus: status });
  }

  signRateLimit(count = 1, retryAfterSec = 1): void {
    this.wait({ signRateLimit: count, retryAfterSec });
  }

  signServerError(count = 1, status = 503): void {
    this.wait({ signServerError: count, signServerStatus: status });
  }

  slowHttp(ms: number): void {
    this.wait({ slowHttpMs: ms });
  }

  breakHttp(count = 1, status = 500, body = '', retryAfterSec?: number): void {
    this.wait({ brokenHttp: count, brokenStatus: status, brokenBody: body, brokenRetryAfterSec: retryAfterSec });
  }

  dropHttp(count = 1): void {
    this.wait({ droppedHttp: count });
  }

  private wait(faults: Partial<PendingFaults>): void {
    Object.assign(this.pending, faults);
  }

  private msgFrame(payload: Uint8Array, gzipped: boolean): Uint8Array {
    return encodePushFrame({ payloadType: 'msg', logId: this.newLogId(), headers: gzipped ? { compress_type: 'gzip' } : undefined, payload });
  }

  private sendToAll(make: () => Uint8Array): void {
    for (const c of this.open) c.sendRaw(make());
  }
}
