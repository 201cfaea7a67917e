import { scaleLinear, scalePoint } from "d3-scale";

/**
 * The layout as it was until decision 061: d3's scales placed every position on the server and
 * the loader sent them. The page now works them out from the figures and the nice domain
 * (view.ts); these must be the same numbers, to the last digit the markup shows.
 */
const r = (n: number) => Math.round(n * 10) / 10;
export function d3Line(xs: readonly number[], series: readonly (readonly (number | null)[])[], yMin: number, yMaxAtLeast: number, width: number, height: number) {
  const values = series.flatMap((s) => s.filter((v): v is number => v !== null && Number.isFinite(v)));
  const y = scaleLinear().domain([yMin, Math.max(yMaxAtLeast, ...values)]).nice(5).range([height - 44, 36]);
  const x = scalePoint<number>().domain(xs.map((_, i) => i)).range([44, width - 16]).padding(xs.length === 1 ? 1 : 0.25);
  const whole = [yMin, ...values].every(Number.isInteger);
  return {
    xTicks: xs.map((value, i) => ({ value, x: r(x(i) ?? 0) })),
    yTicks: y.ticks(5).filter((t) => !whole || Number.isInteger(t)).map((value) => ({ value, y: r(y(value)) })),
    ys: series.map((s) => s.map((v) => (v !== null && Number.isFinite(v) ? r(y(v)) : null))),
  };
}
export function d3Bars(bars: readonly { id: string; value: number }[], width: number) {
  const rowHeight = 50;
  const axisY = 8 + Math.max(1, bars.length) * rowHeight;
  const x = scaleLinear().domain([0, Math.max(1, ...bars.map((b) => b.value))]).nice(5).range([4, width - 56]);
  const whole = bars.every((b) => Number.isInteger(b.value));
  return {
    height: axisY + 28,
    axisY,
    xTicks: x.ticks(5).filter((t) => !whole || Number.isInteger(t)).map((value) => ({ value, x: r(x(value)) })),
    bars: bars.map((b, i) => ({ id: b.id, value: b.value, x: 4, labelY: 8 + i * rowHeight + 15, y: 8 + i * rowHeight + 20, width: r(x(Math.max(0, b.value)) - 4), height: 18 })),
  };
}
