/**
 * Stand-ins, over real `ws` client sockets, for the WebSockets of other runtimes, so their code
 * paths run end to end on Node against the simulator: undici's (Node 22), Bun's and Deno's
 * `new WebSocket(url, { protocols, headers })`, and workerd's `fetch` upgrade (`response.webSocket`).
 * Each reads its arguments the way the real one does and reports a refused handshake only as
 * the real one can (no status, no headers).
 */
import WebSocket from 'ws';
import type { WebSocketLikeConstructor, WorkersUpgradeResponse, WorkersWebSocket } from '../../src/index.js';

type Listener = (event: Record<string, unknown>) => void;

/** A minimal EventTarget of plain objects. */
class Events {
  private readonly listeners = new Map<string, Listener[]>();
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  protected dispatch(type: string, event: Record<string, unknown>): void {
    for (const l of this.listeners.get(type) ?? []) l(event);
  }
}

/** What the stand-in saw of its constructor's arguments. */
export const seen: Array<{ url: string; headers: Record<string, string> | undefined; protocols: unknown }> = [];

/**
 * A WebSocket that reads `(url, { protocols, headers })` (a string or array second argument
 * is protocols, as undici reads it; a third argument is ignored), and on a non-101 answer
 * fires `error` with `message` and then `close` 1006, like undici (the message is the
 * runtime's: undici's by default).
 */
export function initStyleWebSocket(rejection = 'Received network error or non-101 status code.', { blobsOnly = false } = {}): WebSocketLikeConstructor {
  class InitStyleWebSocket extends Events {
    private type = 'blob';
    /** `blobsOnly`: a socket that ignores `binaryType = 'arraybuffer'` and hands out Blobs. */
    get binaryType(): string {
      return this.type;
    }
    set binaryType(type: string) {
      if (!blobsOnly) this.type = type;
    }
    private readonly ws: WebSocket;
    constructor(url: string, init?: string | string[] | { protocols?: string[]; headers?: Record<string, string> }) {
      super();
      const options = init && typeof init === 'object' && !Array.isArray(init) ? init : { protocols: init === undefined ? [] : [init].flat() };
      seen.push({ url, headers: options.headers, protocols: options.protocols });
      this.ws = new WebSocket(url, options.protocols ?? [], { headers: options.headers });
      this.ws.binaryType = 'arraybuffer';
      this.ws.on('unexpected-response', (req) => {
        req.destroy();
        this.dispatch('error', { message: rejection });
        this.dispatch('close', { code: 1006, reason: '' });
      });
      this.ws.on('open', () => this.dispatch('open', {}));
      this.ws.on('message', (data: ArrayBuffer) => this.dispatch('message', { data: this.binaryType === 'arraybuffer' ? data : new Blob([data]) }));
      this.ws.on('close', (code, reason) => this.dispatch('close', { code, reason: reason.toString() }));
      this.ws.on('error', (error) => this.dispatch('error', { error, message: error.message }));
    }
    get readyState(): number {
      return this.ws.readyState;
    }
    send(data: Uint8Array): void {
      this.ws.send(data);
    }
    close(code?: number, reason?: string): void {
      this.ws.close(code, reason);
    }
  }
  return InitStyleWebSocket as unknown as WebSocketLikeConstructor;
}

/** workerd's client socket: events queue until `accept()`, no `open` event. */
class WorkersSocketStandIn extends Events implements WorkersWebSocket {
  binaryType = 'blob';
  accepted = false;
  private queue: Array<[string, Record<string, unknown>]> = [];
  constructor(private readonly ws: WebSocket) {
    super();
    ws.on('message', (data: ArrayBuffer) => this.emit('message', { data: this.binaryType === 'arraybuffer' ? data : new Blob([data]) }));
    ws.on('close', (code, reason) => this.emit('close', { code, reason: reason.toString() }));
    ws.on('error', (error) => this.emit('error', { error, message: error.message }));
  }
  private emit(type: string, event: Record<string, unknown>): void {
    if (this.accepted) this.dispatch(type, event);
    else this.queue.push([type, event]);
  }
  accept(): void {
    this.accepted = true;
    for (const [type, event] of this.queue.splice(0)) this.dispatch(type, event);
  }
  get readyState(): number {
    return this.ws.readyState;
  }
  send(data: Uint8Array): void {
    if (!this.accepted) throw new TypeError('send() before accept()');
    this.ws.send(data);
  }
  close(code?: number, reason?: string): void {
    this.ws.close(code, reason);
  }
}

/** What the stand-in fetch was asked. */
export const fetched: Array<{ url: string; headers: Record<string, string> }> = [];

/**
 * workerd's `fetch` for an `Upgrade: websocket` request: a 101 Response with `webSocket`, or
 * the server's answer (status and headers, `webSocket` null) when it did not upgrade.
 */
export async function workersFetch(url: string, init: { headers: Record<string, string> }): Promise<WorkersUpgradeResponse> {
  fetched.push({ url, headers: init.headers });
  if (init.headers.Upgrade !== 'websocket') throw new TypeError('not an upgrade request');
  const { Upgrade: _upgrade, ...headers } = init.headers;
  const ws = new WebSocket(url.replace(/^http/, 'ws'), { headers });
  ws.binaryType = 'arraybuffer';
  const socket = new WorkersSocketStandIn(ws);
  return new Promise((resolve, reject) => {
    ws.on('unexpected-response', (req, res) => {
      const answer = new Headers();
      for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') answer.set(k, v);
      req.destroy();
      resolve({ status: res.statusCode ?? 0, headers: answer, webSocket: null });
    });
    ws.on('upgrade', () => resolve({ status: 101, headers: new Headers(), webSocket: socket }));
    ws.once('error', reject);
  });
}
