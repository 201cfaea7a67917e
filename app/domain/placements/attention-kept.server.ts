/**
 * The start pages' "placements needing attention" in memory under the dashboard version of the
 * placements' jobcentre (decisions 045, 050). The jobcentre's box is the same for every member of
 * its staff (the jobcentre's flagged placements, most flags first); HR's is the company's, a
 * mentor's their own placements'. What a box shows — the kept signals, the follow-ups and
 * approved adjustments behind the flags, the alias, the slot's title and the company's name —
 * changes only through commands that raise that version already (the refresh helpers, slot
 * events, candidate and company updates: every one of them for the placement's jobcentre), or
 * with the day, which is part of the key. A company's placements are all at its own jobcentre
 * (a proposal is made at the jobcentre of the slot, a slot at its company's), so HR's and the
 * mentor's boxes follow that jobcentre's version. Ranking the signals and computing the shown
 * flags cost about 4–6 ms a view at the big city and 1 ms at the chain; a repeat view costs the
 * read of the version.
 */
import type { Ctx } from "../actor";
import { keptUnderVersion } from "../dashboard/cache.server";
import { copenhagenDate } from "../shared/working-days";
import { isCompanySide } from "./policy";
import { placementsNeedingAttention } from "./progress.server";

export function keptAttention(ctx: Ctx) {
  const { actor } = ctx;
  const companySide = isCompanySide(actor.role);
  const jobcentreId = companySide ? actor.scopeJobcentreId : actor.jobcentreId;
  if (jobcentreId == null || (companySide && actor.companyId == null)) return placementsNeedingAttention(ctx);
  // Whose box: the jobcentre's staff share one; HR the company's; a mentor their own.
  const whose = !companySide ? "jobcentre" : actor.role === "mentor" ? `mentor ${actor.userId}` : `company ${actor.companyId}`;
  return keptUnderVersion(ctx.db, jobcentreId, ["attention", whose, copenhagenDate(ctx.now)], () => placementsNeedingAttention(ctx));
}
