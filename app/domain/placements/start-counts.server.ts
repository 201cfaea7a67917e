/**
 * The company start page's placement figures, apart from the placement queries: the page's
 * messages are found by following its imports (decision 043), and queries.server.ts reaches the
 * follow-up and placement commands, whose form errors the start page never shows (decision 050).
 */
import { and, count, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerShape } from "~/db/prepared.server";
import { placementEndings, placements } from "~/db/schema";
import type { Ctx } from "../actor";
import { forbidden } from "../errors";
import { tenantScope } from "../shared/tenancy.server";
import { copenhagenDate } from "../shared/working-days";
import { OUTCOMES, type Outcome } from "./ending-vocabulary";
import { reached13WeeksSql, reached13WeeksValues } from "./outcome-queries.server";

/** The placements the actor may see: the jobcentre's or the company's, a mentor's own. */
export function placementScope(ctx: Ctx): SQL {
  const where = [tenantScope(ctx.actor, { company: placements.companyId, jobcentre: placements.jobcentreId })];
  if (ctx.actor.role === "mentor") where.push(eq(placements.mentorUserId, ctx.actor.userId));
  return and(...where)!;
}

/**
 * The company dashboard's results (issue 13): how many people reached 13 weeks, and how the
 * ended placements ended, counted per outcome in the catalogue's order (only outcomes that
 * occurred). All time: "so far". Of the actor's placements (HR: the company's, a mentor: their own).
 */
export function companyPlacementResults(ctx: Ctx) {
  const queries = startQueries(ctx.db, companyShape(ctx));
  const values = companyValues(ctx);
  const byOutcome = new Map(queries.byOutcome.all(values).map((r) => [r.outcome, r.n]));
  const outcomes = OUTCOMES.filter((o) => (byOutcome.get(o) ?? 0) > 0).map((outcome): { outcome: Outcome; n: number } => ({ outcome, n: byOutcome.get(outcome)! }));
  return {
    reached13Weeks: queries.reached.get({ ...values, ...reached13WeeksValues(copenhagenDate(ctx.now)) })?.n ?? 0,
    ended: outcomes.reduce((sum, o) => sum + o.n, 0),
    outcomes,
  };
}

/** Active placements for a start page: how many, and the mentor's own. */
export function activePlacementCount(ctx: Ctx): number {
  return startQueries(ctx.db, companyShape(ctx)).active.get(companyValues(ctx))?.n ?? 0;
}

/** A company's reader: HR or a mentor (what changes the SQL); anyone else is refused. */
function companyShape(ctx: Ctx): { mentor: boolean } {
  if (ctx.actor.companyId == null) throw forbidden();
  return { mentor: ctx.actor.role === "mentor" };
}

function companyValues(ctx: Ctx) {
  return { companyId: ctx.actor.companyId!, userId: ctx.actor.userId };
}

const p = sql.placeholder;

/** `placementScope` of a company's reader with placeholders: the start page's figures built once per connection and reader (decision 063). */
const startQueries = preparedPerShape((db: DbOrTx, shape: { mentor: boolean }) => {
  const scope = and(eq(placements.companyId, p("companyId")), ...(shape.mentor ? [eq(placements.mentorUserId, p("userId"))] : []));
  return {
    active: db
      .select({ n: count() })
      .from(placements)
      .where(and(scope, eq(placements.status, "active")))
      .prepare(),
    byOutcome: db
      .select({ outcome: placementEndings.outcome, n: count() })
      .from(placements)
      .innerJoin(placementEndings, eq(placementEndings.placementId, placements.id))
      .where(scope)
      .groupBy(placementEndings.outcome)
      .prepare(),
    reached: db
      .select({ n: count() })
      .from(placements)
      .where(and(scope, reached13WeeksSql({ today: p("today"), latestStart: p("latestStart") })))
      .prepare(),
  };
}, 2);
