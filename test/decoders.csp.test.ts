import { build } from 'esbuild';
import { createContext, runInContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeEvent, encodeMessageFrame } from '../src/decoders/index.js';
import { everyEventType } from './support/events.js';

describe('decoders under a strict Content-Security-Policy', () => {
  it('decode frames in a context where eval and new Function are forbidden', async () => {
    // Bundle the decoders with everything they import (protobufjs/minimal, long, pako) for a browser.
    const entry = fileURLToPath(new URL('../src/decoders/index.ts', import.meta.url));
    const bundle = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', globalName: 'decoders', platform: 'browser', logLevel: 'silent' });
    const code = bundle.outputFiles[0]!.text;

    // A V8 context that refuses code generation from strings, like a page with CSP without 'unsafe-eval'.
    const context = createContext({ TextEncoder, TextDecoder, Uint8Array, ArrayBuffer }, { codeGeneration: { strings: false, wasm: false } });
    expect(() => runInContext('eval("1")', context)).toThrow(/Code generation from strings disallowed/);
    runInContext(code, context);

    const events = everyEventType().filter((e) => e.type !== 'unknown');
    const frame = encodeMessageFrame({ messages: events.map(encodeEvent), cursor: 'c', internalExt: 'e' }, { logId: '9', gzip: true });
    context.frame = frame;
    const decoded = runInContext('decoders.decodeFrame(frame).events', context) as Array<{ type: string; msgId: string }>;
    expect(decoded.map((e) => e.type)).toEqual(events.map((e) => e.type));
    expect(decoded.map((e) => e.msgId)).toEqual(events.map((e) => e.msgId));
    // Every field, strings included (no Buffer here: the JavaScript UTF-8 decoder and pako do the work).
    const json = runInContext('JSON.stringify(decoders.decodeFrame(frame).events)', context) as string;
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(events)));
    expect(json).toContain('hello 👋');
  });
});
