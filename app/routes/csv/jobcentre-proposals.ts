import { csvLoader } from "~/http/list.server";
import { jobcentreProposalsList } from "~/http/lists/proposals.server";

export const loader = csvLoader(jobcentreProposalsList);
