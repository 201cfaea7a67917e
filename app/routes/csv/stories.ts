import { csvLoader } from "~/http/list.server";
import { storiesList } from "~/http/lists/stories.server";

export const loader = csvLoader(storiesList);
