/**
 * A minimal protobuf wire reader for the hand-written decoders of the hot path
 * (push frames, fetch results and the most frequent messages). It reads only
 * what those decoders ask for and skips the rest, with every read bounds-checked:
 * bad bytes throw a `RangeError`/`Error` that the callers turn into typed errors.
 */
import $protobuf from 'protobufjs/minimal.js';
import { outOfRange, readInt64, readVarint } from './int64.js';

/** protobufjs's lenient JavaScript UTF-8 decoder, for runtimes without Node's Buffer. */
const utf8Read: (buf: Uint8Array, start: number, end: number) => string = $protobuf.util.utf8.read;

/** Nested groups deeper than this are refused (protobufjs uses the same kind of limit). */
const MAX_GROUP_DEPTH = 64;

/**
 * Node's native UTF-8 decoder (`Buffer#utf8Slice`, what protobufjs uses on Node too), which
 * works on any Uint8Array and beats anything in JavaScript here; absent outside Node.
 */
const nativeUtf8 = (globalThis as { Buffer?: { prototype: { utf8Slice?: (this: Uint8Array, start: number, end: number) => string } } }).Buffer
  ?.prototype.utf8Slice;

function utf8(buf: Uint8Array, start: number, end: number): string {
  return nativeUtf8 ? nativeUtf8.call(buf, start, end) : utf8Read(buf, start, end);
}

/**
 * Short strings recur all the time (method names, handles and nicknames of the same
 * viewers, languages, gift names, badge levels): a direct-mapped table of recent ones,
 * keyed by their exact bytes, hands out the same string again without decoding or
 * allocating. The bytes are hashed and compared four at a time against keys kept in an
 * Int32Array, so a hit touches neither the string nor the native decoder. A key is the
 * bytes themselves, so whatever they decode to (emoji, U+FFFD for malformed sequences)
 * is what a hit returns. 8,192 slots (about 350 KB for the process, not per room): with
 * 2,048, a room of a few hundred regular viewers already evicted its own handles and
 * nicknames from colliding slots.
 */
const INTERN_MAX_BYTES = 32;
const INTERN_SLOT_BITS = 13;
const INTERN_WORDS = INTERN_MAX_BYTES / 4;
const internKeys = new Int32Array((1 << INTERN_SLOT_BITS) * INTERN_WORDS);
/** Byte length of each slot's key; 0 marks an empty slot (empty strings are never looked up). */
const internLengths = new Int32Array(1 << INTERN_SLOT_BITS);
const internValues: string[] = new Array<string>(1 << INTERN_SLOT_BITS).fill('');

/** Bytes `i`…`i + 3` as one little-endian int32. */
function word(buf: Uint8Array, i: number): number {
  return buf[i]! | (buf[i + 1]! << 8) | (buf[i + 2]! << 16) | (buf[i + 3]! << 24);
}

/** One to three bytes as one int32. */
function shortWord(buf: Uint8Array, start: number, end: number): number {
  let w = 0;
  for (let i = start; i < end; i++) w = (w << 8) | buf[i]!;
  return w;
}

/**
 * The table slot of bytes `start`…`end`. internSlot, sameKey and storeKey read a key the same
 * way: n ≥ 4 bytes as their words at start, start + 4, … before end - 4, then the word at
 * end - 4 (overlapping the one before it when n is not a multiple of 4), which with the length
 * pins every byte; 1–3 bytes as one shortWord.
 */
function internSlot(buf: Uint8Array, start: number, end: number): number {
  const last = end - 4;
  let hash = end - start;
  if (last >= start) {
    for (let i = start; i < last; i += 4) hash = Math.imul(hash ^ word(buf, i), 0x9e3779b1);
    hash = Math.imul(hash ^ word(buf, last), 0x9e3779b1);
  } else hash = Math.imul(hash ^ shortWord(buf, start, end), 0x9e3779b1);
  return hash >>> (32 - INTERN_SLOT_BITS);
}

function sameKey(buf: Uint8Array, start: number, end: number, k: number): boolean {
  const last = end - 4;
  if (last < start) return internKeys[k] === shortWord(buf, start, end);
  for (let i = start; i < last; i += 4, k++) if (internKeys[k] !== word(buf, i)) return false;
  return internKeys[k] === word(buf, last);
}

function storeKey(buf: Uint8Array, start: number, end: number, k: number): void {
  const last = end - 4;
  if (last < start) {
    internKeys[k] = shortWord(buf, start, end);
    return;
  }
  for (let i = start; i < last; i += 4, k++) internKeys[k] = word(buf, i);
  internKeys[k] = word(buf, last);
}

/** The string of bytes `start`…`end` (1 to INTERN_MAX_BYTES of them), from the table when it holds them. */
function interned(buf: Uint8Array, start: number, end: number): string {
  const slot = internSlot(buf, start, end);
  const k = slot * INTERN_WORDS;
  if (internLengths[slot] === end - start && sameKey(buf, start, end, k)) return internValues[slot]!;
  const text = utf8(buf, start, end);
  storeKey(buf, start, end, k);
  internLengths[slot] = end - start;
  internValues[slot] = text;
  return text;
}

export class WireReader {
  readonly buf: Uint8Array;
  pos = 0;
  /** End of what is read: no read goes past it. */
  readonly len: number;

