import { sql, type Placeholder } from "drizzle-orm";
import type { DbOrTx } from "./client.server";

/**
 * A query that drizzle builds once per connection instead of on every call (decision 048), for
 * the few that run on every signed-in page: the session check, the organisation, the header's
 * counts. Building the SQL of the session's select (two whole rows) cost 0.29 ms, running it
 * 0.12 ms. Values go in through `sql.placeholder`, so one prepared query serves every user.
 */
export function preparedPerConnection<Q>(build: (db: DbOrTx) => Q): (db: DbOrTx) => Q {
  const kept = new WeakMap<DbOrTx, Q>();
  return (db) => {
    let query = kept.get(db);
    if (!query) {
      query = build(db);
      kept.set(db, query);
    }
    return query;
  };
}

/**
 * Queries that drizzle builds once per connection and per *shape* (decision 053): a list whose
 * filters add conditions builds a different query for each combination of filters present, but
 * the same one for every value of them. `build` gets only the shape, so everything that changes
 * the SQL must be in it, and the values go in through `sql.placeholder`; the key is the shape as
 * JSON. At most `limit` shapes are kept per connection, the least recently used dropped first.
 * Nothing read from the database is kept: a prepared query holds SQL, not rows, so it is never stale.
 */
export function preparedPerShape<S extends Record<string, string | number | boolean | null>, Q>(
  build: (db: DbOrTx, shape: S) => Q,
  limit = 100,
): (db: DbOrTx, shape: S) => Q {
  const kept = new WeakMap<DbOrTx, Map<string, Q>>();
  return (db, shape) => {
    let queries = kept.get(db);
    if (!queries) {
      queries = new Map();
      kept.set(db, queries);
    }
    const key = JSON.stringify(shape);
    let query = queries.get(key);
    if (query) {
      // Most recently used last: a Map keeps insertion order.
      queries.delete(key);
    } else {
      query = build(db, shape);
      if (queries.size >= limit) queries.delete(queries.keys().next().value!);
    }
    queries.set(key, query);
    return query;
  };
}

/** Ids up to this many are asked for through a query kept for their number (`idsParams`). */
export const KEPT_ID_LISTS = 50;

/**
 * Placeholders `<name>0`, `<name>1`, … for a list of values in a query kept per its length (an
 * `in (…)` of ids, postcodes, kinds, patterns); `listParams` gives their values.
 */
export function listPlaceholders(name: string, count: number): Placeholder[] {
  return Array.from({ length: count }, (_, i) => sql.placeholder(`${name}${i}`));
}

/** The values for `listPlaceholders(name, values.length)`. */
export function listParams<V extends string | number>(name: string, values: Iterable<V>): Record<string, V> {
  const params: Record<string, V> = {};
  let i = 0;
  for (const value of values) params[`${name}${i++}`] = value;
  return params;
}

/**
 * A query for a list of ids (a page's rows, their adjustments), built once per connection and
 * number of ids (a shape of `preparedPerShape`): `build` gets the ids as placeholders to put in an
 * `in (…)`, and the call gets the values from `idsParams`. A page asks for at most a page of ids,
 * so a connection keeps at most KEPT_ID_LISTS queries; a longer list (an export) is built for its call.
 */
export function preparedForIds<Q>(build: (db: DbOrTx, ids: Placeholder[]) => Q): (db: DbOrTx, count: number) => Q {
  const kept = preparedPerShape((db, shape: { count: number }) => build(db, listPlaceholders("id", shape.count)), KEPT_ID_LISTS);
  return (db, count) => (count > KEPT_ID_LISTS ? build(db, listPlaceholders("id", count)) : kept(db, { count }));
}

/** The values for a query from `preparedForIds`. */
export function idsParams(ids: readonly number[]): Record<string, number> {
  return listParams("id", ids);
}
