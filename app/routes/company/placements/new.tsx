import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { pageMeta } from "~/components/page-meta";
import { PlacementStartPage } from "~/components/placement-start-page";
import { startFormAction, startFormLoader } from "~/http/placement-start.server";

export const meta = pageMeta("title.placementStart");

/** HR starts the placement agreed in an accepted proposal; a mentor follows it but does not start it. */
export function loader(args: LoaderFunctionArgs) {
  return startFormLoader(args, requireRole(args, ["company_admin"]));
}

export function action(args: ActionFunctionArgs) {
  return startFormAction(args, requireRole(args, ["company_admin"]), "/company/placements");
}

export default function CompanyPlacementStart() {
  const view = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return <PlacementStartPage view={view} state={state} side="company" />;
}
