import { and, count, eq, lte, type SQL } from "drizzle-orm";
import { placementEndings, placements } from "~/db/schema";
import type { Ctx } from "../actor";
import { addDays } from "../candidates/consent";
import { copenhagenDate } from "../shared/working-days";
import { MILESTONE_WEEKS, milestoneReached } from "./ending";
import { OUTCOMES, type Outcome } from "./ending-vocabulary";

/**
 * The placements (within `scope`) that reached 13 weeks of continuous placement, as
 * `milestoneReached` defines it (decision 025): running on the mark's day, or ended on or after
 * it. Only those that started at least 13 weeks − 1 day ago can have; the mark of each is
 * worked out here rather than with date arithmetic in SQL, which has no portable form.
 */
export function placementIdsPast13Weeks(ctx: Ctx, scope: SQL): number[] {
  const today = copenhagenDate(ctx.now);
  const latestStart = addDays(today, -(MILESTONE_WEEKS * 7 - 1));
  return ctx.db
    .select({ id: placements.id, startDate: placements.startDate, status: placements.status, endedOn: placementEndings.endedOn })
    .from(placements)
    .leftJoin(placementEndings, eq(placementEndings.placementId, placements.id))
    .where(and(scope, lte(placements.startDate, latestStart)))
    .all()
    .filter((p) => milestoneReached(p, today))
    .map((p) => p.id);
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
    reached13Weeks: placementIdsPast13Weeks(ctx, scope).length,
    ended: outcomes.reduce((sum, o) => sum + o.n, 0),
    outcomes,
  };
}
