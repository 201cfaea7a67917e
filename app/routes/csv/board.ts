import { csvLoader } from "~/http/list.server";
import { boardList } from "~/http/lists/board.server";

export const loader = csvLoader(boardList);
