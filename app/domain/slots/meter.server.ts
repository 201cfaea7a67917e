import { and, count, eq, inArray, ne, sql } from "drizzle-orm";
import { preparedPerConnection } from "~/db/prepared.server";
import type { DbOrTx } from "~/db/client.server";
import { placements, slots, workplaces } from "~/db/schema";
import { approvedAdjustmentsOf } from "../placements/terms.server";
import { termsOn } from "../placements/terms";
import { copenhagenDate } from "../shared/working-days";
import { reasonablenessMeter, type MeterLoad } from "./reasonableness";
import { COUNTED_STATUSES } from "./status";

// The meter's queries, built once per connection (decision 054): the slot page and every
// command that checks the meter run them, and building them cost drizzle as much as running them.
const fteOf = preparedPerConnection((db) => db.select({ fte: workplaces.ordinaryFte }).from(workplaces).where(eq(workplaces.id, sql.placeholder("workplaceId"))).prepare());
const filledSeats = preparedPerConnection((db) =>
  db
    .select({ slotId: placements.slotId, n: count() })
    .from(placements)
    .where(eq(placements.workplaceId, sql.placeholder("workplaceId")))
    .groupBy(placements.slotId)
    .prepare(),
);
/** The counted slots of the workplace but one (-1 leaves none out: ids start at 1). */
const countedSlots = preparedPerConnection((db) =>
  db
    .select({ id: slots.id, kind: slots.kind, seats: slots.seats, weeklyHours: slots.startHours, targetHours: slots.targetHours })
    .from(slots)
    .where(and(eq(slots.workplaceId, sql.placeholder("workplaceId")), inArray(slots.status, [...COUNTED_STATUSES]), ne(slots.id, sql.placeholder("excludeSlotId"))))
    .prepare(),
);
const activePlacements = preparedPerConnection((db) =>
  db
    .select({ id: placements.id, kind: placements.kind, startDate: placements.startDate, startHours: placements.startHours, targetHours: placements.targetHours, steps: placements.steps, workingDays: placements.workingDays })
    .from(placements)
    .where(and(eq(placements.workplaceId, sql.placeholder("workplaceId")), eq(placements.status, "active")))
    .prepare(),
);

/**
 * The reasonableness meter of a workplace from the database: the people in active
 * placements at their current weekly hours, plus the seats of counted slots that no
 * placement has filled yet (a seat taken by a placement counts once, as the person),
 * leaving out the slot being edited, plus `slot` on top. `now` decides "current hours".
 */
export function workplaceMeter(db: DbOrTx, workplaceId: number, slot: MeterLoad | null, excludeSlotId?: number, now: Date = new Date()) {
  const workplace = fteOf(db).get({ workplaceId });
  if (!workplace) return null;
  const filled = new Map(filledSeats(db).all({ workplaceId }).map((r) => [r.slotId, r.n]));
  const openSeats: MeterLoad[] = countedSlots(db)
    .all({ workplaceId, excludeSlotId: excludeSlotId ?? -1 })
    .map(({ id, ...s }) => ({ ...s, seats: Math.max(0, s.seats - (filled.get(id) ?? 0)) }));
  const today = copenhagenDate(now);
  const active = activePlacements(db).all({ workplaceId });
  // Current hours: the plan, or an approved adjustment in force.
  const adjustments = approvedAdjustmentsOf(db, active.map((p) => p.id));
  const people: MeterLoad[] = active.map((p) => {
    const hours = termsOn({ ...p, taskIds: [] }, adjustments.get(p.id) ?? [], today).hours;
    return { kind: p.kind, seats: 1, weeklyHours: hours, targetHours: Math.max(p.targetHours, hours) };
  });
  return { fte: workplace.fte, ...reasonablenessMeter(workplace.fte, [...people, ...openSeats], slot) };
}
