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
    for (const p of payloads) sink += inflate(p).length;
  });
  const gunzipNative = measure('gunzip only (node:zlib)', () => {
    for (const p of payloads) sink += gunzipSync(p).length;
  });
  const full = measure('full decodeFrame', () => {
    for (const f of corpus.frames) sink += decodeFrame(f).events.length;
  });
  if (sink === 0) throw new Error('benchmark optimised away');

  const rows: BenchRow[] = [gunzipPako, gunzipNative, full].map((m) => ({
    name: `decode: ${m.name}`,
    medianMs: m.medianMs,
    framesPerSec: Math.round((corpus.frames.length / m.medianMs) * 1000),
    messagesPerSec: Math.round((corpus.messages / m.medianMs) * 1000),
    mbPerSec: Number(((corpus.compressedBytes / 1e6 / m.medianMs) * 1000).toFixed(1)),
  }));
  rows.push({
    name: 'decode: full ÷ gunzip (pako)',
    ratio: Number((full.medianMs / gunzipPako.medianMs).toFixed(2)),
    target: '≤ 2.0',
    frames: corpus.frames.length,
    messages: corpus.messages,
    compressedMB: Number((corpus.compressedBytes / 1e6).toFixed(2)),
    inflatedMB: Number((inflatedBytes / 1e6).toFixed(2)),
  });
  rows.push({ name: 'decode: full ÷ gunzip (node:zlib)', ratio: Number((full.medianMs / gunzipNative.medianMs).toFixed(2)) });
  return rows;
}
