import { scaleLinear, scalePoint } from "d3-scale";
import type { BarChartView, LineChartView } from "./view";

/**
 * Chart geometry is computed on the server with d3 and sent to the page as plain numbers
 * and path strings: the browser gets SVG without any chart library (no client JS needed,
 * CSP-safe, and d3 stays out of the client bundle).
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

/** Rounds to 0.1 px: shorter paths, and no floating-point noise in the markup. */
const r = (n: number) => Math.round(n * 10) / 10;

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
  const yMax = Math.max(yMaxAtLeast, ...values);
  const y = scaleLinear()
    .domain([yMin, yMax])
    .nice(5)
    .range([height - MARGIN.bottom, MARGIN.top]);
  const x = scalePoint<number>()
    .domain(xs.map((_, i) => i))
    .range([MARGIN.left, width - MARGIN.right])
    .padding(xs.length === 1 ? 1 : 0.25);
  return {
    width,
    height,
    plot: { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom },
    xTicks: xs.map((value, i) => ({ value, x: r(x(i) ?? 0) })),
    yTicks: wholeIf([yMin, ...values])(y.ticks(5)).map((value) => ({ value, y: r(y(value)) })),
    // Each figure's height once: the page draws the line and its markers from these (view.ts).
    series: series.map((s) => ({
      id: s.id,
      ys: s.values.map((value) => (value !== null && Number.isFinite(value) ? r(y(value)) : null)),
      joined: s.connectGaps ?? false,
      values: [...s.values],
    })),
  };
}

/**
 * Horizontal bars, one per category, each with its label on a line of its own above the
 * bar: long Danish labels stay readable when the chart shrinks to a phone's width.
 */
export function barChartView<Id extends string>(input: { bars: readonly { id: Id; value: number }[]; width?: number }): BarChartView<Id> {
  const { bars, width = 480 } = input;
  const row = { label: 20, bar: 18, gap: 12 };
  const rowHeight = row.label + row.bar + row.gap;
  const left = 4;
  const axisY = 8 + Math.max(1, bars.length) * rowHeight;
  const height = axisY + 28;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const x = scaleLinear()
    .domain([0, max])
    .nice(5)
    .range([left, width - 56]);
  return {
    width,
    height,
    axisY,
    xTicks: wholeIf(bars.map((b) => b.value))(x.ticks(5)).map((value) => ({ value, x: r(x(value)) })),
    bars: bars.map((b, i) => {
      const top = 8 + i * rowHeight;
      return { id: b.id, value: b.value, x: left, labelY: top + row.label - 5, y: top + row.label, width: r(x(Math.max(0, b.value)) - left), height: row.bar };
    }),
  };
}
