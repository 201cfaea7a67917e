import { eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { followUps, placements } from "~/db/schema";
import { followUpSchedule } from "./schedule";
import { refreshPlacementSignals } from "./signals.server";

type PlacementRow = typeof placements.$inferSelect;

/**
 * Makes the follow-up rows match the schedule: the missing days added, days no longer in it
 * removed unless the mentor has begun (a draft or a submitted one stays). Run when the
 * placement starts and whenever its end moves, both only while it is active: a new row is
 * open (`openOn` its due day) and carries the placement's jobcentre (decision 044).
 */
export function syncFollowUpSchedule(tx: DbOrTx, p: Pick<PlacementRow, "id" | "jobcentreId" | "startDate" | "plannedEndDate" | "workingDays">, now: Date): void {
  const wanted = followUpSchedule(p);
  const existing = tx.select({ id: followUps.id, dueDate: followUps.dueDate, status: followUps.status }).from(followUps).where(eq(followUps.placementId, p.id)).all();
  const have = new Set(existing.map((f) => f.dueDate));
  const keep = new Set(wanted.map((f) => f.dueDate));
  const stale = existing.filter((f) => f.status === "due" && !keep.has(f.dueDate)).map((f) => f.id);
  if (stale.length) tx.delete(followUps).where(inArray(followUps.id, stale)).run();
  for (const f of wanted) {
    if (!have.has(f.dueDate)) tx.insert(followUps).values({ placementId: p.id, jobcentreId: p.jobcentreId, week: f.week, dueDate: f.dueDate, openOn: f.dueDate, createdAt: now, updatedAt: now }).run();
  }
  refreshPlacementSignals(tx, p.id);
}

/** No follow-up of an ended placement is open any more (`endPlacement`, in its transaction). */
export function closeFollowUps(tx: DbOrTx, placementId: number): void {
  tx.update(followUps).set({ openOn: null }).where(eq(followUps.placementId, placementId)).run();
}

// What `jobcentreId` and `openOn` are by definition, as SQL over a follow-up row: the
// placement's jobcentre, and the due day while not sent in an active placement. Written out with
// an alias for the placement: drizzle leaves a lone table's columns unqualified.
const placementOf = sql`(select p.jobcentre_id from ${placements} p where p.id = ${followUps}.placement_id)`;
const openOnByDefinition = sql`case when ${followUps}.status <> 'submitted' and exists (select 1 from ${placements} p where p.id = ${followUps}.placement_id and p.status = 'active') then ${followUps}.due_date end`;

/** Fills both columns of follow-ups made before they existed (decision 044), at start-up and by `bench:data`; an index lookup of the nulls when there are none. */
export function backfillFollowUpColumns(db: DbOrTx): number {
  return db.update(followUps).set({ jobcentreId: placementOf, openOn: openOnByDefinition }).where(isNull(followUps.jobcentreId)).run().changes;
}
