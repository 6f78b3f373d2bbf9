import { Inflate, Z_BUF_ERROR } from 'pako';
import { FrameDecodeError, PayloadTooLargeError } from '../errors.js';

/** Default cap on decompressed output: 16 MiB. */
export const DEFAULT_MAX_INFLATE_BYTES = 16 * 1024 * 1024;

export interface InflateOptions {
  /** Largest decompressed size accepted; beyond it a `PayloadTooLargeError` is thrown. Default 16 MiB. */
  maxBytes?: number;
}

const CAP_EXCEEDED = Symbol('cap exceeded');

/** True when `bytes` starts with the gzip magic number (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Gunzips `bytes`, refusing to produce more than `maxBytes`: a gzip bomb stops
 * at the cap with a `PayloadTooLargeError` instead of exhausting memory.
 * Bytes without the gzip magic are returned as they are (raw payloads).
 * Corrupt or truncated gzip gives a `FrameDecodeError`.
 */
export function inflate(bytes: Uint8Array, options: InflateOptions = {}): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INFLATE_BYTES;
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
    throw new FrameDecodeError(`gzip payload could not be inflated: ${(err as Error)?.message ?? String(err)}`, { cause: err });
  }
  // zlib reports input that ends mid-stream as a "buffer error" (Z_BUF_ERROR).
  if (inflator.err === Z_BUF_ERROR || (!inflator.err && !inflator.ended)) throw new FrameDecodeError('gzip payload is truncated: the stream ends before its last block');
  if (inflator.err) throw new FrameDecodeError(`gzip payload could not be inflated: ${inflator.msg || `zlib error ${inflator.err}`}`);
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
