import { Inflate, Z_BUF_ERROR } from 'pako';
import { FrameDecodeError, InvalidArgumentError, PayloadTooLargeError } from '../errors.js';
import { bytesArgument, concatBytes, optionsArgument, type BytesInput } from './input.js';
import { RUNTIME } from '../runtime.js';

/** Default cap on decompressed output: 16 MiB. */
export const DEFAULT_MAX_INFLATE_BYTES = 16 * 1024 * 1024;

export interface InflateOptions {
  /**
   * Largest decompressed size accepted; beyond it a `PayloadTooLargeError` is thrown.
   * Default 16 MiB; `Infinity` leaves only the runtime's own limit: its largest buffer on Node,
   * 128 MiB on Cloudflare Workers (whose zlib refuses a larger limit). Running out of the
   * runtime's memory while inflating is a `PayloadTooLargeError` too.
   */
  maxBytes?: number | undefined;
  /**
   * `'native'`: the runtime's zlib (Node's, about 2.5× faster than pako here);
   * `'pako'`: the portable JavaScript one. Default: native where the runtime
   * has it, pako elsewhere.
   */
  engine?: 'native' | 'pako' | undefined;
}

type GunzipSync = (data: Uint8Array, options: { maxOutputLength: number; chunkSize: number }) => Uint8Array;

/**
 * A Node built-in module, found at run time without importing a Node module (so this file
 * still runs in browsers and workers, where it is simply absent).
 */
function builtin<T>(id: string): Partial<T> | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return proc?.getBuiltinModule?.(id) as Partial<T> | undefined;
  } catch {
    return undefined;
  }
}

/** Node's zlib's gunzipSync, where there is one. */
const nativeGunzip: GunzipSync | undefined = (() => {
  const gunzipSync = builtin<{ gunzipSync: unknown }>('node:zlib')?.gunzipSync;
  return typeof gunzipSync === 'function' ? (gunzipSync as GunzipSync) : undefined;
})();

/** True when `inflate` can use the runtime's native zlib. */
export const hasNativeInflate = nativeGunzip !== undefined;

/** The largest Buffer the runtime makes, which is also the largest output Node's zlib accepts as a limit. */
const BUFFER_MAX_LENGTH = builtin<{ constants: { MAX_LENGTH?: number } }>('node:buffer')?.constants?.MAX_LENGTH ?? 2 ** 31 - 1;

/** The largest `maxOutputLength` workerd's zlib (`nodejs_compat`) accepts: it refuses more with a RangeError. */
export const WORKERD_MAX_OUTPUT = 128 * 1024 * 1024;

/** The largest output the native zlib is asked for: `maxBytes: Infinity` means this. Lowered when the runtime refuses a limit. */
export interface NativeLimits {
  maxOutput: number;
}

const nativeLimits: NativeLimits = { maxOutput: RUNTIME === 'workerd' ? Math.min(WORKERD_MAX_OUTPUT, BUFFER_MAX_LENGTH) : BUFFER_MAX_LENGTH };

/**
 * A `maxBytes` option as the decoders use it: the default when absent; anything but a
 * positive number (0, negative, NaN, a string) is an `InvalidArgumentError` naming the option.
 */
export function checkedMaxBytes(maxBytes: number | undefined, option = 'maxBytes'): number {
  if (maxBytes === undefined) return DEFAULT_MAX_INFLATE_BYTES;
  if (typeof maxBytes !== 'number' || !(maxBytes > 0)) {
    throw new InvalidArgumentError(`${option} must be a positive number of bytes, got ${String(maxBytes)}`);
  }
  return maxBytes;
}

/** zlib's smallest output chunk (`Z_MIN_CHUNK`). */
const MIN_CHUNK = 64;
/** Largest output chunk allocated up front on the trailer's word; bigger output comes in chunks of this size. */
const MAX_CHUNK = 256 * 1024;
/** zlib's fast decoding loop runs only while this much output room is left (258, rounded up). */
const FAST_LOOP_ROOM = 300;

/**
 * The output buffer size for gunzipping `bytes`: the size the gzip trailer announces
 * (ISIZE, the last four bytes, little-endian) plus the room zlib's fast loop needs to run
 * to the end, so that the output fits one buffer and zlib sees room left and stops.
 * zlib's default is a fresh 16 KiB buffer per call, mostly unused for a push frame, and
 * every view into the body (a raw message's payload) would keep all of it alive. The
 * trailer is only a hint: a wrong one costs more chunks, never a wrong result, and the
 * output cap still applies.
 */
export function outputChunkSize(bytes: Uint8Array, maxBytes: number): number {
  const n = bytes.length;
  if (n < 18) return MIN_CHUNK;
  const announced = (bytes[n - 4]! | (bytes[n - 3]! << 8) | (bytes[n - 2]! << 16) | (bytes[n - 1]! << 24)) >>> 0;
  return Math.max(MIN_CHUNK, Math.min(announced + FAST_LOOP_ROOM, maxBytes + 1, MAX_CHUNK));
}

/**
 * The largest limit a runtime's refusal of `maxOutputLength` names ("It must be >= 1 && <= 134217728"),
 * or undefined when `err` is not such a refusal.
 */
