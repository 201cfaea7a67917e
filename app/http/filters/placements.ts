import { z } from "zod";
import { OUTCOMES } from "~/domain/placements/ending-vocabulary";
import type { PlacementListFilters } from "~/domain/placements/queries.server";
import { PLACEMENT_STATUSES } from "~/domain/placements/vocabulary";

// Built once: a zod schema costs more to build than to use (decision 048's filter schemas).
const statusParam = z.enum(PLACEMENT_STATUSES).optional().catch(undefined);
const outcomeParam = z.enum(OUTCOMES).optional().catch(undefined);
const responsibleParam = z.coerce.number().int().positive().optional().catch(undefined);

/**
 * The placement lists' filters from the URL (the dashboards link to them: active placements,
 * those that reached 13 weeks, those that ended with an outcome); odd values are ignored.
 */
export function parsePlacementFilters(search: URLSearchParams): Required<Pick<PlacementListFilters, "reached13Weeks" | "atRisk">> & PlacementListFilters {
  return {
    status: statusParam.parse(search.get("status") || undefined),
    outcome: outcomeParam.parse(search.get("outcome") || undefined),
    reached13Weeks: search.get("reached13Weeks") === "1",
    atRisk: search.get("atRisk") === "1",
    // The dashboard's "mine" and "my team" (the jobcentre's list only; the company's ignores them).
    responsible: responsibleParam.parse(search.get("responsible") || undefined),
    team: (search.get("team") ?? "").replace(/\s+/g, " ").trim().slice(0, 80) || undefined,
  };
}
