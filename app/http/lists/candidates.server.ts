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
    return {
      filters: { ...filters, unknownPostcode },
      result: {
        ...result,
        rows: result.rows.map((c) => ({
          id: c.id,
          alias: c.alias,
          ageBand: c.ageBand,
          postcode: c.postcode,
          targetGroup: c.targetGroup,
          hoursNow: c.hoursNow,
          goalHours: c.goalHours,
          responsible: c.responsible,
          consentStatus: c.consentStatus,
          consentExpiresOn: c.consentExpiresOn,
          openProposal: c.openProposal,
        })),
      },
    };
  },
  columns: () => candidateColumns,
};
