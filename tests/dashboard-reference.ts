/**
 * The jobcentre dashboard's period figures as they were computed before decision 039: every
 * row of the period fetched and the pure definitions of app/domain/dashboard/figures.ts applied
 * to them in JavaScript. Kept as the reference the kept facts are compared with
 * (tests/integration/dashboard-facts.test.ts); never used by the portal.
 */
import { and, between, eq, gte, inArray, isNotNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "~/domain/actor";
import { candidates, placementEndings, placements, placementStatusChecks, proposals, slots } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { countBy, countByMonth, daysToProposalByMonth, hoursProgression, inWorkAfter3Months, paidHours, reached13Weeks, slotTiming, type Period } from "~/domain/dashboard/figures";
import { approvedAdjustmentsOf, termsOn } from "~/domain/placements/terms.server";
import type { DeclineReason } from "~/domain/proposals/schema";
import { copenhagenDate, copenhagenMidnight } from "~/domain/shared/working-days";
import { ownTeam, teamMemberIds } from "~/domain/users/teams.server";

export function referencePeriodFigures(ctx: Ctx, input: Period & { scope: "mine" | "team" | "jobcentre" }) {
  const jobcentreId = ctx.actor.jobcentreId!;
  const today = copenhagenDate(ctx.now);
  const period: Period = { from: input.from, to: input.to };
  const start = copenhagenMidnight(period.from);
  const end = copenhagenMidnight(addDays(period.to, 1));
  const mine: SQL | undefined =
    input.scope === "mine" ? eq(candidates.responsibleUserId, ctx.actor.userId) : input.scope === "team" ? inArray(candidates.responsibleUserId, teamMemberIds(ctx, jobcentreId, ownTeam(ctx)!)) : undefined;
  const dayOf = (d: Date) => copenhagenDate(d);

  const started = ctx.db
    .select({
      id: placements.id,
      startDate: placements.startDate,
      plannedEndDate: placements.plannedEndDate,
      endedOn: placementEndings.endedOn,
      startHours: placements.startHours,
      steps: placements.steps,
      workingDays: placements.workingDays,
    })
    .from(placements)
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .leftJoin(placementEndings, eq(placementEndings.placementId, placements.id))
    .where(and(eq(placements.jobcentreId, jobcentreId), gte(placements.startDate, period.from), lte(placements.startDate, period.to), mine))
    .all();
  const adjustments = approvedAdjustmentsOf(
    ctx.db,
    started.map((p) => p.id),
  );
  const hoursRows = started.map((p) => {
    const lastDay = p.endedOn ?? p.plannedEndDate;
    const latestDay = lastDay < today ? lastDay : today;
    return { startDate: p.startDate, startHours: p.startHours, latestHours: termsOn(p, [], adjustments.get(p.id) ?? [], latestDay < p.startDate ? p.startDate : latestDay).hours };
  });

  const firstProposalAt = sql<number | null>`(select min(fp.proposed_at) from ${proposals} fp where fp.slot_id = "slots"."id")`;
  const firstStartOn = sql<string | null>`(select min(fs.start_date) from ${placements} fs where fs.slot_id = "slots"."id")`;
  const timingRows = ctx.db
    .select({ openedAt: slots.openedAt, firstProposalAt, firstStartOn })
    .from(slots)
    .where(and(eq(slots.jobcentreId, jobcentreId), isNotNull(slots.openedAt), gte(slots.openedAt, start), lt(slots.openedAt, end)))
    .all()
    .map((r) => ({
      openedOn: dayOf(r.openedAt!),
      firstProposalOn: r.firstProposalAt == null ? null : dayOf(new Date(Number(r.firstProposalAt))),
      firstStartOn: r.firstStartOn ?? null,
    }));

  const proposed = ctx.db
    .select({ at: proposals.proposedAt })
    .from(proposals)
    .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
    .where(and(eq(proposals.jobcentreId, jobcentreId), gte(proposals.proposedAt, start), lt(proposals.proposedAt, end), mine))
    .all()
    .map((r) => dayOf(r.at));
  const declines = ctx.db
    .select({ reason: proposals.declineReason, at: proposals.closedAt })
    .from(proposals)
    .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
    .where(and(eq(proposals.jobcentreId, jobcentreId), eq(proposals.status, "declined"), gte(proposals.closedAt, start), lt(proposals.closedAt, end), mine))
    .all();

  const outcomeRows = ctx.db
    .select({
      startDate: placements.startDate,
      status: placements.status,
      endedOn: placementEndings.endedOn,
      outcome: placementEndings.outcome,
      statusDueOn: placementEndings.statusDueOn,
      statusCategory: placementStatusChecks.category,
    })
    .from(placements)
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .leftJoin(placementEndings, eq(placementEndings.placementId, placements.id))
    .leftJoin(placementStatusChecks, eq(placementStatusChecks.placementId, placements.id))
    .where(
      and(
        eq(placements.jobcentreId, jobcentreId),
        or(between(placements.startDate, period.from, period.to), between(placementEndings.endedOn, period.from, period.to), between(placementEndings.statusDueOn, period.from, period.to)),
        mine,
      ),
    )
    .all();

  return {
    hours: hoursProgression(hoursRows, period),
    timing: slotTiming(timingRows, period),
    outcomes: {
      reached13Weeks: reached13Weeks(outcomeRows, period, today),
      paidHours: paidHours(outcomeRows, period),
      inWorkAfter3Months: inWorkAfter3Months(outcomeRows, period),
    },
    declines: { total: declines.length, byReason: countBy(declines.map((d): DeclineReason => d.reason ?? "other")).map((r) => ({ reason: r.key, n: r.n })) },
    trends: {
      proposals: countByMonth(proposed, period),
      starts: countByMonth(
        started.map((p) => p.startDate),
        period,
      ),
      declines: countByMonth(
        declines.map((d) => dayOf(d.at!)),
        period,
      ),
      daysToProposal: daysToProposalByMonth(timingRows, period),
    },
  };
}
