import { z } from "zod";
import { pageParam } from "../pagination";
import { searchText } from "../shared/fields";
import { DEMANDS, TASK_STATUSES, type Demand } from "./schema";

const SORTS = ["updated", "title", "hours"] as const;

/** Reads the task-list filters from a URL; anything odd is ignored rather than refused. */
export function parseTaskFilters(search: URLSearchParams) {
  const maxDemand: Partial<Record<Demand, number>> = {};
  for (const d of DEMANDS) {
    const v = z.coerce.number().int().min(1).max(3).optional().catch(undefined).parse(search.get(`max_${d}`) || undefined);
    if (v) maxDemand[d] = v;
  }
  return {
    q: searchText(search.get("q")),
    status: z.enum(TASK_STATUSES).optional().catch(undefined).parse(search.get("status") || undefined),
    workplaceId: z.coerce.number().int().positive().optional().catch(undefined).parse(search.get("workplace") || undefined),
    sort: z.enum(SORTS).catch("updated").parse(search.get("sort") ?? "updated"),
    maxDemand,
    page: pageParam.parse(search.get("page")),
  };
}
export type ParsedTaskFilters = ReturnType<typeof parseTaskFilters>;
