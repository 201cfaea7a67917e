import { COMPANY_STAFF, JOBCENTRE_STAFF } from "~/auth/guards.server";
import { placementColumns, type PlacementRow } from "~/components/lists/placement-columns";
import { listPlacements } from "~/domain/placements/queries.server";
import type { ListDefinition } from "../list.server";

/** The jobcentre's placements in every company; the CSV holds the citizen's alias (candidate data, the jobcentre's own). */
export const jobcentrePlacementsList: ListDefinition<PlacementRow, object> = {
  name: "placements",
  fileKey: "title.placements",
  roles: JOBCENTRE_STAFF,
  candidateData: true,
  load(ctx, { page, pageSize }) {
    return { filters: {}, result: listPlacements(ctx, { page }, pageSize) };
  },
  columns: () => placementColumns({ base: "/jobcentre/placements", showCompany: true }),
};

/**
 * HR's (all the company's) and a mentor's (their own) placements. The CSV leaves the citizen
 * out: the company plans with slots, mentors, dates and hours, and takes no candidate data out.
 */
export const companyPlacementsList: ListDefinition<PlacementRow, object> = {
  name: "company-placements",
  fileKey: "title.placements",
  roles: COMPANY_STAFF,
  load(ctx, { page, pageSize }) {
    return { filters: {}, result: listPlacements(ctx, { page }, pageSize) };
  },
  columns: () => placementColumns({ base: "/company/placements", showCompany: false }),
};
