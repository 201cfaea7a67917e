/**
 * The query shapes decision 044 replaced, kept for `scripts/bench/lists.ts` to time against the
 * new ones in the same run (alternated). Not used by the portal.
 */
import { and, asc, count, desc, eq, gt, inArray, isNull, lt, lte, ne, sql, type SQL } from "drizzle-orm";
import { candidates, companies, consents, followUps, placements, placementSignals, slots, users } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import { addDays } from "~/domain/candidates/consent";
import { pageOffset } from "~/domain/pagination";
import { FOLLOW_UP_OPENS_DAYS_BEFORE } from "~/domain/placements/vocabulary";
import { adjustmentsOf, followUpsOf, openState } from "~/domain/placements/follow-up-queries.server";
import { followUpFigures, progressAndFlags } from "~/domain/placements/progress.server";
import { flagCountSql } from "~/domain/placements/signals.server";
import { approvedAdjustments, approvedOf } from "~/domain/placements/terms.server";
import type { FollowUpView } from "~/domain/placements/vocabulary";
import { tenantScope } from "~/domain/shared/tenancy.server";
import { copenhagenDate } from "~/domain/shared/working-days";

/** `listFollowUps` before: every follow-up of the jobcentre joined to its placement, filtered on the placement's status, sorted, then skipped. */
export function listFollowUpsBefore(ctx: Ctx, input: { page: number; view: FollowUpView }, pageSize = 25) {
  const today = copenhagenDate(ctx.now);
  const opensBy = addDays(today, FOLLOW_UP_OPENS_DAYS_BEFORE);
  const where: (SQL | undefined)[] = [tenantScope(ctx.actor, { company: placements.companyId, jobcentre: placements.jobcentreId })];
  if (ctx.actor.role === "mentor") where.push(eq(placements.mentorUserId, ctx.actor.userId));
  const notSent = [eq(placements.status, "active"), ne(followUps.status, "submitted")];
  if (input.view === "todo") where.push(...notSent, lte(followUps.dueDate, opensBy));
  if (input.view === "overdue") where.push(...notSent, lt(followUps.dueDate, today));
  if (input.view === "upcoming") where.push(...notSent, gt(followUps.dueDate, opensBy));
  if (input.view === "submitted") where.push(eq(followUps.status, "submitted"));
  const cond = and(...where);
  const total = ctx.db.select({ n: count() }).from(followUps).innerJoin(placements, eq(placements.id, followUps.placementId)).where(cond).get()?.n ?? 0;
  const order = input.view === "submitted" || input.view === "all" ? [desc(followUps.dueDate), desc(followUps.id)] : [asc(followUps.dueDate), asc(followUps.id)];
  const rows = ctx.db
    .select({
      id: followUps.id,
      placementId: placements.id,
      week: followUps.week,
      dueDate: followUps.dueDate,
      status: followUps.status,
      placementStatus: placements.status,
      submittedAt: followUps.submittedAt,
      daysPresent: followUps.daysPresent,
      daysPlanned: followUps.daysPlanned,
      hoursWorked: followUps.hoursWorked,
      wellBeing: followUps.wellBeing,
      alias: candidates.alias,
      slotTitle: slots.title,
      companyName: companies.name,
      mentorName: users.name,
    })
    .from(followUps)
    .innerJoin(placements, eq(placements.id, followUps.placementId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(companies, eq(companies.id, placements.companyId))
    .innerJoin(users, eq(users.id, placements.mentorUserId))
    .where(cond)
    .orderBy(...order)
    .limit(pageSize)
    .offset(pageOffset(input.page, pageSize))
    .all()
    .map(({ placementStatus, ...f }) => {
      const pending = placementStatus === "active" && f.status !== "submitted";
      return { ...f, open: pending && f.dueDate <= opensBy, overdue: pending && f.dueDate < today };
    });
  return { rows, total };
}

/** The candidate list's count and page ids sorted by consent, before: the current consent joined for its last day. */
export function consentSortIdsBefore(ctx: Ctx, staff: SQL | undefined, page = 1, pageSize = 25) {
  const condition = and(eq(candidates.jobcentreId, ctx.actor.jobcentreId!), staff);
  const total = ctx.db.select({ n: count() }).from(candidates).where(condition).get()?.n ?? 0;
  const ids = ctx.db
    .select({ id: candidates.id })
    .from(candidates)
    .leftJoin(consents, and(eq(consents.candidateId, candidates.id), isNull(consents.replacedAt)))
    .where(condition)
    .orderBy(sql`${consents.expiresOn} is null`, asc(consents.expiresOn), asc(candidates.alias), asc(candidates.id))
    .limit(pageSize)
    .offset(pageOffset(page, pageSize))
    .all()
    .map((r) => r.id);
  return { total, ids };
}

/** The same, after: the candidates' kept last day, in the order of its index. */
export function consentSortIdsAfter(ctx: Ctx, staff: SQL | undefined, page = 1, pageSize = 25) {
  const condition = and(eq(candidates.jobcentreId, ctx.actor.jobcentreId!), staff);
  const total = ctx.db.select({ n: count() }).from(candidates).where(condition).get()?.n ?? 0;
  const ids = ctx.db
    .select({ id: candidates.id })
    .from(candidates)
    .where(condition)
    .orderBy(sql`(case when ${candidates.consentExpiresOn} is null then 1 else 0 end)`, asc(candidates.consentExpiresOn), asc(candidates.alias), asc(candidates.id))
    .limit(pageSize)
    .offset(pageOffset(page, pageSize))
    .all()
    .map((r) => r.id);
  return { total, ids };
}

/** The placement list's count and page ids "at risk", before (every jobcentre's signals ranked) or after (the actor's only). */
export function atRiskIds(ctx: Ctx, scoped: boolean) {
  const flagged = sql`${flagCountSql(copenhagenDate(ctx.now))} > 0`;
  const signals = ctx.db
    .select({ id: placementSignals.placementId })
    .from(placementSignals)
    .where(scoped ? and(eq(placementSignals.jobcentreId, ctx.actor.jobcentreId!), flagged) : flagged);
  const where = and(eq(placements.jobcentreId, ctx.actor.jobcentreId!), inArray(placements.id, signals));
  const total = ctx.db.select({ n: count() }).from(placements).where(where).get()?.n ?? 0;
  const ids = ctx.db
    .select({ id: placements.id })
    .from(placements)
    .where(where)
    .orderBy(sql`case when ${placements.status} = 'active' then 0 else 1 end`, desc(placements.startDate), desc(placements.id))
    .limit(25)
    .all();
  return { total, ids };
}

/** What the placement page read of its follow-ups and adjustments before (each twice). */
export function placementPageReadsBefore(ctx: Ctx, placementId: number) {
  const p = ctx.db.select().from(placements).where(eq(placements.id, placementId)).get()!;
  const today = copenhagenDate(ctx.now);
  return { approved: approvedAdjustments(ctx.db, p.id), followUps: followUpsOf(ctx.db, p.id, today), ...progressAndFlags(ctx.db, p, today), adjustments: adjustmentsOf(ctx.db, p.id) };
}

/** The same reads after: once each. */
export function placementPageReadsAfter(ctx: Ctx, placementId: number) {
  const p = ctx.db.select().from(placements).where(eq(placements.id, placementId)).get()!;
  const today = copenhagenDate(ctx.now);
  const figures = followUpFigures(ctx.db, [p.id]);
  const adjustments = adjustmentsOf(ctx.db, p.id);
  const approved = approvedOf(adjustments);
  return { approved, followUps: figures.map(({ placementId: _placementId, submittedOn: _submittedOn, ...f }) => ({ ...f, ...openState(f, today) })), ...progressAndFlags(ctx.db, p, today, { figures, approved }), adjustments };
}
