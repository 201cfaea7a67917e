import { and, asc, between, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../actor";
import { candidates, companies, consents, placementEndings, placements, placementSignals, placementStatusChecks, proposals, slots } from "~/db/schema";
import { addDays } from "../candidates/consent";
import { mayKeepCandidates } from "../candidates/policy";
import { forbidden, invalid } from "../errors";
import { ownTeam, teamMemberIds } from "../users/teams.server";
import { openSlotsWithoutProposal } from "../slots/queries.server";
import { flagsOf } from "../placements/progress.server";
import { rankByFlags } from "../placements/signals.server";
import { approvedAdjustmentsOf, termsOn } from "../placements/terms.server";
import type { DeclineReason } from "../proposals/schema";
import { RULES } from "../rules/rules";
import { copenhagenDate, copenhagenMidnight } from "../shared/working-days";
import { countBy, countByMonth, daysBetween, daysToProposalByMonth, hoursProgression, inWorkAfter3Months, keyFigures, monthsOf, paidHours, reached13Weeks, slotTiming, type Period } from "./figures";

/** How many rows each work list shows on the dashboard; the link leads to the whole list. */
export const WORK_LIST_ROWS = 5;

export interface DashboardInput extends Period {
  scope: "mine" | "team" | "jobcentre";
}

/**
 * Whose candidates a scope covers: the actor's own, those of everyone on the actor's team
 * (decision 033), or the whole jobcentre's (no condition). "team" without a team is refused:
 * an empty figure would read as "my team did nothing".
 */
function peopleOf(ctx: Ctx, scope: DashboardInput["scope"]): SQL | undefined {
  if (scope === "mine") return eq(candidates.responsibleUserId, ctx.actor.userId);
  if (scope === "jobcentre") return undefined;
  const team = ownTeam(ctx);
  if (team === null) throw invalid("dashboard.noTeam");
  const members = teamMemberIds(ctx, ctx.actor.jobcentreId!, team);
  return inArray(candidates.responsibleUserId, members);
}

/**
 * The jobcentre dashboard for a consultant or an administrator: always their own jobcentre's
 * rows (a company's people are refused). "mine" narrows everything about people (proposals,
 * placements, consents) to the candidates the actor is responsible for, "team" to those of the
 * actor's team (decision 033); the slots' figures
 * are the jobcentre's, as a slot belongs to no consultant (decision 029). The outcome figures
 * read the ends and three-month statuses of decision 025. Rows are fetched
 * with plain, portable SQL; the figures are defined in ./figures.ts.
 */
export function jobcentreDashboard(ctx: Ctx, input: DashboardInput) {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  const jobcentreId = ctx.actor.jobcentreId;
  const today = copenhagenDate(ctx.now);
  const period: Period = { from: input.from, to: input.to };
  const start = copenhagenMidnight(period.from);
  const end = copenhagenMidnight(addDays(period.to, 1));
  // The people figures' scope (named "mine" from when there was no team).
  const mine = peopleOf(ctx, input.scope);
  const dayOf = (d: Date) => copenhagenDate(d);

  // --- Work lists: what waits today, whatever the period. ---
  const waiting = and(eq(slots.jobcentreId, jobcentreId), eq(slots.status, "submitted"));
  const reviewRows = ctx.db
    .select({ id: slots.id, title: slots.title, companyName: companies.name, since: slots.submittedAt })
    .from(slots)
    .innerJoin(companies, eq(companies.id, slots.companyId))
    .where(waiting)
    .orderBy(asc(slots.submittedAt), asc(slots.id))
    .all();
  const waitingDays = (rows: { id: number; title: string; companyName: string; since: Date | null }[]) => ({
    total: rows.length,
    rows: rows.slice(0, WORK_LIST_ROWS).map((r) => ({ id: r.id, title: r.title, companyName: r.companyName, days: r.since ? Math.max(0, daysBetween(dayOf(r.since), today)) : 0 })),
  });

  // At risk: ranked from the kept signals (decision 035), the shown rows' flags computed live.
  const ranked = rankByFlags(ctx.db, [eq(placementSignals.jobcentreId, jobcentreId), mine], today, "oldest", WORK_LIST_ROWS);
  const shownRows = ranked.ids.length
    ? ctx.db
        .select({ id: placements.id, status: placements.status, alias: candidates.alias, slotTitle: slots.title, companyName: companies.name })
        .from(placements)
        .innerJoin(candidates, eq(candidates.id, placements.candidateId))
        .innerJoin(slots, eq(slots.id, placements.slotId))
        .innerJoin(companies, eq(companies.id, placements.companyId))
        .where(inArray(placements.id, ranked.ids))
        .all()
    : [];
  const flags = flagsOf(ctx.db, shownRows, today);
  const shown = new Map(shownRows.map(({ status: _status, ...r }) => [r.id, { ...r, flags: flags.get(r.id) ?? [] }]));
  const atRisk = { total: ranked.total, rows: ranked.ids.map((id) => shown.get(id)!) };

  const expiring = ctx.db
    .select({ id: candidates.id, alias: candidates.alias, expiresOn: consents.expiresOn })
    .from(consents)
    .innerJoin(candidates, eq(candidates.id, consents.candidateId))
    .where(
      and(
        eq(candidates.jobcentreId, jobcentreId),
        isNull(consents.replacedAt),
        isNull(consents.withdrawnAt),
        gte(consents.expiresOn, today),
        lte(consents.expiresOn, addDays(today, RULES.consent.expiringSoonDays)),
        mine,
      ),
    )
    .orderBy(asc(consents.expiresOn), asc(candidates.alias))
    .all();

  // --- Figures over the period. ---
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
    // The latest day so far: today, or the last day of a placement that is over (its end, else its planned last day).
    const lastDay = p.endedOn ?? p.plannedEndDate;
    const latestDay = lastDay < today ? lastDay : today;
    return { startDate: p.startDate, startHours: p.startHours, latestHours: termsOn(p, [], adjustments.get(p.id) ?? [], latestDay < p.startDate ? p.startDate : latestDay).hours };
  });

  // Per slot opened in the period, looked up by the slot's own index (decision 035): grouping
  // every proposal and placement of the jobcentre first cost the big city 70 ms of CPU a view.
  // Written out with aliases: drizzle leaves the table off columns in a one-table query, which would bind them inside.
  const firstProposalAt = sql<number | null>`(select min(fp.proposed_at) from ${proposals} fp where fp.slot_id = "slots"."id")`;
  const firstStartOn = sql<string | null>`(select min(fs.start_date) from ${placements} fs where fs.slot_id = "slots"."id")`;
  const timingRows = ctx.db
    .select({ openedAt: slots.openedAt, firstProposalAt, firstStartOn })
    .from(slots)
    .where(and(eq(slots.jobcentreId, jobcentreId), isNotNull(slots.openedAt), gte(slots.openedAt, start), lt(slots.openedAt, end)))
    .all()
    .map((r) => ({
      openedOn: dayOf(r.openedAt!),
      // min() over a timestamp column comes back as the stored number, not a Date.
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

  // Placements that started, ended or had their three-month status due in the period.
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
  const outcomes = {
    reached13Weeks: reached13Weeks(outcomeRows, period, today),
    paidHours: paidHours(outcomeRows, period),
    inWorkAfter3Months: inWorkAfter3Months(outcomeRows, period),
  };

  const hours = hoursProgression(hoursRows, period);
  const timing = slotTiming(timingRows, period);
  return {
    today,
    work: {
      review: waitingDays(reviewRows),
      // One query with the start page's count and the board's filter.
      openWithoutProposal: openSlotsWithoutProposal(ctx, WORK_LIST_ROWS),
      atRisk,
      expiringConsents: { total: expiring.length, rows: expiring.slice(0, WORK_LIST_ROWS) },
    },
    hours,
    timing,
    outcomes,
    figures: keyFigures(hours, timing, outcomes),
    declines: { total: declines.length, byReason: countBy(declines.map((d): DeclineReason => d.reason ?? "other")).map((r) => ({ reason: r.key, n: r.n })) },
    months: monthsOf(period),
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

export type JobcentreDashboard = ReturnType<typeof jobcentreDashboard>;

