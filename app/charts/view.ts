/**
 * What a chart's loader sends to the page: the figures and the axes' scales, no functions and
 * no positions. The page works out every position from them (`lineGeometry`, `barGeometry`),
 * on the server and again at hydration, with the arithmetic of d3's linear and point scales:
 * the same numbers d3 gave when the loader sent them (layout.test.ts compares the two).
 * Sending the positions as well repeated each figure in the page's data: first as the SVG path,
 * every point and the value (decision 051), then as a y position beside the value (052), now
 * once (061).
 */

export interface LineChartView<X extends string | number = string | number, Id extends string = string> {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** The x positions' values, in order: the axis's ticks and the table's rows. */
  xs: X[];
  /** The y axis's domain, made nice (d3's `nice(5)`); the plot's bottom is its first value. */
  yDomain: [number, number];
  /** The values of the y axis's ticks. */
  yTicks: number[];
  series: {
    id: Id;
    /** The figures as given, aligned with xs; null where there is no figure. */
    values: (number | null)[];
    /** Drawn across missing figures (figures reported every second week); the table still shows the gap. */
    joined?: true;
  }[];
}

export interface LineGeometry<X extends string | number = string | number> {
  xTicks: { value: X; x: number }[];
  yTicks: { value: number; y: number }[];
  /** Each series' y positions, aligned with xTicks; null where there is no figure. */
  ys: (number | null)[][];
}

/** Rounds to 0.1 px: shorter paths, and no floating-point noise in the markup. */
const round = (n: number) => Math.round(n * 10) / 10;

/** d3's continuous scale between two numbers (scaleLinear with a two-value domain and range, no clamp). */
function linear(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [a, b, from, span] = d1 < d0 ? [range[1], range[0], d1, d0 - d1] : [range[0], range[1], d0, d1 - d0];
  const t = span ? (x: number) => (x - from) / span : () => (isNaN(span) ? NaN : 0.5);
  return (x) => {
    const u = t(x);
    return a * (1 - u) + b * u;
  };
}

/** d3's point scale over n positions with the given outer padding (align 0.5, no rounding). */
function points(n: number, start: number, stop: number, padding: number): number[] {
  const step = (stop - start) / Math.max(1, n - 1 + padding * 2);
  const first = start + (stop - start - step * (n - 1)) * 0.5;
  return Array.from({ length: n }, (_, i) => first + step * i);
}

/** A lone x position sits in the middle; several keep a quarter step free at the ends. */
const xPadding = (n: number) => (n === 1 ? 1 : 0.25);

/** What `make` answers for a view, made on the first call and kept while the view lives. */
function keptFor<V extends object, T>(kept: WeakMap<V, T>, view: V, make: () => T): T {
  let value = kept.get(view);
  if (value === undefined) kept.set(view, (value = make()));
  return value;
}

const lineGeometries = new WeakMap<LineChartView, LineGeometry>();

/** Every position of a line chart, worked out once per view (the view is the loader's data: the same object for every render of a page). */
export function lineGeometry<X extends string | number>(view: LineChartView<X>): LineGeometry<X> {
  return keptFor(lineGeometries, view, (): LineGeometry<X> => {
    const y = linear(view.yDomain, [view.plot.bottom, view.plot.top]);
    const xs = points(view.xs.length, view.plot.left, view.plot.right, xPadding(view.xs.length));
    return {
      xTicks: view.xs.map((value, i) => ({ value, x: round(xs[i]!) })),
      yTicks: view.yTicks.map((value) => ({ value, y: round(y(value)) })),
      ys: view.series.map((s) => s.values.map((v) => (v !== null && Number.isFinite(v) ? round(y(v)) : null))),
    };
  }) as LineGeometry<X>;
}

/** The figures' markers: one per figure that is there, at its x tick. */
export function linePoints<X extends string | number>(xTicks: readonly { value: X; x: number }[], ys: readonly (number | null)[], values: readonly (number | null)[]): { x: number; y: number; value: number; xValue: X }[] {
  const found: { x: number; y: number; value: number; xValue: X }[] = [];
  ys.forEach((y, i) => {
    const value = values[i];
    if (y !== null && value !== null && value !== undefined) found.push({ x: xTicks[i]!.x, y, value, xValue: xTicks[i]!.value });
  });
  return found;
}

/**
 * The line as an SVG path, as d3's linear line draws it: a piece per run of figures, broken
 * where one is missing unless the series is joined; a lone figure is a closed one-point piece
 * ("M x,yZ", drawn by its marker).
 */
export function linePath(xTicks: readonly { x: number }[], ys: readonly (number | null)[], joined?: boolean): string {
  let d = "";
  let run = 0;
  const end = () => {
    if (run === 1) d += "Z";
    run = 0;
  };
  ys.forEach((y, i) => {
    if (y === null) {
      if (!joined) end();
      return;
    }
    d += `${run === 0 ? "M" : "L"}${xTicks[i]!.x},${y}`;
    run++;
  });
  end();
  return d;
}

export interface BarChartView<Id extends string = string> {
  width: number;
  /** The value axis's domain, made nice (d3's `nice(5)`); bars start at its first value. */
  xDomain: [number, number];
  /** The values of the value axis's ticks. */
  xTicks: number[];
  bars: { id: Id; value: number }[];
}

