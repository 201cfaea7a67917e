/**
 * The company start page's placement figures, apart from the placement queries: the page's
 * messages are found by following its imports (decision 043), and queries.server.ts reaches the
 * follow-up and placement commands, whose form errors the start page never shows (decision 050).
 */
import { and, count, eq, type SQL } from "drizzle-orm";
import { placements } from "~/db/schema";
import type { Ctx } from "../actor";
import { forbidden } from "../errors";
import { tenantScope } from "../shared/tenancy.server";
import { placementResults } from "./outcome-queries.server";

/** The placements the actor may see: the jobcentre's or the company's, a mentor's own. */
export function placementScope(ctx: Ctx): SQL {
  const where = [tenantScope(ctx.actor, { company: placements.companyId, jobcentre: placements.jobcentreId })];
  if (ctx.actor.role === "mentor") where.push(eq(placements.mentorUserId, ctx.actor.userId));
  return and(...where)!;
}

/** The company dashboard's results of the actor's placements (HR: the company's, a mentor: their own). */
export function companyPlacementResults(ctx: Ctx) {
  if (ctx.actor.companyId == null) throw forbidden();
  return placementResults(ctx, placementScope(ctx));
}

/** Active placements for a start page: how many, and the mentor's own. */
export function activePlacementCount(ctx: Ctx): number {
  return ctx.db.select({ n: count() }).from(placements).where(and(placementScope(ctx), eq(placements.status, "active"))).get()?.n ?? 0;
}
