/** The words a task is described with. Pure data, free of zod: components import these, `schema.ts` validates with them. */
export const TASK_STATUSES = ["draft", "active", "archived"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const FREQUENCIES = ["daily", "weekly", "monthly", "peaks"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const LEARNING_TIMES = ["hours", "days", "weeks"] as const;
export type LearningTime = (typeof LEARNING_TIMES)[number];

export { DEMAND_LEVELS, DEMANDS, type Demand, type DemandLevel } from "./demands";

/** The task finder's steps, in order; the page shows them (so here, without zod), the URL's `step` counts them. */
export const FINDER_STEPS = ["industry", "areas", "chores", "adaptations", "results"] as const;

export const ADAPTATIONS = ["flexible_hours", "quiet_place", "fixed_routines", "seated", "short_sessions"] as const;
export type Adaptation = (typeof ADAPTATIONS)[number];

/** Where core staff are stretched, and which recurring chores pull them away (task finder). */
export const STRETCHED_AREAS = [
  "production",
  "customer_service",
  "logistics",
  "cleaning",
  "kitchen",
  "care",
  "administration",
  "maintenance",
  "outdoor",
  "sales",
] as const;
export type StretchedArea = (typeof STRETCHED_AREAS)[number];

export const CHORES = [
  "washing_up",
  "cleaning",
  "sorting",
  "restocking",
  "packing",
  "deliveries",
  "archiving",
  "data_entry",
  "laundry",
  "food_prep",
  "tidying",
  "errands",
  "maintenance_small",
  "reception",
  "labelling",
  "waste_recycling",
] as const;
export type Chore = (typeof CHORES)[number];

export const MIN_HOURS_FREED = 0.5;
export const MAX_HOURS_FREED = 37;
export const MIN_DESCRIPTION_LENGTH = 30;
