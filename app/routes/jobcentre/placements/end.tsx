import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { pageMeta } from "~/components/page-meta";
import { PlacementEndingPage } from "~/components/placement-ending-page";
import { endingAction, endingLoader } from "~/http/placement-ending.server";

export const meta = pageMeta("title.placementEnd");

/** The jobcentre's staff move the planned end, end the placement and record the status three months on. */
export function loader(args: LoaderFunctionArgs) {
  return endingLoader(args, requireRole(args, JOBCENTRE_STAFF));
}

export function action(args: ActionFunctionArgs) {
  return endingAction(args, requireRole(args, JOBCENTRE_STAFF), "/jobcentre/placements");
}

export default function JobcentrePlacementEnd() {
  const view = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return <PlacementEndingPage view={view} state={state} side="jobcentre" />;
}
