/**
 * The jobcentre's and the company's proposal lists, apart from the proposal queries: the page's
 * messages are found by following its imports (decision 043), and queries.server.ts reaches the
 * fit, the ranking and the commands of several areas, whose messages a list never shows
 * (decision 053, as company-waiting.server.ts in decision 050).
 */
import { type SQL, and, asc, count, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { candidates, companies, proposals, slots } from "~/db/schema";
import type { Ctx } from "../actor";
import { consentCoversSql } from "../candidates/consent.server";
import { mayKeepCandidates } from "../candidates/policy";
import { forbidden } from "../errors";
import { pageOffset, type Page } from "../pagination";
import { copenhagenDate } from "../shared/working-days";
import type { ProposalStatus } from "./schema";
import { isUnanswered, unansweredBefore } from "./unanswered";
import { companyScope } from "./company-waiting.server";

export const PROPOSAL_PAGE_SIZE = 25;

function jobcentreOf(ctx: Ctx): number {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  return ctx.actor.jobcentreId;
}

const listColumns = {
  id: proposals.id,
  status: proposals.status,
  proposedAt: proposals.proposedAt,
  meetingDate: proposals.meetingDate,
  meetingTime: proposals.meetingTime,
  slotId: slots.id,
  slotTitle: slots.title,
  companyName: companies.name,
  candidateId: candidates.id,
  alias: candidates.alias,
  // Why the company said no, for the jobcentre's list of declines (the decline-reasons page links to it).
  declineReason: proposals.declineReason,
};

/** The jobcentre's proposals, newest first; "unanswered" keeps those waiting 5 working days or more. */
export function jobcentreProposals(ctx: Ctx, input: { page: number; status?: ProposalStatus; unanswered?: boolean }, pageSize = PROPOSAL_PAGE_SIZE) {
  const jobcentreId = jobcentreOf(ctx);
  const where: SQL[] = [eq(proposals.jobcentreId, jobcentreId)];
  if (input.status) where.push(eq(proposals.status, input.status));
  // Waiting for the company's first answer for the rule's working days: made before the cut-off.
  if (input.unanswered) where.push(eq(proposals.status, "proposed"), lt(proposals.proposedAt, unansweredBefore(ctx.now)));
  const total = ctx.db.select({ n: count() }).from(proposals).where(and(...where)).get()?.n ?? 0;
  // The page's ids from the proposals' own index, then only those rows joined (decision 035).
  const ids = ctx.db
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(...where))
    .orderBy(desc(proposals.proposedAt), desc(proposals.id))
    .limit(pageSize)
    .offset(pageOffset(input.page, pageSize))
    .all()
    .map((r) => r.id);
  if (ids.length === 0) return { rows: [], total, page: input.page, pageSize };
  const rows = ctx.db
    .select(listColumns)
    .from(proposals)
    .innerJoin(slots, eq(slots.id, proposals.slotId))
    .innerJoin(companies, eq(companies.id, proposals.companyId))
    .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
    .where(inArray(proposals.id, ids))
    .orderBy(desc(proposals.proposedAt), desc(proposals.id))
    .all()
    .map((r) => ({ ...r, unanswered: isUnanswered(r, ctx.now) }));
  return { rows, total, page: input.page, pageSize };
}
/**
 * The company's proposals. A proposal whose consent no longer covers the company stays in
 * the list as "no longer available", without the candidate's name.
 */
export function companyProposals(ctx: Ctx, input: { page: number; waiting?: boolean }, pageSize = PROPOSAL_PAGE_SIZE) {
  const today = copenhagenDate(ctx.now);
  const covered = consentCoversSql(proposals.candidateId, proposals.companyId, today);
  // "Waiting": those waiting for the company's first answer that it can still answer, oldest
  // first, as the start page counts them (companyWaitingCount).
  const scope = input.waiting ? and(companyScope(ctx), eq(proposals.status, "proposed"), covered)! : companyScope(ctx);
  const total = ctx.db.select({ n: count() }).from(proposals).innerJoin(slots, eq(slots.id, proposals.slotId)).where(scope).get()?.n ?? 0;
  const rows = ctx.db
    .select({ ...listColumns, covered: sql<number>`${covered}` })
    .from(proposals)
    .innerJoin(slots, eq(slots.id, proposals.slotId))
    .innerJoin(companies, eq(companies.id, proposals.companyId))
    .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
    .where(scope)
    .orderBy(
      ...(input.waiting
        ? [asc(proposals.proposedAt), asc(proposals.id)]
        : [sql`case when ${proposals.status} in ('proposed','meeting_planned') then 0 else 1 end`, desc(proposals.proposedAt), desc(proposals.id)]),
    )
    .limit(pageSize)
    .offset(pageOffset(input.page, pageSize))
    .all()
    .map((r) => ({
      id: r.id,
      status: r.status,
      proposedAt: r.proposedAt,
      meetingDate: r.meetingDate,
      meetingTime: r.meetingTime,
      slotTitle: r.slotTitle,
      available: Boolean(r.covered),
      alias: r.covered ? r.alias : null,
      unanswered: isUnanswered(r, ctx.now),
    }));
  const page: Page<(typeof rows)[number]> = { rows, total, page: input.page, pageSize };
  return page;
}
