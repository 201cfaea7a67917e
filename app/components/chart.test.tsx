import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { barChartView, lineChartView } from "~/charts/layout.server";
import { translator } from "~/i18n/translate";
import { d3Bars, d3Line } from "~/charts/d3-reference";
import { barGeometry, barPaths, lineGeometry, linePath, linePaths, linePoints, markerPath, rulePath, type BarChartView, type LineChartView } from "~/charts/view";
import { BarChart, LineChart } from "./chart";

vi.mock("~/i18n/use-t", () => ({ useLocale: () => "da", useT: () => translator("da") }));

describe("LineChart", () => {
  const view = lineChartView({
    xs: [1, 2, 3],
    series: [
      { id: "planned", values: [8, 10, 12.5] },
      { id: "actual", values: [8, null, 11] },
    ],
  });
  const html = renderToStaticMarkup(
    <LineChart
      view={view}
      title="Ugentlige timer"
      description="Planlagte og faktiske timer pr. uge"
      seriesLabel={(id) => (id === "planned" ? "Planlagt" : "Faktisk")}
      formatX={(week) => `Uge ${week}`}
      xLabel="Uge"
      yLabel="Timer"
      marks={[{ xValue: 2, label: "Timer hævet" }]}
    />,
  );

  it("is an image named by its title and description", () => {
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/);
    expect(html).toContain("<title");
    expect(html).toContain("Ugentlige timer</title>");
    expect(html).toContain("Planlagte og faktiske timer pr. uge</desc>");
  });

  it("has the same figures as a table, in Danish number format, with a dash for a missing week and the marks", () => {
    expect(html).toContain("Se tallene som tabel");
    const rows = [...html.matchAll(/<tr><th scope="row">(.*?)<\/th>(.*?)<\/tr>/g)].map((m) => [m[1], [...m[2]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1])]);
    expect(rows).toEqual([
      ["Uge 1", ["8", "8", ""]],
      ["Uge 2", ["10", "–", "Timer hævet"]],
      ["Uge 3", ["12,5", "11", ""]],
    ]);
  });

  it("tells the series apart by line style and marker shape, not only by colour", () => {
    expect(html).toMatch(/stroke-dasharray="7 4"/);
    // The first series' markers are circles, the second's squares (each series' markers one path).
    expect(html).toMatch(/<path d="M[\d.]+,[\d.]+a4,4 0 1,0 8,0a4,4 0 1,0 -8,0[^"]*" fill="#0059b3">/);
    expect(html).toMatch(/<path d="M[\d.]+,[\d.]+h8v8h-8Z[^"]*" fill="#1a1a1a">/);
  });
});

describe("LineChart on a long placement", () => {
  it("labels every second x position on the axis with the short label, and keeps every row in the table", () => {
    const view = lineChartView({ xs: [1, 2, 3, 4, 5], series: [{ id: "h", values: [8, 8, 10, 10, 12] }] });
    const html = renderToStaticMarkup(
      <LineChart view={view} title="T" description="D" seriesLabel={() => "Timer"} formatX={(w) => `Uge ${w}`} formatTick={(w) => String(w)} xLabelEvery={2} xLabel="Uge" yLabel="Timer" />,
    );
    const ticks = [...html.matchAll(/<text[^>]*text-anchor="middle" class="chart-tick">(.*?)<\/text>/g)].map((m) => m[1]);
    expect(ticks).toEqual(["1", "3", "5"]);
    expect([...html.matchAll(/<th scope="row">(.*?)<\/th>/g)].map((m) => m[1])).toEqual(["Uge 1", "Uge 2", "Uge 3", "Uge 4", "Uge 5"]);
  });
});

describe("LineChart's y axis", () => {
  it("writes the axis's name on a line of its own above the top tick's figure (they overlapped)", () => {
    const view = lineChartView({ xs: [1, 2], series: [{ id: "d", values: [2, 2] }], yMaxAtLeast: 10 });
    const html = renderToStaticMarkup(<LineChart view={view} title="T" description="D" seriesLabel={() => "Dage"} formatX={String} xLabel="Måned" yLabel="Dage" />);
    const nameY = Number(html.match(/<text x="4" y="([\d.]+)" class="chart-axis-label">Dage<\/text>/)![1]);
    const topTickY = Math.min(...[...html.matchAll(/<text x="[\d.]+" y="([\d.]+)" text-anchor="end" class="chart-tick">/g)].map((m) => Number(m[1])));
    // A 15 px tick figure reaches about 11 px above its baseline: the name's baseline sits above that.
    expect(topTickY - nameY).toBeGreaterThanOrEqual(14);
    expect(nameY).toBeGreaterThanOrEqual(14);
  });

  it("has whole-number ticks when every figure is a whole number, and keeps fractions for hours", () => {
    expect(lineChartView({ xs: [1], series: [{ id: "n", values: [1] }] }).yTicks).toEqual([0, 1]);
    expect(lineChartView({ xs: [1], series: [{ id: "h", values: [1.5] }], yMaxAtLeast: 2 }).yTicks).toContain(0.5);
  });
});

