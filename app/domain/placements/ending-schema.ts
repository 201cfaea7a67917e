import { z } from "zod";
import { guardedText } from "../candidates/sensitive-text";
import { calendarDate, danishDecimal } from "../shared/fields";
import { END_KINDS, INTERRUPT_REASONS, OUTCOMES, STATUS_CATEGORIES } from "./ending-vocabulary";

export * from "./ending-vocabulary";

const hours = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(danishDecimal("error.ending.hours").pipe(z.number().min(1, "error.ending.hours").max(60, "error.ending.hours")).nullable());

/** The end form (HR's and the jobcentre's): how it ended, on which day, why, and the outcome. */
export const endInput = z.object({
  version: z.coerce.number().int().positive(),
  kind: z.enum(END_KINDS, { errorMap: () => ({ message: "error.ending.kind" }) }),
  endedOn: calendarDate("error.ending.endedOn"),
  reason: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.enum(INTERRUPT_REASONS, { errorMap: () => ({ message: "error.ending.reason" }) }).nullable()),
  reasonText: guardedText(1000),
  outcome: z.enum(OUTCOMES, { errorMap: () => ({ message: "error.ending.outcome" }) }),
  outcomeHours: hours,
});
export type EndInput = z.infer<typeof endInput>;

/** A new planned end for an active placement. */
export const moveEndInput = z.object({
  version: z.coerce.number().int().positive(),
  plannedEndDate: calendarDate("error.ending.plannedEndDate"),
});

/** The status three months after the end. */
export const statusInput = z.object({
  category: z.enum(STATUS_CATEGORIES, { errorMap: () => ({ message: "error.ending.category" }) }),
  hours,
});

export const END_FIELD_ORDER = ["kind", "endedOn", "reason", "reasonText", "outcome", "outcomeHours"] as const;
