import { describe, expect, it } from 'vitest';
import { encodeEvent, encodeFetchResult, encodeMessageFrame } from '../src/decoders/index.js';
import { InvalidArgumentError } from '../src/errors.js';
import { entryLine, headerLine, parseRecording, type Recording } from '../src/sources/recording.js';
import { replayRoom$ } from '../src/sources/replayRoom.js';
import { chat, control, newScheduler } from './support.js';

const [a, b, c, d] = [chat('1'), chat('2'), chat('3'), control('4', 3)];
const header = { format: 'tiktok-live-rx-recording' as const, version: 1, uniqueId: 'u', roomId: '1', startedAt: '2026-01-01T00:00:00.000Z' };
// Plain Uint8Arrays (protobufjs hands out Buffers on Node), as a parsed recording holds.
const frame = (events: typeof a[], cursor: string) => new Uint8Array(encodeMessageFrame({ messages: events.map(encodeEvent), cursor, internalExt: cursor }, { logId: cursor.length, gzip: true }));
const recording: Recording = {
  header,
  entries: [
    { t: 0, kind: 'fetch', data: new Uint8Array(encodeFetchResult({ messages: [encodeEvent(a)], cursor: 'c1', internalExt: 'e1' })) },
    { t: 1000, kind: 'frame', data: frame([a, b], 'c2') },
    { t: 3000, kind: 'frame', data: frame([c, d], 'c3') },
  ],
};

describe('replayRoom$', () => {
  it('plays a recording with its timing, deduplicated, ending with the LIVE (the TSDoc diagram)', () => {
    newScheduler().run(({ expectObservable }) => {
      expectObservable(replayRoom$(recording, { speed: 1000 })).toBe('ab-(cd|)', { a, b, c, d });
    });
  });

  it('plays in real time at speed 1', () => {
    newScheduler().run(({ expectObservable }) => {
      expectObservable(replayRoom$(recording)).toBe('a 999ms b 1999ms (cd|)', { a, b, c, d });
    });
  });

  it('plays at once with speed max', () => {
    newScheduler().run(({ expectObservable }) => {
      expectObservable(replayRoom$(recording, { speed: 'max' })).toBe('(abcd|)', { a, b, c, d });
    });
  });

  it('reads the JSON Lines text form', () => {
    const text = [headerLine(header), ...recording.entries.map(entryLine)].join('\n');
    expect(parseRecording(text)).toEqual(recording);
    newScheduler().run(({ expectObservable }) => {
      expectObservable(replayRoom$(text, { speed: 'max' })).toBe('(abcd|)', { a, b, c, d });
    });
  });

  it('reports a frame that does not decode in-band and goes on', () => {
    const broken: Recording = { header, entries: [{ t: 0, kind: 'frame', data: new Uint8Array([0xff, 0xff, 0xff]) }, recording.entries[2]!] };
    const out: string[] = [];
    newScheduler().run(() => {
      replayRoom$(broken, { speed: 'max' }).subscribe((e) => out.push(e.type));
    });
    expect(out).toEqual(['error', 'chat', 'control']);
  });

  it('refuses what is not a recording, with the line at fault', () => {
    expect(() => parseRecording('')).toThrow(InvalidArgumentError);
    expect(() => parseRecording('{"format":"other","version":1}')).toThrow(/Not a tiktok-live-rx recording/);
    expect(() => parseRecording(`${headerLine(header)}\n{"t":0,"kind":"frame"}`)).toThrow(/Line 2 of the recording is not an entry/);
    expect(() => parseRecording(JSON.stringify({ ...header, version: 9 }))).toThrow(/version 9 is not supported/);
    let error: unknown;
    replayRoom$(recording, { speed: 0 }).subscribe({ error: (e) => (error = e) });
    expect(error).toBeInstanceOf(InvalidArgumentError);
  });
});
