/**
 * The placement list as it was before decision 049, verbatim, for `scripts/bench/lists.ts` to
 * time against `listPlacements` in the same run (alternated): the page's ids sorted in a
 * temporary B-tree, a team through its candidates, "reached 13 weeks" as a list of the
 * jobcentre's first runs by their mark (decision 047) and "at risk" as a list of its flagged
 * signals, each counted by probing the jobcentre's placements. Not used by the portal. On a
 * migrated database the team's count misses the candidate that decision 044 added to
 * `placements_jobcentre_status_idx` (0017 replaced it), so it reads the rows for it.
 */
import { and, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { candidates, companies, placementEndings, placementFacts, placements, placementSignals, placementStatusChecks, slots, users } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import { BEFORE_ALL as FIRST_RUN_FROM } from "~/domain/dashboard/facts.server";
import { pageOffset, type Page } from "~/domain/pagination";
import { weekOf } from "~/domain/placements/hours-plan";
import type { DbOrTx } from "~/db/client.server";
import { placementFlags, type PlacementFlag } from "~/domain/placements/flags";
import { followUpFigures } from "~/domain/placements/progress.server";
import type { PlacementStatus } from "~/domain/placements/vocabulary";
import type { PlacementListFilters } from "~/domain/placements/queries.server";
import { flagCountSql } from "~/domain/placements/signals.server";
import { approvedAdjustmentsOf, termsOn } from "~/domain/placements/terms.server";
import { tenantScope } from "~/domain/shared/tenancy.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { teamMemberIds } from "~/domain/users/teams.server";

const PLACEMENT_PAGE_SIZE = 25;

/** `flagsOf` before: every follow-up of the rows read, and their approved adjustments a second time. */
function flagsBefore(db: DbOrTx, rows: readonly { id: number; status: PlacementStatus }[], today: string): Map<number, PlacementFlag[]> {
  const activeIds = rows.filter((r) => r.status === "active").map((r) => r.id);
  const byPlacement = new Map<number, ReturnType<typeof followUpFigures>>();
  for (const f of followUpFigures(db, activeIds)) {
    const list = byPlacement.get(f.placementId);
    if (list) list.push(f);
    else byPlacement.set(f.placementId, [f]);
  }
  const adjustments = approvedAdjustmentsOf(db, activeIds);
  return new Map(
    rows.map((r) => [r.id, placementFlags({ status: r.status, followUps: byPlacement.get(r.id) ?? [], adjustmentsFrom: (adjustments.get(r.id) ?? []).map((a) => a.fromDate) }, today)]),
  );
}

function reached13WeeksSql(today: string, jobcentreId?: number | null): SQL {
  if (jobcentreId != null) {
    return sql`"placements"."id" in (select pf.placement_id from ${placementFacts} pf where pf.jobcentre_id = ${jobcentreId} and pf.from_on = ${FIRST_RUN_FROM} and pf.mark_on <= ${today} and (pf.status = 'active' or pf.ended_on >= pf.mark_on))`;
  }
  return sql`exists (select 1 from ${placementFacts} pf where pf.placement_id = "placements"."id" and pf.from_on = ${FIRST_RUN_FROM} and pf.mark_on <= ${today} and (pf.status = 'active' or pf.ended_on >= pf.mark_on))`;
}

/** The actor's placements: HR the company's, a mentor theirs, the jobcentre's staff theirs. */
function scope(ctx: Ctx): SQL {
  const where = [tenantScope(ctx.actor, { company: placements.companyId, jobcentre: placements.jobcentreId })];
  if (ctx.actor.role === "mentor") where.push(eq(placements.mentorUserId, ctx.actor.userId));
  return and(...where)!;
}

/** The list of placements, active first, newest start first. */
export function listPlacementsBefore(ctx: Ctx, input: { page: number } & PlacementListFilters, pageSize = PLACEMENT_PAGE_SIZE) {
  const where = [scope(ctx)];
  if (input.status) where.push(eq(placements.status, input.status));
  if (input.outcome) where.push(inArray(placements.id, ctx.db.select({ id: placementEndings.placementId }).from(placementEndings).where(eq(placementEndings.outcome, input.outcome))));
  if (input.reached13Weeks) where.push(reached13WeeksSql(copenhagenDate(ctx.now), ctx.actor.companyId == null ? ctx.actor.jobcentreId : null));
  if (input.atRisk) where.push(inArray(placements.id, flaggedPlacementIds(ctx)));
  if (ctx.actor.jobcentreId != null && (input.responsible || input.team)) where.push(inArray(placements.candidateId, candidatesOf(ctx, input)));
  const today = copenhagenDate(ctx.now);
  const total = ctx.db.select({ n: count() }).from(placements).where(and(...where)).get()?.n ?? 0;
  // The page's ids from the placements alone (decision 035): joining every row before the sort
  // and the offset cost the big city's last page 0.4 s; now only the page's rows are joined.
  const order = [sql`case when ${placements.status} = 'active' then 0 else 1 end`, desc(placements.startDate), desc(placements.id)];
  const ids = ctx.db
    .select({ id: placements.id })
    .from(placements)
    .where(and(...where))
    .orderBy(...order)
    .limit(pageSize)
    .offset(pageOffset(input.page, pageSize))
    .all()
    .map((r) => r.id);
  const found = ctx.db
    .select({
      id: placements.id,
      status: placements.status,
      startDate: placements.startDate,
      plannedEndDate: placements.plannedEndDate,
      startHours: placements.startHours,
      targetHours: placements.targetHours,
      steps: placements.steps,
      workingDays: placements.workingDays,
      slotTitle: slots.title,
      companyName: companies.name,
      alias: candidates.alias,
      mentorName: users.name,
      // The outcome, and the status three months on: in the jobcentre's CSV (issue 13).
      endKind: placementEndings.kind,
      endedOn: placementEndings.endedOn,
      outcome: placementEndings.outcome,
      outcomeHours: placementEndings.outcomeHours,
      statusCategory: placementStatusChecks.category,
      statusHours: placementStatusChecks.hours,
    })
    .from(placements)
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(companies, eq(companies.id, placements.companyId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(users, eq(users.id, placements.mentorUserId))
    .leftJoin(placementEndings, eq(placementEndings.placementId, placements.id))
    .leftJoin(placementStatusChecks, eq(placementStatusChecks.placementId, placements.id))
    .where(ids.length ? inArray(placements.id, ids) : sql`0 = 1`)
    .orderBy(...order)
    .all();
  const adjustments = approvedAdjustmentsOf(ctx.db, found.map((r) => r.id));
  const flags = flagsBefore(ctx.db, found, today);
  const rows = found.map(({ steps, startHours, targetHours, workingDays, ...r }) => ({
    ...r,
    week: r.status === "active" ? weekOf(r.startDate, today) : null,
    hoursNow: termsOn({ startDate: r.startDate, startHours, steps, workingDays }, [], adjustments.get(r.id) ?? [], today).hours,
    targetHours,
    flags: flags.get(r.id) ?? [],
  }));
  const page: Page<(typeof rows)[number]> = { rows, total, page: input.page, pageSize };
  return page;
}

/** The candidates of one consultant or of one team at the actor's jobcentre. */
function candidatesOf(ctx: Ctx, input: Pick<PlacementListFilters, "responsible" | "team">) {
  const staff = input.responsible
    ? eq(candidates.responsibleUserId, input.responsible)
    : inArray(candidates.responsibleUserId, teamMemberIds(ctx, ctx.actor.jobcentreId!, input.team!));
  return ctx.db.select({ id: candidates.id }).from(candidates).where(and(eq(candidates.jobcentreId, ctx.actor.jobcentreId!), staff));
}

/**
 * The running placements with a flag today, as a subquery over `placement_signals` (decision 035):
 * the same count of flags the start pages and the dashboard rank by, without reading every active
 * placement's follow-ups.
 */
function flaggedPlacementIds(ctx: Ctx) {
  // Scoped to the actor's jobcentre or company (their index) before the flags are counted: the
  // whole country's signals were ranked for every view before (decision 044).
  const where = [tenantScope(ctx.actor, { company: placementSignals.companyId, jobcentre: placementSignals.jobcentreId }), sql`${flagCountSql(copenhagenDate(ctx.now))} > 0`];
  if (ctx.actor.role === "mentor") where.push(eq(placementSignals.mentorUserId, ctx.actor.userId));
  return ctx.db
    .select({ id: placementSignals.placementId })
    .from(placementSignals)
    .where(and(...where));
}

