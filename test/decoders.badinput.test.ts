import { gzip } from 'pako';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeFetchResult,
  decodeFrame,
  decodeMessage,
  decodeMessages,
  decodePushFrame,
  encodeEvent,
  encodeFetchResult,
  encodeMessageFrame,
  encodePushFrame,
  FrameDecodeError,
  inflate,
  InvalidArgumentError,
  DEFAULT_MAX_INFLATE_BYTES,
  KNOWN_METHODS,
  LiveError,
  MessageDecodeError,
  PayloadTooLargeError,
  TooManyMessagesError,
  DEFAULT_MAX_MESSAGES_PER_FRAME,
} from '../src/decoders/index.js';
import { outputChunkSize } from '../src/decoders/inflate.js';
import { everyEventType } from './support/events.js';
import { loadRealPayloads } from './support/realframes.js';

const events = everyEventType();
const goodFrame = (gz = true) =>
  encodeMessageFrame({ messages: events.map(encodeEvent), cursor: 'c', internalExt: 'e', needAck: true }, { logId: '42', gzip: gz });

/** Runs fn and returns what it threw (or undefined). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
    return undefined;
  } catch (err) {
    return err;
  }
}

describe('bad frames', () => {
  it('gives FrameDecodeError for garbage bytes', () => {
    const err = thrown(() => decodeFrame(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])));
    expect(err).toBeInstanceOf(FrameDecodeError);
    expect((err as FrameDecodeError).retryable).toBe(true);
    expect((err as Error).message).toMatch(/WebSocket frame could not be decoded/);
  });

  it('gives FrameDecodeError for a truncated frame', () => {
    const bytes = goodFrame();
    expect(thrown(() => decodeFrame(bytes.subarray(0, bytes.length - 20)))).toBeInstanceOf(FrameDecodeError);
  });

  it('gives FrameDecodeError for an empty message (0 bytes)', () => {
    for (const empty of [new Uint8Array(0), new ArrayBuffer(0)]) {
      const err = thrown(() => decodeFrame(empty));
      expect(err).toBeInstanceOf(FrameDecodeError);
      expect((err as Error).message).toMatch(/empty \(0 bytes\)/);
      expect(thrown(() => decodePushFrame(empty))).toBeInstanceOf(FrameDecodeError);
    }
  });

  it.each(['native', 'pako'] as const)('gives FrameDecodeError for truncated gzip, saying so (%s)', (engine) => {
    const body = gzip(encodeFetchResult({ messages: events.map(encodeEvent), cursor: 'c', internalExt: 'e' }));
    const frame = encodePushFrame({ payloadType: 'msg', headers: { compress_type: 'gzip' }, payload: body.subarray(0, body.length >> 1) });
    const err = thrown(() => decodeFrame(frame, { engine }));
    expect(err).toBeInstanceOf(FrameDecodeError);
    expect((err as Error).message).toMatch(/truncated/);
  });

  it.each(['native', 'pako'] as const)('stops a gzip bomb at the cap with PayloadTooLargeError (%s)', (engine) => {
    const bomb = gzip(new Uint8Array(64 * 1024 * 1024)); // 64 MiB of zeros in ~64 KiB
    expect(bomb.length).toBeLessThan(128 * 1024);
    const frame = encodePushFrame({ payloadType: 'msg', headers: { compress_type: 'gzip' }, payload: bomb });
    const err = thrown(() => decodeFrame(frame, { maxBytes: 1024 * 1024, engine }));
    expect(err).toBeInstanceOf(PayloadTooLargeError);
    expect((err as PayloadTooLargeError).maxBytes).toBe(1024 * 1024);
    // The default cap (16 MiB) stops it too.
    expect(thrown(() => decodeFrame(frame, { engine }))).toBeInstanceOf(PayloadTooLargeError);
  });

  it('reads a payload without gzip magic as raw even when the header says gzip', () => {
    const body = encodeFetchResult({ messages: [encodeEvent(events[0]!)], cursor: 'c', internalExt: 'e' });
    const frame = encodePushFrame({ payloadType: 'msg', headers: { compress_type: 'gzip' }, payload: body });
    expect(decodeFrame(frame).events).toEqual([events[0]]);
  });

  it('yields nothing for non-msg frames', () => {
    const frame = encodePushFrame({ payloadType: 'im_enter_room_resp', payload: new Uint8Array([1, 2, 3]) });
    expect(decodeFrame(frame)).toMatchObject({ result: null, events: [] });
  });
});

/** A buffer transferred away (as to a worker): detached, its bytes gone. */
function detachedBuffer(): ArrayBuffer {
  const { buffer } = new Uint8Array(goodFrame());
  structuredClone(buffer, { transfer: [buffer] });
  expect(buffer.byteLength).toBe(0);
  return buffer;
}

