export interface Measurement {
  name: string;
  medianMs: number;
  runs: number[];
}

export type BenchRow = Record<string, string | number>;

/** Runs fn a few times after warm-up and keeps the median: this machine is shared and noisy. */
export function measure(name: string, fn: () => void, { warmup = 2, runs = 7 } = {}): Measurement {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { name, medianMs: Number(sorted[Math.floor(sorted.length / 2)]!.toFixed(2)), runs: times.map((t) => Number(t.toFixed(2))) };
}

/**
 * Runs several candidates in turn, round after round (after warm-up), so a burst
 * of load from other jobs hits all of them alike instead of one block of runs.
 * With `--expose-gc`, the heap is collected before each timed run.
 * Returns each candidate's median and, for each candidate against the first (the
 * baseline), the median of the per-round ratios: on a shared machine that paired
 * ratio moves far less than a ratio of two medians taken at different times.
 */
export function measureInterleaved(
  candidates: Record<string, () => void>,
  { warmup = 2, rounds = 15 } = {},
): { medians: Record<string, number>; ratios: Record<string, number>; spread: Record<string, [number, number]>; times: Record<string, number[]> } {
  const names = Object.keys(candidates);
  for (let i = 0; i < warmup; i++) for (const name of names) candidates[name]!();
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      // Each candidate starts from a collected heap, so it pays for the collections its own
      // garbage causes, not for what the candidate before it left behind.
      collectGarbage?.({ type: 'minor' });
      const t0 = performance.now();
      candidates[name]!();
      times[name]!.push(performance.now() - t0);
    }
  }
  const base = times[names[0]!]!;
  const medians: Record<string, number> = {};
  const ratios: Record<string, number> = {};
  const spread: Record<string, [number, number]> = {};
  for (const name of names) {
    medians[name] = Number(median(times[name]!).toFixed(2));
    const paired = pairedRatio(times[name]!, base);
    ratios[name] = paired.ratio;
    spread[name] = paired.quartiles;
  }
  return { medians, ratios, spread, times };
}

/** `global.gc`, exposed when node runs with `--expose-gc` (as `npm run bench` does). */
const collectGarbage = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/** The median and interquartile range of the per-round ratios of two interleaved candidates' times. */
export function pairedRatio(times: number[], baseline: number[]): { ratio: number; quartiles: [number, number] } {
  const perRound = times.map((t, i) => t / baseline[i]!).sort((a, b) => a - b);
  const at = (q: number) => Number(perRound[Math.floor(q * perRound.length)]!.toFixed(2));
  return { ratio: at(0.5), quartiles: [at(0.25), at(0.75)] };
}
