import { csvLoader } from "~/http/list.server";
import { jobcentreCompanyTasksList } from "~/http/lists/tasks.server";

export const loader = csvLoader(jobcentreCompanyTasksList);
