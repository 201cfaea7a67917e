/** The placement's words, free of drizzle and zod so the browser and the schema can both use them. */
export const PLACEMENT_STATUSES = ["active", "completed", "interrupted"] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** At most this many goals, at least one. */
export const MAX_GOALS = 3;
