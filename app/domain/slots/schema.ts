import { z } from "zod";
import type { MessageKey } from "~/i18n/catalogue";
import type { MessageWithVars } from "../errors";
import { RULES } from "../rules/rules";
import { calendarDate, danishDecimal, isCalendarDate, optionalText, requiredText } from "../shared/fields";
import { emailField } from "../users/passwords";
import { SLOT_KINDS, SLOT_PURPOSES, WEEKDAYS, type HourStep } from "./vocabulary";

export * from "./vocabulary";

const S = RULES.slots;
const HOURS = RULES.workingHours;

/** The usual times' message names the limits from the rules table, never a copy of them. */
export const TIMES_OUTSIDE_HOURS: MessageWithVars = { key: "error.slot.times", vars: { earliest: HOURS.earliestStart, latest: HOURS.latestEnd } };


const time = z
  .string({ required_error: "error.slot.timeFormat" })
  .trim()
  .transform((v) => v.replace(".", ":"))
  .pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "error.slot.timeFormat"));

const many = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.enum(values, { errorMap: () => ({ message }) }), z.array(z.enum(values, { errorMap: () => ({ message }) }))], {
      errorMap: () => ({ message }),
    })
    .transform((v) => (Array.isArray(v) ? [...new Set(v)] : [v]));


/** The slot form, as it arrives; cross-field rules are in `slotRuleErrors`. */
export const slotInput = z.object({
  kind: z.enum(SLOT_KINDS, { errorMap: () => ({ message: "error.slot.kind" }) }),
  title: requiredText({ message: "error.slot.title", min: 3, max: 120 }),
  purposeKind: z.enum(SLOT_PURPOSES, { errorMap: () => ({ message: "error.slot.purposeKind" }) }),
  purpose: requiredText({ message: "error.slot.purpose", min: 10, max: 1000, multiline: true }),
  workplaceId: z.coerce.number({ invalid_type_error: "error.slot.workplace" }).int().positive("error.slot.workplace"),
  startDate: calendarDate("error.slot.startDate"),
  lengthWeeks: z.coerce
    .number({ invalid_type_error: "error.slot.length" })
    .int("error.slot.length")
    .min(1, "error.slot.length")
    .max(S.maxLengthWeeks, "error.slot.length"),
  startHours: danishDecimal("error.slot.hours").pipe(z.number().min(S.minWeeklyHours, "error.slot.hours").max(S.maxWeeklyHours, "error.slot.hours")),
  targetHours: danishDecimal("error.slot.hours").pipe(z.number().min(S.minWeeklyHours, "error.slot.hours").max(S.maxWeeklyHours, "error.slot.hours")),
  step1Weeks: z.string().trim().optional(),
  step1Hours: z.string().trim().optional(),
  step2Weeks: z.string().trim().optional(),
  step2Hours: z.string().trim().optional(),
  workingDays: many(WEEKDAYS, "error.slot.days"),
  dayStart: time,
  dayEnd: time,
  mentorUserId: z.coerce.number({ invalid_type_error: "error.slot.mentor" }).int().positive("error.slot.mentor"),
  seats: z.coerce
    .number({ invalid_type_error: "error.slot.seats" })
    .int("error.slot.seats")
    .min(1, "error.slot.seats")
    .max(S.maxSeats, "error.slot.seats"),
  accessibility: optionalText(1000),
  wishes: optionalText(1000),
});
export type RawSlotInput = z.infer<typeof slotInput>;

export interface SlotInput extends Omit<RawSlotInput, "step1Weeks" | "step1Hours" | "step2Weeks" | "step2Hours"> {
  taskIds: number[];
  steps: HourStep[];
}

/** Made once: an Intl formatter per call is slow and grows native memory (docs/performance.md). */
const COPENHAGEN_DATE = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" });

/** Today's date in Denmark, as YYYY-MM-DD. */
export function danishToday(now: Date): string {
  return COPENHAGEN_DATE.format(now);
}

/** The form's fields in the order HR meets them: the error summary follows this order. */
export const SLOT_FIELD_ORDER = [
  "kind",
  "title",
  "purposeKind",
  "purpose",
  "workplaceId",
  "taskIds",
  "startDate",
  "lengthWeeks",
  "startHours",
  "targetHours",
  "step1Weeks",
  "step1Hours",
  "step2Weeks",
  "step2Hours",
  "workingDays",
  "dayStart",
  "dayEnd",
  "mentorUserId",
  "seats",
  "accessibility",
  "wishes",
] as const;

