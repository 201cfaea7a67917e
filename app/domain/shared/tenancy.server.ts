import { eq, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Actor } from "../actor";
import { forbidden } from "../errors";

/**
 * The one tenant filter every query adds: a company's people see their company's rows, a
 * jobcentre's staff their jobcentre's. A table names the column that holds each tenant; a
 * side it does not name is refused (no `?? -1` that would quietly match nothing).
 */
export function tenantScope(
  actor: Pick<Actor, "companyId" | "jobcentreId">,
  columns: { company?: SQLiteColumn; jobcentre?: SQLiteColumn },
): SQL {
  if (actor.companyId != null) {
    if (!columns.company) throw forbidden();
    return eq(columns.company, actor.companyId);
  }
  if (actor.jobcentreId != null) {
    if (!columns.jobcentre) throw forbidden();
    return eq(columns.jobcentre, actor.jobcentreId);
  }
  throw forbidden();
}
