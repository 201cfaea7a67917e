import type { FollowUpStatus } from "~/domain/placements/vocabulary";
import type { Column } from "../data-table";
import { followUpFigureColumns, followUpScheduleColumns } from "./follow-up-columns";

export interface FollowUpListRow {
  id: number;
  placementId: number;
  week: number;
  dueDate: string;
  status: FollowUpStatus;
  open: boolean;
  overdue: boolean;
  submittedAt: Date | string | null;
  daysPresent: number | null;
  daysPlanned: number | null;
  hoursWorked: number | null;
  wellBeing: number | null;
  alias: string;
  slotTitle: string;
  companyName: string;
  mentorName: string;
}

/**
 * The follow-ups across placements (the list page and its CSV). The page names the citizen on
 * both sides (as the placement pages do). The CSV: the jobcentre's holds the citizen and the
 * reported figures (never free text); the company's is a to-do list of slots, mentors, weeks and
 * days with no candidate data (no name, no figures about the person): candidate data leaves the
 * portal only through the jobcentre (docs/decisions/034).
 */
export function followUpListColumns(side: "company" | "jobcentre"): Column<FollowUpListRow>[] {
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
