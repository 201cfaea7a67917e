/**
 * The shared board's list, apart from the company's slot lists and the review queue: the page's
 * messages are found by following its imports (decision 043), and those lists bring the slot
 * statuses and next steps, which the board never shows (decision 056).
 */
import { JOBCENTRE_STAFF } from "~/auth/guards.server";
import { boardColumns, type BoardRow } from "~/components/lists/board-columns";
import type { BoardFilters } from "~/domain/slots/board-filters";
import { searchBoard } from "~/domain/slots/queries.server";
import { parseBoardFilters } from "~/http/filters/board";
import type { ListDefinition } from "../list.server";

export const boardList: ListDefinition<BoardRow, BoardFilters & { unknownPostcode: boolean }> = {
  name: "board",
  fileKey: "title.board",
  roles: JOBCENTRE_STAFF,
  load(ctx, { search, page, pageSize }) {
    const filters = { ...parseBoardFilters(search), page };
    const { unknownPostcode, ...result } = searchBoard(ctx, filters, pageSize);
    return {
      filters: { ...filters, unknownPostcode },
      result,
    };
  },
  columns: () => boardColumns,
};
