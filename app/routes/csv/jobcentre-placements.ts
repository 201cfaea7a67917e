import { csvLoader } from "~/http/list.server";
import { jobcentrePlacementsList } from "~/http/lists/placements.server";

export const loader = csvLoader(jobcentrePlacementsList);
