import type { Demand, TaskStatus } from "./vocabulary";

export const TASK_SORTS = ["updated", "title", "hours"] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

/** What a task list can be narrowed by; app/http/filters/tasks.ts reads it from a URL. */
export interface TaskFilters {
  q?: string;
  status?: TaskStatus;
  workplaceId?: number;
  sort: TaskSort;
  /** Show only tasks whose demand is at most this level. */
  maxDemand: Partial<Record<Demand, number>>;
  page: number;
}
