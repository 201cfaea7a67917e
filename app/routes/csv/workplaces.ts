import { csvLoader } from "~/http/list.server";
import { workplacesList } from "~/http/lists/companies.server";

export const loader = csvLoader(workplacesList);
