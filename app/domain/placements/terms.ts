import type { Weekday } from "../slots/vocabulary";
import { placementHoursOn, type HoursPlan } from "./hours-plan";

/** An approved change of the placement's terms from a date: hours, days or tasks (null: unchanged). */
export interface ApprovedAdjustment {
  fromDate: string;
  hours: number | null;
  days: Weekday[] | null;
  taskIds: number[] | null;
}

export interface Terms {
  hours: number;
  days: Weekday[];
  taskIds: number[];
  /** The adjustment in force for the hours, if any. */
  adjustedFrom: string | null;
}

/**
 * What holds on a day: the plan's hours until an approved adjustment sets them from its
 * date (the plan's later steps then no longer apply: the consultant adjusts again); days and
 * tasks as agreed at the start until an adjustment changes them. Pure.
 */
export function termsOn(plan: HoursPlan & { workingDays: Weekday[]; taskIds: number[] }, adjustments: readonly ApprovedAdjustment[], day: string): Terms {
  const inForce = [...adjustments].filter((a) => a.fromDate <= day).sort((a, b) => a.fromDate.localeCompare(b.fromDate));
  let hours = placementHoursOn(plan, day);
  let days = plan.workingDays;
  let taskIds = plan.taskIds;
  let adjustedFrom: string | null = null;
  for (const a of inForce) {
    if (a.hours !== null) {
      hours = a.hours;
      adjustedFrom = a.fromDate;
    }
    if (a.days !== null) days = a.days;
    if (a.taskIds !== null) taskIds = a.taskIds;
  }
  return { hours, days, taskIds, adjustedFrom };
}
