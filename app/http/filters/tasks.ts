import { z } from "zod";
import { pageParam } from "~/domain/page-param";
import { searchText } from "~/domain/shared/fields";
import { DEMANDS, TASK_STATUSES, type Demand } from "~/domain/tasks/vocabulary";
import { TASK_SORTS, type TaskFilters } from "~/domain/tasks/task-filters";

// Built once, not on every request (decision 048).
const demandParam = z.coerce.number().int().min(1).max(3).optional().catch(undefined);
const statusParam = z.enum(TASK_STATUSES).optional().catch(undefined);
const workplaceParam = z.coerce.number().int().positive().optional().catch(undefined);
const sortParam = z.enum(TASK_SORTS).catch("updated");

/** Reads the task-list filters from a URL; anything odd is ignored rather than refused. */
export function parseTaskFilters(search: URLSearchParams): TaskFilters {
  const maxDemand: Partial<Record<Demand, number>> = {};
  for (const d of DEMANDS) {
    const v = demandParam.parse(search.get(`max_${d}`) || undefined);
    if (v) maxDemand[d] = v;
  }
  return {
    q: searchText(search.get("q")),
    status: statusParam.parse(search.get("status") || undefined),
    workplaceId: workplaceParam.parse(search.get("workplace") || undefined),
    sort: sortParam.parse(search.get("sort") ?? "updated"),
    maxDemand,
    page: pageParam.parse(search.get("page")),
  };
}
