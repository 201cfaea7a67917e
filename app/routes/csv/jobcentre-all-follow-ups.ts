import { csvLoader } from "~/http/list.server";
import { jobcentreFollowUpList } from "~/http/lists/follow-up-list.server";

export const loader = csvLoader(jobcentreFollowUpList);
