import { z } from "zod";
import type { MessageKey } from "~/i18n/catalogue";
import { guardedText } from "../candidates/sensitive-text";
import { RULES } from "../rules/rules";
import { calendarDate, danishDecimal, optionalKroner } from "../shared/fields";
import { WEEKDAYS, type HourStep, type Weekday } from "../slots/vocabulary";
import { MAX_GOALS } from "./vocabulary";
import { WAGE_COST_BOUNDS } from "./wage-schema";

export * from "./vocabulary";

const S = RULES.slots;
const P = RULES.placements;

const days = z
  .union([z.enum(WEEKDAYS), z.array(z.enum(WEEKDAYS))], { errorMap: () => ({ message: "error.slot.days" }) })
  .transform((v) => (Array.isArray(v) ? [...new Set(v)] : [v]));

const ids = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map(Number).filter((n) => Number.isInteger(n) && n > 0))]);

const step = z.string().trim().optional();

/** A goal: concrete and checkable, never a CPR number or a diagnosis. */
const goal = guardedText(P.goalMaxLength).refine((v) => v === null || v.length >= P.goalMinLength, "error.placement.goalShort");

// The wage cost's form is its own module (decision 058); the start form shares its bounds.
export { WAGE_COST_BOUNDS, wageCostInput } from "./wage-schema";

/** The start form as it arrives (HR's and the consultant's); the rules are the command's. */
export const startInput = z.object({
  proposalId: z.coerce.number().int().positive(),
  startDate: calendarDate("error.placement.startDate"),
  lengthWeeks: z.coerce.number({ invalid_type_error: "error.slot.length" }).int("error.slot.length").min(1, "error.slot.length").max(S.maxLengthWeeks, "error.slot.length"),
  startHours: danishDecimal("error.slot.hours").pipe(z.number().min(S.minWeeklyHours, "error.slot.hours").max(S.maxWeeklyHours, "error.slot.hours")),
  targetHours: danishDecimal("error.slot.hours").pipe(z.number().min(S.minWeeklyHours, "error.slot.hours").max(S.maxWeeklyHours, "error.slot.hours")),
  step1Weeks: step,
  step1Hours: step,
  step2Weeks: step,
  step2Hours: step,
  workingDays: days,
  taskIds: ids,
  goal1: goal,
  goal2: goal,
  goal3: goal,
  /** Only for løntilskud (the form shows it only then); the command requires it there and refuses it elsewhere. */
  monthlyWageCost: optionalKroner("error.placement.wageCost", WAGE_COST_BOUNDS),
  /** Only the jobcentre records an assessment; the company's form has no such field. */
  assessmentOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), "error.placement.assessmentOn"),
});
export type RawStartInput = z.infer<typeof startInput>;

export interface StartInput {
  proposalId: number;
  startDate: string;
  lengthWeeks: number;
  startHours: number;
  targetHours: number;
  steps: HourStep[];
  workingDays: Weekday[];
  taskIds: number[];
  goals: string[];
  assessmentOn: string | null;
  /** Kroner a month; løntilskud only, else null. */
  monthlyWageCost: number | null;
}

/** Form fields to the command's input: the filled steps as numbers, the goals in order. Pure. */
export function shapeStart(raw: RawStartInput): { input: StartInput; errors: Record<string, MessageKey> } {
  const errors: Record<string, MessageKey> = {};
  const steps: HourStep[] = [];
  for (const n of [1, 2] as const) {
    const weeks = raw[`step${n}Weeks`];
    const hours = raw[`step${n}Hours`];
    if (!weeks && !hours) continue;
    const w = Number(weeks);
    const h = Number((hours ?? "").replace(",", "."));
    if (!weeks || !Number.isInteger(w)) errors[`step${n}Weeks`] = "error.slot.stepWeeks";
    else if (!hours || !Number.isFinite(h)) errors[`step${n}Hours`] = "error.slot.stepHours";
    else steps.push({ afterWeeks: w, hours: h });
  }
  const goals = [raw.goal1, raw.goal2, raw.goal3].filter((g): g is string => g !== null).slice(0, MAX_GOALS);
  if (goals.length === 0) errors.goal1 = "error.placement.goals";
  const { step1Weeks: _a, step1Hours: _b, step2Weeks: _c, step2Hours: _d, goal1: _e, goal2: _f, goal3: _g, ...rest } = raw;
  return { input: { ...rest, steps, goals }, errors };
}

/** The start form's fields in the order they are met: the error summary follows it. */
export const START_FIELD_ORDER = ["startDate", "lengthWeeks", "startHours", "targetHours", "step1Weeks", "step1Hours", "step2Weeks", "step2Hours", "monthlyWageCost", "workingDays", "taskIds", "goal1", "goal2", "goal3", "assessmentOn"] as const;

