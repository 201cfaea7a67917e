import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { FollowUpListPage } from "~/components/follow-up-list-page";
import { followUpPageRow } from "~/components/lists/follow-up-list-columns";
import { pageMeta } from "~/components/page-meta";
import { loadList } from "~/http/list.server";
import { jobcentreFollowUpList } from "~/http/lists/follow-up-list.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.followUps");

/** The jobcentre's follow-ups in every company: what the mentors have to send, and what they sent. */
export function loader(args: LoaderFunctionArgs) {
  const { filters, result } = loadList(args, jobcentreFollowUpList);
  // The rows as the page shows them: the reported figures stay in the CSV.
  return { view: filters.view, result: { ...result, rows: result.rows.map((r) => followUpPageRow(r, "jobcentre")) } };
}

export default function JobcentreFollowUps() {
  const t = useT();
  const { view, result } = useLoaderData<typeof loader>();
  return <FollowUpListPage side="jobcentre" view={view} result={result} lead={t("followUps.jobcentreLead")} />;
}
