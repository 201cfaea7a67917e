import { Form } from "@remix-run/react";
import type { Page } from "~/domain/pagination";
import { FOLLOW_UP_VIEWS, type FollowUpView } from "~/domain/placements/vocabulary";
import { useT } from "~/i18n/use-t";
import { DataTable } from "./data-table";
import { FilterDisclosure, SelectFilter } from "./filter-fields";
import { FilterButtons } from "./filter-buttons";
import { FOLLOW_UP_PAGE_COLUMNS, FOLLOW_UP_ROWS_KEPT, followUpRowKey, type FollowUpListRow } from "./lists/follow-up-list-columns";

/**
 * The follow-ups across placements, for either side: what is to do now (overdue first), or
 * overdue, coming, sent, all. A GET filter form and a CSV link with the same filter.
 */
export function FollowUpListPage({ side, view, result, lead }: { side: "company" | "jobcentre"; view: FollowUpView; result: Page<FollowUpListRow>; lead: string }) {
  const t = useT();
  const columns = FOLLOW_UP_PAGE_COLUMNS[side];
  return (
    <div className="stack">
      <h1>{t("followUps.heading")}</h1>
      <p className="font-lead">{lead}</p>
      <FilterDisclosure active={view === "todo" ? 0 : 1}>
        <Form method="get" className="filter-form" aria-label={t("followUps.filterLabel")}>
          <SelectFilter name="view" label={t("followUps.view")} options={FOLLOW_UP_VIEWS.map((v) => ({ value: v, label: t(`followUps.view.${v}`) }))} defaultValue={view} />
          <FilterButtons />
        </Form>
      </FilterDisclosure>
      <DataTable
        caption={t("followUps.heading")}
        columns={columns}
        rowKey={(f) => f.id}
        keptRows={{ on: columns, key: followUpRowKey, limit: FOLLOW_UP_ROWS_KEPT }}
        countKey="followUps.count"
        csvHref={`/${side}/follow-ups.csv`}
        empty={<p>{t(`followUps.noneInView.${view}`)}</p>}
        {...result}
      />
    </div>
  );
}
