import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { listParams, listPlaceholders, preparedPerConnection, preparedPerShape } from "~/db/prepared.server";
import { changeCounters, listCounts } from "~/db/schema";

type KeptList = (typeof listCounts.list.enumValues)[number];

const p = sql.placeholder;

/** The sum of the list's rows at the jobcentre, of one status, of `statuses` statuses (one placeholder each) or of all (null). */
const keptQuery = preparedPerShape(
  (db: DbOrTx, shape: { status: boolean; statuses: number | null }) =>
    db
      .select({ n: sql<number>`coalesce(sum(${listCounts.n}), 0)` })
      .from(listCounts)
      .where(
        and(
          eq(listCounts.list, p("list")),
          eq(listCounts.jobcentreId, p("jobcentreId")),
          ...(shape.status ? [eq(listCounts.status, p("status"))] : []),
          ...(shape.statuses != null ? [inArray(listCounts.status, listPlaceholders("s", shape.statuses))] : []),
        ),
      )
      .prepare(),
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
  return keptQuery(db, { status: status !== undefined, statuses: null }).get(values)?.n ?? 0;
}

/**
 * How many rows of `list` the jobcentre has of any of `statuses` (the candidates in a set of
 * postcodes, decision 070): a row per status. Exactly `count(*) … where jobcentre_id = ? and
 * <column> in (…)`; an empty set counts nothing.
 */
export function keptListCountIn(db: DbOrTx, list: KeptList, jobcentreId: number, statuses: readonly string[]): number {
  if (statuses.length === 0) return 0;
  return keptQuery(db, { status: false, statuses: statuses.length }).get({ list, jobcentreId, ...listParams("s", statuses) })?.n ?? 0;
}

const changeQuery = preparedPerConnection((db: DbOrTx) =>
  db
    .select({ n: changeCounters.n })
    .from(changeCounters)
    .where(and(eq(changeCounters.counter, p("counter")), eq(changeCounters.jobcentreId, p("jobcentreId"))))
    .prepare(),
);

/** The jobcentre's counter of changes (`change_counters`, kept by triggers; 0 before its first change): a figure kept under it is recomputed after any change. */
export type ChangeCounter = (typeof changeCounters.counter.enumValues)[number];

export function changeCount(db: DbOrTx, counter: ChangeCounter, jobcentreId: number): number {
  return changeQuery(db).get({ counter, jobcentreId })?.n ?? 0;
}
