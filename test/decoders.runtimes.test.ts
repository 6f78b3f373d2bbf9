import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import * as errors from '../src/errors.js';
import { decodeFrame, decodeMessage, encodeEvent, encodeMessageFrame, FrameDecodeError, inflate, PayloadTooLargeError } from '../src/index.js';
import { inflateNative, isOutputTooLarge, WORKERD_MAX_OUTPUT, type NativeLimits } from '../src/decoders/inflate.js';
import { chatEvent } from '../src/testing/index.js';

type Gunzip = (data: Uint8Array, options: { maxOutputLength: number; chunkSize: number }) => Uint8Array;

/**
 * workerd's zlib (`nodejs_compat`) as it behaves: a `maxOutputLength` above 128 MiB is refused
 * with ERR_OUT_OF_RANGE; output past `memory` bytes fails as the isolate's memory limit does.
 */
function workerdGunzip(memory = Infinity): Gunzip & { asked: number[] } {
  const asked: number[] = [];
  const fn = (data: Uint8Array, options: { maxOutputLength: number; chunkSize: number }) => {
    asked.push(options.maxOutputLength);
    if (options.maxOutputLength > WORKERD_MAX_OUTPUT) {
      throw Object.assign(new RangeError(`The value of "options.maxOutputLength" is out of range. It must be >= 1 && <= ${WORKERD_MAX_OUTPUT}. Received ${options.maxOutputLength}`), { code: 'ERR_OUT_OF_RANGE' });
    }
    const out = gunzipSync(data, options);
    if (out.length > memory) throw new RangeError('Memory limit exceeded');
    return out;
  };
  return Object.assign(fn, { asked });
}

describe('inflate under workerd’s limits', () => {
  const body = gzipSync(Buffer.alloc(4096, 7));

  it('takes maxBytes: Infinity as the largest limit the runtime allows (128 MiB on workerd)', () => {
    const gunzip = workerdGunzip();
    const limits: NativeLimits = { maxOutput: 2 ** 32 };
    expect(inflateNative(gunzip, body, Infinity, limits)).toHaveLength(4096);
    expect(limits.maxOutput).toBe(WORKERD_MAX_OUTPUT);
    // Learnt once: the next frame asks for the runtime's limit straight away.
    inflateNative(gunzip, body, Infinity, limits);
    expect(gunzip.asked).toEqual([2 ** 32, WORKERD_MAX_OUTPUT, WORKERD_MAX_OUTPUT]);
  });

  it('turns the runtime’s memory limit (a RangeError) into a PayloadTooLargeError', () => {
    const bomb = gzipSync(Buffer.alloc(1024 * 1024));
    const err = (() => {
      try {
        return inflateNative(workerdGunzip(64 * 1024), bomb, Infinity, { maxOutput: WORKERD_MAX_OUTPUT });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(PayloadTooLargeError);
    expect((err as Error).cause).toMatchObject({ message: 'Memory limit exceeded' });
  });

  it('tells output limits and memory failures from other errors', () => {
    expect(isOutputTooLarge(Object.assign(new RangeError('Cannot create a Buffer larger than 10 bytes'), { code: 'ERR_BUFFER_TOO_LARGE' }))).toBe(true);
    expect(isOutputTooLarge(new RangeError('Memory limit exceeded'))).toBe(true);
    expect(isOutputTooLarge(new RangeError('Array buffer allocation failed'))).toBe(true);
    expect(isOutputTooLarge(new RangeError('offset is out of bounds'))).toBe(false);
    expect(isOutputTooLarge(new Error('Memory limit exceeded'))).toBe(false);
  });

  it('still caps output on Node, with maxBytes: Infinity inflating whole', () => {
    expect(inflate(body, { maxBytes: Infinity })).toHaveLength(4096);
    expect(() => inflate(body, { maxBytes: 100 })).toThrow(PayloadTooLargeError);
  });
});

describe('encoders with workerd’s nodejs_compat Buffer#utf8Write', () => {
  const original = Object.getOwnPropertyDescriptor(Buffer.prototype, 'utf8Write');
  afterEach(() => {
    if (original) Object.defineProperty(Buffer.prototype, 'utf8Write', original);
  });

  it('encode strings of 40+ characters with the plain Uint8Array writer', () => {
    Object.defineProperty(Buffer.prototype, 'utf8Write', {
      configurable: true,
      // As workerd's: without a length, the write spans the whole buffer, so any offset past 0 is refused.
      value(this: Buffer, _text: string, offset = 0, length = this.length) {
        if (offset + length > this.length) throw new RangeError(`The value of "length" is out of range. It must be >= 0 && <= ${this.length - offset}. Received ${length}`);
        throw new Error('this stand-in writes nothing');
      },
    });
    const comment = 'a comment well over forty characters long, with ünïcödé';
    const chat = chatEvent({ comment });
    const raw = encodeEvent(chat);
    expect(Object.getPrototypeOf(raw.payload)).toBe(Uint8Array.prototype);
    expect(decodeMessage(raw.method, raw.payload)).toMatchObject({ type: 'chat', comment });
    const frame = encodeMessageFrame({ messages: [raw], cursor: 'c'.repeat(60), internalExt: 'x'.repeat(80) }, { logId: '1' });
    expect(decodeFrame(frame).events).toMatchObject([{ type: 'chat', comment }]);
  });
});

describe('frames that are not bytes', () => {
  it('an empty frame is a FrameDecodeError, not zero events', () => {
    expect(() => decodeFrame(new Uint8Array(0))).toThrow(FrameDecodeError);
    expect(() => decodeFrame([])).toThrow(FrameDecodeError);
  });
});

describe('error classes in a minified bundle', () => {
  it('keep their names when the minifier renames the classes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tlrx-min-'));
    const out = join(dir, 'errors.mjs');
    await build({ entryPoints: ['src/errors.ts'], bundle: true, minify: true, keepNames: false, format: 'esm', platform: 'browser', outfile: out, logLevel: 'silent' });
    const minified = (await import(pathToFileURL(out).href)) as Record<string, unknown>;
    // The minifier did rename them: no class keeps its own name as `Function.name`.
    const classes = Object.entries(errors).filter(([, v]) => typeof v === 'function' && (v === errors.LiveError || (v as { prototype?: unknown }).prototype instanceof errors.LiveError));
    expect(classes.length).toBeGreaterThanOrEqual(24);
    // The bundle's exports are named (export names survive), its classes not.
    const renamed = classes.filter(([name]) => (minified[name] as { name: string }).name !== name);
    expect(renamed.length).toBeGreaterThan(0);
    for (const [name] of classes) {
      const Cls = minified[name] as new (...args: unknown[]) => Error;
      const args = name === 'NetworkError' ? ['dns', 'host', 'x'] : ['x', 'y', 'z'];
      expect(new Cls(...args).name, name).toBe(name);
    }
  });
});
