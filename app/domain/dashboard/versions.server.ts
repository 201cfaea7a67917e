import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerConnection } from "~/db/prepared.server";
import { dashboardVersions } from "~/db/schema";

/**
 * The jobcentre dashboard's version (decision 045): raised inside the transaction of every
 * command that changes something the dashboard shows (its facts, its work lists, the people in
 * a scope, the names it prints), so the figures kept in memory under the old number are never
 * served again once the change commits. Cheap: one row per jobcentre.
 */
export function bumpDashboardVersion(tx: DbOrTx, jobcentreId: number | null | undefined): void {
  if (jobcentreId == null) return;
  tx.insert(dashboardVersions)
    .values({ jobcentreId, version: 1 })
    .onConflictDoUpdate({ target: dashboardVersions.jobcentreId, set: { version: sql`${dashboardVersions.version} + 1` } })
    .run();
}

/** The jobcentre's dashboard version now (0 before its first change). */
export function dashboardVersion(db: DbOrTx, jobcentreId: number): number {
  return versionQuery(db).get({ jobcentreId })?.v ?? 0;
}

// Built once per connection (decision 048): read on every view of the dashboard, twice on a first view (decision 052).
const versionQuery = preparedPerConnection((db) =>
  db.select({ v: dashboardVersions.version }).from(dashboardVersions).where(eq(dashboardVersions.jobcentreId, sql.placeholder("jobcentreId"))).prepare(),
);
