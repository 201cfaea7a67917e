import { csvLoader } from "~/http/list.server";
import { jobcentreProposalsList } from "~/http/lists/candidates.server";

export const loader = csvLoader(jobcentreProposalsList);
