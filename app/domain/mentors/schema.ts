import { z } from "zod";
import { guardedText } from "../candidates/sensitive-text";
import { LANGUAGES, MENTOR_STYLES } from "../candidates/vocabulary";

const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

/** How a mentor describes themself: a few choices and one line, for the social match. */
export const mentorProfileInput = z.object({
  styles: listOf(MENTOR_STYLES),
  edgeExperience: z.preprocess((v) => v === "yes", z.boolean()),
  languages: listOf(LANGUAGES),
  line: guardedText(300),
});
export type MentorProfileInput = z.output<typeof mentorProfileInput>;
