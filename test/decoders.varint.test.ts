import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInt64, readInt64At, int64End } from '../src/decoders/int64.js';
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
);

describe('int64 varints', () => {
  it('read exactly with room to spare and right at the end of the bytes (property)', () => {
    fc.assert(
      fc.property(int64, fc.nat({ max: 12 }), (value, padding) => {
        const bytes = new Uint8Array([0xff, ...varint(value), ...new Array<number>(padding).fill(0)]);
        expect(readInt64At(bytes, 1, bytes.length - padding)).toEqual(expected(value));
        expect(int64End).toBe(bytes.length - padding);
        const reader = { buf: bytes, pos: 1, len: bytes.length };
        expect(readInt64(reader)).toEqual(expected(value));
        expect(reader.pos).toBe(bytes.length - padding);
        // The same ids come back from the cache as from formatting.
        expect(readInt64At(bytes, 1, bytes.length)).toEqual(expected(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuse truncated and over-long varints', () => {
    fc.assert(
      fc.property(int64, (value) => {
        const bytes = new Uint8Array(varint(value));
        expect(() => readInt64At(bytes, 0, bytes.length - 1)).toThrow(RangeError);
      }),
    );
    const tooLong = new Uint8Array([...new Array<number>(10).fill(0xff), 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(() => readInt64At(tooLong, 0, tooLong.length)).toThrow(/invalid varint/);
    expect(() => readInt64At(tooLong, 0, 11)).toThrow(/invalid varint/);
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
});
