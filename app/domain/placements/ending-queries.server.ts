import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerConnection } from "~/db/prepared.server";
import { candidates, companies, placementEndings, placementMilestones, placements, placementStatusChecks, placementStatusTasks, slots } from "~/db/schema";
import type { Ctx } from "../actor";
import { keptUnderVersion } from "../dashboard/cache.server";
import { notFound } from "../errors";
import { copenhagenDate } from "../shared/working-days";
import { durationLimit } from "./duration";
import { milestoneReached, statusTaskOpen, thirteenWeekMark } from "./ending";
import { isCompanySide, maySeePlacement, mayStartPlacement } from "./policy";

// Built once per connection (decision 051): the placement pages read these on every view.
const endingQuery = preparedPerConnection((db) => db.select().from(placementEndings).where(eq(placementEndings.placementId, sql.placeholder("placementId"))).prepare());
const statusCheckQuery = preparedPerConnection((db) => db.select().from(placementStatusChecks).where(eq(placementStatusChecks.placementId, sql.placeholder("placementId"))).prepare());
const milestoneQuery = preparedPerConnection((db) => db.select().from(placementMilestones).where(eq(placementMilestones.placementId, sql.placeholder("placementId"))).prepare());

export function endingOf(db: DbOrTx, placementId: number) {
  return endingQuery(db).get({ placementId }) ?? null;
}

/**
 * The end of a placement as the actor's side may see it: how and when it ended and the
 * outcome (the reason's own words only for the jobcentre), the 13-week mark, what the actor
 * may do (move the end, end it), and for the jobcentre the three-month status task.
 */
export function endingView(ctx: Ctx, placementId: number) {
  const row = ctx.db
    .select({ p: placements, alias: candidates.alias, targetGroup: candidates.targetGroup, experience: candidates.experience, experienceIndustries: candidates.experienceIndustries, slotTitle: slots.title })
    .from(placements)
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .where(eq(placements.id, placementId))
    .get();
  if (!row || !maySeePlacement(ctx.actor, row.p)) throw notFound();
  return endingViewOf(ctx, row);
}

/** What `endingView` reads of the placement, its candidate and its slot. */
export interface EndingSource {
  p: typeof placements.$inferSelect;
  alias: string;
  targetGroup: (typeof candidates.$inferSelect)["targetGroup"];
  experience: string | null;
  experienceIndustries: readonly string[];
  slotTitle: string;
}

/**
 * `endingView` from a placement row the caller has read and checked already (`maySeePlacement`):
 * the placement page reads it once for its details and its end section (decision 050).
 */
export function endingViewOf(ctx: Ctx, row: EndingSource) {
  const today = copenhagenDate(ctx.now);
  const { p } = row;
  const companySide = isCompanySide(ctx.actor.role);
  const ending = endingOf(ctx.db, p.id);
  const check = companySide ? null : (statusCheckQuery(ctx.db).get({ placementId: p.id }) ?? null);
  const milestone = milestoneQuery(ctx.db).get({ placementId: p.id }) ?? null;
  const mayManage = p.status === "active" && ctx.actor.role !== "mentor" && mayStartPlacement(ctx.actor, p);
  const limit = durationLimit({ kind: p.kind, targetGroup: row.targetGroup, hasWorkExperience: Boolean(row.experience) || row.experienceIndustries.length > 0, assessed: p.assessmentOn !== null, employer: "private", startDate: p.startDate });
  return {
    id: p.id,
    version: p.version,
    status: p.status,
    alias: row.alias,
    slotTitle: row.slotTitle,
    startDate: p.startDate,
    plannedEndDate: p.plannedEndDate,
    today,
    mayManage,
    /** The last day the rule allows (the company is told the day, never why). */
    lastAllowedDay: limit?.lastDay ?? null,
    ending: ending
      ? { kind: ending.kind, endedOn: ending.endedOn, reason: ending.reason, reasonText: companySide ? null : ending.reasonText, outcome: ending.outcome, outcomeHours: ending.outcomeHours }
      : null,
    milestone: { mark: thirteenWeekMark(p.startDate), reached: milestoneReached({ startDate: p.startDate, status: p.status, endedOn: ending?.endedOn ?? null }, today), congratulated: milestone !== null },
    statusTask:
      companySide || !ending
        ? null
        : { dueOn: ending.statusDueOn, open: statusTaskOpen(ending, check !== null, today), recorded: check ? { category: check.category, hours: check.hours, onDate: check.onDate } : null },
  };
}
export type EndingView = ReturnType<typeof endingView>;

/**
 * The consultant's three-month status tasks that are due: placements they proposed, ended
 * three months ago or more, whose status is not yet recorded, oldest first. For the start page;
 * read from the kept open tasks on their index (decision 040), only the rows shown joined.
 *
 * Kept in memory under the jobcentre's dashboard version, the consultant and the day (decision
 * 066): a task is opened by `endPlacement` and closed by `recordStatusCheck`, both in a
 * transaction that refreshes the placement's facts and so raises the version of the
 * placement's jobcentre (the task's); the alias, the slot's title and the company's name change
 * only through commands that raise it too (as for the start page's attention box, decision
 * 050); what is due moves with the day, which is in the key. A repeat view reads the version
 * instead of joining up to 50 rows (0.5–0.7 ms at the big city).
 */
export function dueStatusTasks(ctx: Ctx) {
  const jobcentreId = ctx.actor.jobcentreId;
  if (isCompanySide(ctx.actor.role) || jobcentreId === null) return [];
  const today = copenhagenDate(ctx.now);
  return keptUnderVersion(ctx.db, jobcentreId, ["statusTasks", ctx.actor.userId, today], () => dueStatusTasksFromTable(ctx.db, ctx.actor.userId, jobcentreId, today));
}

/** `dueStatusTasks` read from the table, without the memory (the tests compare the two). */
export function dueStatusTasksFromTable(db: DbOrTx, userId: number, jobcentreId: number, today: string) {
  return dueStatusTasksQuery(db).all({ userId, jobcentreId, today });
}

// On the jobcentre's start page: built once per connection (decision 051).
const dueStatusTasksQuery = preparedPerConnection((db) =>
  db
    .select({ placementId: placements.id, alias: candidates.alias, slotTitle: slots.title, companyName: companies.name, dueOn: placementStatusTasks.dueOn })
    .from(placementStatusTasks)
    .innerJoin(placements, eq(placements.id, placementStatusTasks.placementId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(companies, eq(companies.id, placements.companyId))
    .where(and(eq(placementStatusTasks.consultantUserId, sql.placeholder("userId")), eq(placementStatusTasks.jobcentreId, sql.placeholder("jobcentreId")), lte(placementStatusTasks.dueOn, sql.placeholder("today"))))
    .orderBy(asc(placementStatusTasks.dueOn), asc(placementStatusTasks.placementId))
    .limit(50)
    .prepare(),
);
