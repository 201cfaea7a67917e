import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { pageMeta } from "~/components/page-meta";
import { PlacementEndingPage } from "~/components/placement-ending-page";
import { endingAction, endingLoader } from "~/http/placement-ending.server";

export const meta = pageMeta("title.placementEnd");

/** HR moves the planned end or ends the placement; the mentor follows it but does neither. */
export function loader(args: LoaderFunctionArgs) {
  return endingLoader(args, requireRole(args, ["company_admin"]));
}

export function action(args: ActionFunctionArgs) {
  return endingAction(args, requireRole(args, ["company_admin"]), "/company/placements");
}

export default function CompanyPlacementEnd() {
  const view = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return <PlacementEndingPage view={view} state={state} side="company" />;
}
