/**
 * The proposals waiting for the company's first answer, for its start page, apart from the
 * proposal queries: the page's messages are found by following its imports (decision 043), and
 * queries.server.ts reaches the fit, the ranking and the commands of several areas, whose
 * messages the start page never shows (decision 050).
 */
import { and, asc, count, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerShape } from "~/db/prepared.server";
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
  return waitingQueries(ctx.db, readerShape(ctx)).count.get(waitingValues(ctx))?.n ?? 0;
}

/**
 * The proposals waiting for this company's first answer, oldest first, for the start page:
 * only those the consent still covers (the others cannot be answered), with the calendar days
 * each has waited.
 */
export function companyWaitingProposals(ctx: Ctx, limit = 5) {
  return waitingQueries(ctx.db, readerShape(ctx))
    .rows.all({ ...waitingValues(ctx), limit })
    .map(({ proposedAt, ...r }) => ({ ...r, days: daysWaiting(proposedAt, ctx.now) }));
}

/** HR or a mentor: what changes the start page's SQL (`companyScope` checks the role first). */
function readerShape(ctx: Ctx): { mentor: boolean } {
  companyScope(ctx);
  return { mentor: ctx.actor.role === "mentor" };
}

function waitingValues(ctx: Ctx) {
  return { companyId: ctx.actor.companyId!, userId: ctx.actor.userId, today: copenhagenDate(ctx.now) };
}

const p = sql.placeholder;

/** `companyScope` and the waiting condition with placeholders, built once per connection and reader (decision 063). */
const waitingQueries = preparedPerShape((db: DbOrTx, shape: { mentor: boolean }) => {
  const scope = [eq(proposals.companyId, p("companyId"))];
  if (shape.mentor) scope.push(eq(slots.mentorUserId, p("userId")));
  const waiting = and(...scope, eq(proposals.status, "proposed"), consentCoversSql(proposals.candidateId, proposals.companyId, p("today")));
  return {
    count: db.select({ n: count() }).from(proposals).innerJoin(slots, eq(slots.id, proposals.slotId)).where(waiting).prepare(),
    rows: db
      .select({ id: proposals.id, alias: candidates.alias, slotTitle: slots.title, proposedAt: proposals.proposedAt })
      .from(proposals)
      .innerJoin(slots, eq(slots.id, proposals.slotId))
      .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
      .where(waiting)
      .orderBy(asc(proposals.proposedAt), asc(proposals.id))
      .limit(p("limit"))
      .prepare(),
  };
}, 2);
