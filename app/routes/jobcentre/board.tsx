import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/alerts";
import { DataTable } from "~/components/data-table";
import { activeFilterCount, CheckboxFilter, ChoiceFilter, FilterDisclosure, SearchFilter, SelectFilter, TextFilter } from "~/components/filter-fields";
import { DemandFilterSelects } from "~/components/demand-filter-selects";
import { FilterButtons } from "~/components/filter-buttons";
import { boardColumns } from "~/components/lists/board-columns";
import { pageMeta } from "~/components/page-meta";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import { BOARD_ACCESS } from "~/domain/slots/board-filters";
import { SLOT_KINDS, WEEKDAYS } from "~/domain/slots/vocabulary";
import { loadList } from "~/http/list.server";
import { boardList } from "~/http/lists/board.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.board");

const RADII = [0, 5, 10, 15, 25, 50, 100];

export function loader(args: LoaderFunctionArgs) {
  const { ctx, filters, result } = loadList(args, boardList);
  return { filters, result, jobcentre: ctx.actor.organisationName };
}

export default function Board() {
  const t = useT();
  const { filters, result, jobcentre } = useLoaderData<typeof loader>();
  const { q, kinds, industry, postcode, maxStartHours, days, maxDemand, access, withoutProposal } = filters;
  const active = activeFilterCount({ q, kinds, industry, postcode, maxStartHours, days, maxDemand, access, withoutProposal });
  return (
    <div className="stack">
      <h1>{t("board.title")}</h1>
      <p className="font-lead">{t("board.lead", { jobcentre })}</p>
      <FilterDisclosure active={active}>
        <Form method="get" aria-label={t("board.filterLabel")}>
          <div className="filter-form">
            <SearchFilter label={t("board.search")} defaultValue={filters.q ?? ""} />
            <SelectFilter
              name="industry"
              label={t("field.industry")}
              allLabel={t("board.allIndustries")}
              defaultValue={filters.industry ?? ""}
              options={INDUSTRIES.map((i) => ({ value: i, label: t(`industry.${i}`) }))}
            />
            <TextFilter name="postcode" label={t("board.postcode")} numeric defaultValue={filters.postcode ?? ""} />
            <SelectFilter
              name="radius"
              label={t("board.radius")}
              defaultValue={String(filters.radiusKm)}
              options={RADII.map((km) => ({ value: km, label: km === 0 ? t("board.radiusExact") : t("board.radiusKm", { km }) }))}
            />
            <TextFilter name="hours" label={t("board.maxHours")} numeric defaultValue={filters.maxStartHours ?? ""} />
            <DemandFilterSelects maxDemand={filters.maxDemand} />
            <SelectFilter
              name="sort"
              label={t("tasks.sort")}
              defaultValue={filters.sort}
              options={[
                { value: "start", label: t("board.sortStart") },
                { value: "newest", label: t("board.sortNewest") },
                { value: "oldest", label: t("board.sortOldest") },
                { value: "hours", label: t("board.sortHours") },
                { value: "distance", label: t("board.sortDistance") },
              ]}
            />
          </div>
          <ChoiceFilter
            name="kind"
            legend={t("field.slotKind")}
            options={SLOT_KINDS.map((k) => ({ value: k, label: t(`slotKind.${k}`) }))}
            checked={filters.kinds}
          />
          <ChoiceFilter
            name="day"
            legend={t("board.days")}
            hint={t("board.daysHint")}
            options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
            checked={filters.days}
          />
          <ChoiceFilter
            name="access"
            legend={t("board.access")}
            hint={t("board.accessHint")}
            options={BOARD_ACCESS.map((a) => ({ value: a, label: a === "described" ? t("board.accessDescribed") : t(`adaptation.${a}`) }))}
            checked={filters.access}
          />
          <CheckboxFilter name="withoutProposal" label={t("board.withoutProposal")} checked={filters.withoutProposal} />
          <FilterButtons primary reset={{ href: "/jobcentre/board", label: t("board.reset") }} />
        </Form>
      </FilterDisclosure>
      {filters.badPostcode ? <Alert kind="warning" heading={t("board.badPostcode")} /> : null}
      {filters.unknownPostcode ? <Alert kind="warning" heading={t("board.unknownPostcode", { postcode: filters.postcode ?? "" })} /> : null}
      {filters.sort === "distance" && !filters.postcode ? <Alert kind="info" heading={t("board.distanceNeedsPostcode")} /> : null}
      <DataTable
        caption={t("board.title")}
        columns={boardColumns}
        rowKey={(s) => s.id}
        countKey="board.count"
        csvHref="/jobcentre/board.csv"
        sort={filters.sort}
        {...result}
      />
    </div>
  );
}
