import { csvLoader } from "~/http/list.server";
import { companyProposalsList } from "~/http/lists/candidates.server";

export const loader = csvLoader(companyProposalsList);
