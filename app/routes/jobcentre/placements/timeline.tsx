import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { pageMeta } from "~/components/page-meta";
import { PlacementTimelinePage } from "~/components/placement-timeline";
import { placementTimeline } from "~/domain/placements/timeline.server";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";

export const meta = pageMeta("title.placementTimeline");

/** The jobcentre's staff: everything, with their own notes and the status three months on. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  return orHttpError(() => placementTimeline(ctx, idParam(args.params, "placementId")));
}

export default function JobcentrePlacementTimeline() {
  return <PlacementTimelinePage view={useLoaderData<typeof loader>()} side="jobcentre" />;
}
