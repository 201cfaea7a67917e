/**
 * What a chart's loader sends to the page: geometry and the figures, no functions.
 *
 * A line's y positions are sent once, aligned with the x ticks; the page draws the line and its
 * markers from them (`linePath`, `linePoints`). Sending the SVG path and every point as well
 * repeated each figure three times in the page's data (decision 052).
 */

export interface LineChartView<X extends string | number = string | number, Id extends string = string> {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { value: X; x: number }[];
  yTicks: { value: number; y: number }[];
  series: {
    id: Id;
    /** Each figure's y position, aligned with xTicks; null where there is no figure. */
    ys: (number | null)[];
    /** Drawn across missing figures (figures reported every second week); the table still shows the gap. */
    joined?: true;
    /** The figures as given, aligned with xTicks: the table beside the chart shows these. */
    values: (number | null)[];
  }[];
}

type Series = LineChartView["series"][number];

/** The figures' markers: one per figure that is there, at its x tick. */
export function linePoints<X extends string | number>(xTicks: readonly { value: X; x: number }[], series: Series): { x: number; y: number; value: number; xValue: X }[] {
  const points: { x: number; y: number; value: number; xValue: X }[] = [];
  series.ys.forEach((y, i) => {
    const value = series.values[i];
    if (y !== null && value !== null && value !== undefined) points.push({ x: xTicks[i]!.x, y, value, xValue: xTicks[i]!.value });
  });
  return points;
}

/**
 * The line as an SVG path, as d3's linear line draws it: a piece per run of figures, broken
 * where one is missing unless the series is joined; a lone figure is a closed one-point piece
 * ("M x,yZ", drawn by its marker).
 */
export function linePath(xTicks: readonly { x: number }[], series: Series): string {
  let d = "";
  let run = 0;
  const end = () => {
    if (run === 1) d += "Z";
    run = 0;
  };
  series.ys.forEach((y, i) => {
    if (y === null) {
      if (!series.joined) end();
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
  height: number;
  axisY: number;
  xTicks: { value: number; x: number }[];
  /** labelY: the baseline of the category's label, on its own line above the bar. */
  bars: { id: Id; value: number; x: number; labelY: number; y: number; width: number; height: number }[];
}
