import { line } from "d3-shape";
import { describe, expect, it } from "vitest";
import { barChartView, lineChartView } from "./layout.server";
import { linePath, linePoints, type LineChartView } from "./view";

const pointsOf = (view: LineChartView, i: number) => linePoints(view.xTicks, view.series[i]!);
const pathOf = (view: LineChartView, i: number) => linePath(view.xTicks, view.series[i]!);

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
    const planned = pointsOf(view, 0);
    expect(planned.map((p) => p.value)).toEqual([8, 10, 12, 15]);
    for (let i = 1; i < planned.length; i++) {
      expect(planned[i]!.x).toBeGreaterThan(planned[i - 1]!.x);
      expect(planned[i]!.y).toBeLessThan(planned[i - 1]!.y);
    }
  });

  it("leaves a gap where a value is missing instead of drawing it as zero", () => {
    const actual = view.series[1]!;
    expect(pointsOf(view, 1).map((p) => p.xValue)).toEqual([1, 3, 4]);
    expect(actual.values).toEqual([8, null, 11, 14]);
    // two separate pieces: a lone point, then a line from week 3 to 4
    expect(pathOf(view, 1).match(/M/g)).toHaveLength(2);
  });

  it("draws across missing values when asked, and still reports them as missing", () => {
    const view = lineChartView({ xs: [1, 2, 3, 4], series: [{ id: "worked", values: [8, null, 11, 14], connectGaps: true }] });
    expect(pathOf(view, 0).match(/M/g)).toHaveLength(1);
    expect(view.series[0]!.values).toEqual([8, null, 11, 14]);
    expect(pointsOf(view, 0).map((p) => p.xValue)).toEqual([1, 3, 4]);
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
    expect(pathOf(empty, 0)).toBe("");
    expect(pointsOf(empty, 0)).toEqual([]);
  });

  it("draws the same path as d3's line did from the points, gaps and lone figures included (decision 052)", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(random() * 14);
      const values = Array.from({ length: n }, () => (random() < 0.3 ? null : Math.round(random() * 400) / 10));
      const joined = random() < 0.5;
      const view = lineChartView({ xs: values.map((_, i) => i), series: [{ id: "s", values, connectGaps: joined }], yMaxAtLeast: 5 });
      const points = view.xTicks.map((tick, i) => ({ x: tick.x, y: view.series[0]!.ys[i]! }));
      const d3 = line<{ x: number; y: number | null }>()
        .defined((p) => p.y !== null)
        .x((p) => p.x)
        .y((p) => p.y!);
      const expected = d3(joined ? points.filter((p) => p.y !== null) : points) ?? "";
      expect(pathOf(view, 0)).toBe(expected);
      expect(pointsOf(view, 0).map((p) => [p.x, p.y, p.value])).toEqual(points.flatMap((p, i) => (p.y === null ? [] : [[p.x, p.y, values[i]]])));
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
