import { csvLoader } from "~/http/list.server";
import { candidatesList } from "~/http/lists/candidates.server";

export const loader = csvLoader(candidatesList);
