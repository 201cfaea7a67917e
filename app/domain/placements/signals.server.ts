import { and, asc, count, desc, eq, inArray, isNull, max, min, ne, sql, type Placeholder, type SQL } from "drizzle-orm";
import { bumpDashboardVersion } from "../dashboard/versions.server";
import type { DbOrTx } from "~/db/client.server";
import { idsParams, preparedForIds } from "~/db/prepared.server";
import { candidates, followUps, placementAdjustments, placements, placementSignals } from "~/db/schema";
import { RULES } from "../rules/rules";
import { addDays } from "../candidates/consent";
import { copenhagenDate, workingDaysBetween } from "../shared/working-days";
import { placementFlags, type FlagFollowUp, type FlagKind } from "./flags";

/**
 * The attention flags at national size (decision 035). `placement_signals` holds, per active
 * placement, what its flags need from the follow-ups; the commands that change them call
 * `refreshPlacementSignals` in their transaction. Readers rank by the flag count computed in
 * SQL from those columns and today's thresholds, then compute the flags themselves (live, as
 * before) for the few rows they show. A test checks the ranking equals the live computation.
 */

/** Which of the flags that depend on the sent answers alone hold, in the flags' order. Pure. */
export function answerFlagKinds(sent: readonly FlagFollowUp[]): FlagKind[] {
  // With only sent follow-ups and no adjustments, the day cannot raise a flag: what remains is the answers'.
  return placementFlags({ status: "active", followUps: sent.filter((f) => f.status === "submitted"), adjustmentsFrom: [] }, "9999-12-31").map((f) => f.kind);
}

/** How many of the flags that depend on the sent answers alone hold. Pure. */
export function answerFlagCount(sent: readonly FlagFollowUp[]): number {
  return answerFlagKinds(sent).length;
}

/** Makes the placement's row match its follow-ups now: written while it is active, removed when it ends. */
export function refreshPlacementSignals(tx: DbOrTx, placementId: number): void {
  const p = tx
    .select({ status: placements.status, jobcentreId: placements.jobcentreId, companyId: placements.companyId, mentorUserId: placements.mentorUserId, startDate: placements.startDate })
    .from(placements)
    .where(eq(placements.id, placementId))
    .get();
  // The dashboard's "at risk" list follows the signals (decision 045).
  if (p) bumpDashboardVersion(tx, p.jobcentreId);
  if (!p || p.status !== "active") {
    tx.delete(placementSignals).where(eq(placementSignals.placementId, placementId)).run();
    return;
  }
  const open = tx
    .select({ since: min(followUps.dueDate) })
    .from(followUps)
    .where(and(eq(followUps.placementId, placementId), ne(followUps.status, "submitted")))
    .get();
  const sent = tx
    .select({ week: followUps.week, dueDate: followUps.dueDate, status: followUps.status, submittedAt: followUps.submittedAt, wellBeing: followUps.wellBeing, daysPresent: followUps.daysPresent, daysPlanned: followUps.daysPlanned })
    .from(followUps)
    .where(and(eq(followUps.placementId, placementId), eq(followUps.status, "submitted")))
    .all()
    .map((f) => ({ ...f, submittedOn: f.submittedAt ? copenhagenDate(f.submittedAt) : null }));
  const lastSentOn = sent.reduce<string | null>((last, f) => (f.submittedOn && (!last || f.submittedOn > last) ? f.submittedOn : last), null);
  const kinds = answerFlagKinds(sent);
  const row = { jobcentreId: p.jobcentreId, companyId: p.companyId, mentorUserId: p.mentorUserId, startDate: p.startDate, openSince: open?.since ?? null, answerFlags: kinds.length, answerFlagKinds: kinds, lastSentOn };
  tx.insert(placementSignals)
    .values({ placementId, ...row })
    .onConflictDoUpdate({ target: placementSignals.placementId, set: row })
    .run();
}

/** Fills the rows of active placements that have none (a database from before the table), at start-up. */
export function backfillPlacementSignals(db: DbOrTx): number {
  const missing = db
    .select({ id: placements.id })
    .from(placements)
    .leftJoin(placementSignals, eq(placementSignals.placementId, placements.id))
    .where(and(eq(placements.status, "active"), isNull(placementSignals.placementId)))
    .all();
  for (const { id } of missing) refreshPlacementSignals(db, id);
  return missing.length;
}