  /** Reads `buf` from `start` to `end` (the whole buffer by default). */
  constructor(buf: Uint8Array, start = 0, end = buf.length) {
    this.buf = buf;
    this.pos = start;
    this.len = end;
  }

  /** A varint's low 32 bits, unsigned (uint32, enums before `| 0`, bools). */
  uint32(): number {
    // One byte (most enums, flags and counts) in a method small enough for V8 to inline where
    // it is called; readVarint, which is not, for the rest.
    const pos = this.pos;
    const b = this.buf[pos]!;
    if (b < 0x80 && pos < this.len) {
      this.pos = pos + 1;
      return b;
    }
    return readVarint(this);
  }

  int32(): number {
    return this.uint32() | 0;
  }

  bool(): boolean {
    return this.uint32() !== 0;
  }

  /**
   * An int64 as a number when exact, else its decimal string; `unique` for ids that do not
   * recur (msgIds), kept apart from the cache of recent ids' strings.
   */
  int64(unique = false): number | string {
    return readInt64(this, unique);
  }

  /** Reads a length prefix (at most 5 bytes, below 2^31) and returns where the bytes it announces end. */
  end(): number {
    const length = this.varint32Short(0x07, 'invalid length encoding');
    const end = this.pos + length;
    if (end > this.len) throw outOfRange(this.pos, length, this.len);
    return end;
  }

  /** A length-delimited UTF-8 string; malformed sequences become U+FFFD. */
  string(): string {
    const end = this.end();
    const start = this.pos;
    this.pos = end;
    if (start === end) return '';
    return end - start <= INTERN_MAX_BYTES ? interned(this.buf, start, end) : utf8(this.buf, start, end);
  }

  /** Length-delimited bytes, as a plain Uint8Array view into the buffer (no copy). */
  bytes(): Uint8Array {
    const end = this.end();
    const start = this.pos;
    this.pos = end;
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset + start, end - start);
  }

  /** Skips the value of a field of this wire type. */
  skip(wireType: number, fieldNumber: number, depth = 0): void {
    switch (wireType) {
      case 0:
        this.skipVarint();
        return;
      case 1:
        this.advance(8);
        return;
      case 2:
        this.pos = this.end();
        return;
      case 5:
        this.advance(4);
        return;
      case 3:
        if (depth >= MAX_GROUP_DEPTH) throw new Error('max depth exceeded');
        for (;;) {
          const tag = this.tag();
          if ((tag & 7) === 4) {
            if (tag >>> 3 !== fieldNumber) throw new Error('invalid end group tag');
            return;
          }
          this.skip(tag & 7, tag >>> 3, depth + 1);
        }
      default:
        throw new Error(`invalid wire type ${wireType} at offset ${this.pos}`);
    }
  }

  /** Reads the next tag (at most 5 bytes, within 32 bits); throws on field number 0. */
  tag(): number {
    const tag = this.varint32Short(0x0f, 'invalid tag encoding');
    if (tag >>> 3 === 0) throw new Error('illegal tag: field number 0');
    return tag;
  }

  /**
   * The next field's tag, or 0 once the fields up to `end` are read (throwing when they ran past
   * it): `for (let tag = 0; (tag = r.next(end)) !== 0; )` reads a message's fields, with one call
   * site that V8 inlines once.
   */
  next(end: number): number {
    if (this.pos < end) return this.tag();
    this.close(end);
    return 0;
  }

  /** Throws when a nested message's fields ran past its declared end. */
  close(end: number): void {
    if (this.pos !== end) throw outOfRange(end, this.pos - end, end);
  }

  /**
   * A varint of at most 5 bytes whose last byte is at most `last` (tags and lengths), unsigned;
   * one and two bytes (up to 16,383: most tags and lengths) without the general loop.
   */
  private varint32Short(last: number, invalid: string): number {
    const buf = this.buf;
    const pos = this.pos;
    const b = buf[pos]!;
    if (b < 0x80 && pos < this.len) {
      this.pos = pos + 1;
      return b;
    }
    if (buf[pos + 1]! < 0x80 && pos + 1 < this.len) {
      this.pos = pos + 2;
      return (b & 0x7f) | (buf[pos + 1]! << 7);
    }
    return this.varint32(last, invalid);
  }

  /** The general loop of `varint32Short`. */
  private varint32(last: number, invalid: string): number {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      if (this.pos >= this.len) throw outOfRange(this.pos, 1, this.len);
      const b = this.buf[this.pos++]!;
      if (i === 4) {
        if (b > last) throw new Error(invalid);
        return (value | (b << 28)) >>> 0;
      }
      value |= (b & 0x7f) << (7 * i);
      if (b < 0x80) return value >>> 0;
    }
    return value >>> 0;
  }

  /** Moves past a varint without working out its value (msgIds that envelopes note, fields nobody reads). */
  private skipVarint(): void {
    const { buf, len } = this;
    let pos = this.pos;
    for (let n = 1; ; n++) {
      if (pos >= len) throw outOfRange(pos, 1, len);
      if (buf[pos++]! < 0x80) break;
      if (n === 10) throw new Error('invalid varint encoding');
    }
    this.pos = pos;
  }

  private advance(n: number): void {
    if (this.pos + n > this.len) throw outOfRange(this.pos, n, this.len);
    this.pos += n;
  }
}

