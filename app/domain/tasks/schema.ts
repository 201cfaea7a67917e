import { z } from "zod";
import type { MessageKey } from "~/i18n/catalogue";
import { danishDecimal, optionalText, requiredText } from "../shared/fields";

import { ADAPTATIONS, DEMANDS, FREQUENCIES, LEARNING_TIMES, MAX_HOURS_FREED, MIN_DESCRIPTION_LENGTH, MIN_HOURS_FREED } from "./vocabulary";

export * from "./vocabulary";

const hoursField = danishDecimal("error.task.hours").pipe(
  z.number().min(MIN_HOURS_FREED, "error.task.hours").max(MAX_HOURS_FREED, "error.task.hours"),
);

const level = z.coerce
  .number({ invalid_type_error: "error.task.demand" })
  .int("error.task.demand")
  .min(1, "error.task.demand")
  .max(3, "error.task.demand");

const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

/** Absent form fields are "", which means "not filled in yet". */
const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

/**
 * A draft needs only a title; every field that is filled in must still be valid. An active
 * task needs everything (see `completeTaskInput`).
 */
export const draftTaskInput = z.object({
  title: requiredText({ message: "error.task.title", min: 3, max: 120 }),
  description: optionalText(2000),
  department: optionalText(120, { multiline: false }),
  workplaceId: z.preprocess(blankToUndefined, z.coerce.number().int().positive("error.task.workplace").optional()),
  relievedRole: optionalText(120, { multiline: false }),
  hoursFreed: z.preprocess(blankToUndefined, hoursField.optional()),
  frequency: z.preprocess(blankToUndefined, z.enum(FREQUENCIES, { errorMap: () => ({ message: "error.task.frequency" }) }).optional()),
  learningTime: z.preprocess(
    blankToUndefined,
    z.enum(LEARNING_TIMES, { errorMap: () => ({ message: "error.task.learningTime" }) }).optional(),
  ),
  physical: z.preprocess(blankToUndefined, level.optional()),
  social: z.preprocess(blankToUndefined, level.optional()),
  language: z.preprocess(blankToUndefined, level.optional()),
  pace: z.preprocess(blankToUndefined, level.optional()),
  precision: z.preprocess(blankToUndefined, level.optional()),
  adaptations: listOf(ADAPTATIONS),
});
export type DraftTaskInput = z.infer<typeof draftTaskInput>;

/** What an active task must have; the messages say what to fill in. */
export function completenessErrors(task: {
  description?: string | null;
  workplaceId?: number | null;
  relievedRole?: string | null;
  hoursFreed?: number | null;
  frequency?: string | null;
  learningTime?: string | null;
  physical?: number | null;
  social?: number | null;
  language?: number | null;
  pace?: number | null;
  precision?: number | null;
}): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  if (!task.description || task.description.length < MIN_DESCRIPTION_LENGTH) errors.description = "error.task.description";
  if (task.workplaceId == null) errors.workplaceId = "error.task.workplace";
  if (!task.relievedRole || task.relievedRole.length < 2) errors.relievedRole = "error.task.relievedRole";
  if (task.hoursFreed == null) errors.hoursFreed = "error.task.hours";
  if (!task.frequency) errors.frequency = "error.task.frequency";
  if (!task.learningTime) errors.learningTime = "error.task.learningTime";
  for (const d of DEMANDS) if (task[d] == null) errors[d] = "error.task.demand";
  return errors;
}
