/** The five demands of a task, each on the fixed scale 1 (low), 2 (medium), 3 (high). Free of zod: list filters in the browser use it. */
export const DEMANDS = ["physical", "social", "language", "pace", "precision"] as const;
export type Demand = (typeof DEMANDS)[number];
export const DEMAND_LEVELS = [1, 2, 3] as const;
export type DemandLevel = (typeof DEMAND_LEVELS)[number];