/**
 * Fills the flag kinds of rows from before them (decision 049), at start-up: each row kept anew
 * by `refreshPlacementSignals`. An index of the rows without (`placement_signals_kinds_missing_idx`,
 * partial) is empty once done, so a later start reads nothing.
 */
export function backfillAnswerFlagKinds(db: DbOrTx): number {
  const missing = db.select({ id: placementSignals.placementId }).from(placementSignals).where(isNull(placementSignals.answerFlagKinds)).all();
  for (const { id } of missing) refreshPlacementSignals(db, id);
  return missing.length;
}

/** The latest day before `today` that lies at least `n` Danish working days before it. */
export function latestDayWorkingDaysBefore(today: string, n: number): string {
  let day = addDays(today, -1);
  while (workingDaysBetween(day, today) < n) day = addDays(day, -1);
  return day;
}

/** The number of flags of each active placement today, as SQL over `placement_signals` (alias-free, portable). */
export function flagCountSql(today: string): SQL<number> {
  const F = RULES.placementFlags;
  const overdueBy = latestDayWorkingDaysBefore(today, F.overdueWorkingDays);
  const adjustedBy = latestDayWorkingDaysBefore(today, F.adjustmentCheckWorkingDays);
  const lastAdjustment = sql`(select ${max(placementAdjustments.fromDate)} from ${placementAdjustments} where ${placementAdjustments.placementId} = ${placementSignals.placementId} and ${placementAdjustments.status} = 'approved' and ${placementAdjustments.fromDate} <= ${today})`;
  return sql<number>`(${placementSignals.answerFlags}
    + case when ${placementSignals.openSince} <= ${overdueBy} then 1 else 0 end
    + case when ${lastAdjustment} <= ${adjustedBy} and (${placementSignals.lastSentOn} is null or ${placementSignals.lastSentOn} < ${lastAdjustment}) then 1 else 0 end)`.mapWith(Number);
}

/**
 * Whether a row of `placement_signals` has a flag today: `flagCountSql(today) > 0` written as
 * an OR of its terms (each is 0 or more), cheapest first, so SQLite stops at the first that
 * holds and probes the approved adjustments only for rows with neither an answer flag nor an
 * overdue follow-up, once (the count names the latest adjustment twice). The placement list's
 * "at risk" (decision 049); the placement-list test compares it with the live flags.
 */
export function flaggedSql(on: string | FlagDays<Placeholder>): SQL {
  const { today, overdueBy, adjustedBy } = typeof on === "string" ? flaggedDays(on) : on;
  return sql`(${placementSignals.answerFlags} > 0 or ${placementSignals.openSince} <= ${overdueBy} or ${adjustmentUnansweredSql(today, adjustedBy)} = 1)`;
}

/** The days `flaggedSql` compares with on `today`: for a query kept with placeholders of these names (decision 058). */
export interface FlagDays<T = string> {
  today: T;
  overdueBy: T;
  adjustedBy: T;
}
export function flaggedDays(today: string): FlagDays {
  // The last day's answer kept (decision 062): a list view asked twice for the same day, each
  // walking back over the working days (0.05–0.1 ms at a time); a new day computes anew.
  if (lastFlagDays?.today !== today) lastFlagDays = Object.freeze(flagDaysOf(today));
  return lastFlagDays;
}
let lastFlagDays: Readonly<FlagDays> | undefined;

/** The days "at risk" is decided against on `today`, computed (`flaggedDays` keeps the last). */
export function flagDaysOf(today: string): FlagDays {
  const F = RULES.placementFlags;
  return { today, overdueBy: latestDayWorkingDaysBefore(today, F.overdueWorkingDays), adjustedBy: latestDayWorkingDaysBefore(today, F.adjustmentCheckWorkingDays) };
}

