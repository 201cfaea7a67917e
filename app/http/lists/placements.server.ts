import { z } from "zod";
import { COMPANY_STAFF, JOBCENTRE_STAFF } from "~/auth/guards.server";
import { PLACEMENT_STATUSES, type PlacementStatus } from "~/domain/placements/vocabulary";
import { placementColumns, type PlacementRow } from "~/components/lists/placement-columns";
import { listPlacements } from "~/domain/placements/queries.server";
import type { ListDefinition } from "../list.server";

/** `?status=`: active, completed or interrupted; anything else (or nothing) is every placement. */
export function statusParam(search: URLSearchParams): PlacementStatus | undefined {
  return z.enum(PLACEMENT_STATUSES).optional().catch(undefined).parse(search.get("status") || undefined);
}

/** The jobcentre's placements in every company; the CSV holds the citizen's alias (candidate data, the jobcentre's own). */
export const jobcentrePlacementsList: ListDefinition<PlacementRow, { status?: PlacementStatus }> = {
  name: "placements",
  fileKey: "title.placements",
  roles: JOBCENTRE_STAFF,
  candidateData: true,
  load(ctx, { search, page, pageSize }) {
    const status = statusParam(search);
    return { filters: { status }, result: listPlacements(ctx, { page, status }, pageSize) };
  },
  columns: () => placementColumns({ base: "/jobcentre/placements", showCompany: true }),
};

/**
 * HR's (all the company's) and a mentor's (their own) placements. The CSV leaves the citizen
 * out: the company plans with slots, mentors, dates and hours, and takes no candidate data out.
 */
export const companyPlacementsList: ListDefinition<PlacementRow, { status?: PlacementStatus }> = {
  name: "company-placements",
  fileKey: "title.placements",
  roles: COMPANY_STAFF,
  load(ctx, { search, page, pageSize }) {
    const status = statusParam(search);
    return { filters: { status }, result: listPlacements(ctx, { page, status }, pageSize) };
  },
  columns: () => placementColumns({ base: "/company/placements", showCompany: false }),
};
