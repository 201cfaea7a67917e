import { describe, expect, it, vi } from "vitest";
import { FLAG_KINDS } from "~/domain/placements/flags";
import { END_KINDS, OUTCOMES } from "~/domain/placements/ending-vocabulary";
import { PLACEMENT_STATUSES } from "~/domain/placements/vocabulary";
import { LOCALES, type Locale } from "~/i18n/locales";
import { DataTable } from "../data-table";
import { PLACEMENT_ROWS_KEPT, placementColumns, placementPageRow, placementRowKey, type PlacementRow } from "./placement-columns";
import { random } from "../../../tests/random";
import { expectKeptAsDrawn, keptRendering } from "../../../tests/kept-render";

/*
 * Decision 084: a placement list row's cells are drawn once per (columns, language, the row's
 * fields) and then sent as kept markup. Pages of rows are rendered as the server renders them
 * (React's stream) three ways — drawn in full (no renderer: the browser's way and main's), drawn
 * and kept, and from what was kept — over many views in which rows are renamed, move a week, get
 * other hours or flags, end, or come back as they were, on both sides and in both languages: the
 * three must be the same bytes. And every field of a page row must change its key.
 */

const page = vi.hoisted(() => ({ locale: "da" as "da" | "en" }));
vi.mock("@remix-run/react", () => ({ useLocation: () => ({ pathname: "/jobcentre/placements", search: "?status=running&page=2" }) }));
vi.mock("~/i18n/use-t", async () => {
  const { translator: tr } = await import("~/i18n/translate");
  return { useLocale: () => page.locale, useT: () => tr(page.locale) };
});

const TEXTS = ["Lager", "Køkkenhjælp & opvask", "Café <Øst>", 'Pakkeri "Nord"', "Ældrepleje – nat", "x", "Åben's butik", "a|b", "3:ab"];
const DAYS = ["2026-01-05", "2026-12-17", "2027-02-30", "2024-02-29", "", "1999-07-01"];

function placement(r: ReturnType<typeof random>, id: number): PlacementRow {
  const ended = r.int(3) === 0;
  return {
    id,
    status: r.pick(PLACEMENT_STATUSES),
    alias: `${r.pick(TEXTS)} ${id}`,
    slotTitle: r.pick(TEXTS),
    companyName: r.pick(TEXTS),
    mentorName: r.pick(TEXTS),
    startDate: r.pick(DAYS),
    plannedEndDate: r.pick(DAYS),
    week: r.pick([null, 0, 1, 13, 52]),
    hoursNow: r.pick([0, -0, 7.5, 12, 37, 1234.25, 0.333]),
    targetHours: r.pick([37, 30, 12.5, 0]),
    flags: FLAG_KINDS.filter(() => r.int(3) === 0).map((kind) => ({ kind })),
    endKind: ended ? r.pick(END_KINDS) : r.pick([null, undefined]),
    endedOn: ended ? r.pick([...DAYS, null]) : null,
    outcome: ended ? r.pick([...OUTCOMES, null]) : null,
    outcomeHours: null,
    statusCategory: null,
    statusHours: null,
  };
}

/** A change of one field, as a rename, a new week or an ending would make it. */
function changed(r: ReturnType<typeof random>, p: PlacementRow): PlacementRow {
  const other = placement(r, p.id);
  const field = r.pick(["alias", "slotTitle", "companyName", "mentorName", "week", "hoursNow", "targetHours", "flags", "status", "endKind", "endedOn", "outcome", "startDate", "plannedEndDate"] as const);
  return { ...p, [field]: other[field] };
}

const VIEWS = [
  { base: "/jobcentre/placements", showCompany: true },
  { base: "/company/placements", showCompany: false },
] as const;

function table(columns: ReturnType<typeof placementColumns>, rows: PlacementRow[], keep: boolean) {
  return <DataTable caption="Forløb" columns={columns} rows={rows} rowKey={(r) => r.id} {...(keep ? { keptRows: { on: columns, key: placementRowKey, limit: PLACEMENT_ROWS_KEPT } } : {})} total={rows.length * 7} countKey="placements.count" csvHref="/jobcentre/placements.csv" page={2} pageSize={25} />;
}

describe("the placement list's rows drawn once and kept (decision 084)", () => {
  it("are the same bytes as drawn in full, view after view, as rows change and come back", async () => {
    const keeping = keptRendering();
    for (const view of VIEWS) {
      const columns = placementColumns(view);
      const r = random(view.showCompany ? 84 : 48);
      let pool = Array.from({ length: 60 }, (_, i) => placementPageRow(placement(r, 1000 + i), view));
      for (let v = 0; v < 40; v++) {
        // Some rows change a field, some change back to what an earlier view showed.
        const before = pool;
        pool = pool.map((p) => (r.int(5) === 0 ? placementPageRow(changed(r, p), view) : p));
        if (v % 7 === 6) pool = before;
        const start = r.int(40);
        const rows = r.int(10) === 0 ? [] : pool.slice(start, start + 1 + r.int(25));
        for (const locale of LOCALES as readonly Locale[]) {
          page.locale = locale;
          await expectKeptAsDrawn(keeping, (keep) => table(columns, rows, keep), `${view.base} view ${v} ${locale}`);
        }
      }
    }
    expect(keeping.rendered()).toBeGreaterThan(100);
  });

  it("keys a page row by every field it carries", () => {
    const r = random(7);
    for (const view of VIEWS) {
      for (let n = 0; n < 200; n++) {
        const row = placementPageRow(placement(r, n), view);
        const key = placementRowKey(row);
        for (const field of Object.keys(row) as (keyof PlacementRow)[]) {
          const value = row[field];
          const other =
            field === "flags"
              ? row.flags.length > 0
                ? row.flags.slice(1)
                : [{ kind: FLAG_KINDS[0]! }]
              : typeof value === "number"
                ? value + 1
                : typeof value === "string"
                  ? `${value}x`
                  : field === "week"
                    ? 0
                    : "2026-01-01";
          expect(placementRowKey({ ...row, [field]: other } as PlacementRow), `${field} changed`).not.toBe(key);
        }
      }
    }
    // Texts cannot run into each other, and -0 hours (shown "-0") are not 0.
    const base = placementPageRow(placement(random(1), 1), VIEWS[0]);
    expect(placementRowKey({ ...base, hoursNow: -0 })).not.toBe(placementRowKey({ ...base, hoursNow: 0 }));
    expect(placementRowKey({ ...base, targetHours: -0 })).not.toBe(placementRowKey({ ...base, targetHours: 0 }));
    expect(placementRowKey({ ...base, alias: "a|b", slotTitle: "c" })).not.toBe(placementRowKey({ ...base, alias: "a", slotTitle: "b|c" }));
  });
});
