import type { FlagKind } from "~/domain/placements/flags";
import type { PlacementStatus } from "~/domain/placements/vocabulary";
import type { EndKind, Outcome, StatusCategory } from "~/domain/placements/ending-vocabulary";
import { FlagNamesIn } from "../flag-names";
import { formatCalendarDate, formatNumber } from "~/i18n/translate";
import type { Column } from "../data-table";
import { keyNumber, keyText } from "./row-key";

export interface PlacementRow {
  id: number;
  status: PlacementStatus;
  alias: string;
  slotTitle: string;
  companyName: string;
  mentorName: string;
  startDate: string;
  plannedEndDate: string;
  week: number | null;
  hoursNow: number;
  targetHours: number;
  /** The kinds of its flags today (the list names them; the placement's page says more). */
  flags: { kind: FlagKind }[];
  /** How it ended and the status three months on (null while running); in the jobcentre's CSV. */
  endKind?: EndKind | null;
  endedOn?: string | null;
  outcome?: Outcome | null;
  outcomeHours?: number | null;
  statusCategory?: StatusCategory | null;
  statusHours?: number | null;
}

/**
 * A row as its list page sends it to the browser: only what the page's cells read. The outcome
 * and the status three months on are the citizen's data: the company side gets none of them
 * (its page and CSV show none), the jobcentre's page only the ending it prints (its CSV, read
 * through the list's `load`, keeps every column). Tested cell by cell against the whole row.
 */
export function placementPageRow(row: PlacementRow, view: { showCompany: boolean }): PlacementRow {
  const page: PlacementRow = {
    id: row.id,
    status: row.status,
    alias: row.alias,
    slotTitle: row.slotTitle,
    companyName: row.companyName,
    mentorName: row.mentorName,
    startDate: row.startDate,
    plannedEndDate: row.plannedEndDate,
    week: row.week,
    hoursNow: row.hoursNow,
    targetHours: row.targetHours,
    flags: row.flags,
  };
  if (view.showCompany) {
    page.endKind = row.endKind;
    page.endedOn = row.endedOn;
    page.outcome = row.outcome;
  }
  return page;
}


/**
 * Rows kept per side (both languages): a placement row is about 650 characters with its key, two
 * bytes each, so about 2.6 MB a side at most (decision 084; the board keeps as many).
 */
export const PLACEMENT_ROWS_KEPT = 2000;

/**
 * Every field of a page row (`placementPageRow`) that the page's cells read, as one string: the
 * row's cells are drawn once per this key and language and kept (decision 084), so a renamed
 * candidate, company or mentor, a new week, hours or flag is a new key and shows at once. A field
 * added to the page row goes here too (placement-rows-kept.test.tsx changes each field in turn).
 */
export function placementRowKey(p: PlacementRow): string {
  let flags = "";
  for (const f of p.flags) flags += `${f.kind},`;
  return `${p.id}|${p.status}|${keyText(p.alias)}|${keyText(p.slotTitle)}|${keyText(p.companyName)}|${keyText(p.mentorName)}|${keyText(p.startDate)}|${keyText(p.plannedEndDate)}|${keyNumber(p.week)}|${keyNumber(p.hoursNow)}|${keyNumber(p.targetHours)}|${flags}|${keyText(p.endKind)}|${keyText(p.endedOn)}|${keyText(p.outcome)}`;
}

/**
 * The placement list's page columns for either side: the company side without the company
 * column, the jobcentre's with it and with the ending. The CSV's columns are these and the
 * CSV-only ones (`placementCsvColumns`, in a module of its own so that the pages are not sent
 * the CSV-only headers and values: decision 077); a page column's csv value is its CSV cell.
 */
export function placementColumns(view: { base: "/company/placements" | "/jobcentre/placements"; showCompany: boolean }): Column<PlacementRow>[] {
  const flags: Column<PlacementRow> = { key: "flags", header: "flags.column", cell: (p, { t }) => <FlagNamesIn t={t} flags={p.flags} /> };
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
  ];
  if (view.showCompany) columns.push({ key: "company", header: "field.company", cell: (p) => p.companyName, csv: (p) => p.companyName });
  columns.push(
    { key: "mentor", header: "field.mentor", cell: (p) => p.mentorName, csv: (p) => p.mentorName },
    {
      key: "period",
      header: "placement.period",
      cell: (p, { locale }) => `${formatCalendarDate(locale, p.startDate)} – ${formatCalendarDate(locale, p.plannedEndDate)}`,
    },
    {
      key: "week",
      header: "placement.weekNow",
      cell: (p, { t }) => (p.week === null ? t(`placementStatus.${p.status}`) : p.week === 0 ? t("placement.notStartedYet") : t("placement.weekShort", { week: p.week })),
    },
    { key: "hours", header: "placement.hoursNow", numeric: true, cell: (p, { t, locale }) => t("placement.hoursShort", { hours: formatNumber(locale, p.hoursNow), target: formatNumber(locale, p.targetHours) }), csv: (p) => p.hoursNow },
    flags,
  );
  // Outcomes are about the citizen: only the jobcentre's page and CSV carry them.
  if (view.showCompany) {
    columns.push({
      key: "outcome",
      header: "csv.outcome",
      // On the jobcentre's page too, so a list filtered to ended placements is the list of outcomes.
      cell: (p, { t, locale }) => (p.endKind && p.outcome && p.endedOn ? `${t("ending.endedValue", { kind: t(`endKind.${p.endKind}`), date: formatCalendarDate(locale, p.endedOn) })}: ${t(`outcome.${p.outcome}`)}` : "–"),
      csv: (p, { t }) => (p.outcome ? t(`outcome.${p.outcome}`) : null),
    });
  }
  return columns;
}
