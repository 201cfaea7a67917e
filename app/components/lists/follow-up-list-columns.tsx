import type { FollowUpStatus } from "~/domain/placements/vocabulary";
import { formatCalendarDate } from "~/i18n/translate";
import { csvDate, type Column } from "../data-table";

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
    {
      key: "week",
      header: "followUps.week",
      cell: (f, { t }) => (f.status === "submitted" || f.open ? <a href={`${base}/${f.placementId}/follow-ups/${f.id}`}>{`${t("followUps.week")} ${f.week}`}</a> : `${t("followUps.week")} ${f.week}`),
      csv: (f) => f.week,
    },
    { key: "date", header: "followUps.date", cell: (f, { locale }) => formatCalendarDate(locale, f.dueDate), csv: (f) => csvDate(f.dueDate) },
    {
      key: "status",
      header: "field.status",
      cell: (f, { t }) => (
        <>
          {t(`followUpStatus.${f.status}`)}
          {f.overdue ? <strong className="form-error-message"> {t("followUps.overdue")}</strong> : null}
        </>
      ),
      csv: (f, { t }) => (f.overdue ? `${t(`followUpStatus.${f.status}`)} – ${t("followUps.overdue")}` : t(`followUpStatus.${f.status}`)),
    },
    { key: "submittedAt", header: "followUps.submittedAt", csv: (f) => csvDate(f.submittedAt) },
  );
  if (jc) {
    columns.push(
      { key: "daysPresent", header: "followUp.daysPresent", csv: (f) => f.daysPresent },
      { key: "daysPlanned", header: "followUp.daysPlanned", csv: (f) => f.daysPlanned },
      { key: "hoursWorked", header: "followUp.hoursWorked", csv: (f) => f.hoursWorked },
      { key: "wellBeing", header: "followUps.wellBeing", csv: (f) => f.wellBeing },
    );
  }
  return columns;
}
