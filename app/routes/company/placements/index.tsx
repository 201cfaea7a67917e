import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { placementColumns, placementPageRow, placementRowKey, PLACEMENT_ROWS_KEPT } from "~/components/lists/placement-columns";
import { pageMeta } from "~/components/page-meta";
import { PlacementFilters } from "~/components/placement-filters";
import { loadList } from "~/http/list.server";
import { companyPlacementsPage } from "~/http/lists/placement-pages.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.placements");

const VIEW = { base: "/company/placements", showCompany: false } as const;
// Made once: the columns are the same on every view.
const COLUMNS = placementColumns(VIEW);

export function loader(args: LoaderFunctionArgs) {
  const { ctx, filters, result } = loadList(args, companyPlacementsPage);
  // The rows as the page shows them: no outcome or status of the citizen reaches the company's browser.
  return { filters, result: { ...result, rows: result.rows.map((r) => placementPageRow(r, VIEW)) }, isMentor: ctx.actor.role === "mentor" };
}

/** HR sees every placement of the company, a mentor the ones they mentor. */
export default function CompanyPlacements() {
  const t = useT();
  const { filters, result, isMentor } = useLoaderData<typeof loader>();
  const filtered = Boolean(filters.status || filters.outcome || filters.reached13Weeks || filters.atRisk);
  return (
    <div className="stack">
      <h1>{t("placements.title")}</h1>
      <p className="font-lead">{isMentor ? t("placements.mentorLead") : t("placements.companyLead")}</p>
      <p>
        <a href="/company/follow-ups">{t("followUps.all")}</a>
      </p>
      <PlacementFilters base="/company/placements" filters={filters} />
      <DataTable
        caption={t("placements.title")}
        columns={COLUMNS}
        rows={result.rows}
        rowKey={(r) => r.id}
        keptRows={{ on: COLUMNS, key: placementRowKey, limit: PLACEMENT_ROWS_KEPT }}
        total={result.total}
        countKey="placements.count"
        csvHref="/company/placements.csv"
        page={result.page}
        pageSize={result.pageSize}
        empty={<p>{filtered ? t("placements.noneFiltered") : t("placements.none")}</p>}
      />
    </div>
  );
}