describe("BarChart", () => {
  it("counts in whole numbers on its axis when every bar is a whole number (the dashboard showed 0,2 declines)", () => {
    expect(barChartView({ bars: [{ id: "a", value: 1 }, { id: "b", value: 1 }] }).xTicks).toEqual([0, 1]);
  });

  it("labels every bar and repeats the figures in a table", () => {
    const view = barChartView({ bars: [{ id: "distance", value: 3 }, { id: "hours", value: 7 }] });
    const html = renderToStaticMarkup(
      <BarChart view={view} title="Afslag" description="Afslag fordelt på grund" barLabel={(id) => (id === "distance" ? "Afstand" : "Timer")} valueLabel="Antal" categoryLabel="Grund" />,
    );
    expect(html).toContain(">Afstand</text>");
    expect(html).toContain('<tr><th scope="row">Timer</th><td>7</td></tr>');
    expect(html).toContain("Afslag fordelt på grund</desc>");
  });

  it("says so when there are no figures", () => {
    const html = renderToStaticMarkup(<BarChart view={barChartView({ bars: [] })} title="Afslag" description="-" barLabel={() => ""} valueLabel="Antal" categoryLabel="Grund" />);
    expect(html).toContain("Ingen tal endnu");
  });
});

/**
 * Decision 061 drew each series' markers, the grid and the marks as one path each, and the bars
 * as one path, where there was an element per figure, tick and bar. The shapes must be the ones
 * the elements drew, at d3's positions: each path is read back into shapes and compared with
 * the old elements (a circle of radius 4, an 8 px square, the triangle and the diamond, a line
 * per tick and mark, a rectangle per bar) over many charts.
 */
