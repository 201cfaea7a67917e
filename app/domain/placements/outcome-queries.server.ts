import { sql, type Placeholder, type SQL } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { placementFacts } from "~/db/schema";
import { BEFORE_ALL as FIRST_RUN_FROM } from "../dashboard/facts.server";
import { addDays } from "../candidates/consent";
import { MILESTONE_WEEKS } from "./ending";

/**
 * The placements that reached 13 weeks of continuous placement, as `milestoneReached` defines
 * it (decision 025): running on the mark's day, or ended on or after it, the mark passed by
 * today. A condition on `placements`, answered from each placement's first run in the
 * dashboard's kept facts (`placement_facts`, decision 039: its 13-week mark, status and end), a
 * primary-key probe per placement: the mark needs date arithmetic, which has no portable SQL
 * form, and fetching every placement to filter here cost the big city's list 14× the floor
 * (docs/performance.md). The mark is the start plus 90 days, so a placement that reached it
 * started on or before `latestStartReached(today)`: said too, as a range on the start that the
 * list's indexes seek to, so the newest placements (running, not yet at 13 weeks: some 1,500 at
 * the big city) are not probed one by one before the first match (decision 049).
 */
export function reached13WeeksSql(on: string | { today: Placeholder; latestStart: Placeholder }): SQL {
  const { today, latestStart } = typeof on === "string" ? reached13WeeksValues(on) : on;
  return sql`"placements"."start_date" <= ${latestStart} and exists (select 1 from ${placementFacts} pf where pf.placement_id = "placements"."id" and ${reachedFirstRun(today)})`;
}

/** The values of `reached13WeeksSql` on `today`, for a query kept with placeholders (decision 058). */
export function reached13WeeksValues(today: string): { today: string; latestStart: string } {
  return { today, latestStart: latestStartReached(today) };
}

/** The last start day whose 13-week mark has passed by `today` (the mark is the start's day plus 13 weeks less a day). */
function latestStartReached(today: string): string {
  return addDays(today, -(MILESTONE_WEEKS * 7 - 1));
}

/**
 * How many of a jobcentre's placements reached 13 weeks by `today`: the range of its first runs
 * by their mark (`placement_facts_mark_idx`, decision 047) counted alone (a first run per
 * placement, carrying the placement's jobcentre), not probed for each placement (decision 049).
 */
export function reached13WeeksCount(db: DbOrTx, today: string, jobcentreId: number): number {
  return db.get<{ n: number }>(sql`select count(*) as n from ${placementFacts} pf where pf.jobcentre_id = ${jobcentreId} and ${reachedFirstRun(today)}`).n;
}

/** The condition on a placement's runs `pf` that holds for its first run when it reached 13 weeks by `today` (one definition for the list, its count and the company's results). */
function reachedFirstRun(today: string | Placeholder): SQL {
  return sql`pf.from_on = ${FIRST_RUN_FROM} and pf.mark_on <= ${today} and (pf.status = 'active' or pf.ended_on >= pf.mark_on)`;
}
