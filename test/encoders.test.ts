import { describe, expect, it } from 'vitest';
import {
  decodeFetchResult,
  decodeFrame,
  decodeMessage,
  decodeMessages,
  decodePushFrame,
  encodeAck,
  encodeEnterRoom,
  encodeEvent,
  encodeFetchResult,
  encodeHeartbeat,
  encodeMessageFrame,
  InvalidArgumentError,
  REGISTERED_EVENT_TYPES,
  type ErrorEvent,
  type WireEvent,
} from '../src/decoders/index.js';
import * as pb from '../src/decoders/generated/webcast.js';
import { everyEventType } from './support/events.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const ROOM = '7291268239881964294';

describe('client frames match the protocol reference vectors (REFERENCE §4.6)', () => {
  it('encodes enter-room with enterUniqueId 0', () => {
    expect(hex(encodeEnterRoom(ROOM))).toBe('320270623a0d696d5f656e7465725f726f6f6d421908869682c2d5baf29765200c2a0861756469656e63654a0130');
  });

  it('encodes the first heartbeat', () => {
    expect(hex(encodeHeartbeat(ROOM, 1))).toBe('320270623a026862420c08869682c2d5baf297651001');
  });

  it('encodes an ack', () => {
    expect(hex(encodeAck('7309148383620451090', 'internal_src:x'))).toBe(
      '109296c5c2abf7d3b765320270623a0361636b420e696e7465726e616c5f7372633a78',
    );
  });

  it('acks an empty internalExt with "-" as TikTokLive does', () => {
    const frame = decodePushFrame(encodeAck('5', ''));
    expect(new TextDecoder().decode(frame.payload)).toBe('-');
  });

  it('decodes its own client frames back', () => {
    const hb = decodePushFrame(encodeHeartbeat(ROOM, 7));
    expect(hb.payloadType).toBe('hb');
    const body = pb.HeartBeatMessage.decode(hb.payload);
    expect(String(body.roomId)).toBe(ROOM);
    expect(Number(body.sendPacketSeqId)).toBe(7);
    const enter = decodePushFrame(encodeEnterRoom(ROOM, { cursor: 'c1', enterUniqueId: '123' }));
    const msg = pb.WebcastImEnterRoomMessage.decode(enter.payload);
    expect(msg.cursor).toBe('c1');
    expect(String(msg.enterUniqueId)).toBe('123');
  });

  it('rejects ids that are not decimal strings', () => {
    expect(() => encodeHeartbeat('abc', 1)).toThrow(InvalidArgumentError);
    expect(() => encodeEnterRoom('')).toThrow(/roomId must be a decimal id string/);
    expect(() => encodeAck('-1', 'x')).toThrow(InvalidArgumentError);
  });
});

