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
  return (await time(work)).wallMs;
}

export interface Timing {
  wallMs: number;
  /** User + system CPU time of the whole process (all threads, so parallel GC counts too). */
  cpuMs: number;
}

export async function time(work: () => unknown): Promise<Timing> {
  collectGarbage();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await work();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

export interface Comparison {
  /** Median wall-clock milliseconds of the measured work. */
  subjectMs: number;
  /** Median wall-clock milliseconds of the baseline. */
  baselineMs: number;
  /** Median of the per-pair wall-clock ratios subject / baseline (each pair ran back to back). */
  ratio: number;
  /**
   * The same from CPU time. On a machine shared with other work, wall time also counts the
   * moments the process waited for a core; CPU time does not (but counts GC helper threads).
   */
  cpuRatio: number;
  runs: number;
  subjectRunsMs: number[];
  baselineRunsMs: number[];
  subjectCpuMs: number[];
  baselineCpuMs: number[];
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
  const s: Timing[] = [];
  const b: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      s.push(await time(subject));
      b.push(await time(baseline));
    } else {
      b.push(await time(baseline));
      s.push(await time(subject));
    }
  }
  const pairRatio = (k: keyof Timing): number => round(median(s.map((v, i) => v[k] / b[i][k])), 3);
  return {
    subjectMs: round(median(s.map((v) => v.wallMs))),
    baselineMs: round(median(b.map((v) => v.wallMs))),
    ratio: pairRatio("wallMs"),
    cpuRatio: pairRatio("cpuMs"),
    runs,
    subjectRunsMs: s.map((v) => round(v.wallMs)),
    baselineRunsMs: b.map((v) => round(v.wallMs)),
    subjectCpuMs: s.map((v) => round(v.cpuMs)),
    baselineCpuMs: b.map((v) => round(v.cpuMs)),
  };
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