describe('arguments that are not bytes', () => {
  const notBytes: Array<[string, unknown]> = [
    ['null', null],
    ['undefined', undefined],
    ['a string', 'hello'],
    ['a number', 42],
    ['a DataView', new DataView(new ArrayBuffer(4))],
    ['an object', { length: 3 }],
  ];
  const notBytesAtAll: Array<[string, unknown]> = [...notBytes, ['an array of numbers', [1, 2, 3]]];

  it.each(notBytes)('decodeFrame(%s) gives InvalidArgumentError saying what it got', (what, input) => {
    const err = thrown(() => decodeFrame(input as Uint8Array));
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message).toBe(`A WebSocket frame must be a Uint8Array, an ArrayBuffer or an array of Uint8Array chunks, got ${what}`);
  });

  it('an array that is not of Uint8Array chunks gives InvalidArgumentError naming the element', () => {
    for (const [input, what] of [[[1, 2, 3], 'element 0 is not a Uint8Array: got a number'], [[new Uint8Array(2), 'x'], 'element 1 is not a Uint8Array: got a string']] as const) {
      for (const fn of [() => decodeFrame(input as never), () => decodePushFrame(input as never), () => decodeFetchResult(input as never), () => inflate(input as never), () => decodeMessage('WebcastChatMessage', input as never)]) {
        const err = thrown(fn);
        expect(err).toBeInstanceOf(InvalidArgumentError);
        expect((err as Error).message).toContain(what);
      }
    }
  });

  it.each(notBytesAtAll)('decodePushFrame, decodeFetchResult and inflate of %s give InvalidArgumentError', (_what, input) => {
    expect(thrown(() => decodePushFrame(input as Uint8Array))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => decodeFetchResult(input as Uint8Array))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => inflate(input as Uint8Array))).toBeInstanceOf(InvalidArgumentError);
  });

  it('options that are not an object give InvalidArgumentError; undefined means the defaults', () => {
    for (const options of [null, 5, 'fast']) {
      const err = thrown(() => decodeFrame(goodFrame(), options as never));
      expect(err, String(options)).toBeInstanceOf(InvalidArgumentError);
      expect((err as Error).message).toMatch(/The options of decodeFrame must be an object/);
      expect(thrown(() => inflate(gzip(new Uint8Array(4)), options as never)), String(options)).toBeInstanceOf(InvalidArgumentError);
    }
    expect(decodeFrame(goodFrame(), undefined)).toEqual(decodeFrame(goodFrame(), {}));
  });

  it('a detached ArrayBuffer, or a Uint8Array over one, gives InvalidArgumentError, not an empty frame', () => {
    const buffer = detachedBuffer();
    const view = new Uint8Array(new ArrayBuffer(16));
    structuredClone(view.buffer, { transfer: [view.buffer] });
    for (const input of [buffer, view]) {
      for (const fn of [() => decodeFrame(input), () => decodePushFrame(input), () => decodeFetchResult(input), () => inflate(input as Uint8Array), () => decodeMessage('WebcastChatMessage', input as Uint8Array)]) {
        const err = thrown(fn);
        expect(err).toBeInstanceOf(InvalidArgumentError);
        expect((err as Error).message).toMatch(/is a detached buffer/);
      }
    }
  });

  it('decodeMessage and decodeMessages check their arguments', () => {
    const chat = encodeEvent(events[0]!);
    expect(thrown(() => decodeMessage(chat.method, null as unknown as Uint8Array))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => decodeMessage(null as unknown as string, chat.payload))).toBeInstanceOf(InvalidArgumentError);
    for (const messages of [null, undefined, 'x', { length: 1 }]) {
      expect(thrown(() => decodeMessages(messages as never)), String(messages)).toBeInstanceOf(InvalidArgumentError);
    }
    for (const entry of [null, 7, {}, { method: chat.method }, { method: chat.method, payload: 'abc' }, { method: 1, payload: chat.payload }]) {
      const err = thrown(() => decodeMessages([{ ...chat, msgId: '1' }, entry] as never));
      expect(err, JSON.stringify(entry)).toBeInstanceOf(InvalidArgumentError);
      expect((err as Error).message).toMatch(/messages\[1\]/);
    }
    // A raw message without a msgId still decodes (its header's msgId is used).
    expect(decodeMessages([{ method: chat.method, payload: chat.payload } as never])).toEqual([events[0]]);
  });
});