describe("charts drawn with one path per kind of mark (decision 061)", () => {
  let seed = 610;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const nums = (s: string) => s.split(/[ ,]/).map(Number);
  const paths = (html: string) => [...html.matchAll(/<path d="([^"]*)"([^>]*)>/g)].map((m) => ({ d: m[1]!, attrs: m[2]! }));
  const close = (actual: number[][], expected: number[][]) => {
    expect(actual.length).toBe(expected.length);
    actual.forEach((a, i) => a.forEach((v, j) => expect(v).toBeCloseTo(expected[i]![j]!, 9)));
  };
  /** A marker path's shapes as [shape, centre x, centre y], from the subpaths' own coordinates. */
  const markers = (d: string) =>
    d.split("M").filter(Boolean).map((piece) => {
      const circle = piece.match(/^([-\d.e]+),([-\d.e]+)a4,4 0 1,0 8,0a4,4 0 1,0 -8,0$/);
      if (circle) return [0, Number(circle[1]) + 4, Number(circle[2])];
      const square = piece.match(/^([-\d.e]+),([-\d.e]+)h8v8h-8Z$/);
      if (square) return [1, Number(square[1]) + 4, Number(square[2]) + 4];
      const corners = piece.replace("Z", "").split("L").map(nums);
      if (corners.length === 3) {
        // The old triangle: (x, y-5), (x+5, y+4), (x-5, y+4).
        const [[x, top], [rx, ry], [lx, ly]] = corners as [number[], number[], number[]];
        close([[rx! - x!, ry! - top!, lx! - x!, ly! - top!]], [[5, 9, -5, 9]]);
        return [2, x!, top! + 5];
      }
      // The old diamond: (x, y-5), (x+5, y), (x, y+5), (x-5, y).
      const [[x, top], [rx, ry], [bx, by], [lx, ly]] = corners as [number[], number[], number[], number[]];
      close([[rx! - x!, ry! - top!, bx! - x!, by! - top!, lx! - x!, ly! - top!]], [[5, 5, 0, 10, -5, 5]]);
      return [3, x!, top! + 5];
    });

  it("line charts: the grid at d3's ticks, each marker the old shape at d3's position, the marks at their weeks", () => {
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(random() * 40);
      const series = Array.from({ length: 1 + Math.floor(random() * 4) }, () => Array.from({ length: n }, () => (random() < 0.3 ? null : Math.round(random() * 400) / 10)));
      const xs = Array.from({ length: n }, (_, i) => i + 1);
      const marks = xs.filter(() => random() < 0.1).map((week) => ({ xValue: week, label: `uge ${week}` }));
      const view = lineChartView({ xs, series: series.map((values, i) => ({ id: `s${i}`, values, connectGaps: random() < 0.3 })), yMaxAtLeast: 5 });
      const html = renderToStaticMarkup(<LineChart view={view} title="T" description="D" seriesLabel={String} formatX={String} xLabel="Uge" yLabel="Timer" marks={marks} />);
      const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>"));
      const reference = d3Line(xs, series, 0, 5, 480, 260);
      const [grid, ...rest] = paths(svg);
      close([...grid!.d.matchAll(/M([\d.]+),([\d.]+)H([\d.]+)/g)].map((m) => [1, 2, 3].map((k) => Number(m[k]))), reference.yTicks.map((t) => [44, t.y, 464]));
      const markPath = marks.length ? rest.shift()! : null;
      if (markPath) close([...markPath.d.matchAll(/M([\d.]+),36V216/g)].map((m) => [Number(m[1])]), marks.map((m) => [reference.xTicks[m.xValue - 1]!.x]));
      const markerPaths = rest.filter((p) => !p.attrs.includes('fill="none"'));
      const expected = reference.ys.flatMap((ys, s) => ys.flatMap((y, i) => (y === null ? [] : [[s % 4, reference.xTicks[i]!.x, y]])));
      close(
        markerPaths.flatMap((p) => markers(p.d)),
        expected,
      );
      // Where a series has no figure at all there is no marker path for it.
      expect(markerPaths.length).toBe(reference.ys.filter((ys) => ys.some((y) => y !== null)).length);
    }
  });

  it("bar charts: the grid at d3's ticks, each bar the old rectangle", () => {
    for (let round = 0; round < 300; round++) {
      const bars = Array.from({ length: Math.floor(random() * 9) }, (_, i) => ({ id: `b${i}`, value: random() < 0.2 ? 0 : Math.round(random() * [3, 40, 900][round % 3]!) }));
      const html = renderToStaticMarkup(<BarChart view={barChartView({ bars })} title="T" description="D" barLabel={String} valueLabel="Antal" categoryLabel="Grund" />);
      const reference = d3Bars(bars, 480);
      const [grid, rects] = paths(html);
      close([...grid!.d.matchAll(/M([\d.]+),0V([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]), reference.xTicks.map((t) => [t.x, reference.axisY]));
      if (bars.length === 0) expect(rects).toBeUndefined();
      else close([...rects!.d.matchAll(/M([\d.]+),([\d.]+)h([\d.]+)v([\d.]+)h-([\d.]+)Z/g)].map((m) => [1, 2, 3, 4, 5].map((k) => Number(m[k]))), reference.bars.map((b) => [b.x, b.y, Math.max(b.width, 1), b.height, Math.max(b.width, 1)]));
    }
  });
});

describe("paths drawn once per view (decision 068)", () => {
  let seed = 68;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pathsIn = (html: string) => [...html.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]!);
  const lineMarkup = (view: LineChartView) => renderToStaticMarkup(<LineChart view={view} title="T" description="D" seriesLabel={(id) => id} formatX={String} xLabel="x" yLabel="y" />);
  const barMarkup = (view: BarChartView) => renderToStaticMarkup(<BarChart view={view} title="T" description="D" barLabel={(id) => id} categoryLabel="c" valueLabel="v" />);

  it("draw a line chart as the plain functions do, on its first render, a repeat render and a fresh copy of its data", () => {
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(random() * 40);
      const series = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => ({
        id: `s${i}`,
        values: Array.from({ length: n }, () => (random() < [0, 0.3, 1][round % 3]! ? null : Math.round(random() * [5, 40, 900][i % 3]! * 10) / 10)),
        connectGaps: random() < 0.4,
      }));
      const view = lineChartView({ xs: Array.from({ length: n }, (_, i) => i + 1), series, yMaxAtLeast: [1, 4, 10][round % 3]! });
      // The plain path: every string built from the geometry on each render, as before.
      const g = lineGeometry(view);
      const plain = [
        rulePath("H", g.yTicks.map((tick) => tick.y), view.plot.left, view.plot.right),
        ...view.series.flatMap((s, i) => {
          const at = linePoints(g.xTicks, g.ys[i]!, s.values);
          return [linePath(g.xTicks, g.ys[i]!, s.joined), ...(at.length > 0 ? [markerPath(i, at)] : [])];
        }),
        ...view.series.map((_, i) => markerPath(i, [{ x: 18, y: 6 }])),
      ];
      const first = lineMarkup(view);
      expect(pathsIn(first)).toEqual(plain);
      expect(linePaths(view)).toBe(linePaths(view));
      expect(lineMarkup(view)).toBe(first);
      expect(lineMarkup(structuredClone(view))).toBe(first);
    }
  });

  it("draw a bar chart as the plain functions do, zero and no bars included", () => {
    for (let round = 0; round < 300; round++) {
      const bars = Array.from({ length: Math.floor(random() * 9) }, (_, i) => ({ id: `b${i}`, value: random() < 0.2 ? 0 : Math.round(random() * [3, 250, 9000][round % 3]!) }));
      const view = barChartView({ bars });
      const g = barGeometry(view);
      const plain = [
        rulePath("V", g.xTicks.map((tick) => tick.x), 0, g.axisY),
        ...(g.bars.length > 0 ? [g.bars.map((bar) => `M${bar.x},${bar.y}h${Math.max(bar.width, 1)}v${bar.height}h${-Math.max(bar.width, 1)}Z`).join("")] : []),
      ];
      const first = barMarkup(view);
      expect(pathsIn(first)).toEqual(plain);
      expect(barPaths(view)).toBe(barPaths(view));
      expect(barMarkup(view)).toBe(first);
      expect(barMarkup(structuredClone(view))).toBe(first);
    }
  });
});
