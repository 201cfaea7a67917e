import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { FLAG_KINDS } from "~/domain/placements/flags";
import { END_KINDS, OUTCOMES, STATUS_CATEGORIES } from "~/domain/placements/ending-vocabulary";
import { PLACEMENT_STATUSES } from "~/domain/placements/vocabulary";
import { LOCALES } from "~/i18n/locales";
import { translator } from "~/i18n/translate";
import { csvDate, type Column } from "../data-table";
import { FlagNames } from "../flag-names";
import { formatCalendarDate, formatNumber } from "~/i18n/translate";
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
 * The columns as one list for the page and the CSV, as they were before decision 077 split them:
 * the reference the page's columns and the CSV's are compared with.
 */
function referenceColumns(view: { base: "/company/placements" | "/jobcentre/placements"; showCompany: boolean }): Column<PlacementRow>[] {
  const flags: Column<PlacementRow> = { key: "flags", header: "flags.column", cell: (p) => <FlagNames flags={p.flags} /> };
  // Why a placement needs attention, in the jobcentre's CSV only (well-being and attendance are about the citizen).
  if (view.showCompany) flags.csv = (p, { t }) => p.flags.map((f) => t(`flagShort.${f.kind}`)).join(", ");
  const columns: Column<PlacementRow>[] = [
    {
      key: "citizen",
      header: "placement.citizen",
      cell: (p) => (
        <>
          <a href={`${view.base}/${p.id}`}>{p.alias}</a>
          <br />
          <span className="form-hint">{p.slotTitle}</span>
        </>
      ),
      ...(view.showCompany ? { csv: (p: PlacementRow) => p.alias } : {}),
    },
    { key: "slot", header: "field.slotTitle", csv: (p) => p.slotTitle },
  ];
  if (view.showCompany) columns.push({ key: "company", header: "field.company", cell: (p) => p.companyName, csv: (p) => p.companyName });
  columns.push(
    { key: "mentor", header: "field.mentor", cell: (p) => p.mentorName, csv: (p) => p.mentorName },
    {
      key: "period",
      header: "placement.period",
      cell: (p, { locale }) => `${formatCalendarDate(locale, p.startDate)} – ${formatCalendarDate(locale, p.plannedEndDate)}`,
    },
    { key: "start", header: "field.startDate", csv: (p) => csvDate(p.startDate) },
    { key: "end", header: "ending.plannedEnd", csv: (p) => csvDate(p.plannedEndDate) },
    {
      key: "week",
      header: "placement.weekNow",
      cell: (p, { t }) => (p.week === null ? t(`placementStatus.${p.status}`) : p.week === 0 ? t("placement.notStartedYet") : t("placement.weekShort", { week: p.week })),
    },
    { key: "status", header: "field.status", csv: (p, { t }) => t(`placementStatus.${p.status}`) },
    { key: "weekNumber", header: "placement.weekNow", csv: (p) => p.week },
    { key: "hours", header: "placement.hoursNow", numeric: true, cell: (p, { t, locale }) => t("placement.hoursShort", { hours: formatNumber(locale, p.hoursNow), target: formatNumber(locale, p.targetHours) }), csv: (p) => p.hoursNow },
    flags,
  );
  // Outcomes are about the citizen: only the jobcentre's page and CSV carry them.
  if (view.showCompany) {
    columns.push(
      { key: "endKind", header: "csv.endKind", csv: (p, { t }) => (p.endKind ? t(`endKind.${p.endKind}`) : null) },
      { key: "endedOn", header: "csv.endedOn", csv: (p) => csvDate(p.endedOn ?? null) },
      {
        key: "outcome",
        header: "csv.outcome",
        // On the jobcentre's page too, so a list filtered to ended placements is the list of outcomes.
        cell: (p, { t, locale }) => (p.endKind && p.outcome && p.endedOn ? `${t("ending.endedValue", { kind: t(`endKind.${p.endKind}`), date: formatCalendarDate(locale, p.endedOn) })}: ${t(`outcome.${p.outcome}`)}` : "–"),
        csv: (p, { t }) => (p.outcome ? t(`outcome.${p.outcome}`) : null),
      },
      { key: "outcomeHours", header: "csv.outcomeHours", csv: (p) => p.outcomeHours },
      { key: "statusCategory", header: "csv.statusCategory", csv: (p, { t }) => (p.statusCategory ? t(`statusCategory.${p.statusCategory}`) : null) },
      { key: "statusHours", header: "csv.statusHours", csv: (p) => p.statusHours },
    );
  }
  return columns;
}

describe("the placement list's page and CSV columns apart (decision 077)", () => {
  const all = rows();
  const cellOf = (c: Column<PlacementRow>, row: PlacementRow, f: { t: ReturnType<typeof translator>; locale: "da" | "en" }) => renderToStaticMarkup(<>{c.cell!(row, f)}</>);

  it("the CSV has the same columns in the same order, each with the same header and the same value for every row", () => {
    for (const view of VIEWS) {
      const reference = referenceColumns(view);
      const csv = placementCsvColumns(view);
      expect(csv.map((c) => [c.key, c.header, Boolean(c.csv), Boolean(c.cell), c.numeric ?? false, c.sortKey]), view.base).toEqual(reference.map((c) => [c.key, c.header, Boolean(c.csv), Boolean(c.cell), c.numeric ?? false, c.sortKey]));
      for (const locale of LOCALES) {
        current.locale = locale;
        const f = { t: translator(locale), locale };
        for (const row of all)
          reference.forEach((c, i) => {
            if (c.csv) expect(csv[i]!.csv!(row, f), `${view.base} ${locale} ${row.id} ${c.key}`).toEqual(c.csv(row, f));
            if (c.cell) expect(cellOf(csv[i]!, row, f), `${view.base} ${locale} ${row.id} ${c.key}`).toBe(cellOf(c, row, f));
          });
      }
    }
  });

  it("the page has the columns with a cell, in the same order, each cell as before for every row", () => {
    for (const view of VIEWS) {
      const reference = referenceColumns(view).filter((c) => c.cell);
      const page = placementColumns(view);
      expect(page.map((c) => [c.key, c.header, c.numeric ?? false, c.sortKey]), view.base).toEqual(reference.map((c) => [c.key, c.header, c.numeric ?? false, c.sortKey]));
      for (const locale of LOCALES) {
        current.locale = locale;
        const f = { t: translator(locale), locale };
        for (const row of all) reference.forEach((c, i) => expect(cellOf(page[i]!, placementPageRow(row, view), f), `${view.base} ${locale} ${row.id} ${c.key}`).toBe(cellOf(c, row, f)));
      }
    }
  });
});
