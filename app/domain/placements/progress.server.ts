import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { lineChartView } from "~/charts/layout.server";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerConnection } from "~/db/prepared.server";
import { candidates, companies, followUps, placements, placementSignals, slots } from "~/db/schema";
import type { Ctx } from "../actor";
import { tenantScope } from "../shared/tenancy.server";
import { copenhagenDate } from "../shared/working-days";
import { placementFlags, type PlacementFlag } from "./flags";
import { weekOf } from "./hours-plan";
import { progression, type PlacementProgressView } from "./progression";
import { flaggedIds } from "./signals.server";
import type { ApprovedAdjustment } from "./terms";
import { approvedAdjustments, approvedAdjustmentsOf } from "./terms.server";
import { deepFreeze } from "../dashboard/cache.server";

type PlacementRow = typeof placements.$inferSelect;

/** The follow-ups of the placements, first due first, with what the flags and the charts read. */
const FIGURES = {
  id: followUps.id,
  placementId: followUps.placementId,
  week: followUps.week,
  dueDate: followUps.dueDate,
  status: followUps.status,
  submittedAt: followUps.submittedAt,
  hoursWorked: followUps.hoursWorked,
  daysPresent: followUps.daysPresent,
  daysPlanned: followUps.daysPlanned,
  wellBeing: followUps.wellBeing,
};

// One placement's follow-ups (its page), built once per connection (decision 051).
const figuresOfOne = preparedPerConnection((db) =>
  db.select(FIGURES).from(followUps).where(eq(followUps.placementId, sql.placeholder("placementId"))).orderBy(asc(followUps.dueDate)).prepare(),
);

export function followUpFigures(
  db: DbOrTx,
  placementIds: number[],
  // Only what the flags on this day read (`placementFlags`): the sent follow-ups and those due
  // before the day. A running placement's later ones (most of a new placement's, about 240 of the
  // 270 on the big city's first page) are left in the database (decision 049).
  flagsOn?: string,
) {
  if (placementIds.length === 0) return [];
  const ofPlacements = inArray(followUps.placementId, placementIds);
  const rows =
    placementIds.length === 1 && !flagsOn
      ? figuresOfOne(db).all({ placementId: placementIds[0]! })
      : db
          .select(FIGURES)
          .from(followUps)
          // One CASE, not an OR of two conditions: SQLite would answer the OR from the status index, every sent follow-up of the country.
          .where(flagsOn ? and(ofPlacements, sql`case when ${followUps.status} = 'submitted' or ${followUps.dueDate} < ${flagsOn} then 1 else 0 end = 1`) : ofPlacements)
          .orderBy(asc(followUps.dueDate))
          .all();
  return rows.map((f) => ({ ...f, submittedOn: f.submittedAt ? copenhagenDate(f.submittedAt) : null }));
}

/** The flags of several placements on a day, by id (one query for the follow-ups, one for the adjustments). */
export function flagsOf(db: DbOrTx, rows: readonly { id: number; status: PlacementRow["status"] }[], today: string): Map<number, PlacementFlag[]> {
  const activeIds = rows.filter((r) => r.status === "active").map((r) => r.id);
  const byPlacement = new Map<number, ReturnType<typeof followUpFigures>>();
  for (const f of followUpFigures(db, activeIds, today)) {
    const list = byPlacement.get(f.placementId);
    if (list) list.push(f);
    else byPlacement.set(f.placementId, [f]);
  }
  const adjustments = approvedAdjustmentsOf(db, activeIds);
  return new Map(
    rows.map((r) => [r.id, placementFlags({ status: r.status, followUps: byPlacement.get(r.id) ?? [], adjustmentsFrom: (adjustments.get(r.id) ?? []).map((a) => a.fromDate) }, today)]),
  );
}

/**
 * One placement's progression charts and flags, for its page on either side (the company
 * sees its mentor's follow-ups; nothing here is the jobcentre's alone). The charts' geometry
 * is made here so the page gets plain SVG numbers.
 *
 * The answer is a function of the placement's row, its follow-ups, its approved adjustments and
 * the day alone, all read afresh on every view; it is kept per placement with the inputs it was
 * worked out from and given again while they are equal (decision 080). Being the same object
 * from view to view, the charts' geometry and paths kept per view (`keptFor`, charts/view.ts)
 * are worked out once, not on every view.
 */
