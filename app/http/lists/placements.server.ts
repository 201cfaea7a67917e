import type { PlacementRow } from "~/components/lists/placement-columns";
import { placementCsvColumns } from "~/components/lists/placement-csv-columns";
import type { ListDefinition } from "../list.server";
import { companyPlacementsPage, jobcentrePlacementsPage, type PlacementListPageFilters } from "./placement-pages.server";

/** The jobcentre's placements in every company; the CSV holds the citizen's alias (candidate data, the jobcentre's own). */
export const jobcentrePlacementsList: ListDefinition<PlacementRow, PlacementListPageFilters> = {
  ...jobcentrePlacementsPage,
  name: "placements",
  fileKey: "title.placements",
  candidateData: true,
  columns: () => placementCsvColumns({ base: "/jobcentre/placements", showCompany: true }),
};

/**
 * HR's (all the company's) and a mentor's (their own) placements. The CSV leaves the citizen
 * out: the company plans with slots, mentors, dates and hours, and takes no candidate data out.
 */
export const companyPlacementsList: ListDefinition<PlacementRow, PlacementListPageFilters> = {
  ...companyPlacementsPage,
  name: "company-placements",
  fileKey: "title.placements",
  columns: () => placementCsvColumns({ base: "/company/placements", showCompany: false }),
};
