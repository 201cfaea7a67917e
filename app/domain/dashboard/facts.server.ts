import { and, eq, isNotNull, isNull, notExists, sql, type SQL } from "drizzle-orm";
import { bumpDashboardVersion } from "./versions.server";
import type { DbOrTx } from "~/db/client.server";
import { placementAdjustments, placementEndings, placementFacts, placements, placementStatusChecks, proposals, slotFacts, slots } from "~/db/schema";
import { addDays } from "../candidates/consent";
import { thirteenWeekMark } from "../placements/ending";
import type { Outcome, StatusCategory } from "../placements/ending-vocabulary";
import type { HoursPlan } from "../placements/hours-plan";
import type { ApprovedAdjustment } from "../placements/terms";
import { termsOn } from "../placements/terms";
import { approvedAdjustmentsWhere } from "../placements/terms.server";
import type { PlacementStatus } from "../placements/vocabulary";
import { copenhagenDate } from "../shared/working-days";
import { daysBetween } from "./figures";

/**
 * The dashboard's kept facts (decision 039): what the period figures need from a placement or
 * a slot, written by the commands that change it, inside their transaction, so the dashboard
 * counts and groups in SQL instead of reading every row of the period. Every row is a function
 * of the source rows alone (never of today), so it cannot go stale overnight; what depends on
 * today is decided by the reader (the run of hours holding today, the 13-week mark against
 * today). tests/integration/dashboard-facts.test.ts checks the figures from these rows equal
 * figures.ts applied to the raw rows, and that each command keeps them.
 */

export const BEFORE_ALL = "0000-01-01";
export const AFTER_ALL = "9999-12-31";

export interface PlacementSource extends HoursPlan {
  id: number;
  jobcentreId: number;
  candidateId: number;
  status: PlacementStatus;
  plannedEndDate: string;
  endedOn: string | null;
  outcome: Outcome | null;
  statusDueOn: string | null;
  statusCategory: StatusCategory | null;
}

type FactRow = typeof placementFacts.$inferInsert;

/**
 * A placement's rows: its weekly hours as runs of equal hours covering all time. Within the
 * placement's days the hours change only where a step of the plan starts (the day after its
 * week) or an approved adjustment takes effect, so the hours on each such day (computed by
 * `termsOn`, the definition the dashboard used per row) hold until the next one. Before the
 * start the first run holds (the figures count the start's hours there); after the last day
 * (the end, else the planned last day) the last run holds. Pure.
 */
export function placementFactRows(p: PlacementSource, adjustments: readonly ApprovedAdjustment[]): FactRow[] {
  const lastDay = p.endedOn ?? p.plannedEndDate;
  const end = lastDay > p.startDate ? lastDay : p.startDate;
  const changes = new Set<string>([p.startDate]);
  for (const s of p.steps) changes.add(addDays(p.startDate, 7 * Math.ceil(s.afterWeeks)));
  for (const a of adjustments) if (a.fromDate) changes.add(a.fromDate);
  const days = [...changes].filter((d) => d >= p.startDate && d <= end).sort();
  const plan = { ...p, workingDays: [], taskIds: [] };
  const runs: { fromOn: string; hours: number }[] = [];
  for (const day of days) {
    const hours = termsOn(plan, adjustments, day).hours;
    if (runs.at(-1)?.hours !== hours) runs.push({ fromOn: day, hours });
  }
  const facts = {
    placementId: p.id,
    jobcentreId: p.jobcentreId,
    candidateId: p.candidateId,
    startDate: p.startDate,
    startHours: p.startHours,
    markOn: thirteenWeekMark(p.startDate),
    status: p.status,
    endedOn: p.endedOn,
    outcome: p.outcome,
    statusDueOn: p.statusDueOn,
    statusCategory: p.statusCategory,
  };
  return runs.map((r, i) => ({
    ...facts,
    fromOn: i === 0 ? BEFORE_ALL : r.fromOn,
    toOn: i === runs.length - 1 ? AFTER_ALL : addDays(runs[i + 1]!.fromOn, -1),
    hours: r.hours,
  }));
}

const placementSource = {
  id: placements.id,
  jobcentreId: placements.jobcentreId,
  candidateId: placements.candidateId,
  status: placements.status,
  startDate: placements.startDate,
  plannedEndDate: placements.plannedEndDate,
  startHours: placements.startHours,
  steps: placements.steps,
  endedOn: placementEndings.endedOn,
  outcome: placementEndings.outcome,
  statusDueOn: placementEndings.statusDueOn,
  statusCategory: placementStatusChecks.category,
};

function sourcesOf(db: DbOrTx, where: SQL) {
  return db
    .select(placementSource)
    .from(placements)
    .leftJoin(placementEndings, eq(placementEndings.placementId, placements.id))
    .leftJoin(placementStatusChecks, eq(placementStatusChecks.placementId, placements.id))
    .where(where)
    .all();
}

