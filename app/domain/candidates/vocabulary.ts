import { RULES } from "../rules/rules";
import { ADAPTATIONS } from "../tasks/vocabulary";

/**
 * The words a candidate profile is built from. Pure data, safe for the browser. Target
 * groups and their legal status live in the rules table (RULES.candidates.targetGroups).
 */
export const AGE_BANDS = ["18-24", "25-29", "30-39", "40-49", "50-59", "60+"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const LANGUAGES = ["da", "en", "de", "ar", "so", "tr", "fa", "ur", "pl", "ro", "uk", "ti", "other"] as const;
export type Language = (typeof LANGUAGES)[number];

/** "Fluent" includes mother tongue: what matters at work is whether it is easy. */
export const LANGUAGE_LEVELS = ["basic", "good", "fluent"] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const TRANSPORT = ["car", "bike", "public", "foot"] as const;
export type Transport = (typeof TRANSPORT)[number];

/** Support needs use the tasks' adaptation vocabulary, so a need meets an offer word for word. */
export const SUPPORT_NEEDS = ADAPTATIONS;
export type SupportNeed = (typeof SUPPORT_NEEDS)[number];

/** How a mentor works with a new colleague; the candidate side says which suits them. */
export const MENTOR_STYLES = ["calm", "structured", "direct", "humorous"] as const;
export type MentorStyle = (typeof MENTOR_STYLES)[number];

/** Profile sections that consent may share; `basic` is always shared. */
export const SHARE_SECTIONS = ["basic", "experience", "support", "activities"] as const;
export type ShareSection = (typeof SHARE_SECTIONS)[number];
export const OPTIONAL_SECTIONS = ["experience", "support", "activities"] as const satisfies readonly ShareSection[];

export const CONSENT_METHODS = ["signed_form", "digital", "meeting"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const CONSENT_SCOPES = ["any", "listed"] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** What the consultant sees in the list: no consent, valid, expiring within 14 days, expired or withdrawn. */
export const CONSENT_STATUSES = ["none", "valid", "expiring", "expired", "withdrawn"] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export type TargetGroup = (typeof RULES.targetGroups)[number]["key"];
/** The rules table's target groups, in its order (the table is never empty). */
export const TARGET_GROUPS = RULES.targetGroups.map((g) => g.key) as [TargetGroup, ...TargetGroup[]];

export function isExistingCasesOnly(group: string): boolean {
  return RULES.targetGroups.some((g) => g.key === group && g.existingCasesOnly);
}

export interface LanguageSkill {
  language: Language;
  level: LanguageLevel;
}

/** Up to this many language rows on the form. */
export const LANGUAGE_ROWS = 3;
