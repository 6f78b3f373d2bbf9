import { gunzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { decodeFrame, decodeMessage, decodePushFrame, inflate } from '../src/decoders/index.js';
import { decodeMessageBySchema } from '../src/decoders/messages.js';
import { EVENTS_DIR, loadRealPayloads } from '../test/support/realframes.js';
import { buildCorpus } from './corpus.js';
import { measureInterleaved, pairedRatio, type BenchRow } from './measure.js';

/**
 * Decode throughput against the gunzip-only floor on the same frames, in the same
 * process. Each engine's full decode runs interleaved with gunzip alone by that
 * engine, and the ratio is the median of the per-round ratios. On Node, gunzip
 * alone is `zlib.gunzipSync` with its defaults; `inflate` (what decodeFrame calls)
 * is timed beside it, and the ratio to it is reported too. decodeFrame runs with its
 * defaults and as `liveRoom$` calls it (events only, no raw messages).
 */
export function benchDecode(): BenchRow[] {
  const corpus = buildCorpus(5000);
  const payloads = corpus.frames.map((f) => decodePushFrame(f).payload);
  const inflatedBytes = payloads.reduce((n, p) => n + inflate(p).length, 0);
  let sink = 0;

  const chatOnly = new Set(['ChatMessage']);
  const native = measureInterleaved({
    'gunzip only (native zlib)': () => {
      for (const p of payloads) sink += gunzipSync(p).length;
    },
    'inflate only (native zlib, as decodeFrame calls it)': () => {
      for (const p of payloads) sink += inflate(p).length;
    },
    'full decodeFrame (native zlib, the default on Node)': () => {
      for (const f of corpus.frames) sink += decodeFrame(f).events.length;
    },
    'decodeFrame as liveRoom$ calls it (rawMessages: false)': () => {
      for (const f of corpus.frames) sink += decodeFrame(f, { rawMessages: false }).events.length;
    },
    'decodeFrame, chat only (the events option)': () => {
      for (const f of corpus.frames) sink += decodeFrame(f, { methods: chatOnly }).events.length;
    },
  });
  const pako = measureInterleaved(
    {
      'gunzip only (pako)': () => {
        for (const p of payloads) sink += inflate(p, { engine: 'pako' }).length;
      },
      'full decodeFrame (pako)': () => {
        for (const f of corpus.frames) sink += decodeFrame(f, { engine: 'pako' }).events.length;
      },
    },
    { rounds: 9 },
  );
  if (sink === 0) throw new Error('benchmark optimised away');

  const rows: BenchRow[] = [];
  for (const run of [pako, native]) {
    for (const [name, medianMs] of Object.entries(run.medians)) {
      rows.push({
        name: `decode: ${name}`,
        medianMs,
        framesPerSec: Math.round((corpus.frames.length / medianMs) * 1000),
        messagesPerSec: Math.round((corpus.messages / medianMs) * 1000),
        mbPerSec: Number(((corpus.compressedBytes / 1e6 / medianMs) * 1000).toFixed(1)),
      });
    }
  }
  const [pakoFull] = Object.keys(pako.ratios).slice(1);
  const [nativeInflate, nativeFull, nativeLean, nativeChat] = Object.keys(native.ratios).slice(1);
  rows.push({
    name: 'decode: full ÷ gunzip, pako both',
    ratio: pako.ratios[pakoFull!]!,
    quartiles: pako.spread[pakoFull!]!.join('–'),
    target: '≤ 2.0',
    frames: corpus.frames.length,
    messages: corpus.messages,
    compressedMB: Number((corpus.compressedBytes / 1e6).toFixed(2)),
    inflatedMB: Number((inflatedBytes / 1e6).toFixed(2)),
  });
  rows.push({ name: 'decode: full ÷ gunzip, native both', ratio: native.ratios[nativeFull!]!, quartiles: native.spread[nativeFull!]!.join('–'), target: '≤ 2.0' });
  rows.push({
    name: 'decode: as liveRoom$ decodes (no raw messages) ÷ gunzip, native both',
    ratio: native.ratios[nativeLean!]!,
    quartiles: native.spread[nativeLean!]!.join('–'),
    target: '≤ 2.0',
  });
  rows.push({ name: 'decode: chat only ÷ gunzip, native both', ratio: native.ratios[nativeChat!]!, quartiles: native.spread[nativeChat!]!.join('–') });
  rows.push({ name: 'decode: inflate alone ÷ gunzip, native both', ratio: native.ratios[nativeInflate!]!, quartiles: native.spread[nativeInflate!]!.join('–') });
  const ofInflate = pairedRatio(native.times[nativeFull!]!, native.times[nativeInflate!]!);
  rows.push({ name: 'decode: full ÷ inflate alone, native both', ratio: ofInflate.ratio, quartiles: ofInflate.quartiles.join('–') });
  rows.push({ name: 'decode: full native ÷ full pako', ratio: Number((native.medians[nativeFull!]! / pako.medians[pakoFull!]!).toFixed(2)) });
  rows.push(...benchRealPayloads());
  return rows;
}

/**
 * The real captured TikTok payloads (beside the project in ../shared, when present), which
 * carry every field TikTok sends, unlike the synthetic corpus: decodeMessage (hand-written
 * decoders for the hottest methods) against the generated schema decoders for every method.
 */
function benchRealPayloads(): BenchRow[] {
  if (!existsSync(EVENTS_DIR)) return [];
  const payloads = loadRealPayloads().map((p) => ({ method: p.method, payload: Buffer.from(p.payload) }));
  let sink = 0;
  const run = measureInterleaved({
    'schema decoders only': () => {
      for (let i = 0; i < 10; i++) for (const p of payloads) sink += decodeMessageBySchema(p.method, p.payload).msgId.length;
    },
    decodeMessage: () => {
      for (let i = 0; i < 10; i++) for (const p of payloads) sink += decodeMessage(p.method, p.payload).msgId.length;
    },
  });
  if (sink === 0) throw new Error('benchmark optimised away');
  return [
    ...Object.entries(run.medians).map(([name, medianMs]) => ({
      name: `decode: ${payloads.length} real payloads ×10, ${name}`,
      medianMs,
      messagesPerSec: Math.round(((payloads.length * 10) / medianMs) * 1000),
    })),
    { name: 'decode: real payloads, decodeMessage ÷ schema decoders', ratio: run.ratios.decodeMessage!, quartiles: run.spread.decodeMessage!.join('–') },
  ];
}
