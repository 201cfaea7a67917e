/**
 * The jobcentre start page's "placements needing attention" in memory under the jobcentre's
 * dashboard version (decisions 045, 050). The box is the same for every member of the
 * jobcentre's staff (the jobcentre's flagged placements, most flags first), and what it shows —
 * the kept signals, the follow-ups and approved adjustments behind the flags, the alias, the
 * slot's title and the company's name — changes only through commands that raise that version
 * already (the refresh helpers, slot events, candidate and company updates), or with the day,
 * which is part of the key. Ranking the jobcentre's signals and computing the shown flags cost
 * about 4–6 ms a view at the big city; a repeat view costs the read of the version.
 */
import type { Ctx } from "../actor";
import { cachedFigures } from "../dashboard/cache.server";
import { dashboardVersion } from "../dashboard/versions.server";
import { copenhagenDate } from "../shared/working-days";
import { isCompanySide } from "./policy";
import { placementsNeedingAttention } from "./progress.server";

export function jobcentreAttention(ctx: Ctx) {
  const jobcentreId = ctx.actor.jobcentreId;
  // The company side's boxes are the company's or the mentor's own: computed each view, as before.
  if (isCompanySide(ctx.actor.role) || jobcentreId == null) return placementsNeedingAttention(ctx);
  const version = dashboardVersion(ctx.db, jobcentreId);
  const key = JSON.stringify(["attention", jobcentreId, version, copenhagenDate(ctx.now)]);
  return cachedFigures(
    ctx.db,
    key,
    () => placementsNeedingAttention(ctx),
    // A command of another process that committed meanwhile: shown once, not kept.
    () => dashboardVersion(ctx.db, jobcentreId) === version,
  );
}
