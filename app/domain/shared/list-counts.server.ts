import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerShape } from "~/db/prepared.server";
import { listCounts } from "~/db/schema";

type KeptList = (typeof listCounts.list.enumValues)[number];

const p = sql.placeholder;

const keptQuery = preparedPerShape(
  (db: DbOrTx, shape: { status: boolean }) =>
    db
      .select({ n: sql<number>`coalesce(sum(${listCounts.n}), 0)` })
      .from(listCounts)
      .where(and(eq(listCounts.list, p("list")), eq(listCounts.jobcentreId, p("jobcentreId")), ...(shape.status ? [eq(listCounts.status, p("status"))] : [])))
      .prepare(),
  2,
);

/**
 * How many rows of `list` the jobcentre has (of one status when given), from the counts the
 * triggers of migration 0018 keep (decision 055): a few rows, however long the jobcentre's
 * history. Exactly `count(*) from <list> where jobcentre_id = ? [and status = ?]`; use it only
 * where that is the list's whole condition.
 */
export function keptListCount(db: DbOrTx, list: KeptList, jobcentreId: number, status?: string): number {
  const values: Record<string, string | number> = { list, jobcentreId };
  if (status !== undefined) values.status = status;
  return keptQuery(db, { status: status !== undefined }).get(values)?.n ?? 0;
}
