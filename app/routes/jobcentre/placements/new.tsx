import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { pageMeta } from "~/components/page-meta";
import { PlacementStartPage } from "~/components/placement-start-page";
import { startFormAction, startFormLoader } from "~/http/placement-start.server";

export const meta = pageMeta("title.placementStart");

/** The consultant starts the placement agreed in an accepted proposal (and may record an assessment). */
export function loader(args: LoaderFunctionArgs) {
  return startFormLoader(args, requireRole(args, JOBCENTRE_STAFF));
}

export function action(args: ActionFunctionArgs) {
  return startFormAction(args, requireRole(args, JOBCENTRE_STAFF), "/jobcentre/placements");
}

export default function JobcentrePlacementStart() {
  const view = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return <PlacementStartPage view={view} state={state} side="jobcentre" />;
}
