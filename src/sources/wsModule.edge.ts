/** wsModule.ts as the build for Workers, Deno and browsers has it: without `ws`. */
import { SocketUnavailableError } from '../errors.js';
import type { WebSocketLikeConstructor } from './webSocket.js';

export function loadWs(): Promise<WebSocketLikeConstructor> {
  return Promise.reject(new SocketUnavailableError('This build of tiktok-live-rx (for Workers, Deno and browsers) has no ws package: pass webSocketImpl or webSocketFactory'));
}
