import { InvalidArgumentError } from '../errors.js';

/**
 * The checks the decoders' public entry points make on what callers pass them, so that a
 * wrong argument is an `InvalidArgumentError` naming it rather than a `TypeError` from deep
 * inside. Each costs a type test per call: nothing per byte or per message of a frame.
 */

/** What `value` is, for a message: `null`, `an array`, `a string`, `a DataView`, … */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== 'Object' ? `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}` : 'an object';
  }
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

/**
 * True when `buffer` was detached (transferred to a worker or with `structuredClone`, say):
 * its bytes are gone and its length reads 0. Only asked of empty buffers.
 */
function isDetached(buffer: ArrayBufferLike): boolean {
  if (buffer.byteLength !== 0) return false;
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

/**
 * Bytes as the decoders take them: a `Uint8Array` (a Node `Buffer` is one), an `ArrayBuffer`, or
 * an array of `Uint8Array` chunks of one message — each of the shapes `ws` delivers a message in
 * (its `RawData`: a `Buffer`, an `ArrayBuffer`, or `Buffer[]` with `binaryType: 'fragments'`).
 */
export type BytesInput = Uint8Array | ArrayBuffer | readonly Uint8Array[];

/**
 * `input` as bytes: a `Uint8Array` as it is, an `ArrayBuffer` viewed whole, chunks joined into one
 * array. Anything else, and a buffer that was detached (transferred elsewhere, its bytes gone),
 * is an `InvalidArgumentError` that says what `what` got.
 */
export function bytesArgument(input: unknown, what: string): Uint8Array {
  if (input instanceof Uint8Array) {
    if (input.length === 0 && isDetached(input.buffer)) throw detached(what);
    return input;
  }
  if (input instanceof ArrayBuffer) {
    if (isDetached(input)) throw detached(what);
    return new Uint8Array(input);
  }
  if (Array.isArray(input)) return chunksArgument(input, what);
  throw new InvalidArgumentError(`${what} must be a Uint8Array, an ArrayBuffer or an array of Uint8Array chunks, got ${describe(input)}`);
}

/** The chunks of one message (`ws`'s `Buffer[]`) joined; a chunk that is not a `Uint8Array` is an `InvalidArgumentError`. */
function chunksArgument(chunks: readonly unknown[], what: string): Uint8Array {
  let total = 0;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (!(chunk instanceof Uint8Array)) throw new InvalidArgumentError(`${what} is an array whose element ${i} is not a Uint8Array: got ${describe(chunk)}`);
    if (chunk.length === 0 && isDetached(chunk.buffer)) throw detached(`${what}'s element ${i}`);
    total += chunk.length;
  }
  return chunks.length === 0 ? new Uint8Array(0) : concatBytes(chunks as readonly Uint8Array[], total);
}

function detached(what: string): InvalidArgumentError {
  return new InvalidArgumentError(`${what} is a detached buffer: its bytes were transferred elsewhere and can no longer be read`);
}

/** An options argument: undefined gives `{}`; anything but an object (null, a number) is an `InvalidArgumentError`. */
export function optionsArgument<T extends object>(options: T | undefined, what = 'options'): T | Record<string, never> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(`${what} must be an object, got ${describe(options)}`);
  return options;
}

/** `chunks` (of `total` bytes together) as one array; the one chunk itself when there is only one. */
export function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
