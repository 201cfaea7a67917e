/** What a chart's loader sends to the page: geometry and the figures, no functions. */

export interface LineChartView<X extends string | number = string | number, Id extends string = string> {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { value: X; x: number }[];
  yTicks: { value: number; y: number }[];
  series: {
    id: Id;
    /** SVG path; gaps where a value is missing. */
    path: string;
    points: { x: number; y: number; value: number; xValue: X }[];
    /** The figures as given, aligned with xTicks: the table beside the chart shows these. */
    values: (number | null)[];
  }[];
}

export interface BarChartView<Id extends string = string> {
  width: number;
  height: number;
  axisY: number;
  xTicks: { value: number; x: number }[];
  /** labelY: the baseline of the category's label, on its own line above the bar. */
  bars: { id: Id; value: number; x: number; labelY: number; y: number; width: number; height: number }[];
}
