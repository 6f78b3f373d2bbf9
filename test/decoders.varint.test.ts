import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInt64 } from '../src/decoders/int64.js';
import { WireReader } from '../src/decoders/wire.js';

/** The varint bytes of a 64-bit value (two's complement for negatives, as protobuf writes int64). */
function varint(value: bigint): number[] {
  let u = BigInt.asUintN(64, value);
  const out: number[] = [];
  do {
    const byte = Number(u & 0x7fn);
    u >>= 7n;
    out.push(u > 0n ? byte | 0x80 : byte);
  } while (u > 0n);
  return out;
}

/** What an int64 reads as: a number when exact and non-negative below 2^53, else its decimal string. */
function expected(value: bigint): number | string {
  const u = BigInt.asUintN(64, value);
  if (u < 2n ** 53n) return Number(u);
  return String(u >= 2n ** 63n ? BigInt.asIntN(64, u) : u);
}

const int64 = fc.oneof(
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }),
  fc.bigInt({ min: 0n, max: 2n ** 21n }),
  fc.constantFrom(0n, 127n, 128n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 63n - 1n, -1n, 7_300_042_000_000_000_385n),
  // Where the decimal formatting changes method: 18 to 19 digits, zeros inside the 7-digit groups.
  fc.constantFrom(10n ** 18n - 1n, 10n ** 18n, 10n ** 18n + 1n, 10n ** 18n + 10n ** 7n, 1_000_000_000_000_000_009n, 9_000_000_000_000_000_000n),
  fc.bigInt({ min: 10n ** 18n - 10n ** 8n, max: 10n ** 18n + 10n ** 8n }),
);

/** A length-delimited field's value: its length varint, then the bytes. */
function lengthDelimited(bytes: Uint8Array): Uint8Array {
  return new Uint8Array([...varint(BigInt(bytes.length)), ...bytes]);
}

