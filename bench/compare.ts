/**
 * Two builds in one process: `node --expose-gc --import tsx bench/compare.ts <other checkout>`
 * loads this checkout's `dist/` and the other's (built, with its own node_modules) and times the
 * same work with each, in turn, round after round (`measureInterleaved`), so a burst of load from
 * other jobs hits both alike. Each row is this build's time ÷ the other's, the median of the
 * per-round ratios with its interquartile range: below 1 is faster here.
 *
 * Decode: decodeFrame (defaults, and `rawMessages: false` as liveRoom$ calls it) over the bench
 * corpus, decodeFetchResult over the corpus's inflated bodies, decodeMessage over the real
 * captures (when ../shared is present). Operators: comboEnd and leaderboard over 1,000,000 gifts,
 * each build with its own rxjs. `COMPARE_ROUNDS` sets the rounds (15).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EVENTS_DIR, loadRealPayloads } from '../test/support/realframes.js';
import { buildCorpus } from './corpus.js';
import { measureInterleaved, type BenchRow } from './measure.js';
import { gifts } from './operators.js';

interface Build {
  name: string;
  decoders: Record<string, (...args: never[]) => unknown>;
  operators: Record<string, (...args: never[]) => unknown>;
  rxjs: typeof import('rxjs');
}

async function load(name: string, checkout: string): Promise<Build> {
  const dist = (file: string) => pathToFileURL(resolve(checkout, 'dist', file)).href;
  const rxjs = createRequire(resolve(checkout, 'package.json'))('rxjs') as typeof import('rxjs');
  return { name, decoders: await import(dist('decoders.js')), operators: await import(dist('operators.js')), rxjs };
}

const other = process.argv[2];
if (!other) {
  console.error('usage: node --expose-gc --import tsx bench/compare.ts <other checkout, built>');
  process.exit(2);
}
const rounds = Number(process.env.COMPARE_ROUNDS ?? 15);
const builds = [await load('other', other), await load('this', resolve(import.meta.dirname, '..'))];

type Decoders = {
  decodeFrame(f: Uint8Array, o?: object): { events: unknown[] };
  decodeFetchResult(b: Uint8Array): { messages: unknown[] };
  decodeMessage(m: string, p: Uint8Array): { msgId: string };
  decodePushFrame(f: Uint8Array): { payload: Uint8Array };
  inflate(p: Uint8Array): Uint8Array;
};
const dec = (b: Build) => b.decoders as unknown as Decoders;

const corpus = buildCorpus(5000);
const bodies = corpus.frames.map((f) => dec(builds[1]!).inflate(dec(builds[1]!).decodePushFrame(f).payload));
const real = existsSync(EVENTS_DIR) ? loadRealPayloads().map((p) => ({ method: p.method, payload: Buffer.from(p.payload) })) : [];
let sink = 0;

const work: Record<string, (b: Build) => () => void> = {
  'decodeFrame (defaults)': (b) => () => {
    for (const f of corpus.frames) sink += dec(b).decodeFrame(f).events.length;
  },
  'decodeFrame, rawMessages: false': (b) => () => {
    for (const f of corpus.frames) sink += dec(b).decodeFrame(f, { rawMessages: false }).events.length;
  },
  'decodeFetchResult (inflated bodies)': (b) => () => {
    for (const body of bodies) sink += dec(b).decodeFetchResult(body).messages.length;
  },
  ...(real.length
    ? {
        [`decodeMessage, ${real.length} real payloads ×10`]: (b: Build) => () => {
          for (let i = 0; i < 10; i++) for (const p of real) sink += dec(b).decodeMessage(p.method, p.payload).msgId.length;
        },
      }
    : {}),
};

const rows: BenchRow[] = [];
for (const [name, make] of Object.entries(work)) {
  const run = measureInterleaved(Object.fromEntries(builds.map((b) => [b.name, make(b)])), { rounds });
  rows.push({ name: `decode: ${name}`, otherMs: run.medians.other!, thisMs: run.medians.this!, ratio: run.ratios.this!, quartiles: run.spread.this!.join('–') });
}

const events = gifts(1_000_000);
const drain = (b: Build, ops: (rx: typeof import('rxjs')) => unknown[]) => () => {
  let n = 0;
  const source = b.rxjs.from(events) as unknown as { pipe(...f: unknown[]): { subscribe(f: () => void): void } };
  source.pipe(...ops(b.rxjs)).subscribe(() => n++);
  sink += n;
};
type Operators = { comboEnd(): unknown; leaderboard(o: { top: number }): unknown };
const ops = (b: Build) => b.operators as unknown as Operators;
const operatorWork: Record<string, (b: Build) => () => void> = {
  comboEnd: (b) => drain(b, () => [ops(b).comboEnd()]),
  leaderboard: (b) => drain(b, () => [ops(b).leaderboard({ top: 10 })]),
  'comboEnd + leaderboard': (b) => drain(b, () => [ops(b).comboEnd(), ops(b).leaderboard({ top: 10 })]),
};
for (const [name, make] of Object.entries(operatorWork)) {
  const run = measureInterleaved(Object.fromEntries(builds.map((b) => [b.name, make(b)])), { rounds: Math.min(rounds, 7) });
  rows.push({ name: `operators: ${name} over 1,000,000 gifts`, otherMs: run.medians.other!, thisMs: run.medians.this!, ratio: run.ratios.this!, quartiles: run.spread.this!.join('–') });
}
if (sink === 0) throw new Error('benchmark optimised away');
console.table(rows);
