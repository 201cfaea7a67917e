import type { FollowUpStatus } from "~/domain/placements/vocabulary";
import type { Column } from "../data-table";
import { followUpFigureColumns, followUpScheduleColumns } from "./follow-up-columns";
import { keyNumber, keyText } from "./row-key";

export interface FollowUpListRow {
  id: number;
  placementId: number;
  week: number;
  dueDate: string;
  status: FollowUpStatus;
  open: boolean;
  overdue: boolean;
  /** When it was sent and what the mentor reported: in the CSVs only (the page row leaves them out). */
  submittedAt?: Date | string | null;
  daysPresent?: number | null;
  daysPlanned?: number | null;
  hoursWorked?: number | null;
  wellBeing?: number | null;
  alias: string;
  slotTitle: string;
  /** The jobcentre's page and CSV only. */
  companyName?: string;
  mentorName: string;
}

type Side = "company" | "jobcentre";

/**
 * A row as the list page sends it to the browser: only what the page's cells read (decision 074's
 * rule). The figures the mentor reported and when it was sent are in the CSVs only; the company
 * side is not sent its own name. Tested cell by cell against the whole row.
 */
export function followUpPageRow(row: FollowUpListRow, side: Side): FollowUpListRow {
  const page: FollowUpListRow = {
    id: row.id,
    placementId: row.placementId,
    week: row.week,
    dueDate: row.dueDate,
    status: row.status,
    open: row.open,
    overdue: row.overdue,
    alias: row.alias,
    slotTitle: row.slotTitle,
    mentorName: row.mentorName,
  };
  if (side === "jobcentre") page.companyName = row.companyName;
  return page;
}

/**
 * Every field of a page row (`followUpPageRow`) as one string: the row's cells are drawn once per
 * this key and language and kept (decision 085), so a renamed citizen, slot, company or mentor, a
 * sent follow-up or one that became overdue is a new key and shows at once. A field added to the
 * page row goes here too (follow-up-rows-kept.test.tsx changes each field in turn).
 */
export function followUpRowKey(f: FollowUpListRow): string {
  return `${f.id}|${f.placementId}|${keyNumber(f.week)}|${keyText(f.dueDate)}|${f.status}|${f.open ? 1 : 0}${f.overdue ? 1 : 0}|${keyText(f.alias)}|${keyText(f.slotTitle)}|${keyText(f.mentorName)}|${keyText(f.companyName)}`;
}

/** Rows kept per side (both languages): a row is about 500 characters with its key, so about 2 MB a side at most. */
export const FOLLOW_UP_ROWS_KEPT = 2000;

/**
 * The follow-ups across placements (the list page and its CSV). The page names the citizen on
 * both sides (as the placement pages do). The CSV: the jobcentre's holds the citizen and the
 * reported figures (never free text); the company's is a to-do list of slots, mentors, weeks and
 * days with no candidate data (no name, no figures about the person): candidate data leaves the
 * portal only through the jobcentre (docs/decisions/034).
 */
export function followUpListColumns(side: Side): Column<FollowUpListRow>[] {
  const jc = side === "jobcentre";
  const base = `/${side}/placements`;
  const columns: Column<FollowUpListRow>[] = [
    { key: "citizen", header: "placement.citizen", cell: (f) => <a href={`${base}/${f.placementId}`}>{f.alias}</a>, ...(jc ? { csv: (f: FollowUpListRow) => f.alias } : {}) },
  ];
  if (jc) columns.push({ key: "company", header: "field.company", cell: (f) => f.companyName, csv: (f) => f.companyName });
  columns.push(
    { key: "slot", header: "field.slotTitle", cell: (f) => f.slotTitle, csv: (f) => f.slotTitle },
    { key: "mentor", header: "field.mentor", cell: (f) => f.mentorName, csv: (f) => f.mentorName },
    ...followUpScheduleColumns<FollowUpListRow>((f) => `${base}/${f.placementId}/follow-ups/${f.id}`),
  );
  if (jc) columns.push(...followUpFigureColumns<FollowUpListRow>());
  return columns;
}

/** Each side's page columns, made once: the kept rows are kept with them (decision 085). */
export const FOLLOW_UP_PAGE_COLUMNS: Record<Side, readonly Column<FollowUpListRow>[]> = {
  company: followUpListColumns("company"),
  jobcentre: followUpListColumns("jobcentre"),
};