describe('bad messages inside a good frame', () => {
  it('turns one bad message into an in-band error event and decodes the rest', () => {
    const raws = events.slice(0, 3).map(encodeEvent);
    raws.splice(1, 0, { method: 'WebcastGiftMessage', payload: new Uint8Array([0x0a, 0xff, 0x01, 0x02]), msgId: '99' });
    const out = decodeFrame(encodeMessageFrame({ messages: raws, cursor: 'c', internalExt: 'e' }, { logId: 1, gzip: true }));
    expect(out.events.map((e) => e.type)).toEqual([events[0]!.type, 'error', events[1]!.type, events[2]!.type]);
    const error = out.events[1]!;
    expect(error).toMatchObject({ type: 'error', method: 'WebcastGiftMessage', msgId: '99' });
    expect((error as { error: unknown }).error).toBeInstanceOf(MessageDecodeError);
    expect(((error as { error: Error }).error).message).toMatch(/Could not decode WebcastGiftMessage/);
  });

  it('skips unknown fields (TikTok adds fields all the time)', () => {
    const raw = encodeEvent(events[0]!);
    // Append field 999 (varint) and field 998 (length-delimited) that our schema does not know.
    const extra = new Uint8Array([0xb8, 0x3e, 0x05, 0xb2, 0x3e, 0x02, 0x68, 0x69]);
    const payload = new Uint8Array([...raw.payload, ...extra]);
    expect(decodeMessage(raw.method, payload)).toEqual(events[0]);
  });
});

