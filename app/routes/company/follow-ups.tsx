import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { FollowUpListPage } from "~/components/follow-up-list-page";
import { followUpPageRow } from "~/components/lists/follow-up-list-columns";
import { pageMeta } from "~/components/page-meta";
import { loadList } from "~/http/list.server";
import { companyFollowUpList } from "~/http/lists/follow-up-list.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.followUps");

/** HR: every follow-up of the company's placements; a mentor: those of their own. */
export function loader(args: LoaderFunctionArgs) {
  const { ctx, filters, result } = loadList(args, companyFollowUpList);
  // The rows as the page shows them: the reported figures stay in the CSV.
  return { view: filters.view, result: { ...result, rows: result.rows.map((r) => followUpPageRow(r, "company")) }, isHr: ctx.actor.role === "company_admin" };
}

export default function CompanyFollowUps() {
  const t = useT();
  const { view, result, isHr } = useLoaderData<typeof loader>();
  return <FollowUpListPage side="company" view={view} result={result} lead={isHr ? t("followUps.companyLead") : t("followUps.mentorLead")} />;
}
