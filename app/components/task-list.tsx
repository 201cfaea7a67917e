import { Form } from "@remix-run/react";
import { workplaceChoices, type WorkplaceChoice } from "~/domain/companies/workplace-choice";
import { TASK_STATUSES, type TaskStatus } from "~/domain/tasks/vocabulary";
import { activeFilterCount, FilterDisclosure, SearchFilter, SelectFilter } from "./filter-fields";
import { DemandFilterSelects } from "./demand-filter-selects";
import { FilterButtons } from "./filter-buttons";
import type { TaskFilters } from "~/domain/tasks/task-filters";
import { useT } from "~/i18n/use-t";

export function TaskFilterForm({
  filters,
  workplaces,
  statuses,
}: {
  filters: TaskFilters;
  /** The company's open workplaces; from 8 up they are grouped by town (decision 030). */
  workplaces: readonly WorkplaceChoice[];
  statuses: readonly TaskStatus[];
}) {
  const t = useT();
  const active = activeFilterCount({ ...filters, sort: filters.sort === "updated" ? undefined : filters.sort });
  return (
    <FilterDisclosure active={active}>
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
        {...workplaceChoices(workplaces)}
      />
      <DemandFilterSelects maxDemand={filters.maxDemand} />
      <SelectFilter
        name="sort"
        label={t("tasks.sort")}
        defaultValue={filters.sort}
        options={[
          { value: "updated", label: t("tasks.sortUpdated") },
          { value: "title", label: t("tasks.sortTitle") },
          { value: "hours", label: t("tasks.sortHours") },
        ]}
      />
      <FilterButtons />
    </Form>
    </FilterDisclosure>
  );
}