/** 1 when a row of `placement_signals` has "no follow-up since an adjustment" today, else 0: the latest approved adjustment so far, probed once. */
function adjustmentUnansweredSql(today: string | Placeholder, adjustedBy: string | Placeholder): SQL<number> {
  // One row whatever the adjustments: max() of none is null, and the CASE then says 0. The
  // signal row's columns written out with its table: in a select list drizzle leaves a lone
  // table's columns unqualified, and inside the subquery they would mean the adjustment's.
  const s = sql`${placementSignals}`;
  return sql<number>`(select case when max(a.from_date) <= ${adjustedBy} and (${s}.last_sent_on is null or ${s}.last_sent_on < max(a.from_date)) then 1 else 0 end
    from ${placementAdjustments} a where a.placement_id = ${s}.placement_id and a.status = 'approved' and a.from_date <= ${today})`.mapWith(Number);
}

/**
 * The kinds of the flags of active placements today, by id, from their rows in
 * `placement_signals` alone (decision 049): an overdue follow-up and "no follow-up since an
 * adjustment" decided against today as `flagCountSql` does, the answers' flags as kept, in the
 * flags' order (`FLAG_KINDS`). The same kinds as `placementFlags` from the follow-ups (tested);
 * the placement list shows only the kinds, so it reads 25 rows instead of their follow-ups.
 */
export function flagKindsOf(db: DbOrTx, placementIds: number[], today: string): Map<number, FlagKind[]> {
  if (placementIds.length === 0) return new Map();
  const rows = flagKindRows(db, placementIds.length).all({ ...idsParams(placementIds), ...flaggedDays(today) });
  return new Map(rows.map((r) => [r.id, [...(r.overdue ? (["followUpOverdue"] as const) : []), ...(r.answers ?? []), ...(r.adjusted ? (["noFollowUpSinceAdjustment"] as const) : [])]]));
}

/** `flagKindsOf`'s read, kept per number of ids (decision 058): the days go in as placeholders. */
const flagKindRows = preparedForIds((db, ids) =>
  db
    .select({
      id: placementSignals.placementId,
      overdue: sql<number>`case when ${placementSignals.openSince} <= ${sql.placeholder("overdueBy")} then 1 else 0 end`.mapWith(Number),
      answers: placementSignals.answerFlagKinds,
      adjusted: adjustmentUnansweredSql(sql.placeholder("today"), sql.placeholder("adjustedBy")),
    })
    .from(placementSignals)
    .where(inArray(placementSignals.placementId, ids))
    .prepare(),
);

/**
 * The ids of the first `limit` flagged placements among those `where` selects on
 * `placement_signals` alone (most flags first, then `order` by start), without the total: the
 * start pages show the rows, not a count (decision 040). The same ids as `rankByFlags`.
 */
export function flaggedIds(db: DbOrTx, where: (SQL | undefined)[], today: string, order: "newest" | "oldest", limit: number): number[] {
  const flags = flagCountSql(today);
  const by = order === "newest" ? [desc(placementSignals.startDate), desc(placementSignals.placementId)] : [asc(placementSignals.startDate), asc(placementSignals.placementId)];
  return db
    .select({ id: placementSignals.placementId })
    .from(placementSignals)
    .where(and(...where, sql`${flags} > 0`))
    .orderBy(desc(flags), ...by)
    .limit(limit)
    .all()
    .map((r) => r.id);
}

/** The flagged among the active placements `where` selects: how many, and the ids of the first `limit` (most flags first, then `order` by start). */
export function rankByFlags(db: DbOrTx, where: (SQL | undefined)[], today: string, order: "newest" | "oldest", limit: number) {
  const flags = flagCountSql(today);
  const condition = and(...where, sql`${flags} > 0`);
  const total =
    db
      .select({ n: count() })
      .from(placementSignals)
      .innerJoin(placements, eq(placements.id, placementSignals.placementId))
      .innerJoin(candidates, eq(candidates.id, placements.candidateId))
      .where(condition)
      .get()?.n ?? 0;
  const by = order === "newest" ? [desc(placementSignals.startDate), desc(placementSignals.placementId)] : [asc(placementSignals.startDate), asc(placementSignals.placementId)];
  const ids = db
    .select({ id: placementSignals.placementId })
    .from(placementSignals)
    .innerJoin(placements, eq(placements.id, placementSignals.placementId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .where(condition)
    .orderBy(desc(flags), ...by)
    .limit(limit)
    .all()
    .map((r) => r.id);
  return { total, ids };
}
