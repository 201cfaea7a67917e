import { z } from "zod";
import { COMPANY_STAFF, JOBCENTRE_STAFF } from "~/auth/guards.server";
import { companyProposalColumns, jobcentreProposalColumns, type CompanyProposalRow, type JobcentreProposalRow } from "~/components/lists/proposal-columns";
import { companyProposals, jobcentreProposals } from "~/domain/proposals/proposal-list.server";
import { PROPOSAL_STATUSES, type ProposalStatus } from "~/domain/proposals/vocabulary";
import type { ListDefinition } from "../list.server";

/** The jobcentre's proposals, by status or only those unanswered for 5 working days. */
export const jobcentreProposalsList: ListDefinition<JobcentreProposalRow, { status?: ProposalStatus; unanswered: boolean }> = {
  name: "proposals",
  fileKey: "title.proposals",
  roles: JOBCENTRE_STAFF,
  candidateData: true,
  load(ctx, { search, page, pageSize }) {
    const filters = {
      status: z.enum(PROPOSAL_STATUSES).optional().catch(undefined).parse(search.get("status") || undefined),
      unanswered: search.get("unanswered") === "1",
    };
    const result = jobcentreProposals(ctx, { ...filters, page }, pageSize);
    return {
      filters,
      result: {
        ...result,
        rows: result.rows.map((p) => ({ id: p.id, alias: p.alias, slotTitle: p.slotTitle, companyName: p.companyName, status: p.status, unanswered: p.unanswered, proposedAt: p.proposedAt, declineReason: p.declineReason })),
      },
    };
  },
  columns: () => jobcentreProposalColumns,
};

/** HR's (all the company's) and a mentor's (their slots') proposals; the CSV has no candidate column (proposal-columns.tsx). */
export const companyProposalsList: ListDefinition<CompanyProposalRow, { waiting: boolean }> = {
  name: "company-proposals",
  fileKey: "title.proposals",
  roles: COMPANY_STAFF,
  load(ctx, { search, page, pageSize }) {
    // ?waiting=1: only those waiting for the company's answer, oldest first (the start page links here).
    const waiting = search.get("waiting") === "1";
    return { filters: { waiting }, result: companyProposals(ctx, { page, waiting }, pageSize) };
  },
  columns: () => companyProposalColumns,
};
