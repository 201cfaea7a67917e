import { z } from "zod";
import { findSensitive, SENSITIVE_MESSAGE } from "../candidates/sensitive-text";
import { optionalText } from "../shared/fields";

/** How long the jobcentre's note about a company may be: a few lines, not a case file. */
export const COMPANY_NOTE_MAX = 1000;

/**
 * The jobcentre's internal note about a company: short, and like every free text written
 * near candidates never a CPR number or a diagnosis (the candidates' guard). Empty clears it.
 */
export const companyNoteInput = z.object({
  note: optionalText(COMPANY_NOTE_MAX).superRefine((value, ctx) => {
    const finding = value ? findSensitive(value) : null;
    if (finding) ctx.addIssue({ code: z.ZodIssueCode.custom, message: SENSITIVE_MESSAGE[finding] });
  }),
  /** The note's version when the form was opened (0: there was none). */
  noteVersion: z.coerce.number().int().min(0),
});
export type CompanyNoteInput = z.infer<typeof companyNoteInput>;
