import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { DataTable, type Column } from "~/components/data-table";
import { pageMeta } from "~/components/page-meta";
import { retentionOverview } from "~/domain/retention/queries.server";
import { pageParam } from "~/domain/page-param";
import { RETENTION_LOOKAHEAD_DAYS } from "~/domain/retention/constants";
import { formatCalendarDate } from "~/i18n/translate";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.privacy");

/** The jobcentre administrator sees what the nightly retention job will anonymise, and when. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ["jobcentre_admin"]);
  const page = pageParam.parse(new URL(args.request.url).searchParams.get("page"));
  return retentionOverview(ctx, args.context.retentionMonths, page);
}

type Row = ReturnType<typeof retentionOverview>["upcoming"]["rows"][number];

const COLUMNS: readonly Column<Row>[] = [
  { key: "candidate", header: "privacy.col.candidate", cell: (r) => <a href={`/jobcentre/candidates/${r.id}/personal-data`}>{r.alias}</a> },
  { key: "responsible", header: "privacy.col.responsible", cell: (r) => r.responsible },
  { key: "reason", header: "privacy.col.reason", cell: (r, { t }) => t(`privacy.reason.${r.reason}`) },
  { key: "on", header: "privacy.col.on", cell: (r, { t, locale }) => (r.due ? t("privacy.tonight") : formatCalendarDate(locale, r.on)) },
];

export default function Privacy() {
  const t = useT();
  const { months, upcoming, anonymised } = useLoaderData<typeof loader>();
  const days = RETENTION_LOOKAHEAD_DAYS;
  return (
    <div className="stack">
      <h1>{t("title.privacy")}</h1>
      <p className="font-lead">{t("privacy.lead", { months })}</p>
      <p>{t("privacy.anonymisedSoFar", { count: anonymised })}</p>
      <h2>{t("privacy.upcomingHeading", { days })}</h2>
      <DataTable
        caption={t("privacy.upcomingHeading", { days })}
        columns={COLUMNS}
        rows={upcoming.rows}
        rowKey={(r) => r.id}
        total={upcoming.total}
        countKey="privacy.upcomingCount"
        page={upcoming.page}
        pageSize={upcoming.pageSize}
        empty={<p>{t("privacy.noneUpcoming", { days })}</p>}
      />
    </div>
  );
}
