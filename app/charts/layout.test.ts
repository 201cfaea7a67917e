import { describe, expect, it } from "vitest";
import { barChartView, lineChartView } from "./layout.server";

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
    const planned = view.series[0]!.points;
    expect(planned.map((p) => p.value)).toEqual([8, 10, 12, 15]);
    for (let i = 1; i < planned.length; i++) {
      expect(planned[i]!.x).toBeGreaterThan(planned[i - 1]!.x);
      expect(planned[i]!.y).toBeLessThan(planned[i - 1]!.y);
    }
  });

  it("leaves a gap where a value is missing instead of drawing it as zero", () => {
    const actual = view.series[1]!;
    expect(actual.points.map((p) => p.xValue)).toEqual([1, 3, 4]);
    expect(actual.values).toEqual([8, null, 11, 14]);
    // two separate pieces: a lone point, then a line from week 3 to 4
    expect(actual.path.match(/M/g)).toHaveLength(2);
  });

  it("draws across missing values when asked, and still reports them as missing", () => {
    const joined = lineChartView({ xs: [1, 2, 3, 4], series: [{ id: "worked", values: [8, null, 11, 14], connectGaps: true }] }).series[0]!;
    expect(joined.path.match(/M/g)).toHaveLength(1);
    expect(joined.values).toEqual([8, null, 11, 14]);
    expect(joined.points.map((p) => p.xValue)).toEqual([1, 3, 4]);
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
    expect(empty.series[0]!.path).toBe("");
    expect(empty.series[0]!.points).toEqual([]);
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
