// Timing helpers shared by the measurements that compare two pieces of work in the same process.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A full collection before each timed run, when node runs with --expose-gc, so one run's garbage is not billed to the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

export async function timeMs(work: () => unknown): Promise<number> {
  collectGarbage();
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface Comparison {
  /** Median milliseconds of the measured work. */
  subjectMs: number;
  /** Median milliseconds of the baseline. */
  baselineMs: number;
  /** Median of the per-pair ratios subject / baseline (each pair ran back to back). */
  ratio: number;
  runs: number;
  subjectRunsMs: number[];
  baselineRunsMs: number[];
}

/**
 * Runs subject and baseline alternately (which one goes first alternates too), after one untimed
 * warm-up of each, and compares the medians. Pairing keeps a slow moment of a shared machine from
 * landing on one side only; the ratio is the median of the per-pair ratios.
 */
export async function compareAlternating(
  subject: () => unknown,
  baseline: () => unknown,
  runs: number,
): Promise<Comparison> {
  await subject();
  await baseline();
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      s.push(await timeMs(subject));
      b.push(await timeMs(baseline));
    } else {
      b.push(await timeMs(baseline));
      s.push(await timeMs(subject));
    }
  }
  const ratios = s.map((v, i) => v / b[i]);
  return {
    subjectMs: round(median(s)),
    baselineMs: round(median(b)),
    ratio: round(median(ratios), 3),
    runs,
    subjectRunsMs: s.map((v) => round(v)),
    baselineRunsMs: b.map((v) => round(v)),
  };
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