function refusedLimit(err: unknown, asked: number): number | undefined {
  const e = err as { code?: string; message?: string };
  if (!(err instanceof RangeError) || !/maxOutputLength/.test(e.message ?? '') || /larger than|exceed/i.test(e.message ?? '')) return undefined;
  if (e.code !== undefined && e.code !== 'ERR_OUT_OF_RANGE') return undefined;
  const named = /<=\s*([\d_,]+)/.exec(e.message ?? '');
  const limit = named ? Number(named[1]!.replace(/[_,]/g, '')) : WORKERD_MAX_OUTPUT;
  return limit > 0 && limit < asked ? limit : undefined;
}

/**
 * True when `err` says the output outgrew a limit: zlib's `maxOutputLength` (Node's
 * ERR_BUFFER_TOO_LARGE), or the runtime's memory (workerd's "Memory limit exceeded", a failed
 * allocation): a gzip bomb, whichever limit it hits first.
 */
export function isOutputTooLarge(err: unknown): boolean {
  const e = err as { code?: string; message?: string; name?: string } | null;
  if (e?.code === 'ERR_BUFFER_TOO_LARGE') return true;
  return (err instanceof RangeError || e?.name === 'RangeError') && /maxOutputLength|too large|larger than|memory limit|allocation failed|out of memory|invalid array (buffer )?length/i.test(e?.message ?? '');
}

/**
 * Gunzips with a native `gunzipSync` under `requested` bytes, at most `limits.maxOutput` (the
 * runtime's own largest; a runtime that refuses a limit, as workerd refuses one above 128 MiB,
 * lowers it and the call is made again under the limit it names).
 */
export function inflateNative(gunzipSync: GunzipSync, bytes: Uint8Array, requested: number, limits: NativeLimits = nativeLimits): Uint8Array {
  const maxBytes = Math.min(Math.floor(requested), limits.maxOutput);
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes, chunkSize: outputChunkSize(bytes, maxBytes) });
  } catch (err) {
    const lower = refusedLimit(err, maxBytes);
    if (lower !== undefined) {
      limits.maxOutput = lower;
      return inflateNative(gunzipSync, bytes, requested, limits);
    }
    const e = err as { code?: string; message?: string };
    if (isOutputTooLarge(err)) throw new PayloadTooLargeError(maxBytes, { cause: err });
    if (e.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(e.message ?? '')) {
      throw new FrameDecodeError('gzip payload is truncated: the stream ends before its last block', { cause: err });
    }
    throw new FrameDecodeError(`gzip payload could not be inflated: ${e.message ?? String(err)}`, { cause: err });
  }
}

const CAP_EXCEEDED = Symbol('cap exceeded');

/** True when `bytes` starts with the gzip magic number (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Gunzips `bytes`, refusing to produce more than `maxBytes`: a gzip bomb stops
 * at the cap with a `PayloadTooLargeError` instead of exhausting memory.
 * Uses the runtime's native zlib where there is one (see `engine`).
 * Bytes without the gzip magic are returned as they are (raw payloads).
 * Corrupt or truncated gzip gives a `FrameDecodeError`; what is not bytes, a detached
 * buffer or options that are not an object, an `InvalidArgumentError`.
 */
export function inflate(input: BytesInput, options?: InflateOptions): Uint8Array {
  const bytes = bytesArgument(input, 'The input of inflate');
  const opts: InflateOptions = optionsArgument(options, 'The options of inflate');
  const maxBytes = checkedMaxBytes(opts.maxBytes);
  return isGzip(bytes) ? gunzip(bytes, maxBytes, opts.engine) : bytes;
}

/** `inflate` of bytes known to start with the gzip magic, under a cap already checked. */
export function gunzip(bytes: Uint8Array, maxBytes: number, engine: InflateOptions['engine']): Uint8Array {
  if (nativeGunzip && engine !== 'pako') return inflateNative(nativeGunzip, bytes, maxBytes);
  return inflatePako(bytes, maxBytes);
}

function inflatePako(bytes: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflator = new Inflate({ chunkSize: Math.min(64 * 1024, Math.max(1024, bytes.length * 4)) });
  inflator.onData = (chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw CAP_EXCEEDED;
    chunks.push(chunk);
  };
  inflator.onEnd = () => {};
  try {
    inflator.push(bytes, true);
  } catch (err) {
    if (err === CAP_EXCEEDED) throw new PayloadTooLargeError(maxBytes);
    if (isOutputTooLarge(err)) throw new PayloadTooLargeError(maxBytes, { cause: err });
    throw new FrameDecodeError(`gzip payload could not be inflated: ${(err as Error)?.message ?? String(err)}`, { cause: err });
  }
  // zlib reports input that ends mid-stream as a "buffer error" (Z_BUF_ERROR).
  if (inflator.err === Z_BUF_ERROR || (!inflator.err && !inflator.ended)) throw new FrameDecodeError('gzip payload is truncated: the stream ends before its last block');
  if (inflator.err) throw new FrameDecodeError(`gzip payload could not be inflated: ${inflator.msg || `zlib error ${inflator.err}`}`);
  return concatBytes(chunks, total);
}
