import { csvLoader } from "~/http/list.server";
import { companyFollowUpList } from "~/http/lists/follow-up-list.server";

export const loader = csvLoader(companyFollowUpList);