describe('property: bad input only ever gives a LiveError', () => {
  const good = goodFrame();
  const goodRaw = goodFrame(false);
  const cap = 256 * 1024;

  const expectOnlyLiveErrors = (bytes: Uint8Array) => {
    try {
      const out = decodeFrame(bytes, { maxBytes: cap });
      for (const e of out.events) if (e.type === 'error') expect(e.error).toBeInstanceOf(LiveError);
    } catch (err) {
      expect(err).toBeInstanceOf(LiveError);
    }
  };

  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => expectOnlyLiveErrors(bytes)), { numRuns: 2000 });
  });

  const mutated = (base: Uint8Array) =>
    fc
      .tuple(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.option(fc.nat()))
      .map(([flips, cut]) => {
        const copy = base.slice();
        for (const [i, v] of flips) copy[i % copy.length] = v;
        return cut === null ? copy : copy.subarray(0, cut % copy.length);
      });

  it('mutated and truncated gzip frames', () => {
    fc.assert(fc.property(mutated(good), (bytes) => expectOnlyLiveErrors(bytes)), { numRuns: 1500 });
  });

  it('mutated gzip frames through the portable (pako) inflater', () => {
    fc.assert(
      fc.property(mutated(good), (bytes) => {
        try {
          decodeFrame(bytes, { maxBytes: cap, engine: 'pako' });
        } catch (err) {
          expect(err).toBeInstanceOf(LiveError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('mutated and truncated raw frames', () => {
    fc.assert(fc.property(mutated(goodRaw), (bytes) => expectOnlyLiveErrors(bytes)), { numRuns: 1500 });
  });

  it('random payloads for every known method give a typed event or MessageDecodeError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_METHODS), fc.uint8Array({ maxLength: 512 }), (method, payload) => {
        try {
          expect(decodeMessage(`Webcast${method}`, payload).type).not.toBe('unknown');
        } catch (err) {
          expect(err).toBeInstanceOf(MessageDecodeError);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it.each(['native', 'pako'] as const)('inflate (%s) never returns more than the cap', (engine) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 16, max: 8192 }), (seed, repeat, maxBytes) => {
        const data = new Uint8Array(seed.length * repeat);
        for (let i = 0; i < repeat; i++) data.set(seed, i * seed.length);
        try {
          const out = inflate(gzip(data), { maxBytes, engine });
          expect(out.length).toBeLessThanOrEqual(maxBytes);
          expect(new Uint8Array(out)).toEqual(data);
        } catch (err) {
          expect(err).toBeInstanceOf(PayloadTooLargeError);
          expect(data.length).toBeGreaterThan(maxBytes);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('inflate output sizing from the gzip trailer', () => {
  const bytes = (n: number, seed = 7) => Uint8Array.from({ length: n }, (_, i) => (i * seed + (i >> 5)) & 0xff);

  it('asks zlib for the announced size plus room for its fast loop, within bounds', () => {
    expect(outputChunkSize(gzip(bytes(1500)), DEFAULT_MAX_INFLATE_BYTES)).toBe(1500 + 300);
    expect(outputChunkSize(gzip(new Uint8Array(0)), DEFAULT_MAX_INFLATE_BYTES)).toBe(300);
    // Never above the cap (+1, so that output past it is seen) nor a fixed ceiling, never below zlib's minimum.
    expect(outputChunkSize(gzip(bytes(5000)), 1000)).toBe(1001);
    expect(outputChunkSize(gzip(bytes(2_000_000)), DEFAULT_MAX_INFLATE_BYTES)).toBe(256 * 1024);
    expect(outputChunkSize(new Uint8Array(10), DEFAULT_MAX_INFLATE_BYTES)).toBe(64);
  });

  it('still inflates everything when the trailer understates the output (several gzip members)', () => {
    const first = bytes(200_000);
    const last = bytes(10, 3);
    const twoMembers = Buffer.concat([gzip(first), gzip(last)]);
    expect(outputChunkSize(twoMembers, DEFAULT_MAX_INFLATE_BYTES)).toBe(10 + 300);
    expect(Buffer.from(inflate(twoMembers)).equals(Buffer.concat([first, last]))).toBe(true);
    expect(thrown(() => inflate(twoMembers, { maxBytes: 100_000 }))).toBeInstanceOf(PayloadTooLargeError);
  });

  it('inflates output larger than one chunk, and refuses a trailer that does not match', () => {
    const big = bytes(1_000_000);
    expect(Buffer.from(inflate(gzip(big))).equals(big)).toBe(true);
    const lying = gzip(bytes(1000));
    lying[lying.length - 1] = 0x7f; // ISIZE now says ~2 GB: zlib checks it against the output
    const err = thrown(() => inflate(lying));
    expect(err).toBeInstanceOf(FrameDecodeError);
  });
});

describe('the maxBytes option', () => {
  it('takes Infinity as no cap of its own, on both engines', () => {
    const data = new Uint8Array(100_000).fill(7);
    for (const engine of ['native', 'pako'] as const) expect(inflate(gzip(data), { maxBytes: Infinity, engine }).length).toBe(data.length);
    expect(decodeFrame(goodFrame(), { maxBytes: Infinity }).events.length).toBe(events.length);
  });

  it('refuses what is not a positive number with InvalidArgumentError', () => {
    for (const maxBytes of [0, -1, Number.NaN, '1000' as unknown as number]) {
      const fromInflate = thrown(() => inflate(gzip(new Uint8Array(10)), { maxBytes }));
      expect(fromInflate, String(maxBytes)).toBeInstanceOf(InvalidArgumentError);
      expect((fromInflate as Error).message).toMatch(/maxBytes must be a positive number of bytes/);
      expect(thrown(() => decodeFrame(goodFrame(), { maxBytes })), String(maxBytes)).toBeInstanceOf(InvalidArgumentError);
    }
  });
});

describe('oversized frames', () => {
  it('refuses a raw frame larger than maxBytes before parsing it', () => {
    const frame = encodePushFrame({ payloadType: 'msg', payload: new Uint8Array(2048) });
    const err = thrown(() => decodeFrame(frame, { maxBytes: 1024 }));
    expect(err).toBeInstanceOf(PayloadTooLargeError);
  });
});

describe('the maxMessagesPerFrame option', () => {
  /** A msg frame whose fetch result holds `n` empty messages (two bytes each: field 1, length 0). */
  const emptyMessagesFrame = (n: number) => {
    const body = new Uint8Array(2 * n);
    for (let i = 0; i < body.length; i += 2) body[i] = 0x0a;
    return encodePushFrame({ payloadType: 'msg', headers: { compress_type: 'gzip' }, payload: gzip(body) });
  };

  it('refuses a small gzip frame of a million empty messages with TooManyMessagesError, making no events', () => {
    const frame = emptyMessagesFrame(1_000_000);
    expect(frame.length).toBeLessThan(64 * 1024);
    const before = process.memoryUsage().heapUsed;
    const err = thrown(() => decodeFrame(frame));
    const grown = process.memoryUsage().heapUsed - before;
    expect(err).toBeInstanceOf(TooManyMessagesError);
    expect(err).toMatchObject({ code: 'TOO_MANY_MESSAGES', retryable: true, maxMessages: DEFAULT_MAX_MESSAGES_PER_FRAME });
    expect((err as Error).message).toBe('The frame carries more than 10000 messages (maxMessagesPerFrame)');
    // A million events would hold hundreds of MB; the scan stops at the cap with a few MB at most.
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });

  it('counts every message, also those the methods option skips, and allows exactly the cap', () => {
    const frame = emptyMessagesFrame(50);
    expect(decodeFrame(frame, { maxMessagesPerFrame: 50 }).result?.messages).toHaveLength(50);
    expect(thrown(() => decodeFrame(frame, { maxMessagesPerFrame: 49 }))).toMatchObject({ name: 'TooManyMessagesError', maxMessages: 49 });
    expect(thrown(() => decodeFrame(frame, { maxMessagesPerFrame: 49, methods: new Set(['ChatMessage']) }))).toBeInstanceOf(TooManyMessagesError);
    expect(decodeFrame(emptyMessagesFrame(20_000), { maxMessagesPerFrame: Infinity, rawMessages: false }).events).toHaveLength(20_000);
  });

  it('bounds a fetch result (a sign server\'s answer) the same way', () => {
    const body = new Uint8Array(2 * 10_001);
    for (let i = 0; i < body.length; i += 2) body[i] = 0x0a;
    expect(thrown(() => decodeFetchResult(body))).toMatchObject({ name: 'TooManyMessagesError', maxMessages: DEFAULT_MAX_MESSAGES_PER_FRAME });
    expect(decodeFetchResult(body.subarray(0, 20_000)).messages).toHaveLength(10_000);
    expect(decodeFetchResult(body, { maxMessages: Infinity }).messages).toHaveLength(10_001);
    expect(thrown(() => decodeFetchResult(body, { maxMessages: 0 }))).toBeInstanceOf(InvalidArgumentError);
  });

  it('decodes a frame of every real captured payload (far more messages than a real frame) under the default', () => {
    const real = loadRealPayloads();
    const frame = encodeMessageFrame({ messages: real.map((p, i) => ({ method: p.method, payload: p.payload, msgId: String(i + 1) })), cursor: 'c', internalExt: 'e' }, { logId: 1, gzip: true });
    const { events: decoded } = decodeFrame(frame);
    expect(decoded).toHaveLength(real.length);
    expect(decoded.filter((e) => e.type === 'error')).toEqual([]);
    expect(thrown(() => decodeFrame(frame, { maxMessagesPerFrame: real.length - 1 }))).toBeInstanceOf(TooManyMessagesError);
  });

  it('refuses what is not a positive number with InvalidArgumentError', () => {
    for (const maxMessagesPerFrame of [0, -1, Number.NaN, '100' as unknown as number]) {
      const err = thrown(() => decodeFrame(goodFrame(), { maxMessagesPerFrame }));
      expect(err, String(maxMessagesPerFrame)).toBeInstanceOf(InvalidArgumentError);
      expect((err as Error).message).toMatch(/maxMessagesPerFrame must be a positive number of messages/);
    }
  });
});
