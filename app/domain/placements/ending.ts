import { addMonths } from "../candidates/consent";
import type { TransitionTable } from "../shared/transitions";
import { lastDayAfterWeeks } from "./duration";
import type { EndKind, InterruptReason, Outcome } from "./ending-vocabulary";
import type { PlacementStatus } from "./vocabulary";

/**
 * The placement's states as data: an active placement is completed or interrupted, by the
 * company's HR or the jobcentre's staff, and an ended one stays ended. One command per row.
 */
export const PLACEMENT_TRANSITIONS = {
  complete: { from: ["active"], to: "completed", by: "either" },
  interrupt: { from: ["active"], to: "interrupted", by: "either" },
} as const satisfies TransitionTable<PlacementStatus, "either">;

export const END_COMMAND: Record<EndKind, keyof typeof PLACEMENT_TRANSITIONS> = { completed: "complete", interrupted: "interrupt" };

/** The status is recorded three months after the end, as the national statistics count it. */
export const STATUS_AFTER_MONTHS = 3;

/** The day the three-month status is due: the same day of the month, three months on (clamped). */
export function statusDueOn(endedOn: string): string {
  return addMonths(endedOn, STATUS_AFTER_MONTHS);
}

/** The status task shows from its day until the status is recorded. */
export function statusTaskOpen(ending: { statusDueOn: string } | null, recorded: boolean, today: string): boolean {
  return ending !== null && !recorded && today >= ending.statusDueOn;
}

/**
 * The 13-week mark: the last day of the 13th week of continuous placement, counted from the
 * start. The placement has no pause: reduced hours or days (an approved adjustment) keep it
 * continuous; an interruption ends it, and a new placement counts from its own start.
 */
export const MILESTONE_WEEKS = 13;
export function thirteenWeekMark(startDate: string): string {
  return lastDayAfterWeeks(startDate, MILESTONE_WEEKS);
}

/** Reached when the placement ran through the mark's day: active on it, or ended on or after it. Pure. */
export function milestoneReached(p: { startDate: string; status: PlacementStatus; endedOn: string | null }, today: string): boolean {
  const mark = thirteenWeekMark(p.startDate);
  if (p.status === "active") return today >= mark;
  return p.endedOn !== null && p.endedOn >= mark;
}

export interface EndAnswers {
  kind: EndKind;
  endedOn: string;
  reason: InterruptReason | null;
  reasonText: string | null;
  outcome: Outcome;
  outcomeHours: number | null;
}
