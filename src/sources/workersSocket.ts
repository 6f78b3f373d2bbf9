/**
 * The WebSocket of Cloudflare Workers (workerd): a `fetch` with `Upgrade: websocket`, the way a
 * Worker opens a client socket that sends headers. workerd's `new WebSocket(url)` sends none,
 * so TikTok would see no cookie and no User-Agent.
 */
import { ConnectionClosedError, FrameDecodeError, HandshakeRejectedError, LiveError, SocketUnavailableError } from '../errors.js';
import type { LiveSocket, SocketHandlers, SocketInit, WebSocketFactory } from '../operators/pipeline/connect.js';
import { messageBytes } from './socketData.js';

/** The socket workerd hands over in `response.webSocket`. */
export interface WorkersWebSocket {
  accept(): void;
  binaryType?: string;
  readyState?: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: string, listener: (event: { data?: unknown; code?: number; reason?: string; error?: unknown; message?: string }) => void): void;
}

/** What the factory reads of workerd's `Response`. */
export interface WorkersUpgradeResponse {
  status: number;
  headers: { get(name: string): string | null };
  /** The socket of a 101 answer; null otherwise. */
  webSocket?: WorkersWebSocket | null;
}

export interface WorkersWebSocketOptions {
  /** The `fetch` to upgrade with. Default: the global one, looked up when a socket is opened. */
  fetch?: ((url: string, init: { headers: Record<string, string> }) => Promise<WorkersUpgradeResponse>) | undefined;
}

/** The URL to fetch for a WebSocket URL: `wss:` → `https:`, `ws:` → `http:`. */
function httpUrl(url: string): string {
  return url.replace(/^ws(s?):/i, 'http$1:');
}

/**
 * A `WebSocketFactory` for Cloudflare Workers: `fetch(https://…, { headers: { Upgrade: 'websocket',
 * Cookie, User-Agent } })`, then `response.webSocket.accept()` with `binaryType = 'arraybuffer'`.
 * An answer that is not a 101 with a socket (TikTok refuses with HTTP 200) is a
 * `HandshakeRejectedError` carrying TikTok's `handshake-status` and `handshake-msg`; a `fetch`
 * that fails is a retryable `ConnectionClosedError`. It is `liveRoom$`'s default on workerd;
 * pass it yourself with another `fetch` (a test double, a proxy).
 *
 * @example
 * liveRoom$('some_streamer', { apiKey, webSocketFactory: workersWebSocketFactory() })
 */
export function workersWebSocketFactory(options: WorkersWebSocketOptions = {}): WebSocketFactory {
  return (url: string, init: SocketInit, handlers: SocketHandlers): LiveSocket => {
    let ws: WorkersWebSocket | undefined;
    let finished = false;
    const finish = (fn: () => void) => {
      if (finished) return;
      finished = true;
      fn();
    };
    const fetchImpl = options.fetch ?? (globalThis as { fetch?: WorkersWebSocketOptions['fetch'] }).fetch;
    if (!fetchImpl) {
      handlers.error(new SocketUnavailableError('workersWebSocketFactory needs fetch: this runtime has none'));
      return { send: () => {}, close: () => {} };
    }
    const headers: Record<string, string> = { ...init.headers, Upgrade: 'websocket' };
    if (init.protocols?.length) headers['Sec-WebSocket-Protocol'] = init.protocols.join(', ');
    const upgraded = (response: WorkersUpgradeResponse) => {
      const socket = response.webSocket;
      if (finished) {
        socket?.accept();
        socket?.close(1000, 'client closed');
        return;
      }
      if (response.status !== 101 || !socket) {
        const status = Number(response.headers.get('handshake-status') ?? response.status);
        const message = response.headers.get('handshake-msg') ?? `unexpected HTTP ${response.status} to the WebSocket handshake`;
        finish(() => handlers.error(new HandshakeRejectedError(Number.isFinite(status) ? status : response.status, message)));
        return;
      }
      ws = socket;
      socket.accept();
      socket.binaryType = 'arraybuffer';
      socket.addEventListener('message', (event) => {
        if (finished) return;
        const bytes = messageBytes(event.data);
        if (bytes instanceof FrameDecodeError) {
          finish(() => handlers.error(bytes));
          socket.close(1003, 'binary frames only');
        } else handlers.message(bytes);
      });
      socket.addEventListener('close', (event) => finish(() => handlers.close(event.code ?? 1006, event.reason ?? '')));
      socket.addEventListener('error', (event) =>
        finish(() => handlers.error(event.error instanceof LiveError ? event.error : new ConnectionClosedError(1006, event.message ?? (event.error as Error | undefined)?.message ?? 'WebSocket error', { cause: event.error }))),
      );
      // An accepted socket is open: workerd sends no `open` event for it.
      handlers.open();
    };
    fetchImpl(httpUrl(url), { headers })
      .then(upgraded)
      .catch((err: unknown) =>
        finish(() => handlers.error(err instanceof LiveError ? err : new ConnectionClosedError(1006, `The WebSocket upgrade failed: ${(err as Error)?.message ?? String(err)}`, { cause: err }))),
      );
    return {
      send: (data) => {
        if (ws && !finished) ws.send(data);
      },
      close: (code, reason) => {
        finished = true;
        try {
          ws?.close(code, reason);
        } catch {
          // Already closed.
        }
      },
    };
  };
}
