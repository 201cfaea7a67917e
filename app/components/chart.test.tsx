import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { barChartView, lineChartView } from "~/charts/layout.server";
import { translator } from "~/i18n/translate";
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
    expect(html).toContain("<circle");
    expect(html).toContain("<rect");
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
