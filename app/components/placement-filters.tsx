import { Form } from "@remix-run/react";
import type { Outcome } from "~/domain/placements/ending-vocabulary";
import { OUTCOMES } from "~/domain/placements/ending-vocabulary";
import type { PlacementStatus } from "~/domain/placements/vocabulary";
import { PLACEMENT_STATUSES } from "~/domain/placements/vocabulary";
import { useT } from "~/i18n/use-t";
import { activeFilterCount, FilterDisclosure, SelectFilter } from "./filter-fields";

/** The placement lists' filters (a plain GET form): status, outcome, reached 13 weeks. */
export function PlacementFilters({ base, filters }: { base: string; filters: { status?: PlacementStatus; outcome?: Outcome; reached13Weeks: boolean; atRisk: boolean } }) {
  const t = useT();
  return (
    <FilterDisclosure active={activeFilterCount(filters)}>
      <Form method="get" aria-label={t("placements.filterLabel")}>
        <div className="filter-form">
          <SelectFilter
            name="status"
            label={t("field.status")}
            allLabel={t("placements.all")}
            defaultValue={filters.status ?? ""}
            options={PLACEMENT_STATUSES.map((s) => ({ value: s, label: t(`placementStatus.${s}`) }))}
          />
          <SelectFilter name="outcome" label={t("csv.outcome")} allLabel={t("placements.all")} defaultValue={filters.outcome ?? ""} options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
        </div>
        <div className="form-group-checkbox">
          <input className="form-checkbox" type="checkbox" id="reached13Weeks" name="reached13Weeks" value="1" defaultChecked={filters.reached13Weeks} />
          <label className="form-label" htmlFor="reached13Weeks">
            {t("placements.reached13Weeks")}
          </label>
        </div>
        <div className="form-group-checkbox">
          <input className="form-checkbox" type="checkbox" id="atRisk" name="atRisk" value="1" defaultChecked={filters.atRisk} />
          <label className="form-label" htmlFor="atRisk">
            {t("placements.atRiskOnly")}
          </label>
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t("form.filter")}
          </button>
          <a href={base} className="function-link">
            {t("placements.resetFilters")}
          </a>
        </div>
      </Form>
    </FilterDisclosure>
  );
}