function writePlacementFacts(db: DbOrTx, rows: FactRow[]) {
  // A statement per 500 rows keeps within SQLite's bound-variable limit.
  for (let i = 0; i < rows.length; i += 500) db.insert(placementFacts).values(rows.slice(i, i + 500)).run();
}

/** Makes a placement's rows match its plan, adjustments, end and three-month status now. */
export function refreshPlacementFacts(tx: DbOrTx, placementId: number): void {
  tx.delete(placementFacts).where(eq(placementFacts.placementId, placementId)).run();
  const p = sourcesOf(tx, eq(placements.id, placementId))[0];
  if (!p) return;
  bumpDashboardVersion(tx, p.jobcentreId);
  writePlacementFacts(tx, placementFactRows(p, approvedAdjustmentsWhere(tx, eq(placementAdjustments.placementId, placementId)).get(placementId) ?? []));
}

/** A slot's row from its (last) opening instant and its first proposal and first start; null when it never opened. Pure. */
export function slotFactRow(s: { slotId: number; jobcentreId: number; openedAt: Date | null; firstProposalAt: Date | null; firstStartOn: string | null }) {
  if (s.openedAt === null) return null;
  const openedOn = copenhagenDate(s.openedAt);
  const daysTo = (day: string | null) => (day === null ? null : Math.max(0, daysBetween(openedOn, day)));
  return { slotId: s.slotId, jobcentreId: s.jobcentreId, openedOn, daysToProposal: daysTo(s.firstProposalAt && copenhagenDate(s.firstProposalAt)), daysToStart: daysTo(s.firstStartOn) };
}

// Written out with aliases: drizzle leaves the table off columns in a one-table query, which would bind them inside.
const firstProposalAt = sql<number | null>`(select min(fp.proposed_at) from ${proposals} fp where fp.slot_id = "slots"."id")`;
const firstStartOn = sql<string | null>`(select min(fs.start_date) from ${placements} fs where fs.slot_id = "slots"."id")`;

function slotSources(db: DbOrTx, where: SQL) {
  return db
    .select({ slotId: slots.id, jobcentreId: slots.jobcentreId, openedAt: slots.openedAt, firstProposalAt, firstStartOn })
    .from(slots)
    .where(and(isNotNull(slots.openedAt), where))
    .all()
    .map((r) => slotFactRow({ ...r, firstProposalAt: r.firstProposalAt == null ? null : new Date(Number(r.firstProposalAt)) })!);
}

/** Makes a slot's row match its opening, first proposal and first start now (none while it never opened). */
export function refreshSlotFacts(tx: DbOrTx, slotId: number): void {
  const row = slotSources(tx, eq(slots.id, slotId))[0];
  bumpDashboardVersion(tx, row ? row.jobcentreId : tx.select({ j: slots.jobcentreId }).from(slots).where(eq(slots.id, slotId)).get()?.j);
  if (!row) {
    tx.delete(slotFacts).where(eq(slotFacts.slotId, slotId)).run();
    return;
  }
  const { slotId: _id, ...set } = row;
  tx.insert(slotFacts).values(row).onConflictDoUpdate({ target: slotFacts.slotId, set }).run();
}

/**
 * Stamps `slots.first_proposed_at` on slots from before the column that have had a proposal
 * (the earliest one's instant), at start-up; `propose` sets it from then on (decision 045).
 * Returns how many slots it stamped.
 */
export function backfillFirstProposals(db: DbOrTx): number {
  return db
    .update(slots)
    .set({ firstProposedAt: sql`(select min(fp.proposed_at) from ${proposals} fp where fp.slot_id = ${slots.id})` })
    .where(and(isNull(slots.firstProposedAt), sql`exists (select 1 from ${proposals} fp where fp.slot_id = ${slots.id})`))
    .run().changes;
}

/**
 * Fills the rows of placements and opened slots that have none (a database from before the
 * tables, or `bench:data`'s bulk inserts), at start-up: read in bulk, computed by the same
 * functions as the commands'. Returns how many placements and slots it filled.
 */
export function backfillDashboardFacts(db: DbOrTx): { placements: number; slots: number } {
  const noFacts = notExists(db.select({ one: sql`1` }).from(placementFacts).where(eq(placementFacts.placementId, placements.id)));
  const missing = sourcesOf(db, noFacts);
  if (missing.length) {
    const adjustments = approvedAdjustmentsWhere(db, sql`${placementAdjustments.placementId} in (select ${placements.id} from ${placements} where ${noFacts})`);
    writePlacementFacts(
      db,
      missing.flatMap((p) => placementFactRows(p, adjustments.get(p.id) ?? [])),
    );
  }
  const slotRows = slotSources(db, notExists(db.select({ one: sql`1` }).from(slotFacts).where(eq(slotFacts.slotId, slots.id))));
  for (let i = 0; i < slotRows.length; i += 500) db.insert(slotFacts).values(slotRows.slice(i, i + 500)).run();
  return { placements: missing.length, slots: slotRows.length };
}
