import { gunzipSync } from 'node:zlib';
import { decodeFrame, decodePushFrame, inflate } from '../src/decoders/index.js';
import { buildCorpus } from './corpus.js';
import { measure, type BenchRow } from './measure.js';

/** Decode throughput against the gunzip-only floor on the same frames, in the same process. */
export function benchDecode(): BenchRow[] {
  const corpus = buildCorpus(5000);
  const payloads = corpus.frames.map((f) => decodePushFrame(f).payload);
  const inflatedBytes = payloads.reduce((n, p) => n + inflate(p).length, 0);
  let sink = 0;

  const gunzipPako = measure('gunzip only (pako)', () => {
    for (const p of payloads) sink += inflate(p, { engine: 'pako' }).length;
  });
  const gunzipNative = measure('gunzip only (native zlib)', () => {
    for (const p of payloads) sink += gunzipSync(p).length;
  });
  const fullPako = measure('full decodeFrame (pako)', () => {
    for (const f of corpus.frames) sink += decodeFrame(f, { engine: 'pako' }).events.length;
  });
  const full = measure('full decodeFrame (native zlib, the default on Node)', () => {
    for (const f of corpus.frames) sink += decodeFrame(f).events.length;
  });
  const chatOnly = new Set(['ChatMessage']);
  const filtered = measure('decodeFrame, chat only (the events option)', () => {
    for (const f of corpus.frames) sink += decodeFrame(f, { methods: chatOnly }).events.length;
  });
  if (sink === 0) throw new Error('benchmark optimised away');

  const rows: BenchRow[] = [gunzipPako, gunzipNative, fullPako, full, filtered].map((m) => ({
    name: `decode: ${m.name}`,
    medianMs: m.medianMs,
    framesPerSec: Math.round((corpus.frames.length / m.medianMs) * 1000),
    messagesPerSec: Math.round((corpus.messages / m.medianMs) * 1000),
    mbPerSec: Number(((corpus.compressedBytes / 1e6 / m.medianMs) * 1000).toFixed(1)),
  }));
  rows.push({
    name: 'decode: full ÷ gunzip, pako both',
    ratio: Number((fullPako.medianMs / gunzipPako.medianMs).toFixed(2)),
    target: '≤ 2.0',
    frames: corpus.frames.length,
    messages: corpus.messages,
    compressedMB: Number((corpus.compressedBytes / 1e6).toFixed(2)),
    inflatedMB: Number((inflatedBytes / 1e6).toFixed(2)),
  });
  rows.push({ name: 'decode: full ÷ gunzip, native both', ratio: Number((full.medianMs / gunzipNative.medianMs).toFixed(2)), target: '≤ 2.0' });
  rows.push({ name: 'decode: full native ÷ full pako', ratio: Number((full.medianMs / fullPako.medianMs).toFixed(2)) });
  return rows;
}
