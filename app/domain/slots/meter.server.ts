import { and, eq, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { slots, workplaces } from "~/db/schema";
import { reasonablenessMeter, type MeterLoad } from "./reasonableness";
import { COUNTED_STATUSES } from "./status";

/**
 * The reasonableness meter of a workplace from the database: the slots whose seats count
 * (pipeline and taken), leaving out the slot being edited, plus `slot` on top.
 * Placements (a later issue) will add the people actually there.
 */
export function workplaceMeter(db: DbOrTx, workplaceId: number, slot: MeterLoad | null, excludeSlotId?: number) {
  const workplace = db.select({ fte: workplaces.ordinaryFte }).from(workplaces).where(eq(workplaces.id, workplaceId)).get();
  if (!workplace) return null;
  const conditions = [eq(slots.workplaceId, workplaceId), inArray(slots.status, [...COUNTED_STATUSES])];
  if (excludeSlotId) conditions.push(ne(slots.id, excludeSlotId));
  const existing = db
    .select({ kind: slots.kind, seats: slots.seats, weeklyHours: slots.startHours })
    .from(slots)
    .where(and(...conditions))
    .all();
  return { fte: workplace.fte, ...reasonablenessMeter(workplace.fte, existing, slot) };
}
