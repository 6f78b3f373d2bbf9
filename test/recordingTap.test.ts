import { firstValueFrom, from } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { SignedConnection, SignRequest } from '../src/api/sign.js';
import type { SocketHandlers, WebSocketFactory } from '../src/operators/pipeline/connect.js';
import { decodeFetchResult, encodeFetchResult } from '../src/decoders/index.js';
import { recordingTap } from '../src/sources/recordingTap.js';

const request: SignRequest = { roomId: '7', uniqueId: 'someone', cursor: '', internalExt: '', cookies: {} };
const fetchBytes = encodeFetchResult({ messages: [{ method: 'WebcastChatMessage', payload: new Uint8Array([1, 2]), msgId: '5' }], cursor: 'c1', internalExt: 'ext' });
const signed: SignedConnection = { roomId: '7', wsUrl: 'wss://push.example/ws', cookies: {}, userAgent: 'ua', fetchResult: decodeFetchResult(fetchBytes) };

function recorder() {
  const written: Array<{ kind: string; data: Uint8Array; roomId?: string }> = [];
  return { written, write: (kind: 'fetch' | 'frame', data: Uint8Array, roomId?: string) => written.push({ kind, data, roomId }) };
}

describe('recordingTap', () => {
  it('writes each signed connection’s fetch result as a fetch entry and passes the connection on unchanged', async () => {
    const { written, write } = recorder();
    const asked: SignRequest[] = [];
    const tap = recordingTap(write, { signProvider: async (req) => (asked.push(req), signed), webSocketFactory: () => ({ send() {}, close() {} }) });
    await expect(firstValueFrom(from(tap.signProvider(request)))).resolves.toBe(signed);
    expect(asked).toEqual([request]);
    expect(written).toEqual([{ kind: 'fetch', data: fetchBytes, roomId: '7' }]);
    expect(decodeFetchResult(written[0]!.data)).toEqual(signed.fetchResult);
  });

  it('writes nothing when signing fails, and passes the failure on', async () => {
    const { written, write } = recorder();
    const tap = recordingTap(write, { signProvider: () => Promise.reject(new Error('sign server down')), webSocketFactory: () => ({ send() {}, close() {} }) });
    await expect(firstValueFrom(from(tap.signProvider(request)))).rejects.toThrow('sign server down');
    expect(written).toEqual([]);
  });

  it('writes each WebSocket message as a frame entry before handing it on, and leaves the socket and its other callbacks alone', () => {
    const { written, write } = recorder();
    const socket = { send() {}, close() {} };
    let inner: SocketHandlers | undefined;
    let opened: { url: string; headers: Record<string, string> } | undefined;
    const factory: WebSocketFactory = (url, init, handlers) => {
      opened = { url, headers: init.headers };
      inner = handlers;
      return socket;
    };
    const tap = recordingTap(write, { signProvider: async () => signed, webSocketFactory: factory });
    const seen: string[] = [];
    const handlers: SocketHandlers = {
      open: () => seen.push('open'),
      message: (data) => seen.push(`message ${data.join(',')} after ${written.length} written`),
      close: (code, reason) => seen.push(`close ${code} ${reason}`),
      error: () => seen.push('error'),
    };
    expect(tap.webSocketFactory('wss://push.example/ws', { headers: { cookie: 'a=b' } }, handlers)).toBe(socket);
    expect(opened).toEqual({ url: 'wss://push.example/ws', headers: { cookie: 'a=b' } });
    inner!.open();
    inner!.message(new Uint8Array([9, 8]));
    inner!.message(new Uint8Array([7]));
    inner!.close(1000, 'bye');
    inner!.error(new Error('x'));
    expect(written).toEqual([
      { kind: 'frame', data: new Uint8Array([9, 8]), roomId: undefined },
      { kind: 'frame', data: new Uint8Array([7]), roomId: undefined },
    ]);
    expect(seen).toEqual(['open', 'message 9,8 after 1 written', 'message 7 after 2 written', 'close 1000 bye', 'error']);
  });
});
