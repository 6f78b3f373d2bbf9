/**
 * A workload for instruction counts: `passes` passes of one decode over a fixed input, run by
 * `bench/instructions.sh` under callgrind. A pass's count is the difference between a run of
 * W + P passes and one of W passes, divided by P, so start-up, loading and warm-up cancel out.
 *
 *   node bench/instructions.mjs <workload> <passes> [decoders module]
 *
 * Workloads: `real` (decodeMessage over the real captured payloads in ../shared/realframes),
 * `frame` (decodeFrame over the bench corpus, with its defaults), `lean` (decodeFrame with
 * `rawMessages: false`, as liveRoom$ calls it), `fetch` (decodeFetchResult over the corpus's
 * frames already inflated: the decoders without zlib). The decoders module defaults to this
 * checkout's `dist/decoders.js`; naming another checkout's compares two builds on the same input.
 * The corpus is built once by `bench/corpus.ts` (written to bench/results/corpus.bin by
 * `node --import tsx bench/instructions.mjs corpus`), so every build decodes the same bytes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [workload, passArg, modulePath] = process.argv.slice(2);
const CORPUS = new URL('./results/corpus.bin', import.meta.url);
const EVENTS_DIR = new URL('../../shared/realframes/events/', import.meta.url);

if (workload === 'corpus') {
  const { buildCorpus } = await import('./corpus.ts');
  const { frames } = buildCorpus(5000);
  const parts = [];
  for (const f of frames) {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(f.length);
    parts.push(len, f);
  }
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(CORPUS, Buffer.concat(parts));
  console.log(`${frames.length} frames written to ${CORPUS.pathname}`);
  process.exit(0);
}

const passes = Number(passArg);
if (!['real', 'frame', 'lean', 'fetch'].includes(workload) || !Number.isInteger(passes) || passes < 0) {
  console.error('usage: node bench/instructions.mjs real|frame|lean|fetch <passes> [decoders module] | corpus');
  process.exit(2);
}
const d = await import(modulePath ? pathToFileURL(modulePath).href : new URL('../dist/decoders.js', import.meta.url).href);

function loadCorpus() {
  if (!existsSync(CORPUS)) throw new Error('no corpus: run `node --import tsx bench/instructions.mjs corpus` first');
  const bytes = readFileSync(CORPUS);
  const frames = [];
  for (let at = 0; at < bytes.length; ) {
    const n = bytes.readUInt32LE(at);
    frames.push(new Uint8Array(bytes.buffer, bytes.byteOffset + at + 4, n));
    at += 4 + n;
  }
  return frames;
}

function loadRealPayloads() {
  const out = [];
  for (const file of readdirSync(EVENTS_DIR).sort()) {
    const json = JSON.parse(readFileSync(new URL(file, EVENTS_DIR), 'utf8'));
    for (const [method, entries] of Object.entries(json)) {
      for (const e of entries) out.push({ method, payload: Buffer.from(e.eventData, 'base64') });
    }
  }
  return out;
}

let pass;
if (workload === 'real') {
  const payloads = loadRealPayloads();
  pass = () => {
    let n = 0;
    for (const p of payloads) n += d.decodeMessage(p.method, p.payload).msgId.length;
    return n;
  };
} else if (workload === 'fetch') {
  const bodies = loadCorpus().map((f) => d.inflate(d.decodePushFrame(f).payload));
  pass = () => {
    let n = 0;
    for (const b of bodies) n += d.decodeFetchResult(b).messages.length;
    return n;
  };
} else {
  const frames = loadCorpus();
  const options = workload === 'lean' ? { rawMessages: false } : undefined;
  pass = () => {
    let n = 0;
    for (const f of frames) n += d.decodeFrame(f, options).events.length;
    return n;
  };
}
let sink = 0;
for (let i = 0; i < passes; i++) sink += pass();
if (passes > 0 && sink === 0) throw new Error('nothing decoded');
