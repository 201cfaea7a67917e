import { z } from "zod";
import { INDUSTRIES } from "../companies/vocabulary";
import { RULES } from "../rules/rules";
import { WEEKDAYS } from "../slots/vocabulary";
import { CHORES } from "../tasks/vocabulary";
import { guardedText, requiredGuardedText } from "./sensitive-text";
import {
  AGE_BANDS,
  CONSENT_METHODS,
  CONSENT_SCOPES,
  LANGUAGE_LEVELS,
  LANGUAGES,
  MENTOR_STYLES,
  OPTIONAL_SECTIONS,
  SUPPORT_NEEDS,
  TRANSPORT,
  LANGUAGE_ROWS,
  TARGET_GROUPS,
  type LanguageSkill,
} from "./vocabulary";

export * from "./vocabulary";

const listOf = <T extends readonly [string, ...string[]]>(values: T, message = "error.candidate.choice") =>
  z
    .union([z.enum(values, { errorMap: () => ({ message }) }), z.array(z.enum(values, { errorMap: () => ({ message }) }))])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

const hours = (message: string) =>
  z
    .string({ required_error: message })
    .trim()
    .transform((v) => v.replace(",", "."))
    .pipe(
      z
        .string()
        .regex(/^\d{1,2}(\.\d{1,2})?$/, message)
        .transform(Number)
        .pipe(z.number().min(0, message).max(RULES.slots.maxWeeklyHours, message)),
    );

const languageRow = z.object({
  language: z.preprocess(blankToUndefined, z.enum(LANGUAGES, { errorMap: () => ({ message: "error.candidate.language" }) }).optional()),
  level: z.preprocess(blankToUndefined, z.enum(LANGUAGE_LEVELS, { errorMap: () => ({ message: "error.candidate.languageLevel" }) }).optional()),
});

/**
 * The profile form. Resources first: strengths are required, and every free-text field is
 * guarded against CPR numbers and diagnoses.
 */
export const candidateInput = z
  .object({
    alias: requiredGuardedText(2, 40, "error.candidate.alias"),
    ageBand: z.enum(AGE_BANDS, { errorMap: () => ({ message: "error.candidate.ageBand" }) }),
    postcode: z.string({ required_error: "error.candidate.postcode" }).trim().regex(/^\d{4}$/, "error.candidate.postcode"),
    targetGroup: z.enum(TARGET_GROUPS, { errorMap: () => ({ message: "error.candidate.targetGroup" }) }),
    languages: z.array(languageRow).max(LANGUAGE_ROWS).default([]),
    experience: guardedText(2000),
    experienceIndustries: listOf(INDUSTRIES),
    strengths: requiredGuardedText(3, 1000, "error.candidate.strengths"),
    wishIndustries: listOf(INDUSTRIES),
    wishTasks: listOf(CHORES),
    hoursNow: hours("error.candidate.hoursNow"),
    goalHours: z.preprocess(blankToUndefined, hours("error.candidate.goalHours").optional()),
    days: listOf(WEEKDAYS, "error.candidate.days").pipe(z.array(z.enum(WEEKDAYS)).min(1, "error.candidate.days")),
    transport: listOf(TRANSPORT, "error.candidate.transport").pipe(z.array(z.enum(TRANSPORT)).min(1, "error.candidate.transport")),
    maxTravelKm: z.coerce
      .number({ invalid_type_error: "error.candidate.travel" })
      .int("error.candidate.travel")
      .min(1, "error.candidate.travel")
      .max(200, "error.candidate.travel"),
    supportNeeds: listOf(SUPPORT_NEEDS),
    supportText: guardedText(1000),
    activities: guardedText(1000),
    mentorStyles: listOf(MENTOR_STYLES),
    mentorWish: guardedText(300),
    responsibleUserId: z.coerce.number({ invalid_type_error: "error.candidate.responsible" }).int().positive("error.candidate.responsible"),
  })
  .superRefine((value, ctx) => {
    if (value.goalHours != null && value.goalHours < value.hoursNow) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["goalHours"], message: "error.candidate.goalBelowNow" });
    }
    value.languages.forEach((row, i) => {
      if (row.language && !row.level) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [`level${i + 1}`], message: "error.candidate.languageLevel" });
      if (!row.language && row.level) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [`language${i + 1}`], message: "error.candidate.language" });
    });
  })
  .transform(({ languages, ...rest }) => {
    const seen = new Set<string>();
    const skills: LanguageSkill[] = [];
    for (const row of languages) {
      if (!row.language || !row.level || seen.has(row.language)) continue;
      seen.add(row.language);
      skills.push({ language: row.language, level: row.level });
    }
    return { ...rest, languages: skills, goalHours: rest.goalHours ?? null };
  });
export type CandidateInput = z.output<typeof candidateInput>;

/** The flat form's language1/level1 … rows into `languages`. */
export function shapeCandidateForm(raw: Record<string, unknown>): Record<string, unknown> {
  const languages = Array.from({ length: LANGUAGE_ROWS }, (_, i) => ({ language: raw[`language${i + 1}`], level: raw[`level${i + 1}`] }));
  return { ...raw, languages };
}

const calendarDate = (message: string) =>
  z
    .string({ required_error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => {
      const d = new Date(`${v}T12:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    }, message);

/** The consent form; the dates are checked against today and each other by `consentRuleErrors`. */
export const consentInput = z.object({
  givenOn: calendarDate("error.consent.givenOn"),
  method: z.enum(CONSENT_METHODS, { errorMap: () => ({ message: "error.consent.method" }) }),
  scope: z.enum(CONSENT_SCOPES, { errorMap: () => ({ message: "error.consent.scope" }) }),
  companyIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map(Number).filter((n) => Number.isInteger(n) && n > 0))]),
  sections: listOf(OPTIONAL_SECTIONS),
  expiresOn: calendarDate("error.consent.expiresOn"),
});
export type ConsentInput = z.output<typeof consentInput>;

export const withdrawConsentInput = z.object({
  companyId: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
});
