import { INDUSTRIES } from "~/domain/companies/vocabulary";
import type { FitCandidate, FitContext, FitSlot } from "~/domain/candidates/fit";
import { LANGUAGE_LEVELS, LANGUAGES, MENTOR_STYLES, SUPPORT_NEEDS } from "~/domain/candidates/vocabulary";
import { WEEKDAYS } from "~/domain/slots/vocabulary";
import { DEMANDS } from "~/domain/tasks/demands";
import { ADAPTATIONS, CHORES } from "~/domain/tasks/vocabulary";
import { random } from "./random";

/**
 * Random candidates, slots and contexts for the fit, deterministic per seed, spread so that every
 * line the fit can write turns up within a few thousand cases (fit.test.ts checks that it does).
 */
export function fitCases(seed: number) {
  const r = random(seed);
  /** Each value with about `about` of them on average. */
  const some = <T>(xs: readonly T[], about = xs.length / 2) => xs.filter(() => r.next() < about / xs.length);
  const candidate = (): FitCandidate => ({
    hoursNow: r.int(20) + (r.next() < 0.3 ? 0.5 : 0),
    goalHours: r.next() < 0.2 ? null : r.int(30),
    days: some(WEEKDAYS),
    supportNeeds: some(SUPPORT_NEEDS),
    languages: some(LANGUAGES, 1.5).map((language) => ({ language, level: r.pick(LANGUAGE_LEVELS) })),
    wishIndustries: some(INDUSTRIES, 1.5),
    wishTasks: some(CHORES, 2),
    maxTravelKm: r.int(40),
    mentorStyles: some(MENTOR_STYLES),
    inActivePlacement: r.next() < 0.1,
  });
  const slot = (): FitSlot => ({
    startHours: r.int(15),
    targetHours: r.int(30),
    workingDays: some(WEEKDAYS),
    industry: r.pick(INDUSTRIES),
    tasks: Array.from({ length: r.int(4) }, () => ({
      demands: Object.fromEntries(DEMANDS.map((d) => [d, r.next() < 0.1 ? null : 1 + r.int(3)])),
      adaptations: some(ADAPTATIONS),
      chores: some(CHORES, 1.5),
    })),
    mentor: r.next() < 0.2 ? null : { styles: some(MENTOR_STYLES), edgeExperience: r.next() < 0.5, languages: some(LANGUAGES, 1) },
  });
  const context = (): FitContext => ({ distanceKm: r.next() < 0.1 ? null : r.next() * 50, consentCovers: r.next() < 0.9 });
  return { candidate, slot, context };
}
