import { z } from "zod";
import { pageParam } from "~/domain/page-param";
import { searchText } from "~/domain/shared/fields";
import { DEMANDS, TASK_STATUSES, type Demand } from "~/domain/tasks/vocabulary";
import { TASK_SORTS, type TaskFilters } from "~/domain/tasks/task-filters";

/** Reads the task-list filters from a URL; anything odd is ignored rather than refused. */
export function parseTaskFilters(search: URLSearchParams): TaskFilters {
  const maxDemand: Partial<Record<Demand, number>> = {};
  for (const d of DEMANDS) {
    const v = z.coerce.number().int().min(1).max(3).optional().catch(undefined).parse(search.get(`max_${d}`) || undefined);
    if (v) maxDemand[d] = v;
  }
  return {
    q: searchText(search.get("q")),
    status: z.enum(TASK_STATUSES).optional().catch(undefined).parse(search.get("status") || undefined),
    workplaceId: z.coerce.number().int().positive().optional().catch(undefined).parse(search.get("workplace") || undefined),
    sort: z.enum(TASK_SORTS).catch("updated").parse(search.get("sort") ?? "updated"),
    maxDemand,
    page: pageParam.parse(search.get("page")),
  };
}
