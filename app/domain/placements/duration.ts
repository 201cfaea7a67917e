import { addDays, addMonths } from "../candidates/consent";
import type { TargetGroup } from "../candidates/vocabulary";
import { RULES } from "../rules/rules";
import type { SlotKind } from "../slots/vocabulary";

/** What the duration rule needs to know about a placement and its citizen. */
export interface DurationQuestion {
  kind: SlotKind;
  targetGroup: TargetGroup;
  /** A job-ready person without work experience may have 8 weeks instead of 4. */
  hasWorkExperience: boolean;
  /** A recorded assessment allows praktik up to 26 weeks. */
  assessed: boolean;
  /** Extensions of 13 weeks beyond 26 for a very special need (each one recorded). */
  specialNeedExtensions?: number;
  employer?: "private" | "public";
  startDate: string;
}

export type DurationReason = "jobReady" | "jobReadyWithoutExperience" | "default" | "assessed" | "specialNeed" | "loentilskudPrivate" | "loentilskudPublic";

export interface DurationLimit {
  reason: DurationReason;
  /** The last day the placement may run. */
  lastDay: string;
  weeks: number | null;
  months: number | null;
  source: string;
  appliesFrom: string;
}

/** The rule entry in force on a day: the newest one that applies from that day or earlier. */
export function entryOn<E extends { appliesFrom: string }>(entries: readonly E[], day: string): E | null {
  return [...entries].filter((e) => e.appliesFrom <= day).sort((a, b) => b.appliesFrom.localeCompare(a.appliesFrom))[0] ?? null;
}

/** The last day of a placement of `weeks` weeks that starts on `start` (13 weeks from a Monday ends on a Sunday). */
export function lastDayAfterWeeks(start: string, weeks: number): string {
  return addDays(start, weeks * 7 - 1);
}

/**
 * The longest a placement may run for this citizen, from the rules table; null where the
 * law sets no limit (fleksjob, småjob). Pure.
 */
export function durationLimit(q: DurationQuestion): DurationLimit | null {
  if (q.kind === "praktik") {
    const e = entryOn(RULES.placementDuration.praktik, q.startDate);
    if (!e) return null;
    const jobReady = (e.jobReadyGroups as readonly string[]).includes(q.targetGroup);
    let reason: DurationReason;
    let weeks: number;
    if (q.assessed && (q.specialNeedExtensions ?? 0) > 0) {
      reason = "specialNeed";
      weeks = e.extendedAfterAssessmentWeeks + e.specialNeedStepWeeks * (q.specialNeedExtensions ?? 0);
    } else if (q.assessed) {
      reason = "assessed";
      weeks = e.extendedAfterAssessmentWeeks;
    } else if (jobReady) {
      reason = q.hasWorkExperience ? "jobReady" : "jobReadyWithoutExperience";
      weeks = q.hasWorkExperience ? e.jobReadyWeeks : e.jobReadyWithoutExperienceWeeks;
    } else {
      reason = "default";
      weeks = e.defaultWeeks;
    }
    return { reason, weeks, months: null, lastDay: lastDayAfterWeeks(q.startDate, weeks), source: e.source, appliesFrom: e.appliesFrom };
  }
  if (q.kind === "loentilskud") {
    const e = entryOn(RULES.placementDuration.loentilskud, q.startDate);
    if (!e) return null;
    const isPublic = q.employer === "public";
    const months = isPublic ? e.publicMonths : e.privateMonths;
    return { reason: isPublic ? "loentilskudPublic" : "loentilskudPrivate", weeks: null, months, lastDay: addDays(addMonths(q.startDate, months), -1), source: e.source, appliesFrom: e.appliesFrom };
  }
  return null;
}

/** The limit the planned end breaks, or null when it is within the rule. Pure. */
export function durationBreach(q: DurationQuestion, plannedEnd: string): DurationLimit | null {
  const limit = durationLimit(q);
  return limit && plannedEnd > limit.lastDay ? limit : null;
}
