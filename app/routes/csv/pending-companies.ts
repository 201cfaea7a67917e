import { csvLoader } from "~/http/list.server";
import { pendingCompaniesList } from "~/http/lists/companies.server";

export const loader = csvLoader(pendingCompaniesList);
