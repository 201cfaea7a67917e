import { and, count, eq, sql, type SQL } from "drizzle-orm";
import { placementEndings, placementFacts, placements } from "~/db/schema";
import type { Ctx } from "../actor";
import { BEFORE_ALL as FIRST_RUN_FROM } from "../dashboard/facts.server";
import { copenhagenDate } from "../shared/working-days";
import { OUTCOMES, type Outcome } from "./ending-vocabulary";

/**
 * The placements that reached 13 weeks of continuous placement, as `milestoneReached` defines
 * it (decision 025): running on the mark's day, or ended on or after it, the mark passed by
 * today. A condition on
 * `placements`, answered from each placement's first run in the dashboard's kept facts
 * (`placement_facts`, decision 039: its 13-week mark, status and end), a primary-key lookup per
 * placement: the mark needs date arithmetic, which has no portable SQL form, and fetching every
 * placement to filter here cost the big city's list 14× the floor (docs/performance.md).
 */
export function reached13WeeksSql(today: string, jobcentreId?: number | null): SQL {
  // For a jobcentre's list: its first runs by their mark, one range of placement_facts_mark_idx,
  // instead of a probe per placement of the jobcentre (10,000 at the big city; decision 047).
  if (jobcentreId != null) {
    return sql`"placements"."id" in (select pf.placement_id from ${placementFacts} pf where pf.jobcentre_id = ${jobcentreId} and pf.from_on = ${FIRST_RUN_FROM} and pf.mark_on <= ${today} and (pf.status = 'active' or pf.ended_on >= pf.mark_on))`;
  }
  return sql`exists (select 1 from ${placementFacts} pf where pf.placement_id = "placements"."id" and pf.from_on = ${FIRST_RUN_FROM} and pf.mark_on <= ${today} and (pf.status = 'active' or pf.ended_on >= pf.mark_on))`;
}

/**
 * The company dashboard's results (issue 13): how many people reached 13 weeks, and how the
 * ended placements ended, counted per outcome in the catalogue's order (only outcomes that
 * occurred). All time: "so far". `scope` is the company's (or a mentor's own) placements.
 */
export function placementResults(ctx: Ctx, scope: SQL) {
  const byOutcome = new Map(
    ctx.db
      .select({ outcome: placementEndings.outcome, n: count() })
      .from(placements)
      .innerJoin(placementEndings, eq(placementEndings.placementId, placements.id))
      .where(scope)
      .groupBy(placementEndings.outcome)
      .all()
      .map((r) => [r.outcome, r.n]),
  );
  const outcomes = OUTCOMES.filter((o) => (byOutcome.get(o) ?? 0) > 0).map((outcome): { outcome: Outcome; n: number } => ({ outcome, n: byOutcome.get(outcome)! }));
  return {
    reached13Weeks: ctx.db.select({ n: count() }).from(placements).where(and(scope, reached13WeeksSql(copenhagenDate(ctx.now)))).get()?.n ?? 0,
    ended: outcomes.reduce((sum, o) => sum + o.n, 0),
    outcomes,
  };
}
