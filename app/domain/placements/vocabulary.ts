/** The placement's words, free of drizzle and zod so the browser and the schema can both use them. */
export const PLACEMENT_STATUSES = ["active", "completed", "interrupted"] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** At most this many goals, at least one. */
export const MAX_GOALS = 3;

export const FOLLOW_UP_STATUSES = ["due", "draft", "submitted"] as const;

/** A follow-up may be filled in from the start of its week (six days before its day). */
export const FOLLOW_UP_OPENS_DAYS_BEFORE = 6;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** How far the citizen is with a task. */
export const TASK_PROGRESS = ["not_yet", "with_help", "on_own"] as const;
export type TaskProgress = (typeof TASK_PROGRESS)[number];

/** How far the citizen is with a goal. */
export const GOAL_PROGRESS = ["not_yet", "on_the_way", "reached"] as const;
export type GoalProgress = (typeof GOAL_PROGRESS)[number];

export const WELL_BEING = [1, 2, 3, 4, 5] as const;

export const ADJUSTMENT_STATUSES = ["proposed", "approved", "declined"] as const;
export type AdjustmentStatus = (typeof ADJUSTMENT_STATUSES)[number];

/**
 * The follow-ups list's view (across placements): to do now (open to fill in, overdue
 * included), overdue only, coming later, sent, or all. Active placements only, but for sent.
 */
export const FOLLOW_UP_VIEWS = ["todo", "overdue", "upcoming", "submitted", "all"] as const;
export type FollowUpView = (typeof FOLLOW_UP_VIEWS)[number];
