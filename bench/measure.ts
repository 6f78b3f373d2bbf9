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
