import { scaleLinear } from "d3-scale";
import type { BarChartView, LineChartView } from "./view";

/**
 * Chart scales are made nice on the server with d3 and sent to the page with the figures; the
 * page works out the positions (view.ts): the browser gets SVG without any chart library (no
 * client JS needed, CSP-safe, and d3 stays out of the client bundle).
 */

export interface LineSeriesInput<Id extends string = string> {
  id: Id;
  /** One value per x, in the same order; null where there is nothing (a gap in the line). */
  values: readonly (number | null)[];
  /** Draw the line across missing values (figures reported every second week); the table still shows the gap. */
  connectGaps?: boolean;
}

/** top: room for the y axis's name on a line of its own above the top tick's figure. */
const MARGIN = { top: 36, right: 16, bottom: 44, left: 44 } as const;

/** Counts are whole: an axis whose figures are all whole numbers gets no "0,2" ticks. */
const wholeIf = (values: readonly number[]) => (ticks: number[]) => (values.every(Number.isInteger) ? ticks.filter(Number.isInteger) : ticks);

/** The nice domain of [low, high] and its ticks, as d3 makes them (`nice(5)`, `ticks(5)`). */
function niceAxis(low: number, high: number, whole: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const scale = scaleLinear().domain([low, high]).nice(5);
  const [d0, d1] = scale.domain() as [number, number];
  return { domain: [d0, d1], ticks: wholeIf(whole)(scale.ticks(5)) };
}

export function lineChartView<X extends string | number, Id extends string>(input: {
  xs: readonly X[];
  series: readonly LineSeriesInput<Id>[];
  /** Lowest value on the y axis (default 0: hours, days and counts start at zero). */
  yMin?: number;
  /** Highest value on the axis at least this (e.g. 37 hours); the data may raise it. */
  yMaxAtLeast?: number;
  width?: number;
  height?: number;
}): LineChartView<X, Id> {
  const { xs, series, yMin = 0, yMaxAtLeast = 1, width = 480, height = 260 } = input;
  for (const s of series) {
    if (s.values.length !== xs.length) throw new Error(`series ${s.id} has ${s.values.length} values for ${xs.length} x positions`);
  }
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const y = niceAxis(yMin, Math.max(yMaxAtLeast, ...values), [yMin, ...values]);
  return {
    width,
    height,
    plot: { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom },
    xs: [...xs],
    yDomain: y.domain,
    yTicks: y.ticks,
    // The figures only: the page works out the path and the markers from them (view.ts).
    series: series.map((s) => ({ id: s.id, values: [...s.values], ...(s.connectGaps ? { joined: true as const } : {}) })),
  };
}

/**
 * Horizontal bars, one per category, each with its label on a line of its own above the
 * bar: long Danish labels stay readable when the chart shrinks to a phone's width.
 */
export function barChartView<Id extends string>(input: { bars: readonly { id: Id; value: number }[]; width?: number }): BarChartView<Id> {
  const { bars, width = 480 } = input;
  const x = niceAxis(0, Math.max(1, ...bars.map((b) => b.value)), bars.map((b) => b.value));
  return { width, xDomain: x.domain, xTicks: x.ticks, bars: bars.map((b) => ({ id: b.id, value: b.value })) };
}
