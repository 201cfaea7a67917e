import { and, asc, desc, eq, gt, gte, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../actor";
import { candidates, companies, consents, placements, placementSignals, slots } from "~/db/schema";
import { addDays } from "../candidates/consent";
import { mayKeepCandidates } from "../candidates/policy";
import { forbidden, invalid } from "../errors";
import { ownTeam, teamMemberIds } from "../users/teams.server";
import { openSlotsWithoutProposal, slotsWaitingForReview } from "../slots/queries.server";
import { flagsOf } from "../placements/progress.server";
import { flagCountSql } from "../placements/signals.server";
import { keptUnderVersion } from "./cache.server";
import { RULES } from "../rules/rules";
import { copenhagenDate } from "../shared/working-days";
import { keyFigures, monthsOf, type Period } from "./figures";
import { periodFigures } from "./period-figures.server";

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
 * read the ends and three-month statuses of decision 025. The period's figures are counted
 * and grouped in SQL from the facts the commands keep (./period-figures.server.ts, decision
 * 039); what they mean is defined in ./figures.ts.
 *
 * Kept in memory (./cache.server.ts, decision 045) under the jobcentre's dashboard version,
 * which every command that changes what the dashboard shows raises in its transaction
 * (./versions.server.ts), today's date, the period and the scope: a repeat view costs a read of
 * the version; a change is seen on the next view.
 */
export function jobcentreDashboard(ctx: Ctx, input: DashboardInput): JobcentreDashboard {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  const jobcentreId = ctx.actor.jobcentreId;
  const today = copenhagenDate(ctx.now);
  // Whose figures: the actor's own, the team's (by name: its members share them), or the jobcentre's.
  const whose = input.scope === "mine" ? String(ctx.actor.userId) : input.scope === "team" ? (ownTeam(ctx) ?? "") : "";
  return keptUnderVersion(ctx.db, jobcentreId, ["dashboard", today, input.from, input.to, input.scope, whose], () => computeDashboard(ctx, input));
}

/**
 * The dashboard's "at risk" work list in one query (decision 045): the flagged placements of
 * the scope ranked from the kept signals alone (most flags first, then the oldest start,
 * decision 035; each placement's flag count worked out once), the first `limit` of them with
 * how many there are in all as a window count, and only those joined to what the list prints.
 * The shown rows' flags are then computed live.
 */
export function atRiskWorkList(ctx: Ctx, jobcentreId: number, people: SQL | undefined, today: string, limit = WORK_LIST_ROWS) {
  const db = ctx.db;
  // The scope's people are the candidates' (their responsible consultant): only then are placements and candidates joined to rank.
  const base = db
    .select({ id: placementSignals.placementId, startDate: placementSignals.startDate, flagCount: flagCountSql(today).as("flag_count") })
    .from(placementSignals)
    .$dynamic();
  const scored = (people ? base.innerJoin(placements, eq(placements.id, placementSignals.placementId)).innerJoin(candidates, eq(candidates.id, placements.candidateId)) : base)
    .where(and(eq(placementSignals.jobcentreId, jobcentreId), people))
    .as("scored");
  const ranked = db
    .select({ id: scored.id, startDate: scored.startDate, flagCount: scored.flagCount, total: sql<number>`count(*) over ()`.as("total") })
    .from(scored)
    .where(gt(scored.flagCount, 0))
    .orderBy(desc(scored.flagCount), asc(scored.startDate), asc(scored.id))
    .limit(limit)
    .as("ranked");
  const rows = db
    .select({ id: ranked.id, status: placements.status, alias: candidates.alias, slotTitle: slots.title, companyName: companies.name, total: ranked.total })
    .from(ranked)
    .innerJoin(placements, eq(placements.id, ranked.id))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(companies, eq(companies.id, placements.companyId))
    .orderBy(desc(ranked.flagCount), asc(ranked.startDate), asc(ranked.id))
    .all();
  const flags = flagsOf(db, rows, today);
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map(({ status: _status, total: _total, ...r }) => ({ ...r, flags: flags.get(r.id) ?? [] })),
  };
}

/** The dashboard computed from the database, without the memory of decision 045 (the tests and the benchmark call it too). */
export function computeDashboard(ctx: Ctx, input: DashboardInput) {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  const jobcentreId = ctx.actor.jobcentreId;
  const today = copenhagenDate(ctx.now);
  const period: Period = { from: input.from, to: input.to };
  // The people figures' scope (named "mine" from when there was no team).
  const mine = peopleOf(ctx, input.scope);

  // --- Work lists: what waits today, whatever the period. ---
  // At risk: ranked from the kept signals (decision 035), the shown rows' flags computed live.
  const atRisk = atRiskWorkList(ctx, jobcentreId, mine, today);

  // Read whole: the next weeks' expiries are few, and counting them apart would walk the jobcentre's candidates twice.
  const expiring = ctx.db
    .select({ id: candidates.id, alias: candidates.alias, expiresOn: consents.expiresOn })
    .from(consents)
    .innerJoin(candidates, eq(candidates.id, consents.candidateId))
    .where(
      and(
        // The consent's own jobcentre first: its index gives the few expiring in 14 days (decision 040)
        // instead of a walk through every candidate of the jobcentre.
        eq(consents.jobcentreId, jobcentreId),
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

  // --- Figures over the period: counts and histograms from the kept facts (decision 039). ---
  const f = periodFigures(ctx, jobcentreId, period, today, mine);
  const { hours, timing, outcomes } = f;
  return {
    today,
    work: {
      review: slotsWaitingForReview(ctx, WORK_LIST_ROWS),
      // One query with the start page's count and the board's filter.
      openWithoutProposal: openSlotsWithoutProposal(ctx, WORK_LIST_ROWS),
      atRisk,
      expiringConsents: { total: expiring.length, rows: expiring.slice(0, WORK_LIST_ROWS) },
    },
    hours,
    timing,
    outcomes,
    figures: keyFigures(hours, timing, outcomes),
    declines: f.declines,
    months: monthsOf(period),
    trends: f.trends,
  };
}

export type JobcentreDashboard = ReturnType<typeof computeDashboard>;

