/**
 * The `ws` package's WebSocket, imported on first use through `#ws`, package.json's `imports`
 * entry: `ws` itself on Node, and dist/no-ws.js (no WebSocket) under the workerd, worker, deno
 * and browser conditions, so their bundlers never see `ws`.
 */
import { SocketUnavailableError } from '../errors.js';
import type { WebSocketLikeConstructor } from './webSocket.js';

export async function loadWs(): Promise<WebSocketLikeConstructor> {
  const mod = (await import('#ws')) as { default?: unknown; WebSocket?: unknown } | undefined;
  const Impl = mod?.default ?? mod?.WebSocket;
  if (typeof Impl !== 'function') throw new SocketUnavailableError('This build of tiktok-live-rx has no ws package (it was bundled for Workers, Deno or browsers): pass webSocketImpl or webSocketFactory');
  return Impl as WebSocketLikeConstructor;
}
