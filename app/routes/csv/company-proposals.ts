import { csvLoader } from "~/http/list.server";
import { companyProposalsList } from "~/http/lists/proposals.server";

export const loader = csvLoader(companyProposalsList);