export interface BarGeometry<Id extends string = string> {
  height: number;
  axisY: number;
  xTicks: { value: number; x: number }[];
  /** labelY: the baseline of the category's label, on its own line above the bar. */
  bars: { id: Id; value: number; x: number; labelY: number; y: number; width: number; height: number }[];
}

/** A bar's row: its label on a line of its own above the bar (long Danish labels stay readable on a phone). */
const ROW = { label: 20, bar: 18, gap: 12 } as const;
const BAR_LEFT = 4;
/** Room right of the longest bar for its figure. */
const BAR_RIGHT = 56;

const barGeometries = new WeakMap<BarChartView, BarGeometry>();

/** Every position of a bar chart, worked out once per view. */
export function barGeometry<Id extends string>(view: BarChartView<Id>): BarGeometry<Id> {
  return keptFor(barGeometries, view, (): BarGeometry<Id> => {
    const rowHeight = ROW.label + ROW.bar + ROW.gap;
    const axisY = 8 + Math.max(1, view.bars.length) * rowHeight;
    const x = linear(view.xDomain, [BAR_LEFT, view.width - BAR_RIGHT]);
    return {
      height: axisY + 28,
      axisY,
      xTicks: view.xTicks.map((value) => ({ value, x: round(x(value)) })),
      bars: view.bars.map((b, i) => {
        const top = 8 + i * rowHeight;
        return { id: b.id, value: b.value, x: BAR_LEFT, labelY: top + ROW.label - 5, y: top + ROW.label, width: round(x(Math.max(0, b.value)) - BAR_LEFT), height: ROW.bar };
      }),
    };
  }) as BarGeometry<Id>;
}

/**
 * A series' markers as one path: a circle, a square, a triangle or a diamond by the series'
 * place, at every point (one element instead of one per figure, decision 061). The shapes are
 * the ones the separate elements drew: a circle of radius 4, an 8 px square, a triangle and a
 * diamond 10 px across.
 */
export function markerPath(shape: number, at: readonly { x: number; y: number }[]): string {
  let d = "";
  for (const { x, y } of at) {
    switch (shape % 4) {
      case 1:
        d += `M${x - 4},${y - 4}h8v8h-8Z`;
        break;
      case 2:
        d += `M${x},${y - 5}L${x + 5},${y + 4}L${x - 5},${y + 4}Z`;
        break;
      case 3:
        d += `M${x},${y - 5}L${x + 5},${y}L${x},${y + 5}L${x - 5},${y}Z`;
        break;
      default:
        d += `M${x - 4},${y}a4,4 0 1,0 8,0a4,4 0 1,0 -8,0`;
    }
  }
  return d;
}

/** Lines from one edge to the other at each position, as one path: "H" across (a y axis's grid), "V" down (an x axis's grid, a chart's marks). */
export function rulePath(direction: "H" | "V", at: readonly number[], from: number, to: number): string {
  let d = "";
  for (const p of at) d += direction === "H" ? `M${from},${p}H${to}` : `M${p},${from}V${to}`;
  return d;
}

/** What a line chart draws as paths: the y grid, and each series' line and markers (one path each, decision 061). */
export interface LinePaths {
  grid: string;
  lines: string[];
  /** "" for a series without figures (no element is drawn). */
  markers: string[];
}

const linePathsKept = new WeakMap<LineChartView, LinePaths>();

/**
 * A line chart's paths, drawn once per view like its geometry (decision 068): the dashboard's
 * views are kept with its figures (decision 052), so a repeat view no longer builds the same
 * strings again. A view made anew (the page's data at hydration) draws them afresh.
 */
export function linePaths(view: LineChartView): LinePaths {
  return keptFor(linePathsKept, view, () => {
    const g = lineGeometry(view);
    return {
      grid: rulePath("H", g.yTicks.map((tick) => tick.y), view.plot.left, view.plot.right),
      lines: view.series.map((series, i) => linePath(g.xTicks, g.ys[i]!, series.joined)),
      markers: view.series.map((series, i) => markerPath(i, linePoints(g.xTicks, g.ys[i]!, series.values))),
    };
  });
}

/** What a bar chart draws as paths: the x grid and the bars ("" without bars: no element is drawn). */
export interface BarPaths {
  grid: string;
  bars: string;
}

const barPathsKept = new WeakMap<BarChartView, BarPaths>();

/** A bar chart's paths, drawn once per view (as `linePaths`). A bar is at least 1 px wide, so a zero still shows. */
export function barPaths(view: BarChartView): BarPaths {
  return keptFor(barPathsKept, view, () => {
    const g = barGeometry(view);
    return {
      grid: rulePath("V", g.xTicks.map((tick) => tick.x), 0, g.axisY),
      bars: g.bars.map((bar) => `M${bar.x},${bar.y}h${Math.max(bar.width, 1)}v${bar.height}h${-Math.max(bar.width, 1)}Z`).join(""),
    };
  });
}

/** Each series' marker in a legend, centred in its 36 × 12 swatch: the same four strings on every chart. */
export const LEGEND_MARKERS: readonly string[] = [0, 1, 2, 3].map((shape) => markerPath(shape, [{ x: 18, y: 6 }]));
