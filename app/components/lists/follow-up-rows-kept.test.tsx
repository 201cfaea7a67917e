import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { FOLLOW_UP_STATUSES } from "~/domain/placements/vocabulary";
import { LOCALES, type Locale } from "~/i18n/locales";
import { translator } from "~/i18n/translate";
import { DataTable } from "../data-table";
import { FOLLOW_UP_PAGE_COLUMNS, FOLLOW_UP_ROWS_KEPT, followUpPageRow, followUpRowKey, type FollowUpListRow } from "./follow-up-list-columns";
import { random } from "../../../tests/random";
import { expectKeptAsDrawn, keptRendering } from "../../../tests/kept-render";

/*
 * Decision 085: a follow-up list row's cells are drawn once per (the side's columns, language, the
 * row's fields) and then sent as kept markup. Pages of rows are rendered as the server renders them
 * three ways — drawn in full (the browser's way), drawn and kept, and from what was kept — over many
 * views in which citizens, slots, companies and mentors are renamed, follow-ups are sent or become
 * overdue, or rows come back as they were, on both sides and in both languages: the three must be
 * the same bytes. Every field of a page row must change its key, and the page row carries exactly
 * what the page's cells read.
 */

const page = vi.hoisted(() => ({ locale: "da" as "da" | "en" }));
vi.mock("@remix-run/react", () => ({ useLocation: () => ({ pathname: "/company/follow-ups", search: "?view=submitted&page=2" }) }));
vi.mock("~/i18n/use-t", async () => {
  const { translator: tr } = await import("~/i18n/translate");
  return { useLocale: () => page.locale, useT: () => tr(page.locale) };
});

const TEXTS = ["Lager", "Køkkenhjælp & opvask", "Café <Øst>", 'Pakkeri "Nord"', "Ældrepleje – nat", "x", "Åben's butik", "a|b", "3:ab"];
const DAYS = ["2026-01-05", "2026-12-17", "2024-02-29", "1999-07-01"];
const SIDES = ["company", "jobcentre"] as const;

function followUp(r: ReturnType<typeof random>, id: number): FollowUpListRow {
  const status = r.pick(FOLLOW_UP_STATUSES);
  return {
    id,
    placementId: 100 + r.int(20),
    week: r.pick([1, 2, 4, 13, 52]),
    dueDate: r.pick(DAYS),
    status,
    open: status !== "submitted" && r.int(2) === 0,
    overdue: status !== "submitted" && r.int(3) === 0,
    submittedAt: status === "submitted" ? new Date(Date.UTC(2026, 10, 1 + r.int(20), 9)) : null,
    daysPresent: r.pick([null, 0, 3, 5]),
    daysPlanned: r.pick([null, 5]),
    hoursWorked: r.pick([null, 7.5, 12, 20]),
    wellBeing: r.pick([null, 1, 3, 5]),
    alias: `${r.pick(TEXTS)} ${id}`,
    slotTitle: r.pick(TEXTS),
    companyName: r.pick(TEXTS),
    mentorName: r.pick(TEXTS),
  };
}

/** A change of one field, as a rename, a sent follow-up or a day passing would make it. */
function changed(r: ReturnType<typeof random>, f: FollowUpListRow): FollowUpListRow {
  const other = followUp(r, f.id);
  const field = r.pick(["alias", "slotTitle", "companyName", "mentorName", "status", "open", "overdue", "week", "dueDate", "placementId"] as const);
  return { ...f, [field]: other[field] };
}

function table(side: (typeof SIDES)[number], rows: FollowUpListRow[], keep: boolean) {
  const columns = FOLLOW_UP_PAGE_COLUMNS[side];
  return (
    <DataTable
      caption="Opfølgninger"
      columns={columns}
      rows={rows}
      rowKey={(f) => f.id}
      {...(keep ? { keptRows: { on: columns, key: followUpRowKey, limit: FOLLOW_UP_ROWS_KEPT } } : {})}
      total={rows.length * 3}
      countKey="followUps.count"
      csvHref={`/${side}/follow-ups.csv`}
      page={2}
      pageSize={25}
    />
  );
}

describe("the follow-up list's rows drawn once and kept (decision 085)", () => {
  it("are the same bytes as drawn in full, view after view, as rows change and come back", async () => {
    const keeping = keptRendering();
    for (const side of SIDES) {
      const r = random(side === "company" ? 85 : 58);
      let pool = Array.from({ length: 50 }, (_, i) => followUpPageRow(followUp(r, 2000 + i), side));
      for (let v = 0; v < 30; v++) {
        const before = pool;
        pool = pool.map((f) => (r.int(5) === 0 ? followUpPageRow(changed(r, f), side) : f));
        if (v % 7 === 6) pool = before;
        const start = r.int(30);
        const rows = r.int(10) === 0 ? [] : pool.slice(start, start + 1 + r.int(25));
        for (const locale of LOCALES as readonly Locale[]) {
          page.locale = locale;
          await expectKeptAsDrawn(keeping, (keep) => table(side, rows, keep), `${side} view ${v} ${locale}`);
        }
      }
    }
    expect(keeping.rendered()).toBeGreaterThan(100);
  });

  it("keys a page row by every field it carries", () => {
    const r = random(9);
    for (const side of SIDES) {
      for (let n = 0; n < 200; n++) {
        const row = followUpPageRow(followUp(r, n), side);
        const key = followUpRowKey(row);
        for (const field of Object.keys(row) as (keyof FollowUpListRow)[]) {
          const value = row[field];
          const other = typeof value === "number" ? value + 1 : typeof value === "string" ? `${value}x` : typeof value === "boolean" ? !value : "x";
          expect(followUpRowKey({ ...row, [field]: other } as FollowUpListRow), `${field} changed`).not.toBe(key);
        }
      }
    }
    // Texts cannot run into each other.
    const base = followUpPageRow(followUp(random(1), 1), "jobcentre");
    expect(followUpRowKey({ ...base, alias: "a|b", slotTitle: "c" })).not.toBe(followUpRowKey({ ...base, alias: "a", slotTitle: "b|c" }));
    expect(followUpRowKey({ ...base, open: true, overdue: false })).not.toBe(followUpRowKey({ ...base, open: false, overdue: true }));
  });

  it("sends what the page's cells read and nothing else: no reported figures, the company side no company", () => {
    const r = random(3);
    for (const side of SIDES) {
      const t = translator("da");
      const cells = (row: FollowUpListRow) => renderToStaticMarkup(<>{FOLLOW_UP_PAGE_COLUMNS[side].filter((c) => c.cell).map((c) => <span key={c.key}>{c.cell!(row, { t, locale: "da" })}</span>)}</>);
      for (let n = 0; n < 100; n++) {
        const whole = followUp(r, n);
        const sent = followUpPageRow(whole, side);
        // Every cell reads the same from the page row as from the whole row.
        expect(cells(sent)).toBe(cells(whole));
        for (const field of ["submittedAt", "daysPresent", "daysPlanned", "hoursWorked", "wellBeing"] as const) expect(sent, field).not.toHaveProperty(field);
        if (side === "company") expect(sent).not.toHaveProperty("companyName");
        else expect(sent.companyName).toBe(whole.companyName);
      }
    }
  });
});
