import { addDays } from "../candidates/consent";
import type { Weekday } from "../slots/vocabulary";
import { weekOf } from "./hours-plan";

/** Follow-ups are weekly in the first weeks, then every second week until the end. */
export const WEEKLY_FOLLOW_UP_WEEKS = 4;

/** The placement's weeks that have a follow-up: 1–4, then 6, 8, … up to the last week. Pure. */
export function followUpWeeks(totalWeeks: number): number[] {
  const weeks: number[] = [];
  for (let w = 1; w <= totalWeeks; w++) if (w <= WEEKLY_FOLLOW_UP_WEEKS || (w - WEEKLY_FOLLOW_UP_WEEKS) % 2 === 0) weeks.push(w);
  return weeks;
}

const WEEKDAY_OF_UTC: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as unknown as Weekday[];
const weekdayOf = (day: string) => WEEKDAY_OF_UTC[new Date(`${day}T12:00:00Z`).getUTCDay()]!;

/** The follow-up day of a week: its last working day for the placement (the week's last day if none). Pure. */
export function dueDateInWeek(startDate: string, week: number, workingDays: readonly Weekday[]): string {
  const last = addDays(startDate, week * 7 - 1);
  for (let back = 0; back < 7; back++) {
    const day = addDays(last, -back);
    if (workingDays.includes(weekdayOf(day))) return day;
  }
  return last;
}

/** Every follow-up of a placement, from its start, planned end and working days. Pure. */
export function followUpSchedule(p: { startDate: string; plannedEndDate: string; workingDays: readonly Weekday[] }): { week: number; dueDate: string }[] {
  const total = weekOf(p.startDate, p.plannedEndDate);
  return followUpWeeks(total)
    .map((week) => ({ week, dueDate: dueDateInWeek(p.startDate, week, p.workingDays) }))
    .filter((f) => f.dueDate <= p.plannedEndDate);
}
