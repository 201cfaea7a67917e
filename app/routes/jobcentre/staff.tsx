import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { ColleaguesPage } from "~/components/colleagues";
import { colleaguesAction, colleaguesData } from "~/http/colleagues.server";
import { staffList } from "~/http/lists/people.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.staff");

export function loader(args: LoaderFunctionArgs) {
  return colleaguesData(requireRole(args, staffList.roles));
}

export function action(args: ActionFunctionArgs) {
  return colleaguesAction(requireRole(args, ["jobcentre_admin"]), args, "/jobcentre/staff");
}

export default function Staff() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return <ColleaguesPage title={t("staff.title")} lead={t("staff.lead")} {...data} csvHref="/jobcentre/staff.csv" state={state} />;
}
