/**
 * The proposals waiting for the company's first answer, for its start page, apart from the
 * proposal queries: the page's messages are found by following its imports (decision 043), and
 * queries.server.ts reaches the fit, the ranking and the commands of several areas, whose
 * messages the start page never shows (decision 050).
 */
import { and, asc, count, eq, type SQL } from "drizzle-orm";
import { candidates, proposals, slots } from "~/db/schema";
import type { Ctx } from "../actor";
import { consentCoversSql } from "../candidates/consent.server";
import { forbidden } from "../errors";
import { copenhagenDate, daysWaiting } from "../shared/working-days";

/** The company's proposals the actor may see: HR all of them, a mentor those of their own slots. */
export function companyScope(ctx: Ctx): SQL {
  const { actor } = ctx;
  if ((actor.role !== "company_admin" && actor.role !== "mentor") || actor.companyId == null) throw forbidden();
  const scope = [eq(proposals.companyId, actor.companyId)];
  if (actor.role === "mentor") scope.push(eq(slots.mentorUserId, actor.userId));
  return and(...scope)!;
}

/** Proposals waiting for this company's first answer, for the start page. */
export function companyWaitingCount(ctx: Ctx): number {
  const scope = companyScope(ctx);
  const covered = consentCoversSql(proposals.candidateId, proposals.companyId, copenhagenDate(ctx.now));
  return ctx.db.select({ n: count() }).from(proposals).innerJoin(slots, eq(slots.id, proposals.slotId)).where(and(scope, eq(proposals.status, "proposed"), covered)).get()?.n ?? 0;
}

/**
 * The proposals waiting for this company's first answer, oldest first, for the start page:
 * only those the consent still covers (the others cannot be answered), with the calendar days
 * each has waited.
 */
export function companyWaitingProposals(ctx: Ctx, limit = 5) {
  const scope = companyScope(ctx);
  const today = copenhagenDate(ctx.now);
  const covered = consentCoversSql(proposals.candidateId, proposals.companyId, today);
  return ctx.db
    .select({ id: proposals.id, alias: candidates.alias, slotTitle: slots.title, proposedAt: proposals.proposedAt })
    .from(proposals)
    .innerJoin(slots, eq(slots.id, proposals.slotId))
    .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
    .where(and(scope, eq(proposals.status, "proposed"), covered))
    .orderBy(asc(proposals.proposedAt), asc(proposals.id))
    .limit(limit)
    .all()
    .map(({ proposedAt, ...r }) => ({ ...r, days: daysWaiting(proposedAt, ctx.now) }));
}
