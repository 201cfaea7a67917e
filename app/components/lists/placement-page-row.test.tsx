import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { FLAG_KINDS } from "~/domain/placements/flags";
import { END_KINDS, OUTCOMES, STATUS_CATEGORIES } from "~/domain/placements/ending-vocabulary";
import { PLACEMENT_STATUSES } from "~/domain/placements/vocabulary";
import { LOCALES } from "~/i18n/locales";
import { translator } from "~/i18n/translate";
import type { Column } from "../data-table";
import { placementColumns, placementPageRow, type PlacementRow } from "./placement-columns";
import { placementCsvColumns } from "./placement-csv-columns";

// The flags' cell reads the language through the hooks: the language of the round being rendered.
const current = vi.hoisted(() => ({ locale: "da" as "da" | "en" }));
vi.mock("~/i18n/use-t", async () => {
  const { translator } = await import("~/i18n/translate");
  return { useLocale: () => current.locale, useT: () => translator(current.locale) };
});

const VIEWS = [
  { base: "/jobcentre/placements", showCompany: true },
  { base: "/company/placements", showCompany: false },
] as const;

/** Rows of many shapes: every status, week, flag set, ending, outcome and status three months on (and their absence). */
function rows(): PlacementRow[] {
  const out: PlacementRow[] = [];
  let id = 0;
  const pick = <T,>(xs: readonly T[], i: number) => xs[i % xs.length]!;
  for (const status of PLACEMENT_STATUSES)
    for (const week of [null, 0, 1, 13, 52])
      for (const ended of [false, true])
        for (let k = 0; k < 6; k++) {
          id++;
          out.push({
            id,
            status,
            alias: `Kandidat ${id} <&>`,
            slotTitle: `Plads ${id}`,
            companyName: `Firma ${k}`,
            mentorName: `Mentor "${k}"`,
            startDate: `2026-0${1 + (k % 9)}-1${k}`,
            plannedEndDate: k === 5 ? "2027-02-30" : `2027-0${1 + (k % 9)}-2${k}`,
            week,
            hoursNow: [0, 7.5, 12, 37, 1234.25, 20][k]!,
            targetHours: [37, 30, 12.5, 25, 37, 0][k]!,
            flags: FLAG_KINDS.slice(0, k).map((kind) => ({ kind })),
            endKind: ended ? pick(END_KINDS, id) : k % 2 ? null : undefined,
            endedOn: ended ? (k === 3 ? null : `2026-1${k % 3}-0${1 + k}`) : null,
            outcome: ended && k !== 4 ? pick(OUTCOMES, id) : null,
            outcomeHours: ended ? k * 3 : null,
            statusCategory: ended && k > 1 ? pick(STATUS_CATEGORIES, id) : null,
            statusHours: ended && k > 1 ? k * 4 : null,
          });
        }
  return out;
}

describe("the placement list's rows as the page sends them (placementPageRow)", () => {
  it("show every cell exactly as the whole row does, on both sides, in every language", () => {
    const all = rows();
    for (const view of VIEWS) {
      const columns = placementColumns(view).filter((c) => c.cell);
      for (const locale of LOCALES) {
        current.locale = locale;
        const f = { t: translator(locale), locale };
        for (const row of all) {
          const page = placementPageRow(row, view);
          for (const c of columns) expect(renderToStaticMarkup(<>{c.cell!(page, f)}</>), `${view.base} ${locale} ${row.id} ${c.key}`).toBe(renderToStaticMarkup(<>{c.cell!(row, f)}</>));
        }
      }
    }
    expect(all.length).toBeGreaterThan(100);
  });

  it("leave the CSV-only columns on the server, and every outcome on the company side", () => {
    const row = rows().find((r) => r.outcome && r.statusCategory && r.endKind && r.endedOn)!;
    for (const key of ["outcomeHours", "statusCategory", "statusHours"]) expect(placementPageRow(row, VIEWS[0])).not.toHaveProperty(key);
    for (const key of ["endKind", "endedOn", "outcome", "outcomeHours", "statusCategory", "statusHours"]) expect(placementPageRow(row, VIEWS[1])).not.toHaveProperty(key);
    expect(placementPageRow(row, VIEWS[0])).toMatchObject({ endKind: row.endKind, endedOn: row.endedOn, outcome: row.outcome });
  });
});

