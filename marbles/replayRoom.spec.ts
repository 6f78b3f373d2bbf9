import { describe, expect, it } from 'vitest';
import { encodeEvent, encodeFetchResult, encodeMessageFrame } from '../src/decoders/index.js';
import { InvalidArgumentError, TruncatedRecordingError } from '../src/errors.js';
import type { SchedulerLike } from 'rxjs';
import { entryLine, headerLine, MAX_RECORDING_T, parseRecording, type Recording } from '../src/sources/recording.js';
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

  it('refuses a speed so slow that a recorded second could not be waited for', () => {
    for (const speed of [0, -1, 1e-300, 0.0009, Number.NaN]) {
      let error: unknown;
      replayRoom$(recording, { speed }).subscribe({ error: (e) => (error = e) });
      expect(error, String(speed)).toBeInstanceOf(InvalidArgumentError);
    }
    newScheduler().run(({ expectObservable }) => {
      expectObservable(replayRoom$(recording, { speed: 0.001 })).toBe('a 999999ms b 1999999ms (cd|)', { a, b, c, d });
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

  it('plays every whole line of a recording whose last line is cut short, then reports that line in-band', () => {
    const whole = [headerLine(header), entryLine(recording.entries[0]!), entryLine(recording.entries[1]!)].join('\n');
    const torn = `${whole}\n${entryLine(recording.entries[2]!).slice(0, 40)}`;
    expect(parseRecording(torn)).toEqual({ header, entries: recording.entries.slice(0, 2), truncatedLine: 4 });
    newScheduler().run(({ expectObservable }) => {
      const cut = { type: 'error', error: new TruncatedRecordingError(4) };
      expectObservable(replayRoom$(torn, { speed: 1000 })).toBe('a(bx|)', { a, b, x: cut });
    });
    let warned: unknown;
    replayRoom$(torn, { speed: 'max' }).subscribe((e) => e.type === 'error' && (warned = e.error));
    expect(warned).toBeInstanceOf(TruncatedRecordingError);
    expect(warned).toMatchObject({ line: 4, code: 'INVALID_ARGUMENT', message: 'Line 4 of the recording is cut short (the recording stopped mid-write): the lines before it were played' });
    // Given as an object, a parsed recording keeps its cut line.
    newScheduler().run(({ expectObservable }) => {
      expectObservable(replayRoom$(parseRecording(torn), { speed: 'max' })).toBe('(abx|)', { a, b, x: { type: 'error', error: new TruncatedRecordingError(4) } });
    });
  });

  it('still refuses a line that is not JSON in the middle, or a last one a newline ends, naming it', () => {
    const whole = [headerLine(header), entryLine(recording.entries[0]!)].join('\n');
    const cut = entryLine(recording.entries[1]!).slice(0, 40);
    expect(() => parseRecording(`${whole}\n${cut}\n${entryLine(recording.entries[2]!)}`)).toThrow(/^Line 3 of the recording is not JSON$/);
    expect(() => parseRecording(`${whole}\n${cut}\n`)).toThrow(/^Line 3 of the recording is not JSON$/);
    expect(() => parseRecording(cut)).toThrow(/^Line 1 of the recording is not JSON/);
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

  it('refuses a null or non-object header or entry with InvalidArgumentError naming the line', () => {
    const entry = entryLine(recording.entries[0]!);
    expect(() => parseRecording('null')).toThrow(/^Line 1 of the recording is not a recording header/);
    expect(() => parseRecording('[1,2]')).toThrow(/^Line 1 of the recording is not a recording header/);
    for (const bad of ['null', '5', '"frame"', '[]', 'true']) {
      expect(() => parseRecording(`${headerLine(header)}\n${entry}\n${bad}`), bad).toThrow(InvalidArgumentError);
      expect(() => parseRecording(`${headerLine(header)}\n${entry}\n${bad}`), bad).toThrow(/^Line 3 of the recording is not an entry/);
    }
    expect(() => parseRecording(`${headerLine(header)}\n{"t":0,"kind":"frame","data":"!!"}`)).toThrow(/^Line 2 of the recording: data is not base64/);
  });

  it('refuses a time that is not a number of ms from 0 to 30 days, naming the line', () => {
    for (const t of ['-1', '1e400', '"5"', 'null', String(MAX_RECORDING_T + 1), '1e12']) {
      const text = `${headerLine(header)}\n{"t":${t},"kind":"fetch","data":""}`;
      expect(() => parseRecording(text), t).toThrow(InvalidArgumentError);
      expect(() => parseRecording(text), t).toThrow(/^Line 2 of the recording has an invalid time t=/);
    }
    expect(parseRecording(`${headerLine(header)}\n{"t":${MAX_RECORDING_T},"kind":"fetch","data":""}`).entries[0]!.t).toBe(MAX_RECORDING_T);
  });

  it('checks a recording given as an object the same way, as an error of the Observable', () => {
    const bad: unknown[] = [
      null,
      { header: null, entries: [] },
      { header, entries: null },
      { header, entries: [null] },
      { header, entries: [{ t: 0, kind: 'frame', data: 'AAAA' }] },
      { header, entries: [{ t: Number.NaN, kind: 'frame', data: new Uint8Array(1) }] },
      { header, entries: [{ t: Infinity, kind: 'frame', data: new Uint8Array(1) }] },
    ];
    for (const r of bad) {
      let error: unknown;
      replayRoom$(r as Recording, { speed: 'max' }).subscribe({ error: (e) => (error = e) });
      expect(error, JSON.stringify(r)).toBeInstanceOf(InvalidArgumentError);
    }
  });

  it('waits longer than a timer can hold (2^31 - 1 ms) in several timers, at the right time', () => {
    const long: Recording = { header, entries: [recording.entries[0]!, { ...recording.entries[2]!, t: MAX_RECORDING_T }] };
    const delays: number[] = [];
    const scheduler = newScheduler();
    const spy: SchedulerLike = {
      now: () => scheduler.now(),
      schedule: (work: never, delay?: number, state?: never) => {
        delays.push(delay ?? 0);
        return scheduler.schedule(work, delay, state);
      },
    };
    scheduler.run(({ expectObservable }) => {
      // speed 0.5: the 30 days of the recording take 60 (five timers of at most 2^31 - 1 ms).
      expectObservable(replayRoom$(long, { speed: 0.5, scheduler: spy })).toBe(`a ${2 * MAX_RECORDING_T - 1}ms (cd|)`, { a, c, d });
    });
    expect(Math.max(...delays)).toBeLessThanOrEqual(2 ** 31 - 1);
    expect(delays.filter((ms) => ms > 0).reduce((x, y) => x + y, 0)).toBe(2 * MAX_RECORDING_T);
  });

  it('plays an entry recorded before the one preceding it at once, and keeps the later timing', () => {
    const backwards: Recording = {
      header,
      entries: [recording.entries[0]!, { t: 5000, kind: 'frame', data: frame([b], 'c2') }, { t: 4000, kind: 'frame', data: frame([c], 'c3') }, { t: 6000, kind: 'frame', data: frame([d], 'c4') }],
    };
    const scheduler = newScheduler();
    const out: Array<[number, string]> = [];
    scheduler.run(() => {
      replayRoom$(backwards, { speed: 1000 }).subscribe((e) => out.push([scheduler.now(), 'msgId' in e ? String(e.msgId) : e.type]));
    });
    // 4000 plays with 5000; 6000 one recorded second after 5000, not two after 4000.
    expect(out).toEqual([
      [0, '1'],
      [5, '2'],
      [5, '3'],
      [6, '4'],
    ]);
  });
});