describe('strings', () => {
  // Few distinct byte values, so that the same strings (and table collisions) come up often;
  // 0xc3 0xa9 is é, 0xf0 0x9f 0x8e 0x81 an emoji, 0x80 and 0xff are never valid on their own.
  const byte = fc.constantFrom(0x61, 0x62, 0x20, 0xc3, 0xa9, 0xf0, 0x9f, 0x8e, 0x81, 0x80, 0xff, 0x00);
  const text = fc.oneof(fc.uint8Array({ minLength: 0, maxLength: 40 }), fc.array(byte, { maxLength: 40 }).map((a) => Uint8Array.from(a)));

  it('read as the native UTF-8 decoder reads them, recent or not, as Buffer or Uint8Array (property)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 30 }), (strings) => {
        const wire = new Uint8Array(strings.flatMap((s) => [...lengthDelimited(s)]));
        for (const buf of [wire, Buffer.from(wire)]) {
          const r = new WireReader(buf);
          for (const s of strings) expect(r.string()).toBe(Buffer.from(s).toString('utf8'));
          expect(r.pos).toBe(wire.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tags', () => {
  it('read in one, two or more bytes, right at the end of the bytes too (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 2 ** 32 - 1 }), fc.nat({ max: 3 }), (tag, padding) => {
        const bytes = new Uint8Array([...varint(BigInt(tag)), ...new Array<number>(padding).fill(0)]);
        const r = new WireReader(bytes, 0, bytes.length - padding);
        expect(r.tag()).toBe(tag);
        expect(r.pos).toBe(bytes.length - padding);
        // Cut short by one byte, the same tag is refused.
        if (bytes.length - padding > 1) expect(() => new WireReader(bytes, 0, bytes.length - padding - 1).tag()).toThrow(RangeError);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuse field number 0, however it is spelled', () => {
    for (const bytes of [[0x00], [0x07], [0x80, 0x00], [0x87, 0x00], [0x80, 0x80, 0x00]]) {
      expect(() => new WireReader(new Uint8Array(bytes)).tag(), String(bytes)).toThrow(/field number 0/);
    }
  });
});

describe('lengths', () => {
  it('read in one, two or three bytes, and refuse what runs past the end (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: 200 }), fc.nat({ max: 70_000 })), (length) => {
        const prefix = varint(BigInt(length));
        const bytes = new Uint8Array(prefix.length + length);
        bytes.set(prefix);
        const r = new WireReader(bytes);
        expect(r.end()).toBe(bytes.length);
        expect(r.pos).toBe(prefix.length);
        if (length > 0) expect(() => new WireReader(bytes, 0, bytes.length - 1).end()).toThrow(RangeError);
        expect(() => new WireReader(bytes, 0, prefix.length - 1).end()).toThrow(RangeError);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('int64 varints', () => {
  it('read exactly with room to spare and right at the end of the bytes (property)', () => {
    fc.assert(
      fc.property(int64, fc.nat({ max: 12 }), (value, padding) => {
        const bytes = new Uint8Array([0xff, ...varint(value), ...new Array<number>(padding).fill(0)]);
        const at = (len: number) => ({ buf: bytes, pos: 1, len });
        for (const unique of [false, true]) {
          // Right at the end of the bytes, then with room to spare; the reader is left after the varint.
          const end = at(bytes.length - padding);
          expect(readInt64(end, unique)).toEqual(expected(value));
          expect(end.pos).toBe(bytes.length - padding);
          const spare = at(bytes.length);
          expect(readInt64(spare, unique)).toEqual(expected(value));
          expect(spare.pos).toBe(bytes.length - padding);
          // The same ids come back from the cache as from formatting, and past the cache (ids seen once).
          expect(readInt64(at(bytes.length), unique)).toEqual(expected(value));
        }
        // Through a WireReader, as the hand-written decoders read them.
        const r = new WireReader(bytes, 1, bytes.length - padding);
        expect(r.int64()).toEqual(expected(value));
        expect(r.pos).toBe(bytes.length - padding);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuse truncated and over-long varints', () => {
    fc.assert(
      fc.property(int64, (value) => {
        const bytes = new Uint8Array(varint(value));
        expect(() => readInt64({ buf: bytes, pos: 0, len: bytes.length - 1 })).toThrow(RangeError);
      }),
    );
    const tooLong = new Uint8Array([...new Array<number>(10).fill(0xff), 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(() => readInt64({ buf: tooLong, pos: 0, len: tooLong.length })).toThrow(/invalid varint/);
    expect(() => readInt64({ buf: tooLong, pos: 0, len: 11 })).toThrow(/invalid varint/);
  });

  it('give the low 32 bits as uint32 and int32 (property)', () => {
    fc.assert(
      fc.property(int64, fc.nat({ max: 12 }), (value, padding) => {
        const bytes = new Uint8Array([...varint(value), ...new Array<number>(padding).fill(0)]);
        const low = Number(BigInt.asUintN(32, value));
        expect(new WireReader(bytes, 0, bytes.length - padding).uint32()).toBe(low);
        const r = new WireReader(bytes, 0, bytes.length - padding);
        expect(r.int32()).toBe(low | 0);
        expect(r.pos).toBe(bytes.length - padding);
      }),
      { numRuns: 2000 },
    );
  });

  it('skipped as unread fields: past the varint, right at the end too, and refused cut short or over-long (property)', () => {
    fc.assert(
      fc.property(int64, fc.nat({ max: 12 }), (value, padding) => {
        const bytes = new Uint8Array([...varint(value), ...new Array<number>(padding).fill(0x80)]);
        const r = new WireReader(bytes, 0, bytes.length - padding);
        r.skip(0, 1);
        expect(r.pos).toBe(bytes.length - padding);
        // Cut short by one byte, the bytes after the end (0x80, a continuation) are not read.
        expect(() => new WireReader(bytes, 0, bytes.length - padding - 1).skip(0, 1)).toThrow(RangeError);
      }),
      { numRuns: 2000 },
    );
    const tooLong = new Uint8Array([...new Array<number>(10).fill(0xff), 0x01]);
    expect(() => new WireReader(tooLong).skip(0, 1)).toThrow(/invalid varint/);
    expect(() => new WireReader(tooLong.subarray(1)).skip(0, 1)).not.toThrow();
  });
});
