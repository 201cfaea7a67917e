import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { idsParams, preparedForIds } from "~/db/prepared.server";
import { placementAdjustments } from "~/db/schema";
import type { ApprovedAdjustment } from "./terms";
import { termsOn as pureTermsOn } from "./terms";
import type { HoursPlan } from "./hours-plan";
import type { Weekday } from "../slots/schema";

/** The approved adjustments of one placement, or of several (by placement id). */
export function approvedAdjustments(db: DbOrTx, placementId: number): ApprovedAdjustment[] {
  return approvedAdjustmentsOf(db, [placementId]).get(placementId) ?? [];
}

/** An adjustment as read for its terms. */
type AdjustmentRow = { id: number; status: string; fromDate: string | null; hours: number | null; days: Weekday[] | null; taskIds: number[] | null };

/** The approved among a placement's adjustments already read, in the order they take effect (as `approvedAdjustments`). */
export function approvedOf(rows: readonly AdjustmentRow[]): ApprovedAdjustment[] {
  return rows
    .filter((r) => r.status === "approved")
    .sort((a, b) => (a.fromDate! < b.fromDate! ? -1 : a.fromDate! > b.fromDate! ? 1 : a.id - b.id))
    .map((r) => ({ fromDate: r.fromDate!, hours: r.hours, days: r.days, taskIds: r.taskIds }));
}

export function approvedAdjustmentsOf(db: DbOrTx, placementIds: number[]): Map<number, ApprovedAdjustment[]> {
  if (placementIds.length === 0) return new Map();
  return byPlacement(approvedOfIds(db, placementIds.length).all(idsParams(placementIds)));
}

const adjustmentColumns = {
  id: placementAdjustments.id,
  placementId: placementAdjustments.placementId,
  status: placementAdjustments.status,
  fromDate: placementAdjustments.fromDate,
  hours: placementAdjustments.hours,
  days: placementAdjustments.days,
  taskIds: placementAdjustments.taskIds,
};

/** The approved adjustments of a list of placements (a query per number of ids, kept: decision 054). */
const approvedOfIds = preparedForIds((db, ids) =>
  db
    .select(adjustmentColumns)
    .from(placementAdjustments)
    .where(and(eq(placementAdjustments.status, "approved"), inArray(placementAdjustments.placementId, ids)))
    .prepare(),
);

/** The approved adjustments of the placements `where` selects, per placement in the order they take effect (`approvedOf`). */
export function approvedAdjustmentsWhere(db: DbOrTx, where: SQL): Map<number, ApprovedAdjustment[]> {
  return byPlacement(db.select(adjustmentColumns).from(placementAdjustments).where(and(eq(placementAdjustments.status, "approved"), where)).all());
}

/** The approved adjustments per placement, each in the order they take effect. */
function byPlacement(rows: (AdjustmentRow & { placementId: number })[]): Map<number, ApprovedAdjustment[]> {
  const grouped = new Map<number, typeof rows>();
  for (const r of rows) {
    const list = grouped.get(r.placementId);
    if (list) list.push(r);
    else grouped.set(r.placementId, [r]);
  }
  return new Map([...grouped].map(([placementId, list]) => [placementId, approvedOf(list)]));
}

/** The terms on a day for a placement row and its start tasks. */
export function termsOn(p: HoursPlan & { workingDays: Weekday[] }, taskIds: number[], adjustments: readonly ApprovedAdjustment[], day: string) {
  return pureTermsOn({ ...p, taskIds }, adjustments, day);
}
