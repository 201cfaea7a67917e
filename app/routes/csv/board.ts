import { csvLoader } from "~/http/list.server";
import { boardList } from "~/http/lists/slots.server";

export const loader = csvLoader(boardList);
