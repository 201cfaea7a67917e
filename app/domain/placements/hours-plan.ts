import type { HourStep } from "../slots/vocabulary";

/** The weekly-hours plan of a placement: start hours, up to two steps, the target. */
export interface HoursPlan {
  startDate: string;
  startHours: number;
  steps: readonly HourStep[];
}

const DAY = 86_400_000;
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T12:00:00Z`) / DAY);

/** The placement's week that `day` falls in, from 1; 0 before the start. Pure. */
export function weekOf(startDate: string, day: string): number {
  const days = dayNumber(day) - dayNumber(startDate);
  return days < 0 ? 0 : Math.floor(days / 7) + 1;
}

/** Planned weekly hours in a week of the placement: a step "after N weeks" applies from week N + 1. Pure. */
export function plannedHoursInWeek(plan: Pick<HoursPlan, "startHours" | "steps">, week: number): number {
  let hours = plan.startHours;
  for (const step of [...plan.steps].sort((a, b) => a.afterWeeks - b.afterWeeks)) if (week > step.afterWeeks) hours = step.hours;
  return hours;
}

/** Planned weekly hours on a day (before the start: the start hours). Pure. */
export function placementHoursOn(plan: HoursPlan, day: string): number {
  return plannedHoursInWeek(plan, Math.max(1, weekOf(plan.startDate, day)));
}
