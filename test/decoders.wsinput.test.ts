import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFetchResult, decodeFrame, decodePushFrame, encodeEvent, encodeMessageFrame, FrameDecodeError, inflate } from '../src/decoders/index.js';
import { everyEventType } from './support/events.js';

const events = everyEventType();
const frame = encodeMessageFrame({ messages: events.map(encodeEvent), cursor: 'c', internalExt: 'e', needAck: true }, { logId: '42', gzip: true });

/** A server that sends `frame` to each client, as one message, in two fragments (so a client can get it as Buffer[]). */
const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
server.on('connection', (socket) => {
  const half = frame.length >> 1;
  socket.send(frame.subarray(0, half), { fin: false, binary: true });
  socket.send(frame.subarray(half), { fin: true, binary: true });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The first message a client gets with `binaryType`, as ws hands it to a 'message' listener. */
async function receive(binaryType: 'nodebuffer' | 'arraybuffer' | 'fragments'): Promise<WebSocket.RawData> {
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  client.binaryType = binaryType;
  const [data] = (await once(client, 'message')) as [WebSocket.RawData];
  client.close();
  return data;
}

describe("decoders take every shape ws delivers a message in (its RawData)", () => {
  it.each(['nodebuffer', 'arraybuffer', 'fragments'] as const)('binaryType %s decodes like the frame itself', async (binaryType) => {
    const data = await receive(binaryType);
    if (binaryType === 'fragments') expect(Array.isArray(data) && data.length).toBe(2);
    const expected = decodeFrame(frame);
    // No cast: a ws message is a valid argument to decodeFrame and the other byte-taking decoders.
    expect(decodeFrame(data)).toEqual(expected);
    expect(decodePushFrame(data)).toEqual(expected.frame);
    expect(decodeFetchResult(inflate(expected.frame.payload))).toEqual(expected.result);
  });

  it('chunks are read in order; no chunks is an empty message', () => {
    const chunks = [frame.subarray(0, 3), frame.subarray(3, 3), frame.subarray(3, 100), frame.subarray(100)];
    expect(decodeFrame(chunks)).toEqual(decodeFrame(frame));
    expect(inflate([frame.subarray(0, 1)])).toEqual(frame.subarray(0, 1));
    expect(() => decodeFrame([])).toThrow(FrameDecodeError);
  });
});
