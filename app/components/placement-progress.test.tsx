import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { lineChartView } from "~/charts/layout.server";
import { translator } from "~/i18n/translate";
import { PlacementFlags } from "./placement-flags";
import { PlacementProgress } from "./placement-progress";

vi.mock("~/i18n/use-t", () => ({ useLocale: () => "da", useT: () => translator("da") }));

const rowsOf = (html: string, caption: string) => {
  const table = html.split(`<caption class="sr-only">${caption}</caption>`)[1]!.split("</table>")[0]!;
  return [...table.matchAll(/<tr><th scope="row">(.*?)<\/th>(.*?)<\/tr>/g)].map((m) => [m[1], ...[...m[2]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1])]);
};

describe("PlacementProgress", () => {
  const html = renderToStaticMarkup(
    <PlacementProgress
      progress={{
        hours: lineChartView({ xs: [1, 2, 3], series: [{ id: "agreed", values: [8, 8, 14] }, { id: "worked", values: [7.5, null, null], connectGaps: true }, { id: "original", values: [8, 8, 12] }] }),
        attendance: lineChartView({ xs: [1], series: [{ id: "present", values: [2] }, { id: "planned", values: [3] }] }),
        wellBeing: lineChartView({ xs: [1], series: [{ id: "wellBeing", values: [3] }], yMin: 1, yMaxAtLeast: 5 }),
        adjustments: [{ week: 3, fromDate: "2026-12-02", hours: 14, days: ["mon", "tue"], tasksChanged: false }],
        currentWeek: 3,
        totalWeeks: 3,
      }}
    />,
  );

  it("draws three titled charts with their figures as tables, in Danish", () => {
    for (const title of ["Timer om ugen", "Fremmøde", "Trivsel"]) expect(html).toContain(`${title}</title>`);
    expect(html).toContain("Forløbet er i uge 3 af 3.");
    expect(rowsOf(html, "Timer om ugen")).toEqual([
      ["Uge 1", "8", "7,5", "8", ""],
      ["Uge 2", "8", "–", "8", ""],
      ["Uge 3", "14", "–", "12", "Fra 2. december 2026: 14 timer om ugen og dage: mandag og tirsdag"],
    ]);
    expect(rowsOf(html, "Fremmøde")).toEqual([["Uge 1", "2", "3"]]);
    expect(rowsOf(html, "Trivsel")).toEqual([["Uge 1", "3"]]);
  });

  it("names the series and the adjustment mark in the legend, not only by colour", () => {
    for (const label of ["Aftalte timer", "Arbejdede timer (opfølgninger)", "Planen fra starten", "Godkendt justering"]) expect(html).toContain(label);
  });
});

describe("PlacementFlags", () => {
  it("says each flag in plain Danish with its figures and dates", () => {
    const html = renderToStaticMarkup(
      <PlacementFlags
        flags={[
          { kind: "followUpOverdue", week: 4, dueDate: "2026-11-25", workingDays: 5, count: 1 },
          { kind: "lowWellBeing", wellBeing: 2 },
          { kind: "wellBeingFalling", values: [5, 4, 3] },
          { kind: "lowAttendance", present: 8, planned: 12, followUps: 3 },
          { kind: "noFollowUpSinceAdjustment", fromDate: "2026-11-02" },
        ]}
      />,
    );
    expect(html).toContain("Kræver opmærksomhed");
    expect(html).toContain("Opfølgningen for uge 4 (25. november 2026) er ikke sendt. Den er 5 arbejdsdage forsinket.");
    expect(html).toContain("Trivslen var 2 ud af 5 ved den seneste opfølgning.");
    expect(html).toContain("Trivslen er faldet to gange i træk: 5 → 4 → 3.");
    expect(html).toContain("Fremmødet er 67 % af det planlagte ved de seneste opfølgninger (8 af 12 dage).");
    expect(html).toContain("siden justeringen fra 2. november 2026 trådte i kraft.");
  });

  it("shows nothing when all is well", () => {
    expect(renderToStaticMarkup(<PlacementFlags flags={[]} />)).toBe("");
  });
});