/**
 * The placement list's CSV columns as they were before decision 077 split the page's from the
 * CSV's (key, header, with a csv value, with a cell), in the CSV's order.
 */
const CSV_BEFORE = {
  "/jobcentre/placements": [
    ["citizen", "placement.citizen", true, true], ["slot", "field.slotTitle", true, false], ["company", "field.company", true, true], ["mentor", "field.mentor", true, true],
    ["period", "placement.period", false, true], ["start", "field.startDate", true, false], ["end", "ending.plannedEnd", true, false], ["week", "placement.weekNow", false, true],
    ["status", "field.status", true, false], ["weekNumber", "placement.weekNow", true, false], ["hours", "placement.hoursNow", true, true], ["flags", "flags.column", true, true],
    ["endKind", "csv.endKind", true, false], ["endedOn", "csv.endedOn", true, false], ["outcome", "csv.outcome", true, true], ["outcomeHours", "csv.outcomeHours", true, false],
    ["statusCategory", "csv.statusCategory", true, false], ["statusHours", "csv.statusHours", true, false],
  ],
  "/company/placements": [
    ["citizen", "placement.citizen", false, true], ["slot", "field.slotTitle", true, false], ["mentor", "field.mentor", true, true], ["period", "placement.period", false, true],
    ["start", "field.startDate", true, false], ["end", "ending.plannedEnd", true, false], ["week", "placement.weekNow", false, true], ["status", "field.status", true, false],
    ["weekNumber", "placement.weekNow", true, false], ["hours", "placement.hoursNow", true, true], ["flags", "flags.column", false, true],
  ],
} as const;

describe("the placement list's page and CSV columns apart (decision 077)", () => {
  const all = rows();
  const cellOf = (c: Column<PlacementRow>, row: PlacementRow, f: { t: ReturnType<typeof translator>; locale: "da" | "en" }) => renderToStaticMarkup(<>{c.cell!(row, f)}</>);

  it("the CSV has the columns it had, in the same order; the page the ones with a cell", () => {
    for (const view of VIEWS) {
      const kinds = (c: Column<PlacementRow>) => [c.key, c.header, Boolean(c.csv), Boolean(c.cell)];
      expect(placementCsvColumns(view).map(kinds), view.base).toEqual(CSV_BEFORE[view.base]);
      expect(placementColumns(view).map(kinds), view.base).toEqual(CSV_BEFORE[view.base].filter((c) => c[3]));
      expect(placementCsvColumns(view).filter((c) => c.numeric).map((c) => c.key)).toEqual(["hours"]);
    }
  });

  it("a shown column's cell and CSV value are the page's, and the CSV-only values are the row's fields, for every row", () => {
    const fields: Record<string, (row: PlacementRow, t: ReturnType<typeof translator>) => unknown> = {
      slot: (r) => r.slotTitle,
      start: (r) => r.startDate,
      end: (r) => r.plannedEndDate,
      status: (r, t) => t(`placementStatus.${r.status}`),
      weekNumber: (r) => r.week,
      endKind: (r, t) => (r.endKind ? t(`endKind.${r.endKind}`) : null),
      endedOn: (r) => r.endedOn ?? "",
      outcomeHours: (r) => r.outcomeHours,
      statusCategory: (r, t) => (r.statusCategory ? t(`statusCategory.${r.statusCategory}`) : null),
      statusHours: (r) => r.statusHours,
    };
    for (const view of VIEWS) {
      const page = new Map(placementColumns(view).map((c) => [c.key, c]));
      for (const locale of LOCALES) {
        current.locale = locale;
        const f = { t: translator(locale), locale };
        for (const row of all)
          for (const c of placementCsvColumns(view)) {
            const shown = page.get(c.key);
            const what = `${view.base} ${locale} ${row.id} ${c.key}`;
            if (shown) {
              expect(cellOf(c, row, f), what).toBe(cellOf(shown, row, f));
              expect(c.csv?.(row, f), what).toEqual(shown.csv?.(row, f));
            } else expect(c.csv!(row, f), what).toEqual(fields[c.key]!(row, f.t));
          }
      }
    }
  });
});
