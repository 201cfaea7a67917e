import { Form } from "@remix-run/react";
import type { Outcome } from "~/domain/placements/ending-vocabulary";
import { OUTCOMES } from "~/domain/placements/ending-vocabulary";
import type { PlacementStatus } from "~/domain/placements/vocabulary";
import { PLACEMENT_STATUSES } from "~/domain/placements/vocabulary";
import { useT } from "~/i18n/use-t";
import { activeFilterCount, CheckboxFilter, FilterDisclosure, SelectFilter } from "./filter-fields";
import { FilterButtons } from "./filter-buttons";

type Filters = { status?: PlacementStatus; outcome?: Outcome; reached13Weeks: boolean; atRisk: boolean; responsible?: number; team?: string };

/**
 * The placement lists' filters (a plain GET form): status, outcome, reached 13 weeks, at risk.
 * The dashboard's "mine" and "my team" arrive as `responsible` and `team`: said in a line above
 * the form and kept by it, until "show all placements".
 */
export function PlacementFilters({ base, filters, userId }: { base: string; filters: Filters; userId?: number }) {
  const t = useT();
  const { responsible, team, ...shown } = filters;
  const people = team ? t("placements.onlyTeam", { team }) : responsible ? (responsible === userId ? t("placements.onlyMine") : t("placements.onlyResponsible")) : null;
  return (
    <>
      {people ? (
        <p>
          {people}{" "}
          <a href={base} className="function-link">
            {t("placements.resetFilters")}
          </a>
        </p>
      ) : null}
      <FilterDisclosure active={activeFilterCount(shown)}>
        <Form method="get" aria-label={t("placements.filterLabel")}>
          {responsible ? <input type="hidden" name="responsible" value={responsible} /> : null}
          {team ? <input type="hidden" name="team" value={team} /> : null}
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
          <CheckboxFilter name="reached13Weeks" label={t("placements.reached13Weeks")} checked={filters.reached13Weeks} />
          <CheckboxFilter name="atRisk" label={t("placements.atRiskOnly")} checked={filters.atRisk} />
          <FilterButtons primary reset={{ href: base, label: t("placements.resetFilters") }} />
        </Form>
      </FilterDisclosure>
    </>
  );
}
