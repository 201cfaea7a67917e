import { csvLoader } from "~/http/list.server";
import { companyTasksList } from "~/http/lists/tasks.server";

export const loader = csvLoader(companyTasksList);
