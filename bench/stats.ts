// Timing and summary helpers. Times are milliseconds from performance.now().

export interface Summary {
  median: number;
  /** Nearest-rank 95th percentile: with fewer than 20 samples it is the slowest one. */
  p95: number;
  min: number;
  max: number;
  n: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (!samples.length) throw new Error('no samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
  return { median, p95, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

export interface Repetitions {
  /** Runs thrown away first, so the JIT has compiled the hot code. */
  warmup: number;
  /** Keep warming up until this much time has passed too (small inputs need many runs to settle). */
  warmupMs?: number;
  runs: number;
}

/** Something the optimiser cannot prove unused, so a measured call is never dropped. */
export let sink: unknown;

/** Times `fn` `runs` times after warming it up; returns one duration per run. */
export function timeRuns(fn: () => unknown, reps: Repetitions): number[] {
  const warmStart = performance.now();
  for (let i = 0; i < reps.warmup || performance.now() - warmStart < (reps.warmupMs ?? 0); i++) sink = fn();
  const samples: number[] = [];
  for (let i = 0; i < reps.runs; i++) {
    const start = performance.now();
    sink = fn();
    samples.push(performance.now() - start);
  }
  return samples;
}
