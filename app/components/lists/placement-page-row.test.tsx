import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { FLAG_KINDS } from "~/domain/placements/flags";
import { END_KINDS, OUTCOMES, STATUS_CATEGORIES } from "~/domain/placements/ending-vocabulary";
import { PLACEMENT_STATUSES } from "~/domain/placements/vocabulary";
import { LOCALES } from "~/i18n/locales";
import { translator } from "~/i18n/translate";
import { placementColumns, placementPageRow, type PlacementRow } from "./placement-columns";

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
