import type { FollowUpStatus } from "~/domain/placements/vocabulary";
import { formatCalendarDate } from "~/i18n/translate";
import { csvDate, type Column } from "../data-table";

export interface FollowUpRow {
  id: number;
  week: number;
  dueDate: string;
  status: FollowUpStatus;
  open: boolean;
  overdue: boolean;
  submittedAt?: Date | string | null;
  daysPresent?: number | null;
  daysPlanned?: number | null;
  hoursWorked?: number | null;
  wellBeing?: number | null;
  /** The citizen's alias, in the jobcentre's CSV only. */
  alias?: string;
}

/** A follow-up's week (a link to fill in or read it once it can be), day, status and when it was sent: the page's and the lists' shared columns. */
export function followUpScheduleColumns<R extends FollowUpRow>(href: (f: R) => string): Column<R>[] {
  return [
    {
      key: "week",
      header: "followUps.week",
      cell: (f, { t }) => (f.status === "submitted" || f.open ? <a href={href(f)}>{`${t("followUps.week")} ${f.week}`}</a> : `${t("followUps.week")} ${f.week}`),
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
    { key: "submittedAt", header: "followUps.submittedAt", csv: (f) => csvDate(f.submittedAt ?? null) },
  ];
}

/** The figures the mentor reported, in the jobcentre's CSVs only (never free text). */
export function followUpFigureColumns<R extends FollowUpRow>(): Column<R>[] {
  return [
    { key: "daysPresent", header: "followUp.daysPresent", csv: (f) => f.daysPresent },
    { key: "daysPlanned", header: "followUp.daysPlanned", csv: (f) => f.daysPlanned },
    { key: "hoursWorked", header: "followUp.hoursWorked", csv: (f) => f.hoursWorked },
    { key: "wellBeing", header: "followUps.wellBeing", csv: (f) => f.wellBeing },
  ];
}

/**
 * A placement's follow-ups, for its page's table and the jobcentre's CSV: the page links each
 * week to fill in or read; the CSV carries the figures the mentor reported, never free text.
 */
export function followUpColumns(view: { base: string; withCitizen: boolean }): Column<FollowUpRow>[] {
  const columns: Column<FollowUpRow>[] = [];
  if (view.withCitizen) columns.push({ key: "citizen", header: "placement.citizen", csv: (f) => f.alias });
  columns.push(...followUpScheduleColumns<FollowUpRow>((f) => `${view.base}/follow-ups/${f.id}`), ...followUpFigureColumns<FollowUpRow>());
  return columns;
}
