/**
 * Growth per doubling of N from repeated timings (pure; bench/synth/index.ts measures). Each
 * repeat times every size back to back; the growth is the median of the per-repeat ratios.
 */

/** Wall and CPU milliseconds of one synth into a fresh folder. */
export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Growth of the pattern's synth time from N to 2N: the median over the growth repeats of
 * t(2N)/t(N), each repeat timing every size back to back (see growthPerDoubling).
 */
export interface GrowthRow {
  readonly from: number;
  readonly to: number;
  readonly wall: number;
  readonly cpu: number;
  /** Every repeat's ratio, in run order (the spread of the median above). */
  readonly repeats: readonly GrowthTiming[];
  /** For information: the same growth from the medians of the overhead rows (interleaved with the baselines). */
  readonly fromRowMedians: GrowthTiming;
}

/** Growth factors wall and CPU. */
export interface GrowthTiming {
  readonly wall: number;
  readonly cpu: number;
}

/** t(b) / t(a), wall and CPU apart: how much longer `b` took than `a`. */
export const growthOf = (a: Timing, b: Timing): GrowthTiming => ({ wall: b.wallMs / a.wallMs, cpu: b.cpuMs / a.cpuMs });

/**
 * Growth per doubling from timings of every size in each repeat (`timings[size][repeat]`): for
 * each pair N → 2N in `counts`, the median over the repeats of t(2N)/t(N), wall and CPU apart.
 */
export function growthPerDoubling(counts: readonly number[], timings: readonly (readonly Timing[])[]): Omit<GrowthRow, "fromRowMedians">[] {
  if (timings.length !== counts.length) throw new Error(`growthPerDoubling: ${counts.length} sizes but timings for ${timings.length}`);
  const rows: Omit<GrowthRow, "fromRowMedians">[] = [];
  counts.forEach((from, i) => {
    const j = counts.indexOf(2 * from);
    if (j < 0) return;
    if (timings[i].length === 0 || timings[i].length !== timings[j].length)
      throw new Error(
        `growthPerDoubling: sizes ${from} and ${2 * from} need the same number of repeats (≥ 1), got ${timings[i].length} and ${timings[j].length}`,
      );
    const repeats = timings[i].map((a, r) => growthOf(a, timings[j][r]));
    rows.push({ from, to: 2 * from, wall: median(repeats.map((x) => x.wall)), cpu: median(repeats.map((x) => x.cpu)), repeats });
  });
  return rows;
}

/** A whole number ≥ 1 from `text`, or an error naming where it came from. */
export function wholeNumber(source: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bench/synth: ${source} must be whole numbers ≥ 1, got '${text}'`);
  return n;
}
