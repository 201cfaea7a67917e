import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { COMPANY_STAFF, requireRole } from "~/auth/guards.server";
import { pageMeta } from "~/components/page-meta";
import { PlacementTimelinePage } from "~/components/placement-timeline";
import { placementTimeline } from "~/domain/placements/timeline.server";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";

export const meta = pageMeta("title.placementTimeline");

/** HR and the placement's mentor: what the company side may see, never the consultant's notes. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, COMPANY_STAFF);
  return orHttpError(() => placementTimeline(ctx, idParam(args.params, "placementId")));
}

export default function CompanyPlacementTimeline() {
  return <PlacementTimelinePage view={useLoaderData<typeof loader>()} side="company" />;
}
