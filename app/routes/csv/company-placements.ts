import { csvLoader } from "~/http/list.server";
import { companyPlacementsList } from "~/http/lists/placements.server";

export const loader = csvLoader(companyPlacementsList);
