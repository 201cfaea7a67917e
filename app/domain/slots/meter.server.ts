import { and, count, eq, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { placements, slots, workplaces } from "~/db/schema";
import { approvedAdjustmentsOf } from "../placements/terms.server";
import { termsOn } from "../placements/terms";
import { copenhagenDate } from "../shared/working-days";
import { reasonablenessMeter, type MeterLoad } from "./reasonableness";
import { COUNTED_STATUSES } from "./status";

/**
 * The reasonableness meter of a workplace from the database: the people in active
 * placements at their current weekly hours, plus the seats of counted slots that no
 * placement has filled yet (a seat taken by a placement counts once, as the person),
 * leaving out the slot being edited, plus `slot` on top. `now` decides "current hours".
 */
export function workplaceMeter(db: DbOrTx, workplaceId: number, slot: MeterLoad | null, excludeSlotId?: number, now: Date = new Date()) {
  const workplace = db.select({ fte: workplaces.ordinaryFte }).from(workplaces).where(eq(workplaces.id, workplaceId)).get();
  if (!workplace) return null;
  const conditions = [eq(slots.workplaceId, workplaceId), inArray(slots.status, [...COUNTED_STATUSES])];
  if (excludeSlotId) conditions.push(ne(slots.id, excludeSlotId));
  const filled = new Map(
    db
      .select({ slotId: placements.slotId, n: count() })
      .from(placements)
      .where(eq(placements.workplaceId, workplaceId))
      .groupBy(placements.slotId)
      .all()
      .map((r) => [r.slotId, r.n]),
  );
  const openSeats: MeterLoad[] = db
    .select({ id: slots.id, kind: slots.kind, seats: slots.seats, weeklyHours: slots.startHours, targetHours: slots.targetHours })
    .from(slots)
    .where(and(...conditions))
    .all()
    .map(({ id, ...s }) => ({ ...s, seats: Math.max(0, s.seats - (filled.get(id) ?? 0)) }));
  const today = copenhagenDate(now);
  const active = db
    .select({ id: placements.id, kind: placements.kind, startDate: placements.startDate, startHours: placements.startHours, targetHours: placements.targetHours, steps: placements.steps, workingDays: placements.workingDays })
    .from(placements)
    .where(and(eq(placements.workplaceId, workplaceId), eq(placements.status, "active")))
    .all();
  // Current hours: the plan, or an approved adjustment in force.
  const adjustments = approvedAdjustmentsOf(db, active.map((p) => p.id));
  const people: MeterLoad[] = active.map((p) => {
    const hours = termsOn({ ...p, taskIds: [] }, adjustments.get(p.id) ?? [], today).hours;
    return { kind: p.kind, seats: 1, weeklyHours: hours, targetHours: Math.max(p.targetHours, hours) };
  });
  return { fte: workplace.fte, ...reasonablenessMeter(workplace.fte, [...people, ...openSeats], slot) };
}
