/**
 * The jobcentre's and the company's proposal lists, apart from the proposal queries: the page's
 * messages are found by following its imports (decision 043), and queries.server.ts reaches the
 * fit, the ranking and the commands of several areas, whose messages a list never shows
 * (decision 053, as company-waiting.server.ts in decision 050).
 */
import { type SQL, and, asc, count, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { candidates, companies, proposals, slots } from "~/db/schema";
import type { Db } from "~/db/client.server";
import { idsParams, preparedForIds, preparedPerShape } from "~/db/prepared.server";
import type { Ctx } from "../actor";
import { consentCoversSql } from "../candidates/consent.server";
import { mayKeepCandidates } from "../candidates/policy";
import { forbidden } from "../errors";
import { pageOffset, pageWindow, type Page } from "../pagination";
import { keptListCount } from "../shared/list-counts.server";
import { idsInWindow, orderOf, type OrderTerm } from "../shared/page-order.server";
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

const p = sql.placeholder;

/**
 * The jobcentre's list for one shape, built once per connection (decision 053): the count, the
 * page's ids from the proposals' own index, and the rows of up to a page of ids (decision 035).
 * Values: jobcentreId, status, before (the unanswered cut-off, as the column stores it), limit, offset, id0….
 */
const jobcentreQueries = preparedPerShape((db: Db, shape: { status: boolean; unanswered: boolean }) => {
  const where: SQL[] = [eq(proposals.jobcentreId, p("jobcentreId"))];
  if (shape.status) where.push(eq(proposals.status, p("status")));
  // Waiting for the company's first answer for the rule's working days: made before the cut-off.
  if (shape.unanswered) where.push(eq(proposals.status, "proposed"), lt(proposals.proposedAt, p("before")));
  const order: OrderTerm[] = [[proposals.proposedAt, "desc"], [proposals.id, "desc"]];
  const ids = (reversed: boolean) => db.select({ id: proposals.id }).from(proposals).where(and(...where)).orderBy(...orderOf(order, reversed)).limit(p("limit")).offset(p("offset")).prepare();
  return {
    count: db.select({ n: count() }).from(proposals).where(and(...where)).prepare(),
    ids: ids(false),
    // The same ids in the reversed order, for a page read from the end (decision 055).
    idsReversed: ids(true),
  };
}, 20);

/** The page's rows by their ids (one placeholder per id), kept per number of ids up to a page. */
const jobcentreRows = preparedForIds((db, ids) =>
  db
    .select(listColumns)
    .from(proposals)
    .innerJoin(slots, eq(slots.id, proposals.slotId))
    .innerJoin(companies, eq(companies.id, proposals.companyId))
    .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
    .where(inArray(proposals.id, ids))
    .orderBy(desc(proposals.proposedAt), desc(proposals.id))
    .prepare(),
);

/** The jobcentre's proposals, newest first; "unanswered" keeps those waiting 5 working days or more. */
export function jobcentreProposals(ctx: Ctx, input: { page: number; status?: ProposalStatus; unanswered?: boolean }, pageSize = PROPOSAL_PAGE_SIZE) {
  const jobcentreId = jobcentreOf(ctx);
  const values: Record<string, string | number> = { jobcentreId };
  if (input.status) values.status = input.status;
  if (input.unanswered) values.before = proposals.proposedAt.mapToDriverValue(unansweredBefore(ctx.now)) as number;
  const queries = jobcentreQueries(ctx.db, { status: Boolean(input.status), unanswered: Boolean(input.unanswered) });
  // All, or one status, is exactly a kept count (decision 055); "unanswered" counts its own.
  const total = input.unanswered ? (queries.count.get(values)?.n ?? 0) : keptListCount(ctx.db, "proposals", jobcentreId, input.status);
  // A page in the back half is read from the end (decision 055).
  const window = pageWindow(total, input.page, pageSize);
  const ids = idsInWindow(window, queries, values);
  if (ids.length === 0) return { rows: [], total, page: input.page, pageSize };
  const rows = jobcentreRows(ctx.db, ids.length)
    .all(idsParams(ids))
    .map((r) => ({ ...r, unanswered: isUnanswered(r, ctx.now) }));
  return { rows, total, page: input.page, pageSize };
}

/**
 * The company's list for HR (all of the company's) or a mentor (their slots'), all or only those
 * waiting, built once per connection (decision 053). Values: companyId, userId, today, limit, offset.
 */
const companyQueries = preparedPerShape((db: Db, shape: { mentor: boolean; waiting: boolean }) => {
  const covered = consentCoversSql(proposals.candidateId, proposals.companyId, p("today"));
  // As companyScope (company-waiting.server.ts), with the actor's ids bound.
  const own = [eq(proposals.companyId, p("companyId"))];
  if (shape.mentor) own.push(eq(slots.mentorUserId, p("userId")));
  // "Waiting": those waiting for the company's first answer that it can still answer, oldest
  // first, as the start page counts them (companyWaitingCount).
  const scope = shape.waiting ? and(...own, eq(proposals.status, "proposed"), covered)! : and(...own)!;
  return {
    count: db.select({ n: count() }).from(proposals).innerJoin(slots, eq(slots.id, proposals.slotId)).where(scope).prepare(),
    rows: db
      .select({ ...listColumns, covered: sql<number>`${covered}` })
      .from(proposals)
      .innerJoin(slots, eq(slots.id, proposals.slotId))
      .innerJoin(companies, eq(companies.id, proposals.companyId))
      .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
      .where(scope)
      .orderBy(
        ...(shape.waiting
          ? [asc(proposals.proposedAt), asc(proposals.id)]
          : [sql`case when ${proposals.status} in ('proposed','meeting_planned') then 0 else 1 end`, desc(proposals.proposedAt), desc(proposals.id)]),
      )
      .limit(p("limit"))
      .offset(p("offset"))
      .prepare(),
  };
}, 8);

/**
 * The company's proposals. A proposal whose consent no longer covers the company stays in
 * the list as "no longer available", without the candidate's name.
 */
export function companyProposals(ctx: Ctx, input: { page: number; waiting?: boolean }, pageSize = PROPOSAL_PAGE_SIZE) {
  // The role and tenant check: HR or a mentor of a company, refused otherwise.
  companyScope(ctx);
  const values = { companyId: ctx.actor.companyId!, userId: ctx.actor.userId, today: copenhagenDate(ctx.now), limit: pageSize, offset: pageOffset(input.page, pageSize) };
  const queries = companyQueries(ctx.db, { mentor: ctx.actor.role === "mentor", waiting: Boolean(input.waiting) });
  const total = queries.count.get(values)?.n ?? 0;
  const rows = queries.rows
    .all(values)
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
