import { JOBCENTRE_STAFF } from "~/auth/guards.server";
import { followUpColumns, type FollowUpRow } from "~/components/lists/follow-up-columns";
import { followUpList } from "~/domain/placements/follow-up-queries.server";
import { notFound } from "~/domain/errors";
import type { ListDefinition } from "../list.server";

/**
 * One placement's follow-ups, from its page on the jobcentre side (issue 13): the placement's
 * own guard and tenant, the page's columns, and the citizen's alias (candidate data, so the
 * jobcentre's only).
 */
export const jobcentreFollowUpsList: ListDefinition<FollowUpRow, { placementId: number }, { rows: FollowUpRow[]; total: number }> = {
  name: "follow-ups",
  fileKey: "followUps.heading",
  roles: JOBCENTRE_STAFF,
  candidateData: true,
  load(ctx, { params }) {
    const raw = params.placementId ?? "";
    if (!/^\d{1,15}$/.test(raw)) throw notFound();
    const placementId = Number(raw);
    return { filters: { placementId }, result: followUpList(ctx, placementId) };
  },
  columns: (_ctx, { placementId }) => followUpColumns({ base: `/jobcentre/placements/${placementId}`, withCitizen: true }),
};
