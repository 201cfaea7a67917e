import type { LineChartView } from "~/charts/view";
import { addDays } from "../candidates/consent";
import type { Weekday } from "../slots/vocabulary";
import { plannedHoursInWeek, weekOf, type HoursPlan } from "./hours-plan";
import { termsOn, type ApprovedAdjustment } from "./terms";

/** A sent follow-up's figures. */
export interface ProgressFollowUp {
  week: number;
  dueDate: string;
  hoursWorked: number | null;
  daysPresent: number | null;
  daysPlanned: number | null;
  wellBeing: number | null;
}

export interface ProgressAdjustment extends ApprovedAdjustment {
  /** The placement's week the adjustment takes effect in. */
  week: number;
}

/** The figures behind a placement's progression charts, week by week. */
export interface Progression {
  weeks: number[];
  /** The hours agreed for each week: the plan, changed by approved adjustments. */
  agreed: number[];
  /** The plan as made at the start, when an adjustment changed the hours (else null: it is `agreed`). */
  original: number[] | null;
  /** Hours worked, from the sent follow-ups; null in a week without one (or not yet come). */
  worked: (number | null)[];
  adjustments: ProgressAdjustment[];
  /** Per sent follow-up, in order. */
  attendance: { weeks: number[]; present: (number | null)[]; planned: (number | null)[] };
  wellBeing: { weeks: number[]; values: (number | null)[] };
}

/**
 * A placement's progression: the agreed weekly hours in each week of the placement (a week
 * shows the hours that hold on its last day, so a change from mid-week shows in that week),
 * the hours worked as the mentor reported them, the approved adjustments at the week they
 * take effect, and the attendance and well-being of each sent follow-up. Pure.
 */
export function progression(plan: HoursPlan & { plannedEndDate: string; workingDays: Weekday[] }, approved: readonly ApprovedAdjustment[], sent: readonly ProgressFollowUp[]): Progression {
  const total = Math.max(1, weekOf(plan.startDate, plan.plannedEndDate));
  const weeks = Array.from({ length: total }, (_, i) => i + 1);
  const lastDayOf = (week: number) => addDays(plan.startDate, week * 7 - 1);
  const terms = { ...plan, taskIds: [] };
  const agreed = weeks.map((w) => termsOn(terms, approved, lastDayOf(w)).hours);
  const original = weeks.map((w) => plannedHoursInWeek(plan, w));
  const hoursChanged = approved.some((a) => a.hours !== null);
  const ordered = [...sent].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const workedByWeek = new Map<number, number>();
  for (const f of ordered) if (f.hoursWorked !== null) workedByWeek.set(f.week, f.hoursWorked);
  return {
    weeks,
    agreed,
    original: hoursChanged ? original : null,
    worked: weeks.map((w) => workedByWeek.get(w) ?? null),
    adjustments: [...approved]
      .sort((a, b) => a.fromDate.localeCompare(b.fromDate))
      .map((a) => ({ ...a, week: Math.min(total, Math.max(1, weekOf(plan.startDate, a.fromDate))) })),
    attendance: { weeks: ordered.map((f) => f.week), present: ordered.map((f) => f.daysPresent), planned: ordered.map((f) => f.daysPlanned) },
    wellBeing: { weeks: ordered.map((f) => f.week), values: ordered.map((f) => f.wellBeing) },
  };
}

/** What the placement page gets: the charts' geometry and figures, and the adjustments marked on them. */
export interface PlacementProgressView {
  hours: LineChartView<number, "agreed" | "worked" | "original">;
  attendance: LineChartView<number, "present" | "planned">;
  wellBeing: LineChartView<number, "wellBeing">;
  adjustments: { week: number; fromDate: string; hours: number | null; days: Weekday[] | null; tasksChanged: boolean }[];
  /** The placement's week today (null once ended or before the start), for the lead text. */
  currentWeek: number | null;
  /** Weeks in the plan: a long one labels every second week on the axis. */
  totalWeeks: number;
}