export function progressAndFlags(
  db: DbOrTx,
  p: PlacementRow,
  today: string,
  // The placement's follow-ups and approved adjustments when the caller has read them already (its page, decision 044).
  known?: { figures: ReturnType<typeof followUpFigures>; approved: ApprovedAdjustment[] },
): ProgressAndFlags {
  const figures = known?.figures ?? followUpFigures(db, [p.id]);
  const approved = known?.approved ?? approvedAdjustments(db, p.id);
  const inputs: ProgressInputs = { p, today, figures, approved };
  const kept = keptProgress.get(p.id);
  if (kept && sameData(kept.inputs, inputs)) {
    // The most recently used last: the first entry is the one to drop when the map is full.
    keptProgress.delete(p.id);
    keptProgress.set(p.id, kept);
    return kept.value;
  }
  const value = deepFreeze(workOutProgressAndFlags(inputs));
  // The inputs are kept as a copy: the caller's rows are its own to change.
  keptProgress.delete(p.id);
  keptProgress.set(p.id, { inputs: structuredClone(inputs), value });
  if (keptProgress.size > KEPT_PROGRESS_MAX) keptProgress.delete(keptProgress.keys().next().value!);
  return value;
}

type ProgressAndFlags = { progress: PlacementProgressView; flags: PlacementFlag[] };
interface ProgressInputs {
  p: PlacementRow;
  today: string;
  figures: ReturnType<typeof followUpFigures>;
  approved: ApprovedAdjustment[];
}

/**
 * How many placements' answers are kept: the most recently viewed. One is about 21 KB with its
 * charts' geometry and paths (500 active placements of the national copy: 10.7 MB), more with the
 * tables' rows (`tableKey`), so a hundred: 2–4 MB.
 */
export const KEPT_PROGRESS_MAX = 100;
const keptProgress = new Map<number, { inputs: ProgressInputs; value: ProgressAndFlags }>();

/** The plain path: what `progressAndFlags` answers, worked out from its inputs every time (its tests' reference). */
export function workOutProgressAndFlags({ p, today, figures, approved }: ProgressInputs): ProgressAndFlags {
  const sent = figures.filter((f) => f.status === "submitted");
  const g = progression(p, approved, sent);
  const flags = placementFlags({ status: p.status, followUps: figures, adjustmentsFrom: approved.map((a) => a.fromDate) }, today);
  const hoursSeries = [
    { id: "agreed" as const, values: g.agreed },
    { id: "worked" as const, values: g.worked, connectGaps: true },
    ...(g.original ? [{ id: "original" as const, values: g.original }] : []),
  ];
  const week = weekOf(p.startDate, today);
  return {
    flags,
    progress: {
      hours: lineChartView({ xs: g.weeks, series: hoursSeries, yMaxAtLeast: Math.max(10, p.targetHours) }),
      attendance: lineChartView({ xs: g.attendance.weeks, series: [{ id: "present" as const, values: g.attendance.present }, { id: "planned" as const, values: g.attendance.planned }], yMaxAtLeast: 5 }),
      wellBeing: lineChartView({ xs: g.wellBeing.weeks, series: [{ id: "wellBeing" as const, values: g.wellBeing.values }], yMin: 1, yMaxAtLeast: 5 }),
      adjustments: g.adjustments.map((a) => ({ week: a.week, fromDate: a.fromDate, hours: a.hours, days: a.days, tasksChanged: a.taskIds !== null })),
      currentWeek: p.status === "active" && week >= 1 && week <= g.weeks.length ? week : null,
      totalWeeks: g.weeks.length,
    },
  };
}

/** Whether two values of plain data (numbers, text, null, dates, arrays, objects) are equal, field by field. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) if (!Object.hasOwn(y, key) || !sameData(x[key], y[key])) return false;
  return true;
}

/**
 * The actor's active placements that have a flag, for the start page: HR and the jobcentre's
 * staff all of theirs, a mentor their own. At most `limit`, those with most flags first.
 */
export function placementsNeedingAttention(ctx: Ctx, limit = 20) {
  const today = copenhagenDate(ctx.now);
  // Ranked from the kept signals (decision 035); the flags of the rows shown are computed live.
  const where = [tenantScope(ctx.actor, { company: placementSignals.companyId, jobcentre: placementSignals.jobcentreId })];
  if (ctx.actor.role === "mentor") where.push(eq(placementSignals.mentorUserId, ctx.actor.userId));
  const ids = flaggedIds(ctx.db, where, today, "newest", limit);
  if (ids.length === 0) return [];
  const rows = ctx.db
    .select({ id: placements.id, status: placements.status, alias: candidates.alias, slotTitle: slots.title, companyName: companies.name })
    .from(placements)
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(companies, eq(companies.id, placements.companyId))
    .where(inArray(placements.id, ids))
    .all();
  const flags = flagsOf(ctx.db, rows, today);
  const byId = new Map(rows.map(({ status: _status, ...r }) => [r.id, { ...r, flags: flags.get(r.id) ?? [] }]));
  return ids.map((id) => byId.get(id)!).filter((r) => r.flags.length > 0);
}
