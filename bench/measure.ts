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
 * Returns each candidate's median and, for each candidate against the first (the
 * baseline), the median of the per-round ratios: on a shared machine that paired
 * ratio moves far less than a ratio of two medians taken at different times.
 */
export function measureInterleaved(
  candidates: Record<string, () => void>,
  { warmup = 2, rounds = 15 } = {},
): { medians: Record<string, number>; ratios: Record<string, number>; spread: Record<string, [number, number]> } {
  const names = Object.keys(candidates);
  for (let i = 0; i < warmup; i++) for (const name of names) candidates[name]!();
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const t0 = performance.now();
      candidates[name]!();
      times[name]!.push(performance.now() - t0);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const quartiles = (xs: number[]): [number, number] => {
    const s = [...xs].sort((a, b) => a - b);
    return [s[Math.floor(s.length / 4)]!, s[Math.floor((3 * s.length) / 4)]!];
  };
  const base = times[names[0]!]!;
  const medians: Record<string, number> = {};
  const ratios: Record<string, number> = {};
  const spread: Record<string, [number, number]> = {};
  for (const name of names) {
    medians[name] = Number(median(times[name]!).toFixed(2));
    const perRound = times[name]!.map((t, i) => t / base[i]!);
    ratios[name] = Number(median(perRound).toFixed(2));
    spread[name] = quartiles(perRound).map((x) => Number(x.toFixed(2))) as [number, number];
  }
  return { medians, ratios, spread };
}
