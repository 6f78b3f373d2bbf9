import WsWebSocket from 'ws';
import { describe, expectTypeOf, it } from 'vitest';
import type { WebSocketLikeConstructor } from '../src/index.js';

/** The instance side every runtime's WebSocket has, as lib.dom, undici, Bun and Deno type it. */
interface StandardWebSocket {
  binaryType: 'blob' | 'arraybuffer';
  readonly readyState: number;
  send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: string, listener: (event: Event) => void): void;
}

describe('webSocketImpl takes every runtime’s WebSocket constructor as typed', () => {
  it('the browser’s (lib.dom: protocols only)', () => {
    expectTypeOf<new (url: string | URL, protocols?: string | string[]) => StandardWebSocket>().toExtend<WebSocketLikeConstructor>();
  });

  it('undici’s, Bun’s and Deno’s (protocols or an init object second)', () => {
    expectTypeOf<new (url: string | URL, protocols?: string | string[] | { protocols?: string | string[]; headers?: Record<string, string> }) => StandardWebSocket>().toExtend<WebSocketLikeConstructor>();
  });

  it('ws’s', () => {
    expectTypeOf<typeof WsWebSocket>().toExtend<WebSocketLikeConstructor>();
  });
});
