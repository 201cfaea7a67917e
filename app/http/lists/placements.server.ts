import { COMPANY_STAFF, JOBCENTRE_STAFF } from "~/auth/guards.server";
import { placementColumns, type PlacementRow } from "~/components/lists/placement-columns";
import { listPlacements, type PlacementListFilters } from "~/domain/placements/queries.server";
import { parsePlacementFilters } from "../filters/placements";
import type { ListDefinition } from "../list.server";

type Filters = PlacementListFilters & { reached13Weeks: boolean; atRisk: boolean };

/** The jobcentre's placements in every company; the CSV holds the citizen's alias (candidate data, the jobcentre's own). */
export const jobcentrePlacementsList: ListDefinition<PlacementRow, Filters> = {
  name: "placements",
  fileKey: "title.placements",
  roles: JOBCENTRE_STAFF,
  candidateData: true,
  load(ctx, { search, page, pageSize }) {
    const filters = parsePlacementFilters(search);
    return { filters, result: listPlacements(ctx, { page, ...filters }, pageSize) };
  },
  columns: () => placementColumns({ base: "/jobcentre/placements", showCompany: true }),
};

/**
 * HR's (all the company's) and a mentor's (their own) placements. The CSV leaves the citizen
 * out: the company plans with slots, mentors, dates and hours, and takes no candidate data out.
 */
export const companyPlacementsList: ListDefinition<PlacementRow, Filters> = {
  name: "company-placements",
  fileKey: "title.placements",
  roles: COMPANY_STAFF,
  load(ctx, { search, page, pageSize }) {
    // A consultant or a team names the jobcentre's people: no filter of the company's list.
    const { responsible: _responsible, team: _team, ...filters } = parsePlacementFilters(search);
    return { filters, result: listPlacements(ctx, { page, ...filters }, pageSize) };
  },
  columns: () => placementColumns({ base: "/company/placements", showCompany: false }),
};
