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
