import { Form } from "@remix-run/react";
import { PLACEMENT_STATUSES } from "~/domain/placements/vocabulary";
import { useT } from "~/i18n/use-t";
import { FilterDisclosure, SelectFilter } from "./filter-fields";

/** The placement lists' filter: every placement, or the active, completed or interrupted ones (the outcomes). A GET form. */
export function PlacementStatusFilter({ status }: { status: string }) {
  const t = useT();
  return (
    <FilterDisclosure active={status ? 1 : 0}>
      <Form method="get" className="filter-form" aria-label={t("placements.filterLabel")}>
        <SelectFilter name="status" label={t("field.status")} allLabel={t("placements.allStatuses")} options={PLACEMENT_STATUSES.map((s) => ({ value: s, label: t(`placementStatus.${s}`) }))} defaultValue={status} />
        <div className="button-row">
          <button type="submit" className="button button-secondary">
            {t("form.filter")}
          </button>
        </div>
      </Form>
    </FilterDisclosure>
  );
}
