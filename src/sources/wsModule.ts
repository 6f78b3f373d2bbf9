/**
 * The `ws` package's WebSocket, imported on first use. The Node builds keep this module; the
 * build for Workers, Deno and browsers (`dist/edge`) swaps in wsModule.edge.ts, so their
 * bundlers never see `ws`.
 */
import type { WebSocketLikeConstructor } from './webSocket.js';

export async function loadWs(): Promise<WebSocketLikeConstructor> {
  const mod = (await import('ws')) as { default?: unknown; WebSocket?: unknown };
  const Impl = mod.default ?? mod.WebSocket;
  if (typeof Impl !== 'function') throw new TypeError('the ws module has no WebSocket constructor');
  return Impl as WebSocketLikeConstructor;
}
