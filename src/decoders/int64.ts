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
  // Carries by floor and multiply: exact below 2^53, and no floating-point remainder (a slow call).
  if (a >= BASE) {
    const carry = Math.floor(a / BASE);
    b += carry;
    a -= carry * BASE;
  }
  if (b >= BASE) {
    const carry = Math.floor(b / BASE);
    c += carry;
    b -= carry * BASE;
  }
  if (c >= 10000) return nineteenDigits(c | 0, b | 0, a | 0);
  if (c > 0) return `${c}${pad7(b)}${pad7(a)}`;
  if (b > 0) return `${b}${pad7(a)}`;
  return String(a);
}

const fromCharCode = String.fromCharCode;
const ZERO = 48;

/**
 * c·10^14 + b·10^7 + a with 10^4 ≤ c < 10^5 and b, a < 10^7: the 19-digit values most 64-bit
 * ids are (msgIds, user ids, room ids). Built from its digits in one flat string, where three
 * number conversions and two concatenations make a rope that is flattened again on first use.
 */
function nineteenDigits(c: number, b: number, a: number): string {
  // Each step peels off the last digit: q = ⌊x / 10⌋, digit x − 10q.
  let q = (a / 10) | 0;
  const a6 = a - q * 10;
  a = q;
  q = (a / 10) | 0;
  const a5 = a - q * 10;
  a = q;
  q = (a / 10) | 0;
  const a4 = a - q * 10;
  a = q;
  q = (a / 10) | 0;
  const a3 = a - q * 10;
  a = q;
  q = (a / 10) | 0;
  const a2 = a - q * 10;
  a = q;
  q = (a / 10) | 0;
  const a1 = a - q * 10;
  const a0 = q;
  q = (b / 10) | 0;
  const b6 = b - q * 10;
  b = q;
  q = (b / 10) | 0;
  const b5 = b - q * 10;
  b = q;
  q = (b / 10) | 0;
  const b4 = b - q * 10;
  b = q;
  q = (b / 10) | 0;
  const b3 = b - q * 10;
  b = q;
  q = (b / 10) | 0;
  const b2 = b - q * 10;
  b = q;
  q = (b / 10) | 0;
  const b1 = b - q * 10;
  const b0 = q;
  q = (c / 10) | 0;
  const c4 = c - q * 10;
  c = q;
  q = (c / 10) | 0;
  const c3 = c - q * 10;
  c = q;
  q = (c / 10) | 0;
  const c2 = c - q * 10;
  c = q;
  q = (c / 10) | 0;
  const c1 = c - q * 10;
  const c0 = q;
  return fromCharCode(
    ZERO + c0, ZERO + c1, ZERO + c2, ZERO + c3, ZERO + c4,
    ZERO + b0, ZERO + b1, ZERO + b2, ZERO + b3, ZERO + b4, ZERO + b5, ZERO + b6,
    ZERO + a0, ZERO + a1, ZERO + a2, ZERO + a3, ZERO + a4, ZERO + a5, ZERO + a6,
  );
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

/** What the varint reader needs of a reader: protobufjs's `Reader` and our `WireReader` both fit. */
interface ReaderLike {
  readonly buf: Uint8Array;
  pos: number;
  readonly len: number;
}

/** The high 32 bits of the last varint of five bytes or more that `readVarint` read (shorter ones leave it). */
let varintHigh = 0;

/**
 * Reads a varint (at most ten bytes) at the reader's position, which it moves past the varint,
 * and returns its low 32 bits, unsigned: what tags, lengths, enums and int32s need. Of a varint
 * of five bytes or more it leaves the high 32 bits in `varintHigh`, for `readInt64`.
 *
 * With ten bytes in range it reads unrolled and unchecked; nearer the end, `readVarintNear` checks
 * each byte. Kept as two paths: the checked loops alone took 2% more instructions a pass of
 * `decodeFetchResult` (ids, counts and timestamps are 6 to 9 bytes; see BENCHMARKS.md).
 */
export function readVarint(reader: ReaderLike): number {
  const buf = reader.buf;
  let pos = reader.pos;
  if (pos + 10 > reader.len) return readVarintNear(reader);
  let b = buf[pos++]!;
  let lo = b & 0x7f;
  if (b >= 0x80) {
    // Bytes 2-4 fill bits 7-27 of lo.
    b = buf[pos++]!;
    lo |= (b & 0x7f) << 7;
    if (b >= 0x80) {
      b = buf[pos++]!;
      lo |= (b & 0x7f) << 14;
      if (b >= 0x80) {
        b = buf[pos++]!;
        lo |= (b & 0x7f) << 21;
        if (b >= 0x80) {
          // Byte 5 fills bits 28-31 of lo and 0-2 of hi; bytes 6-10 the rest of hi.
          b = buf[pos++]!;
          lo |= b << 28;
          let hi = (b & 0x7f) >> 4;
          for (let shift = 3; b >= 0x80 && shift < 32; shift += 7) {
            b = buf[pos++]!;
            hi |= (b & 0x7f) << shift;
          }
          if (b >= 0x80) throw new Error('invalid varint encoding');
          varintHigh = hi >>> 0;
        }
      }
    }
  }
  reader.pos = pos;
  return lo >>> 0;
}

/** `readVarint` with a bounds check per byte, near the end of the bytes. */
function readVarintNear(reader: ReaderLike): number {
  const { buf, len } = reader;
  let pos = reader.pos;
  if (pos >= len) throw outOfRange(pos, 1, len);
  let b = buf[pos++]!;
  let lo = b & 0x7f;
  for (let shift = 7; b >= 0x80 && shift < 28; shift += 7) {
    if (pos >= len) throw outOfRange(pos, 1, len);
    b = buf[pos++]!;
    lo |= (b & 0x7f) << shift;
  }
  if (b >= 0x80) {
    if (pos >= len) throw outOfRange(pos, 1, len);
    b = buf[pos++]!;
    lo |= b << 28;
    let hi = (b & 0x7f) >> 4;
    for (let shift = 3; b >= 0x80; shift += 7) {
      if (shift > 31) throw new Error('invalid varint encoding');
      if (pos >= len) throw outOfRange(pos, 1, len);
      b = buf[pos++]!;
      hi |= (b & 0x7f) << shift;
    }
    varintHigh = hi >>> 0;
  }
  reader.pos = pos;
  return lo >>> 0;
}

/** The error of a read of `need` bytes at `pos` past `len`. */
export function outOfRange(pos: number, need: number, len: number): RangeError {
  return new RangeError(`index out of range: ${pos} + ${need} > ${len}`);
}

/**
 * Reads an int64 varint at the reader's position, which it moves past the varint, without
 * making a Long: a number when it fits a double exactly (counts, timestamps), else its decimal
 * string (64-bit ids). The generated decoders call this instead of protobufjs's `int64()`.
 * `unique` for ids that do not recur (see `fromBits`).
 */
export function readInt64(reader: ReaderLike, unique = false): number | string {
  const start = reader.pos;
  const lo = readVarint(reader);
  // Four bytes or fewer hold at most 28 bits.
  return reader.pos - start < 5 ? lo : fromBits(lo, varintHigh, unique);
}

/**
 * The unsigned 64-bit value hi·2^32 + lo: a number when exact, else its decimal string.
 * Ids repeat (the room id in every message, the same viewers): a small direct-mapped cache of
 * decimal strings saves formatting them again. Ids read as `unique` (msgIds, each read once in
 * a message and at most once more in its envelope) have a small region of their own, so they
 * do not evict the ids that recur.
 */
function fromBits(lo: number, hi: number, unique: boolean): number | string {
  if (hi < 0x200000) return hi * TWO_POW_32 + lo;
  const hash = lo ^ hi ^ (hi >>> 11);
  const slot = unique ? RECURRING_IDS + (hash & (UNIQUE_IDS - 1)) : hash & (RECURRING_IDS - 1);
  if (cacheLo[slot] === lo && cacheHi[slot] === hi && cacheStr[slot] !== undefined) return cacheStr[slot]!;
  const text = hi >= 0x80000000 ? ((BigInt(hi | 0) << 32n) | BigInt(lo)).toString() : unsignedDecimal(hi, lo);
  cacheLo[slot] = lo;
  cacheHi[slot] = hi;
  cacheStr[slot] = text;
  return text;
}

const RECURRING_IDS = 4096;
const UNIQUE_IDS = 256;
const cacheLo = new Uint32Array(RECURRING_IDS + UNIQUE_IDS);
const cacheHi = new Uint32Array(RECURRING_IDS + UNIQUE_IDS);
const cacheStr: Array<string | undefined> = new Array<string | undefined>(RECURRING_IDS + UNIQUE_IDS);
