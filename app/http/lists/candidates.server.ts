import { JOBCENTRE_STAFF } from "~/auth/guards.server";
import { candidateColumns, type CandidateRow } from "~/components/lists/candidate-columns";
import type { CandidateFilters } from "~/domain/candidates/candidate-filters";
import { parseCandidateFilters } from "../filters/candidates";
import { listCandidates } from "~/domain/candidates/candidate-list.server";
import type { ListDefinition } from "../list.server";

/** The consultant's candidates: search, filters and sort from the URL, consent status for today. */
export const candidatesList: ListDefinition<CandidateRow, CandidateFilters & { unknownPostcode: boolean }> = {
  name: "candidates",
  fileKey: "title.candidates",
  roles: JOBCENTRE_STAFF,
  candidateData: true,
  load(ctx, { search, page, pageSize }) {
    const filters = { ...parseCandidateFilters(search), page };
    const { unknownPostcode, ...result } = listCandidates(ctx, filters, pageSize);
    // The rows as listCandidates writes them: the page's and the CSV's fields, copied once.
    return { filters: { ...filters, unknownPostcode }, result };
  },
  columns: () => candidateColumns,
};
