/** What a socket's `message` event carries, as the bytes of a frame. */
import { FrameDecodeError } from '../errors.js';

/** Describes what a socket delivered, for an error message. */
function kindOf(data: unknown): string {
  if (typeof data === 'string') return `a text message of ${data.length} characters`;
  const name = (data as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' ? `a ${name}` : String(data);
}

function toBytes(data: unknown): Uint8Array | undefined {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data) && data.every((p) => p instanceof Uint8Array)) {
    const parts = data as Uint8Array[];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) {
      out.set(p, offset);
      offset += p.length;
    }
    return out;
  }
  return undefined;
}

/**
 * The bytes of a socket's message, or a `FrameDecodeError` for one that is not binary: TikTok
 * only sends binary frames, so a text message, or a `Blob` from a socket that ignored
 * `binaryType = 'arraybuffer'`, must be an error, never a silently skipped frame.
 */
export function messageBytes(data: unknown): Uint8Array | FrameDecodeError {
  return toBytes(data) ?? new FrameDecodeError(`The socket delivered ${kindOf(data)}, not binary bytes: set binaryType = 'arraybuffer' on the socket`);
}
