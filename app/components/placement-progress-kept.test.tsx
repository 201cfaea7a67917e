/**
 * The progression charts' table rows made once per view and language (decision 080, `tableKey`)
 * write what the rows made on every render wrote: each chart rendered with and without the key,
 * over random views (gaps, one to 52 weeks, decimals, marks on any week, two and three series), in
 * Danish and English, the kept rows asked first in one language and then the other, and again;
 * and the placement page's section from a kept progress object, as the plain chart renders it.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { lineChartView } from "~/charts/layout.server";
import type { Locale } from "~/i18n/locales";
import { formatNumber, translator } from "~/i18n/translate";
import { LineChart } from "./chart";
import { PlacementProgress } from "./placement-progress";
import { random } from "../../tests/random";

const locale = vi.hoisted(() => ({ current: "da" as "da" | "en" }));
vi.mock("~/i18n/use-t", async () => {
  const { translator } = await import("~/i18n/translate");
  return { useLocale: () => locale.current, useT: () => translator(locale.current) };
});

function randomView(r: ReturnType<typeof random>) {
  const weeks = 1 + r.int(52);
  const xs = Array.from({ length: weeks }, (_, i) => i + 1);
  const values = () => xs.map(() => (r.next() < 0.3 ? null : r.next() < 0.5 ? r.int(37) : r.int(370) / 10));
  const ids = (["agreed", "worked", "original"] as const).slice(0, 2 + r.int(2));
  return lineChartView({ xs, series: ids.map((id) => ({ id, values: values(), connectGaps: id === "worked" })), yMaxAtLeast: 10 });
}

const chart = (view: ReturnType<typeof randomView>, marks: { xValue: number; label: string }[], lang: Locale, tableKey?: string) => {
  const t = translator(lang);
  return renderToStaticMarkup(
    <LineChart
      view={view}
      title={t("progress.hours.title")}
      description={t("progress.hours.description")}
      seriesLabel={(id) => t(`progress.series.${id}`)}
      formatX={(w) => t("progress.weekN", { week: w })}
      xLabel={t("progress.week")}
      yLabel={t("progress.hours.axis")}
      marks={marks}
      formatTick={(w) => formatNumber(lang, w)}
      xLabelEvery={view.xs.length > 13 ? 2 : 1}
      tableKey={tableKey}
    />,
  );
};

describe("a line chart's table rows kept per view and key", () => {
  it("write what the rows made on every render wrote, in both languages, first and again", () => {
    const r = random(80);
    let compared = 0;
    for (let n = 0; n < 60; n++) {
      const view = randomView(r);
      const marks = view.xs.filter(() => r.next() < 0.15).map((x, i) => ({ xValue: x as number, label: `Fra uge ${x}: ${i + 10} timer` }));
      const order: Locale[] = r.next() < 0.5 ? ["da", "en", "da", "en"] : ["en", "da", "en", "da"];
      for (const lang of order) {
        locale.current = lang;
        const kept = chart(view, marks, lang, lang);
        expect(kept).toBe(chart(view, marks, lang));
        compared++;
      }
    }
    expect(compared).toBe(240);
  });

  it("the key is what tells them apart: the same key in another language gives the first language's rows", () => {
    const view = lineChartView({ xs: [1, 2], series: [{ id: "agreed", values: [8, 10.5] }] });
    locale.current = "da";
    chart(view, [], "da", "one");
    locale.current = "en";
    // What a caller must not do (the formatters changed under the same key): the rows stay Danish.
    expect(chart(view, [], "en", "one")).toContain("Uge 1");
    expect(chart(view, [], "en", "en")).toContain("Week 1");
  });
});

describe("the placement page's progression", () => {
  it("renders a kept progress object as the plain charts do, in Danish and English, on every render", () => {
    const r = random(81);
    for (let n = 0; n < 12; n++) {
      const hours = randomView(r);
      const weeks = hours.xs.length;
      const progress = {
        hours,
        attendance: lineChartView({ xs: hours.xs, series: [{ id: "present" as const, values: hours.xs.map(() => r.int(5)) }, { id: "planned" as const, values: hours.xs.map(() => 1 + r.int(5)) }], yMaxAtLeast: 5 }),
        wellBeing: lineChartView({ xs: hours.xs, series: [{ id: "wellBeing" as const, values: hours.xs.map(() => (r.next() < 0.2 ? null : 1 + r.int(5))) }], yMin: 1, yMaxAtLeast: 5 }),
        adjustments: r.next() < 0.5 ? [{ week: 1 + r.int(weeks), fromDate: "2026-12-02", hours: 14, days: ["mon" as const, "tue" as const], tasksChanged: r.next() < 0.5 }] : [],
        currentWeek: r.next() < 0.5 ? 1 + r.int(weeks) : null,
        totalWeeks: weeks,
      };
      for (const lang of ["da", "en", "en", "da"] as const) {
        locale.current = lang;
        const html = renderToStaticMarkup(<PlacementProgress progress={progress} />);
        // The plain path: the same section with each chart's table rows made on this render (a copy of the views, so nothing is kept for them).
        const copy = structuredClone(progress);
        const plain = renderToStaticMarkup(<PlacementProgress progress={copy} />);
        expect(html).toBe(plain);
        expect(html).toContain(lang === "da" ? "Uge 1" : "Week 1");
      }
    }
  });
});
