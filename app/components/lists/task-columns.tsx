import type { TaskStatus } from "~/domain/tasks/vocabulary";
import { formatNumber } from "~/i18n/translate";
import type { Column } from "../data-table";

export interface TaskRow {
  id: number;
  title: string;
  status: TaskStatus;
  hoursFreed: number | null;
  relievedRole: string | null;
  workplaceName: string | null;
}

/** The company's tasks, for HR and mentors (`/company/tasks/…`) or the jobcentre (read-only). */
export function taskColumns(hrefFor: (id: number) => string): Column<TaskRow>[] {
  return [
    { key: "title", header: "field.taskTitle", sortKey: "title", cell: (r) => <a href={hrefFor(r.id)}>{r.title}</a>, csv: (r) => r.title },
    { key: "role", header: "field.relievedRole", cell: (r) => r.relievedRole ?? "–", csv: (r) => r.relievedRole },
    {
      key: "hours",
      header: "tasks.hoursColumn",
      sortKey: "hours",
      sortDirection: "descending",
      numeric: true,
      cell: (r, { t, locale }) => (r.hoursFreed != null ? t("tasks.hoursValue", { hours: formatNumber(locale, r.hoursFreed) }) : "–"),
      csv: (r) => r.hoursFreed,
    },
    { key: "workplace", header: "field.workplace", cell: (r) => r.workplaceName ?? "–", csv: (r) => r.workplaceName },
    {
      key: "status",
      header: "field.status",
      cell: (r, { t }) => <span className={`badge task-status-${r.status}`}>{t(`taskStatus.${r.status}`)}</span>,
      csv: (r, { t }) => t(`taskStatus.${r.status}`),
    },
  ];
}
