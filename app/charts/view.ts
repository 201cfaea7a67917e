/** What a chart's loader sends to the page: geometry and the figures, no functions. */

export interface LineChartView<X extends string | number = string | number, Id extends string = string> {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { value: X; x: number }[];
  yTicks: { value: number; y: number }[];
  series: {
    id: Id;
    /**
     * The height of each figure on the chart, aligned with xTicks; null where there is none.
     * The line and its markers are drawn from these and the ticks' x (`seriesPoints`,
     * `seriesPath`): the page used to be sent each line twice, as a path and as its points.
     */
    ys: (number | null)[];
    /** The line goes across missing figures (figures reported every second week). */
    joined: boolean;
    /** The figures as given, aligned with xTicks: the table beside the chart shows these. */
    values: (number | null)[];
  }[];
}

type Series = LineChartView["series"][number];

/** A series' markers: one per figure, where the line passes. */
export function seriesPoints<X extends string | number>(view: Pick<LineChartView<X>, "xTicks">, series: Pick<Series, "ys">): { x: number; y: number; xValue: X }[] {
  const points: { x: number; y: number; xValue: X }[] = [];
  series.ys.forEach((y, i) => {
    if (y !== null) points.push({ x: view.xTicks[i]!.x, y, xValue: view.xTicks[i]!.value });
  });
  return points;
}

/**
 * A series' line as an SVG path, written as d3-shape's `line()` with its linear curve writes it
 * (layout.test.ts compares them): a piece of line per run of figures ("M x,y L x,y …"), a lone
 * figure as "M x,yZ"; across the gaps when the series is joined; "" without figures.
 */
export function seriesPath(view: Pick<LineChartView, "xTicks">, series: Pick<Series, "ys" | "joined">): string {
  let path = "";
  let run = 0;
  series.ys.forEach((y, i) => {
    if (y === null) {
      if (series.joined) return;
      if (run === 1) path += "Z";
      run = 0;
      return;
    }
    path += `${run === 0 ? "M" : "L"}${view.xTicks[i]!.x},${y}`;
    run++;
  });
  if (run === 1) path += "Z";
  return path;
}

export interface BarChartView<Id extends string = string> {
  width: number;
  height: number;
  axisY: number;
  xTicks: { value: number; x: number }[];
  /** labelY: the baseline of the category's label, on its own line above the bar. */
  bars: { id: Id; value: number; x: number; labelY: number; y: number; width: number; height: number }[];
}
