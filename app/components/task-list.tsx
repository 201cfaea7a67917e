import { Form } from "@remix-run/react";
import { TASK_STATUSES, type TaskStatus } from "~/domain/tasks/schema";
import { DemandFilterSelects, SearchFilter, SelectFilter } from "./filter-fields";
import type { ParsedTaskFilters } from "~/domain/tasks/filters";
import { formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export interface TaskRow {
  id: number;
  title: string;
  status: TaskStatus;
  hoursFreed: number | null;
  relievedRole: string | null;
  workplaceName: string | null;
}

export function TaskFilterForm({
  filters,
  workplaces,
  statuses,
}: {
  filters: ParsedTaskFilters;
  workplaces: { id: number; name: string }[];
  statuses: readonly TaskStatus[];
}) {
  const t = useT();
  return (
    <Form method="get" className="filter-form" aria-label={t("tasks.filterLabel")}>
      <SearchFilter label={t("tasks.search")} defaultValue={filters.q ?? ""} />
      {statuses.length > 1 ? (
        <SelectFilter
          name="status"
          label={t("field.status")}
          allLabel={t("tasks.allStatuses")}
          defaultValue={filters.status ?? ""}
          options={TASK_STATUSES.filter((s) => statuses.includes(s)).map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))}
        />
      ) : null}
      <SelectFilter
        name="workplace"
        label={t("field.workplace")}
        allLabel={t("tasks.allWorkplaces")}
        defaultValue={filters.workplaceId ?? ""}
        options={workplaces.map((w) => ({ value: w.id, label: w.name }))}
      />
      <DemandFilterSelects maxDemand={filters.maxDemand} />
      <div className="form-group">
        <label className="form-label" htmlFor="sort">
          {t("tasks.sort")}
        </label>
        <select className="form-select" id="sort" name="sort" defaultValue={filters.sort}>
          <option value="updated">{t("tasks.sortUpdated")}</option>
          <option value="title">{t("tasks.sortTitle")}</option>
          <option value="hours">{t("tasks.sortHours")}</option>
        </select>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-secondary">
          {t("form.filter")}
        </button>
      </div>
    </Form>
  );
}

export function TaskTable({ rows, hrefFor, caption }: { rows: TaskRow[]; hrefFor: (id: number) => string; caption: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table--compact">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("field.taskTitle")}</th>
            <th scope="col">{t("field.relievedRole")}</th>
            <th scope="col" className="text-align-right">
              {t("tasks.hoursColumn")}
            </th>
            <th scope="col">{t("field.workplace")}</th>
            <th scope="col">{t("field.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((task) => (
            <tr key={task.id}>
              <td>
                <a href={hrefFor(task.id)}>{task.title}</a>
              </td>
              <td>{task.relievedRole ?? "–"}</td>
              <td className="text-align-right">
                {task.hoursFreed != null ? t("tasks.hoursValue", { hours: formatNumber(locale, task.hoursFreed) }) : "–"}
              </td>
              <td>{task.workplaceName ?? "–"}</td>
              <td>
                <span className={`badge task-status-${task.status}`}>{t(`taskStatus.${task.status}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
