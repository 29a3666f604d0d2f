import { growthPerDoubling, Timing } from "../../bench/synth/growth";

const t = (wallMs: number, cpuMs = wallMs): Timing => ({ wallMs, cpuMs });

describe("growthPerDoubling (bench/synth)", () => {
  it("takes the median of the per-repeat ratios, so one slow timing does not decide", () => {
    // Repeat 2 has a slow 400: its ratio (3.0) is the outlier; repeats 1 and 3 read 2.0 and 1.9.
    const rows = growthPerDoubling(
      [100, 200, 400],
      [
        [t(1000), t(1100), t(1000)],
        [t(2000), t(2000), t(2100)],
        [t(4000, 4200), t(6000), t(3990)],
      ],
    );
    expect(rows.map((r) => [r.from, r.to])).toEqual([
      [100, 200],
      [200, 400],
    ]);
    expect(rows[1].wall).toBeCloseTo(2.0);
    expect(rows[1].cpu).toBeCloseTo(2.1);
    expect(rows[1].repeats.map((r) => r.wall)).toEqual([2, 3, 1.9]);
    expect(rows[0].wall).toBeCloseTo(2.0);
  });

  it("pairs only sizes that double", () => {
    expect(growthPerDoubling([100, 300], [[t(1)], [t(3)]])).toEqual([]);
  });

  it("refuses sizes with different repeat counts", () => {
    expect(() => growthPerDoubling([100, 200], [[t(1), t(1)], [t(2)]])).toThrow(/sizes 100 and 200 need the same number of repeats/);
    expect(() => growthPerDoubling([100, 200], [[t(1)]])).toThrow(/2 sizes but timings for 1/);
  });
});
