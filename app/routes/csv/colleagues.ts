import { csvLoader } from "~/http/list.server";
import { colleaguesList } from "~/http/lists/people.server";

export const loader = csvLoader(colleaguesList);
