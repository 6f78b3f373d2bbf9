/**
 * The default WebSocket factory, and adapters for WebSocket constructors. The
 * only place the `ws` package is reached (lazily, so browser bundles never load it).
 */
import { HandshakeRejectedError } from '../errors.js';
import type { LiveSocket, SocketHandlers, SocketInit, WebSocketFactory } from '../operators/pipeline/connect.js';

/** What a WHATWG-style WebSocket constructor looks like (the browser's, undici's, or `ws`). */
export interface WebSocketLikeConstructor {
  new (url: string, protocols?: string | string[], options?: { headers?: Record<string, string>; maxPayload?: number }): WebSocketLike;
}

interface WebSocketLike {
  binaryType: string;
  readyState: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: string, listener: (event: { data?: unknown; code?: number; reason?: string; error?: unknown; message?: string }) => void): void;
  /** `ws` only. */
  on?(event: 'unexpected-response', listener: (req: { destroy(): void }, res: { statusCode?: number; headers: Record<string, string | string[] | undefined> }) => void): void;
  terminate?(): void;
}

function toBytes(data: unknown): Uint8Array | undefined {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) {
    const parts = data as Uint8Array[];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) {
      out.set(p, offset);
      offset += p.length;
    }
    return out;
  }
  return undefined;
}

/** Largest WebSocket message accepted (bigger ones are refused by the socket itself). */
export const MAX_SOCKET_MESSAGE = 32 * 1024 * 1024;

/**
 * A factory over a WebSocket constructor. Headers (User-Agent, Cookie) are
 * passed as `ws` and undici accept them; browsers ignore them. With `ws`, a
 * TikTok handshake rejection (HTTP 200 + `handshake-msg`) becomes a
 * `HandshakeRejectedError` carrying TikTok's message.
 */
export function fromWebSocketImpl(Impl: WebSocketLikeConstructor): WebSocketFactory {
  return (url: string, init: SocketInit, handlers: SocketHandlers): LiveSocket => {
    const ws = new Impl(url, init.protocols ?? [], { headers: init.headers, maxPayload: MAX_SOCKET_MESSAGE });
    ws.binaryType = 'arraybuffer';
    let finished = false;
    const finish = (fn: () => void) => {
      if (finished) return;
      finished = true;
      fn();
    };
    ws.on?.('unexpected-response', (req, res) => {
      const header = (name: string) => {
        const v = res.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      const status = Number(header('handshake-status') ?? res.statusCode ?? 0);
      const message = header('handshake-msg') ?? `unexpected HTTP ${res.statusCode} to the WebSocket handshake`;
      req.destroy();
      finish(() => handlers.error(new HandshakeRejectedError(status, message)));
    });
    ws.addEventListener('open', () => {
      if (!finished) handlers.open();
    });
    ws.addEventListener('message', (event) => {
      if (finished) return;
      const bytes = toBytes(event.data);
      if (bytes) handlers.message(bytes);
    });
    ws.addEventListener('close', (event) => finish(() => handlers.close(event.code ?? 1006, event.reason ?? '')));
    ws.addEventListener('error', (event) => finish(() => handlers.error(event.error ?? new Error(event.message ?? 'WebSocket error'))));
    return {
      send: (data) => {
        if (ws.readyState === 1) ws.send(data);
      },
      close: (code, reason) => {
        finished = true;
        try {
          ws.close(code, reason);
        } catch {
          ws.terminate?.();
        }
      },
    };
  };
}

const isNode = typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string';

/**
 * The default: on Node, the `ws` package (it can send TikTok the User-Agent and
 * cookies it expects), loaded on first use; elsewhere, the runtime's WebSocket.
 */
export const defaultWebSocketFactory: WebSocketFactory = (url, init, handlers) => {
  const Global = (globalThis as { WebSocket?: WebSocketLikeConstructor }).WebSocket;
  if (!isNode && Global) return fromWebSocketImpl(Global)(url, init, handlers);
  let socket: LiveSocket | undefined;
  let closed: [number | undefined, string | undefined] | undefined;
  import('ws').then(
    (mod) => {
      if (closed) return;
      socket = fromWebSocketImpl((mod.default ?? mod.WebSocket) as unknown as WebSocketLikeConstructor)(url, init, handlers);
    },
    (err: unknown) => handlers.error(err),
  );
  return {
    send: (data) => socket?.send(data),
    close: (code, reason) => {
      closed = [code, reason];
      socket?.close(code, reason);
    },
  };
};
