import { line } from "d3-shape";
import { describe, expect, it } from "vitest";
import { d3Bars, d3Line } from "./d3-reference";
import { barChartView, lineChartView } from "./layout.server";
import { barGeometry, lineGeometry, linePath, linePoints, type LineChartView } from "./view";

const pointsOf = (view: LineChartView, i: number) => linePoints(lineGeometry(view).xTicks, lineGeometry(view).ys[i]!, view.series[i]!.values);
const pathOf = (view: LineChartView, i: number) => linePath(lineGeometry(view).xTicks, lineGeometry(view).ys[i]!, view.series[i]!.joined);

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
    const { yTicks } = lineGeometry(view);
    expect(yTicks[0]!.value).toBe(0);
    const top = yTicks.at(-1)!.value;
    expect(top).toBeGreaterThanOrEqual(15);
    expect(yTicks.every((tick) => tick.y >= view.plot.top && tick.y <= view.plot.bottom)).toBe(true);
  });

  it("keeps the requested axis height when the data is lower (37 hours reads as 37 hours)", () => {
    const hours = lineChartView({ xs: ["a"], series: [{ id: "h", values: [5] }], yMaxAtLeast: 37 });
    expect(hours.yTicks.at(-1)!).toBeGreaterThanOrEqual(37);
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
      const { xTicks, ys } = lineGeometry(view);
      const points = xTicks.map((tick, i) => ({ x: tick.x, y: ys[0]![i]! }));
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
    const view = barGeometry(barChartView({ bars: [{ id: "distance", value: 2 }, { id: "hours", value: 6 }, { id: "other", value: 0 }] }));
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

describe("positions worked out on the page (decision 061)", () => {
  let seed = 61;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const figure = (scale: number, whole: boolean) => (whole ? Math.round(random() * scale) : Math.round(random() * scale * 100) / 100);

  it("are d3's, for line charts of every length, scale, gap and axis floor", () => {
    for (let round = 0; round < 2000; round++) {
      const n = 1 + Math.floor(random() * 60);
      const scale = [1, 5, 37, 120, 4000, 0.3][round % 6]!;
      const whole = random() < 0.5;
      const series = Array.from({ length: 1 + Math.floor(random() * 3) }, () => Array.from({ length: n }, () => (random() < 0.25 ? null : figure(scale, whole))));
      const yMin = random() < 0.2 ? 1 : 0;
      const yMaxAtLeast = [1, 4, 5, 37][Math.floor(random() * 4)]!;
      const [width, height] = random() < 0.8 ? [480, 260] : [320 + Math.floor(random() * 400), 180 + Math.floor(random() * 200)];
      const xs = Array.from({ length: n }, (_, i) => i + 1);
      const view = lineChartView({ xs, series: series.map((values, i) => ({ id: `s${i}`, values })), yMin, yMaxAtLeast, width, height });
      expect(lineGeometry(view)).toEqual(d3Line(xs, series, yMin, yMaxAtLeast, width, height));
    }
  });

  it("are d3's for bar charts", () => {
    for (let round = 0; round < 1000; round++) {
      const scale = [1, 3, 12, 250, 9000, 0.5][round % 6]!;
      const whole = random() < 0.6;
      const bars = Array.from({ length: Math.floor(random() * 9) }, (_, i) => ({ id: `b${i}`, value: figure(scale, whole) }));
      const width = random() < 0.8 ? 480 : 300 + Math.floor(random() * 400);
      expect(barGeometry(barChartView({ bars, width }))).toEqual(d3Bars(bars, width));
    }
  });

  it("are worked out once per view: a page's second render reuses them", () => {
    const view = lineChartView({ xs: [1, 2], series: [{ id: "s", values: [1, 2] }] });
    expect(lineGeometry(view)).toBe(lineGeometry(view));
    expect(lineGeometry({ ...view })).not.toBe(lineGeometry(view));
  });
});
