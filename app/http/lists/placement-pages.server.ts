import { COMPANY_STAFF, JOBCENTRE_STAFF } from "~/auth/guards.server";
import type { PlacementRow } from "~/components/lists/placement-columns";
import { listPlacements, type PlacementListFilters } from "~/domain/placements/queries.server";
import { parsePlacementFilters } from "../filters/placements";
import type { ListPage } from "../list.server";

export type PlacementListPageFilters = PlacementListFilters & { reached13Weeks: boolean; atRisk: boolean };

/*
 * The placement lists as their pages read them: who may, and the filters and rows. The CSV's
 * definitions (placements.server.ts) are these with the CSV's columns; apart so that the pages
 * are not sent the CSV-only columns' messages (decision 077).
 */

/** The jobcentre's placements in every company. */
export const jobcentrePlacementsPage: ListPage<PlacementRow, PlacementListPageFilters> = {
  roles: JOBCENTRE_STAFF,
  load(ctx, { search, page, pageSize }) {
    const filters = parsePlacementFilters(search);
    return { filters, result: listPlacements(ctx, { page, ...filters }, pageSize) };
  },
};

/** HR's (all the company's) and a mentor's (their own) placements. */
export const companyPlacementsPage: ListPage<PlacementRow, PlacementListPageFilters> = {
  roles: COMPANY_STAFF,
  load(ctx, { search, page, pageSize }) {
    // A consultant or a team names the jobcentre's people: no filter of the company's list.
    const { responsible: _responsible, team: _team, ...filters } = parsePlacementFilters(search);
    return { filters, result: listPlacements(ctx, { page, ...filters }, pageSize) };
  },
};