describe('encode → decode round trips', () => {
  const events = everyEventType();

  it('covers every event type', () => {
    const types = new Set(events.map((e) => e.type));
    expect([...types].sort()).toEqual([...REGISTERED_EVENT_TYPES, 'unknown'].sort());
  });

  for (const event of everyEventType().filter((e) => e.type !== 'unknown')) {
    it(`round-trips a ${event.type} event (${event.method}) through decodeMessage`, () => {
      const raw = encodeEvent(event);
      expect(raw.msgId).toBe(event.msgId);
      expect(decodeMessage(raw.method, raw.payload)).toEqual(event);
    });
  }

  it('round-trips every event through a gzip push frame, in order', () => {
    const raws = events.map(encodeEvent);
    const bytes = encodeMessageFrame({ messages: raws, cursor: 'c-9', internalExt: 'ext-9', needAck: true }, { logId: '77', seqId: 3, gzip: true });
    const decoded = decodeFrame(bytes);
    expect(decoded.frame).toMatchObject({ logId: '77', seqId: '3', payloadType: 'msg', headers: { compress_type: 'gzip' } });
    expect(decoded.frame.payload[0]).toBe(0x1f);
    expect(decoded.result).toMatchObject({ cursor: 'c-9', internalExt: 'ext-9', needAck: true });
    const unknown = events.find((e) => e.type === 'unknown')!;
    const known = events.filter((e) => e.type !== 'unknown');
    expect(decoded.events.filter((e) => e.type !== 'unknown')).toEqual(known);
    // The unknown message has no common header with ids; the envelope's msgId is kept and the raw bytes come back.
    expect(decoded.events.find((e) => e.type === 'unknown')).toMatchObject({ method: unknown.method, msgId: unknown.msgId, payload: (unknown as Extract<WireEvent, { type: 'unknown' }>).payload });
    expect(decoded.events.map((e) => (e as WireEvent).msgId)).toEqual(events.map((e) => e.msgId));
  });

  it('gives the same events without raw messages, each envelope msgId standing in where a header has none', () => {
    const envelopeId = (i: number) => String(7_300_000_000_000_000_000n + BigInt(i) * 7919n);
    const raws = events.map((e, i) => {
      const raw = encodeEvent(i % 2 ? ({ ...e, msgId: '0' } as WireEvent) : e);
      return i % 2 ? { ...raw, msgId: envelopeId(i) } : raw;
    });
    // A message that does not decode: its error event carries its envelope's msgId too.
    raws.push({ method: 'WebcastChatMessage', payload: new Uint8Array([0x0a, 0x05, 0x01]), msgId: envelopeId(999) });
    const bytes = encodeMessageFrame({ messages: raws, cursor: 'c', internalExt: 'e' }, { logId: '7309148383620451090', gzip: true });
    const full = decodeFrame(bytes);
    const lean = decodeFrame(bytes, { rawMessages: false });
    expect(lean.events).toEqual(full.events);
    expect(lean.frame).toEqual(full.frame);
    expect(lean.result).toEqual({ ...full.result, messages: [] });
    expect(full.frame.logId).toBe('7309148383620451090');
    expect(full.result!.messages.map((m) => m.msgId)).toEqual(raws.map((r) => r.msgId));
    // From the raw messages the events are the same (the error's message counts offsets within its payload instead).
    const again = decodeMessages(full.result!.messages);
    expect(again.slice(0, -1)).toEqual(full.events.slice(0, -1));
    expect(again.at(-1)).toMatchObject({ type: 'error', msgId: envelopeId(999) });
    expect(full.events.map((e) => e.msgId)).toEqual(raws.map((r, i) => (i % 2 || i === events.length ? r.msgId : events[i]!.msgId)));
    expect(full.events.at(-1)).toMatchObject({ type: 'error', method: 'WebcastChatMessage', msgId: envelopeId(999) });
    // Read where it sits in the frame's body, the message says so, since the cause counts offsets there.
    expect((full.events.at(-1) as ErrorEvent).error.message).toMatch(/^Could not decode WebcastChatMessage \(3 bytes at offset \d+ of the frame's body\): index out of range/);
    expect((again.at(-1) as ErrorEvent).error.message).toMatch(/^Could not decode WebcastChatMessage \(3 bytes\): index out of range: 2 \+ 5 > 3$/);
  });

  it('sends raw payloads with compress_type none when gzip is off', () => {
    const bytes = encodeMessageFrame({ messages: [encodeEvent(events[0]!)], cursor: 'c', internalExt: 'e' }, { logId: 1 });
    const { frame, events: out } = decodeFrame(bytes);
    expect(frame.headers.compress_type).toBe('none');
    expect(frame.payload[0]).not.toBe(0x1f);
    expect(out).toEqual([events[0]]);
  });

  it('round-trips a fetch result with route params and push server', () => {
    const init = {
      messages: [],
      cursor: '1700000000000_7300000000000000001_1_1',
      internalExt: 'fetch_time:1|seq:1',
      routeParams: { wrss: 'abc', imprp: 'def' },
      pushServer: 'ws://127.0.0.1:1/webcast/im/push/v2/',
      needAck: true,
      isFirst: true,
      now: 1_700_000_000_123,
      fetchInterval: 1000,
      heartbeatDuration: 10000,
    };
    expect(decodeFetchResult(encodeFetchResult(init))).toEqual(init);
  });

  it('decodes results one after another, large and small, each with its own messages', () => {
    // More messages than the decoder keeps scratch room for, then fewer, then more again.
    const sizes = [1500, 3, 0, 40, 1500];
    const inits = sizes.map((n, r) => ({
      cursor: `c${r}`,
      internalExt: `e${r}`,
      messages: Array.from({ length: n }, (_, i) => ({ ...encodeEvent(events[i % events.length]!), msgId: String(7_300_000_000_000_000_000n + BigInt(r * 10_000 + i)) })),
    }));
    const decoded = inits.map((init) => decodeFetchResult(encodeFetchResult(init)));
    const summary = (messages: ReadonlyArray<{ method: string; msgId: string; payload: Uint8Array }>) =>
      messages.map((m) => `${m.method} ${m.msgId} ${Buffer.from(m.payload).toString('base64')}`);
    decoded.forEach((result, r) => {
      expect(result.cursor).toBe(`c${r}`);
      expect(result.messages).toHaveLength(sizes[r]!);
      expect(summary(result.messages)).toEqual(summary(inits[r]!.messages));
    });
  });

  it('keeps a method without the Webcast prefix when re-encoding', () => {
    const room = events.find((e) => e.type === 'room')!;
    expect(encodeEvent(room).method).toBe('RoomMessage');
  });
});

describe('eventToJson and base64', () => {
  it('serialises raw bytes as base64 and errors as name, code and message', async () => {
    const { eventToJson, fromBase64, toBase64, MessageDecodeError } = await import('../src/decoders/index.js');
    const unknown = everyEventType().find((e) => e.type === 'unknown')!;
    const json = JSON.parse(eventToJson(unknown));
    expect(json.payload).toBe(Buffer.from((unknown as { payload: Uint8Array }).payload).toString('base64'));
    const error = JSON.parse(eventToJson({ type: 'error', error: new MessageDecodeError('WebcastGiftMessage', 'bad bytes'), method: 'WebcastGiftMessage', msgId: '1' }));
    expect(error.error).toEqual({ name: 'MessageDecodeError', code: 'MESSAGE_DECODE', message: 'bad bytes' });
    for (let n = 0; n < 40; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 73 + n) & 255);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
  });
});
