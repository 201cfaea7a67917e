import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { placementAdjustments } from "~/db/schema";
import type { ApprovedAdjustment } from "./terms";
import { termsOn as pureTermsOn } from "./terms";
import type { HoursPlan } from "./hours-plan";
import type { Weekday } from "../slots/schema";

/** The approved adjustments of one placement, or of several (by placement id). */
export function approvedAdjustments(db: DbOrTx, placementId: number): ApprovedAdjustment[] {
  return approvedAdjustmentsOf(db, [placementId]).get(placementId) ?? [];
}

/** The approved among a placement's adjustments already read, in the order they take effect (as `approvedAdjustments`). */
export function approvedOf(rows: readonly { id: number; status: string; fromDate: string | null; hours: number | null; days: Weekday[] | null; taskIds: number[] | null }[]): ApprovedAdjustment[] {
  return rows
    .filter((r) => r.status === "approved")
    .sort((a, b) => (a.fromDate! < b.fromDate! ? -1 : a.fromDate! > b.fromDate! ? 1 : a.id - b.id))
    .map((r) => ({ fromDate: r.fromDate!, hours: r.hours, days: r.days, taskIds: r.taskIds }));
}

export function approvedAdjustmentsOf(db: DbOrTx, placementIds: number[]): Map<number, ApprovedAdjustment[]> {
  if (placementIds.length === 0) return new Map();
  return approvedAdjustmentsWhere(db, inArray(placementAdjustments.placementId, placementIds));
}

/** The approved adjustments of the placements `where` selects, per placement in the order they take effect. */
export function approvedAdjustmentsWhere(db: DbOrTx, where: SQL): Map<number, ApprovedAdjustment[]> {
  const result = new Map<number, ApprovedAdjustment[]>();
  const rows = db
    .select({ placementId: placementAdjustments.placementId, fromDate: placementAdjustments.fromDate, hours: placementAdjustments.hours, days: placementAdjustments.days, taskIds: placementAdjustments.taskIds })
    .from(placementAdjustments)
    .where(and(eq(placementAdjustments.status, "approved"), where))
    .orderBy(asc(placementAdjustments.fromDate), asc(placementAdjustments.id))
    .all();
  for (const r of rows) {
    const list = result.get(r.placementId) ?? [];
    list.push({ fromDate: r.fromDate!, hours: r.hours, days: r.days, taskIds: r.taskIds });
    result.set(r.placementId, list);
  }
  return result;
}

/** The terms on a day for a placement row and its start tasks. */
export function termsOn(p: HoursPlan & { workingDays: Weekday[] }, taskIds: number[], adjustments: readonly ApprovedAdjustment[], day: string) {
  return pureTermsOn({ ...p, taskIds }, adjustments, day);
}
