import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { placementColumns } from "~/components/lists/placement-columns";
import { pageMeta } from "~/components/page-meta";
import { PlacementStatusFilter } from "~/components/placement-status-filter";
import { loadList } from "~/http/list.server";
import { jobcentrePlacementsList } from "~/http/lists/placements.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.placements");

export function loader(args: LoaderFunctionArgs) {
  const { filters, result } = loadList(args, jobcentrePlacementsList);
  return { result, status: filters.status ?? "" };
}

/** The jobcentre's placements, every company. */
export default function JobcentrePlacements() {
  const t = useT();
  const { result, status } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("placements.title")}</h1>
      <p className="font-lead">{t("placements.jobcentreLead")}</p>
      <p>
        <a href="/jobcentre/follow-ups">{t("followUps.all")}</a>
      </p>
      <PlacementStatusFilter status={status} />
      <DataTable
        caption={t("placements.title")}
        columns={placementColumns({ base: "/jobcentre/placements", showCompany: true })}
        rows={result.rows}
        rowKey={(r) => r.id}
        total={result.total}
        countKey="placements.count"
        csvHref="/jobcentre/placements.csv"
        page={result.page}
        pageSize={result.pageSize}
        empty={<p>{status ? t("placements.noneInFilter") : t("placements.none")}</p>}
      />
    </div>
  );
}
