import { csvLoader } from "~/http/list.server";
import { jobcentreFollowUpsList } from "~/http/lists/follow-ups.server";

export const loader = csvLoader(jobcentreFollowUpsList);
