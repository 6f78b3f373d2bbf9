import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { lastValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { relayRoom$, type RelayWebSocket } from '../src/browser/index.js';
import { reviveRelayItem } from '../src/browser/revive.js';
import { eventToJson } from '../src/decoders/json.js';
import { LiveError, MessageDecodeError } from '../src/errors.js';
import { relayEventJson } from '../src/relay/safeEvents.js';
import { relayHarness } from './support/relay.js';

const WS = WebSocket as unknown as new (url: string) => RelayWebSocket;
const start = relayHarness();

describe('relay items back to LiveEvents', () => {
  it('an unknown message carries its payload as bytes again, an error event a LiveError, and no relayId', () => {
    const payload = new Uint8Array([0, 1, 2, 250, 255, 128]);
    const unknown = { type: 'unknown', method: 'WebcastNewThingMessage', msgId: '7300000000000000001', roomId: '1', createTime: 1700000000000, payload } as const;
    const item = JSON.parse(`{"relayId":"e-1",${eventToJson(unknown).slice(1)}`);
    expect(reviveRelayItem(item)).toEqual(unknown);
    const error = JSON.parse(relayEventJson({ type: 'error', error: new MessageDecodeError('WebcastChatMessage', 'secret detail'), method: 'WebcastChatMessage', msgId: '9' }));
    const revived = reviveRelayItem(error) as { error: LiveError };
    expect(revived.error).toBeInstanceOf(LiveError);
    expect(revived.error).toMatchObject({ code: 'MESSAGE_DECODE', message: 'A message could not be decoded' });
  });

  it('a room the relay cannot find ends the stream with a typed error', async () => {
    const h = await start({ rooms: [{ uniqueId: 'ghost', status: 'notFound' }] });
    const jwt = await h.mint(['ghost'], 1);
    const err = await lastValueFrom(relayRoom$({ url: h.relay.url, uniqueId: 'ghost', token: jwt, WebSocket: WS })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LiveError);
    expect(err).toMatchObject({ code: 'USER_NOT_FOUND', retryable: false });
  });

  it('keeps its memory flat over 100,000 events: the replay window is on the relay, not in the page', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((resolve) => wss.once('listening', resolve));
    const total = 100_000;
    const user = '{"userId":"7000000000000000001","uniqueId":"u","nickname":"u","profilePictureUrl":"","isModerator":false,"isSubscriber":false,"followRole":0,"badges":[]}';
    wss.on('connection', (ws) => {
      ws.on('error', () => {});
      let n = 0;
      const send = () => {
        for (let i = 0; i < 1000 && n < total; i++) {
          n += 1;
          ws.send(`{"relayId":"e-${n}","type":"chat","msgId":"${7300000000000000000n + BigInt(n)}","roomId":"1","createTime":${1700000000000 + n},"comment":"message ${n}","user":${user},"emotes":[],"language":"en"}`);
        }
        if (n < total) setImmediate(send);
        else ws.send('{"relayId":"e-end","type":"control","action":3,"msgId":"end","roomId":"1","createTime":0,"tips":""}'.replace('e-end', `e-${n + 1}`));
      };
      send();
    });
    const heap: number[] = [];
    let count = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        relayRoom$({ url: `http://127.0.0.1:${(wss.address() as AddressInfo).port}`, uniqueId: 'x', token: 't', WebSocket: WS }).subscribe({
          next(e) {
            if (e.type !== 'chat') return;
            count += 1;
            if (count === 10_000 || count === total) {
              gc();
              heap.push(process.memoryUsage().heapUsed);
            }
          },
          error: reject,
          complete: resolve,
        });
      });
    } finally {
      wss.close();
    }
    expect(count).toBe(total);
    console.log(`relayRoom$ heap growth from 10,000 to 100,000 events: ${((heap[1]! - heap[0]!) / 1024).toFixed(0)} KiB`);
    expect(heap[1]! - heap[0]!).toBeLessThan(4 * 1024 * 1024);
  });
});
