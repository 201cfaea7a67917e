import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { followUps, type placements } from "~/db/schema";
import { followUpSchedule } from "./schedule";
import { refreshPlacementSignals } from "./signals.server";

type PlacementRow = typeof placements.$inferSelect;

/**
 * Makes the follow-up rows match the schedule: the missing days added, days no longer in it
 * removed unless the mentor has begun (a draft or a submitted one stays). Run when the
 * placement starts and whenever its end moves.
 */
export function syncFollowUpSchedule(tx: DbOrTx, p: Pick<PlacementRow, "id" | "startDate" | "plannedEndDate" | "workingDays">, now: Date): void {
  const wanted = followUpSchedule(p);
  const existing = tx.select({ id: followUps.id, dueDate: followUps.dueDate, status: followUps.status }).from(followUps).where(eq(followUps.placementId, p.id)).all();
  const have = new Set(existing.map((f) => f.dueDate));
  const keep = new Set(wanted.map((f) => f.dueDate));
  const stale = existing.filter((f) => f.status === "due" && !keep.has(f.dueDate)).map((f) => f.id);
  if (stale.length) tx.delete(followUps).where(inArray(followUps.id, stale)).run();
  for (const f of wanted) if (!have.has(f.dueDate)) tx.insert(followUps).values({ placementId: p.id, week: f.week, dueDate: f.dueDate, createdAt: now, updatedAt: now }).run();
  refreshPlacementSignals(tx, p.id);
}
