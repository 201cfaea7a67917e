import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { ColleaguesPage } from "~/components/colleagues";
import { colleaguesAction, colleaguesData } from "~/http/colleagues.server";
import { colleaguesList } from "~/http/lists/people.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.colleagues");

export function loader(args: LoaderFunctionArgs) {
  return colleaguesData(requireRole(args, colleaguesList.roles));
}

export function action(args: ActionFunctionArgs) {
  return colleaguesAction(requireRole(args, ["company_admin"]), args, "/company/colleagues");
}

export default function Colleagues() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return <ColleaguesPage title={t("colleagues.title")} lead={t("colleagues.lead")} {...data} csvHref="/company/colleagues.csv" state={state} />;
}
