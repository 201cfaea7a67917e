import { z } from "zod";
import { guardedText } from "../candidates/sensitive-text";
import { RULES } from "../rules/rules";
import { WEEKDAYS, type Weekday } from "../slots/vocabulary";
import { GOAL_PROGRESS, TASK_PROGRESS, type GoalProgress, type TaskProgress } from "./vocabulary";

/** A form number that may be left empty (a draft); filled, it must be a whole number in range. */
const wholeOrEmpty = (max: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .refine((v) => v === null || (Number.isInteger(v) && v >= 0 && v <= max), message);

const decimalOrEmpty = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(",", ".") : null))
    .refine((v) => v === null || /^\d{1,2}(\.\d{1,2})?$/.test(v), message)
    .transform((v) => (v === null ? null : Number(v)))
    .refine((v) => v === null || (v >= min && v <= max), message);

const days = z
  .union([z.enum(WEEKDAYS), z.array(z.enum(WEEKDAYS))], { errorMap: () => ({ message: "error.slot.days" }) })
  .optional()
  .transform((v) => (v === undefined ? null : Array.isArray(v) ? [...new Set(v)] : [v]));

/** The follow-up form as it arrives; the per-task and per-goal answers are read by `shapeFollowUp`. */
export const followUpInput = z.object({
  intent: z.enum(["draft", "submit"]),
  version: z.coerce.number().int().min(1),
  daysPresent: wholeOrEmpty(7, "error.followUp.days"),
  daysPlanned: wholeOrEmpty(7, "error.followUp.days"),
  hoursWorked: decimalOrEmpty(0, 60, "error.followUp.hours"),
  wellBeing: wholeOrEmpty(5, "error.followUp.wellBeing").refine((v) => v === null || v >= 1, "error.followUp.wellBeing"),
  wentWell: guardedText(1000),
  concerns: guardedText(1000),
  suggestedHours: decimalOrEmpty(RULES.slots.minWeeklyHours, RULES.slots.maxWeeklyHours, "error.slot.hours"),
  suggestedDays: days,
  suggestionText: guardedText(1000),
});

export interface FollowUpAnswers {
  daysPresent: number | null;
  daysPlanned: number | null;
  hoursWorked: number | null;
  wellBeing: number | null;
  taskProgress: Record<string, TaskProgress>;
  goalProgress: Record<string, GoalProgress>;
  wentWell: string | null;
  concerns: string | null;
  suggestedHours: number | null;
  suggestedDays: Weekday[] | null;
  suggestionText: string | null;
}

/** The answers per task (`task_<id>`) and goal (`goal_<id>`) from the flat form; unknown values are dropped. Pure. */
export function progressFrom(raw: Record<string, unknown>): Pick<FollowUpAnswers, "taskProgress" | "goalProgress"> {
  const taskProgress: Record<string, TaskProgress> = {};
  const goalProgress: Record<string, GoalProgress> = {};
  for (const [key, value] of Object.entries(raw)) {
    const task = /^task_(\d{1,9})$/.exec(key);
    if (task && (TASK_PROGRESS as readonly unknown[]).includes(value)) taskProgress[task[1]!] = value as TaskProgress;
    const goal = /^goal_(\d{1,9})$/.exec(key);
    if (goal && (GOAL_PROGRESS as readonly unknown[]).includes(value)) goalProgress[goal[1]!] = value as GoalProgress;
  }
  return { taskProgress, goalProgress };
}

/**
 * What a submitted follow-up must hold — every number, well-being, an answer for each task
 * and goal, no more days present than planned — each at its field. Drafts skip this. Pure.
 */
export function missingForSubmit(a: FollowUpAnswers, taskIds: readonly number[], goalIds: readonly number[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (a.daysPresent === null) errors.daysPresent = "error.followUp.daysPresent";
  if (a.daysPlanned === null) errors.daysPlanned = "error.followUp.daysPlanned";
  if (a.daysPresent !== null && a.daysPlanned !== null && a.daysPresent > a.daysPlanned) errors.daysPresent = "error.followUp.presentOverPlanned";
  if (a.hoursWorked === null) errors.hoursWorked = "error.followUp.hoursWorked";
  if (a.wellBeing === null) errors.wellBeing = "error.followUp.wellBeingMissing";
  for (const id of taskIds) if (!a.taskProgress[String(id)]) errors[`task_${id}`] = "error.followUp.taskProgress";
  for (const id of goalIds) if (!a.goalProgress[String(id)]) errors[`goal_${id}`] = "error.followUp.goalProgress";
  return errors;
}

/** The consultant's decision on a suggested adjustment. */
export const decisionInput = z.discriminatedUnion("decision", [
  z.object({
    decision: z.literal("approve"),
    fromDate: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "error.adjustment.fromDate"),
    hours: decimalOrEmpty(RULES.slots.minWeeklyHours, RULES.slots.maxWeeklyHours, "error.slot.hours"),
    days,
    taskIds: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) => (v === undefined ? null : [...new Set((Array.isArray(v) ? v : [v]).map(Number).filter((n) => Number.isInteger(n) && n > 0))])),
  }),
  z.object({ decision: z.literal("decline"), reason: guardedText(1000).refine((v) => v !== null, "error.adjustment.reason") }),
]);

export { commentInput } from "./comment-schema";
