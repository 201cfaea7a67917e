import { scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { describe, expect, it } from "vitest";
import { barChartView, lineChartView } from "./layout.server";
import { seriesPath, seriesPoints } from "./view";

describe("line chart layout", () => {
  const view = lineChartView({
    xs: [1, 2, 3, 4],
    series: [
      { id: "planned", values: [8, 10, 12, 15] },
      { id: "actual", values: [8, null, 11, 14] },
    ],
    yMaxAtLeast: 10,
  });

  it("places higher values higher up and later weeks further right", () => {
    const planned = seriesPoints(view, view.series[0]!);
    expect(planned.map((p) => p.xValue)).toEqual([1, 2, 3, 4]);
    for (let i = 1; i < planned.length; i++) {
      expect(planned[i]!.x).toBeGreaterThan(planned[i - 1]!.x);
      expect(planned[i]!.y).toBeLessThan(planned[i - 1]!.y);
    }
  });

  it("leaves a gap where a value is missing instead of drawing it as zero", () => {
    const actual = view.series[1]!;
    expect(seriesPoints(view, actual).map((p) => p.xValue)).toEqual([1, 3, 4]);
    expect(actual.values).toEqual([8, null, 11, 14]);
    // two separate pieces: a lone point, then a line from week 3 to 4
    expect(seriesPath(view, actual).match(/M/g)).toHaveLength(2);
  });

  it("draws across missing values when asked, and still reports them as missing", () => {
    const chart = lineChartView({ xs: [1, 2, 3, 4], series: [{ id: "worked", values: [8, null, 11, 14], connectGaps: true }] });
    const joined = chart.series[0]!;
    expect(seriesPath(chart, joined).match(/M/g)).toHaveLength(1);
    expect(joined.values).toEqual([8, null, 11, 14]);
    expect(seriesPoints(chart, joined).map((p) => p.xValue)).toEqual([1, 3, 4]);
  });

  it("starts the axis at zero and rounds its top to a nice value that holds every point", () => {
    expect(view.yTicks[0]!.value).toBe(0);
    const top = view.yTicks.at(-1)!.value;
    expect(top).toBeGreaterThanOrEqual(15);
    expect(view.yTicks.every((tick) => tick.y >= view.plot.top && tick.y <= view.plot.bottom)).toBe(true);
  });

  it("keeps the requested axis height when the data is lower (37 hours reads as 37 hours)", () => {
    const hours = lineChartView({ xs: ["a"], series: [{ id: "h", values: [5] }], yMaxAtLeast: 37 });
    expect(hours.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(37);
  });

  it("refuses a series that does not line up with the x positions", () => {
    expect(() => lineChartView({ xs: [1, 2], series: [{ id: "x", values: [1] }] })).toThrow(/1 values for 2/);
  });

  it("draws nothing for a series without figures", () => {
    const empty = lineChartView({ xs: [1, 2], series: [{ id: "x", values: [null, null] }] });
    expect(seriesPath(empty, empty.series[0]!)).toBe("");
    expect(seriesPoints(empty, empty.series[0]!)).toEqual([]);
  });

  // The page draws each line from its figures' heights (the path and the points were both sent
  // before): the markup must be what d3's line() wrote, for every pattern of gaps.
  it("draws the same path as d3's line() did, joined or not, for every pattern of missing figures", () => {
    const xs = [1, 2, 3, 4, 5, 6];
    for (let mask = 0; mask < 2 ** xs.length; mask++) {
      const values = xs.map((_, i) => (mask & (1 << i) ? null : 3 + ((i * 7) % 5) + i / 3));
      for (const connectGaps of [false, true]) {
        const chart = lineChartView({ xs, series: [{ id: "s", values, connectGaps }], yMaxAtLeast: 12 });
        const r = (n: number) => Math.round(n * 10) / 10;
        const x = scalePoint<number>().domain(xs.map((_, i) => i)).range([chart.plot.left, chart.width - 16]).padding(0.25);
        const y = (v: number) => chart.plot.bottom - ((v - chart.yTicks[0]!.value) / (chart.yTicks.at(-1)!.value - chart.yTicks[0]!.value)) * (chart.plot.bottom - chart.plot.top);
        const points = values.map((value, i) => ({ i, value }));
        const drawn = connectGaps ? points.filter((p) => p.value !== null) : points;
        const d3 = line<{ i: number; value: number | null }>()
          .defined((d) => d.value !== null)
          .x((d) => r(x(d.i)!))
          .y((d) => r(y(d.value!)))(drawn) ?? "";
        expect(seriesPath(chart, chart.series[0]!)).toBe(d3);
        expect(seriesPoints(chart, chart.series[0]!).map((p) => [p.x, p.y])).toEqual(
          points.filter((p) => p.value !== null).map((p) => [r(x(p.i)!), r(y(p.value!))]),
        );
      }
    }
  });
});

describe("bar chart layout", () => {
  it("gives longer bars to larger values, each label above its bar, and room for the axis", () => {
    const view = barChartView({ bars: [{ id: "distance", value: 2 }, { id: "hours", value: 6 }, { id: "other", value: 0 }] });
    const [distance, hours, other] = view.bars;
    expect(hours!.width).toBeGreaterThan(distance!.width);
    expect(other!.width).toBe(0);
    expect(distance!.width / hours!.width).toBeCloseTo(2 / 6, 1);
    for (const bar of view.bars) expect(bar.labelY).toBeLessThan(bar.y);
    expect(hours!.y).toBeGreaterThan(distance!.y + distance!.height);
    expect(view.axisY).toBeGreaterThan(other!.y + other!.height);
    expect(view.height).toBeGreaterThan(view.axisY);
  });
});
