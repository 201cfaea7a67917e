import { csvLoader } from "~/http/list.server";
import { staffList } from "~/http/lists/people.server";

export const loader = csvLoader(staffList);
