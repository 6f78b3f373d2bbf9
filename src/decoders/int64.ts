/** 64-bit integers as protobufjs hands them out: a Long-like object or a plain number. */
export interface LongLike {
  low: number;
  high: number;
  unsigned?: boolean;
  toString(radix?: number): string;
}
export type Int64 = number | string | LongLike | null | undefined;

const TWO_POW_32 = 4294967296;

/** A 64-bit id as a decimal string, exact beyond 2^53. */
export function idString(value: Int64): string {
  if (value == null) return '0';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value || '0';
  const lo = value.low >>> 0;
  const hi = value.unsigned ? value.high >>> 0 : value.high;
  // Values below 2^53 fit a double exactly.
  if (hi >= 0 && hi < 0x200000) return String(hi * TWO_POW_32 + lo);
  if (hi < 0) return ((BigInt(hi) << 32n) | BigInt(lo)).toString();
  return unsignedDecimal(hi, lo);
}

/**
 * Decimal string of the unsigned 64-bit value hi·2^32 + lo without BigInt
 * (ids are on the per-message hot path). The value is split into three 24-bit
 * limbs and recombined in base 10^7, where every intermediate stays exact.
 */
function unsignedDecimal(hi: number, lo: number): string {
  const low = lo & 0xffffff;
  const mid = ((lo >>> 24) | (hi << 8)) & 0xffffff;
  const high = (hi >>> 16) & 0xffff;
  // 2^24 = 1·10^7 + 6777216; 2^48 = 28147497·10^7 + 6710656 = 2·10^14 + 8147497·10^7 + 6710656
  let a = low + mid * 6777216 + high * 6710656;
  let b = mid + high * 8147497;
  let c = high * 2;
  const BASE = 10_000_000;
  if (a >= BASE) {
    b += Math.floor(a / BASE);
    a %= BASE;
  }
  if (b >= BASE) {
    c += Math.floor(b / BASE);
    b %= BASE;
  }
  if (c > 0) return `${c}${pad7(b)}${pad7(a)}`;
  if (b > 0) return `${b}${pad7(a)}`;
  return String(a);
}

function pad7(n: number): string {
  const s = String(n);
  return s.length >= 7 ? s : '0000000'.slice(s.length) + s;
}

/** A 64-bit count or timestamp as a number (exact up to 2^53). */
export function toNumber(value: Int64): number {
  if (value == null) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Number(value) || 0;
  const hi = value.unsigned ? value.high >>> 0 : value.high;
  return hi * TWO_POW_32 + (value.low >>> 0);
}

/** True for a non-empty string of decimal digits (how ids travel in this library). */
export function isDecimalId(value: unknown): value is string {
  return typeof value === 'string' && /^\d{1,20}$/.test(value);
}

/** The part of a protobufjs Reader the varint reader needs. */
interface ReaderLike {
  buf: Uint8Array;
  pos: number;
  len: number;
}

/**
 * Reads an int64 varint without making a Long: a number when it fits a double
 * exactly (counts, timestamps), else its decimal string (64-bit ids). The
 * generated decoders call this instead of protobufjs's `int64()`.
 */
export function readInt64(reader: ReaderLike): number | string {
  const buf = reader.buf;
  let pos = reader.pos;
  let lo = 0;
  let hi = 0;
  let b: number;
  // Bytes 1-4 fill bits 0-27 of lo.
  for (let shift = 0; shift < 28; shift += 7) {
    if (pos >= reader.len) throw new RangeError(`index out of range: ${pos} + 1 > ${reader.len}`);
    b = buf[pos++]!;
    lo |= (b & 0x7f) << shift;
    if (b < 0x80) {
      reader.pos = pos;
      return lo >>> 0;
    }
  }
  // Byte 5 fills bits 28-31 of lo and 0-2 of hi.
  if (pos >= reader.len) throw new RangeError(`index out of range: ${pos} + 1 > ${reader.len}`);
  b = buf[pos++]!;
  lo = (lo | ((b & 0x7f) << 28)) >>> 0;
  hi = (b & 0x7f) >> 4;
  if (b >= 0x80) {
    for (let shift = 3; shift < 32; shift += 7) {
      if (pos >= reader.len) throw new RangeError(`index out of range: ${pos} + 1 > ${reader.len}`);
      b = buf[pos++]!;
      hi |= (b & 0x7f) << shift;
      if (b < 0x80) break;
    }
    if (b >= 0x80) throw new Error('invalid varint encoding');
  }
  reader.pos = pos;
  hi >>>= 0;
  if (hi < 0x200000) return hi * TWO_POW_32 + lo;
  // Ids repeat (the room id in every message, the same viewers): a small direct-mapped cache of
  // decimal strings saves formatting them again.
  const slot = (lo ^ hi ^ (hi >>> 11)) & (ID_CACHE_SIZE - 1);
  if (cacheLo[slot] === lo && cacheHi[slot] === hi && cacheStr[slot] !== undefined) return cacheStr[slot]!;
  const text = hi >= 0x80000000 ? ((BigInt(hi | 0) << 32n) | BigInt(lo)).toString() : unsignedDecimal(hi, lo);
  cacheLo[slot] = lo;
  cacheHi[slot] = hi;
  cacheStr[slot] = text;
  return text;
}

const ID_CACHE_SIZE = 4096;
const cacheLo = new Uint32Array(ID_CACHE_SIZE);
const cacheHi = new Uint32Array(ID_CACHE_SIZE);
const cacheStr: Array<string | undefined> = new Array<string | undefined>(ID_CACHE_SIZE);
