import { csvLoader } from "~/http/list.server";
import { jobcentreCompaniesList } from "~/http/lists/companies.server";

export const loader = csvLoader(jobcentreCompaniesList);
