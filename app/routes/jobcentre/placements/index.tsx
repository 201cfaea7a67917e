import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { placementColumns, placementPageRow, placementRowKey, PLACEMENT_ROWS_KEPT } from "~/components/lists/placement-columns";
import { pageMeta } from "~/components/page-meta";
import { PlacementFilters } from "~/components/placement-filters";
import { loadList } from "~/http/list.server";
import { jobcentrePlacementsPage } from "~/http/lists/placement-pages.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.placements");

const VIEW = { base: "/jobcentre/placements", showCompany: true } as const;
// Made once: the columns are the same on every view.
const COLUMNS = placementColumns(VIEW);

export function loader(args: LoaderFunctionArgs) {
  const { ctx, filters, result } = loadList(args, jobcentrePlacementsPage);
  // The rows as the page shows them: the CSV-only columns stay on the server.
  return { filters, result: { ...result, rows: result.rows.map((r) => placementPageRow(r, VIEW)) }, userId: ctx.actor.userId };
}

/** The jobcentre's placements, every company. */
export default function JobcentrePlacements() {
  const t = useT();
  const { filters, result, userId } = useLoaderData<typeof loader>();
  const filtered = Boolean(filters.status || filters.outcome || filters.reached13Weeks || filters.atRisk || filters.responsible || filters.team);
  return (
    <div className="stack">
      <h1>{t("placements.title")}</h1>
      <p className="font-lead">{t("placements.jobcentreLead")}</p>
      <p>
        <a href="/jobcentre/follow-ups">{t("followUps.all")}</a>
      </p>
      <PlacementFilters base="/jobcentre/placements" filters={filters} userId={userId} />
      <DataTable
        caption={t("placements.title")}
        columns={COLUMNS}
        rows={result.rows}
        rowKey={(r) => r.id}
        keptRows={{ on: COLUMNS, key: placementRowKey, limit: PLACEMENT_ROWS_KEPT }}
        total={result.total}
        countKey="placements.count"
        csvHref="/jobcentre/placements.csv"
        page={result.page}
        pageSize={result.pageSize}
        empty={<p>{filtered ? t("placements.noneFiltered") : t("placements.none")}</p>}
      />
    </div>
  );
}
