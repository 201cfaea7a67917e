import { z } from "zod";
import { guardedText, requiredGuardedText } from "../candidates/sensitive-text";
import { STORY_CONSENT_METHODS, STORY_KINDS } from "./ending-vocabulary";

const section = guardedText(2000);

/** The write-up form: the kind's three headings (the others are ignored), the title, and for a story the consent. */
export const storyInput = z.object({
  kind: z.enum(STORY_KINDS, { errorMap: () => ({ message: "error.story.kind" }) }),
  title: requiredGuardedText(5, 120, "error.story.title"),
  situation: section,
  whatHappened: section,
  whatWouldHaveHelped: section,
  before: section,
  during: section,
  after: section,
  consentOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), "error.story.consent"),
  consentMethod: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.enum(STORY_CONSENT_METHODS, { errorMap: () => ({ message: "error.story.consentMethod" }) }).nullable()),
});
