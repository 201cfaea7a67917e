import { csvLoader } from "~/http/list.server";
import { jobcentreCompanyWorkplacesList } from "~/http/lists/companies.server";

export const loader = csvLoader(jobcentreCompanyWorkplacesList);