/**
 * Turns the form's flat fields into a slot: the chosen tasks (deduplicated) and the filled
 * progression steps as numbers. Takes what is valid so far (the other fields may be missing)
 * and reports only shape problems (a step that is not a number); the rules are
 * `slotRuleErrors`. Pure.
 */
export function shapeSlot(raw: Partial<RawSlotInput>, taskIdsRaw: string[]): { slot: Partial<SlotInput>; errors: Record<string, MessageKey> } {
  const errors: Record<string, MessageKey> = {};
  const taskIds = [...new Set(taskIdsRaw.map(Number).filter((n) => Number.isInteger(n) && n > 0))];
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
  const { step1Weeks: _a, step1Hours: _b, step2Weeks: _c, step2Hours: _d, ...rest } = raw;
  return { slot: { ...rest, taskIds, steps }, errors };
}

/**
 * The rules a slot must meet whenever it is saved — the commands run them, whoever calls —
 * each with its own message at its field: target ≥ start hours, the plan's hours fit the
 * working days and usual times, usual times within normal working hours, start date not in
 * the past, at least one task, at most two progression steps, each later and not lower than
 * the one before and within the slot's length and target.
 * Each rule runs as soon as the fields it needs are present, so the form can show every
 * problem in one round while other fields are still wrong. Empty when the slot is fine. Pure.
 */
export function slotRuleErrors(slot: Partial<SlotInput>, now: Date): Record<string, MessageKey | MessageWithVars> {
  const errors: Record<string, MessageKey | MessageWithVars> = {};
  const { startHours, targetHours, startDate, taskIds, dayStart, dayEnd, workingDays, lengthWeeks, steps } = slot;
  if (startHours !== undefined && targetHours !== undefined && targetHours < startHours) errors.targetHours = "error.slot.targetBelowStart";
  // Every list and the review queue format this date; an impossible one must never be stored.
  if (startDate !== undefined && !isCalendarDate(startDate)) errors.startDate = "error.slot.startDate";
  else if (startDate !== undefined && startDate < danishToday(now)) errors.startDate = "error.slot.startInPast";
  if (taskIds !== undefined && taskIds.length === 0) errors.taskIds = "error.slot.tasks";
  if (dayStart !== undefined && dayEnd !== undefined) {
    if (dayStart < HOURS.earliestStart || dayEnd > HOURS.latestEnd || dayEnd <= dayStart) errors.dayStart = TIMES_OUTSIDE_HOURS;
    else if (workingDays !== undefined && targetHours !== undefined && !errors.targetHours) {
      // The plan's hours must fit in the working days and usual times offered.
      const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
      const weeklyCapacity = (workingDays.length * (minutes(dayEnd) - minutes(dayStart))) / 60;
      if (targetHours > weeklyCapacity + 1e-9) errors.targetHours = "error.slot.hoursExceedSchedule";
    }
  }
  if (steps !== undefined && startHours !== undefined && targetHours !== undefined && lengthWeeks !== undefined) {
    let previous = { afterWeeks: 0, hours: startHours };
    steps.forEach((step, i) => {
      const n = Math.min(i + 1, 2);
      if (i >= 2 || !Number.isInteger(step.afterWeeks) || step.afterWeeks <= previous.afterWeeks || step.afterWeeks >= lengthWeeks) {
        errors[`step${n}Weeks`] = "error.slot.stepWeeks";
        return;
      }
      if (!Number.isFinite(step.hours) || step.hours < previous.hours || step.hours > targetHours) {
        errors[`step${n}Hours`] = "error.slot.stepHours";
        return;
      }
      previous = step;
    });
  }
  return errors;
}

export const representativeInput = z.object({
  repName: requiredText({ message: "error.rep.name", min: 2, max: 120 }),
  repEmail: emailField,
});

/** The one rule for a review comment (asking for changes, rejecting): a real explanation, plain text. */
export const reviewComment = requiredText({ message: "error.review.comment", min: 10, max: 2000, multiline: true });
