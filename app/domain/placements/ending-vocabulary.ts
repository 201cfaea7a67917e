/** The end of a placement in words free of drizzle and zod, so the browser and the schema can use them. */

/** Why a placement was interrupted: structured, so the jobcentre can count them (and add reasons when "other" grows). */
export const INTERRUPT_REASONS = ["got_job", "illness", "not_a_match", "absence", "citizen_stopped", "company_stopped", "other"] as const;
export type InterruptReason = (typeof INTERRUPT_REASONS)[number];

/** Where the citizen went at the end of the placement. */
export const OUTCOMES = ["ordinary_job", "smajob", "fleksjob", "loentilskud", "education", "continued_search", "interrupted"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The outcomes that are hours of work: the hours a week are recorded with them. */
export const OUTCOMES_WITH_HOURS: readonly Outcome[] = ["ordinary_job", "smajob", "fleksjob"];

/** The national statistics' categories for the status three months after the end. */
export const STATUS_CATEGORIES = ["employee", "education", "benefit", "self_supporting"] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

/** Hours a week are recorded where the citizen is in work. */
export const STATUS_WITH_HOURS: readonly StatusCategory[] = ["employee"];

/** The ends a placement can reach: one command per transition. */
export const END_KINDS = ["completed", "interrupted"] as const;
export type EndKind = (typeof END_KINDS)[number];

/** A write-up of a placement: what an interrupted one taught, or a good one's story (with the citizen's consent). */
export const STORY_KINDS = ["learning_case", "citizen_story"] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

/** The structured headings of each kind, in order. */
export const STORY_SECTIONS = {
  learning_case: ["situation", "whatHappened", "whatWouldHaveHelped"],
  citizen_story: ["before", "during", "after"],
} as const satisfies Record<StoryKind, readonly string[]>;
export type StorySection = (typeof STORY_SECTIONS)[StoryKind][number];

/** How the citizen agreed to their story being told. */
export const STORY_CONSENT_METHODS = ["signed_form", "oral_noted"] as const;
export type StoryConsentMethod = (typeof STORY_CONSENT_METHODS)[number];
