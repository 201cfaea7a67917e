import { asc, desc, type AnyColumn, type SQL, type SQLWrapper } from "drizzle-orm";
import type { PageWindow } from "../pagination";

/** One term of a list's order: what it sorts by and in which direction. */
export type OrderTerm = readonly [AnyColumn | SQLWrapper, "asc" | "desc"];

/** The ORDER BY of `terms`, or of the reversed order (every term flipped) for a page read from the end (`pageWindow`). */
export function orderOf(terms: readonly OrderTerm[], reversed: boolean): SQL[] {
  return terms.map(([term, dir]) => ((dir === "asc") !== reversed ? asc(term) : desc(term)));
}

interface IdsQuery<V> {
  all(values: V & { limit: number; offset: number }): { id: number }[];
}

/**
 * A page's ids in the list's order (decision 055): read through `ids`, or for a page in the back
 * half through `idsReversed` (the same query in `orderOf(…, true)`) and turned round. The queries
 * take the window's `limit` and `offset` beside the list's own values.
 */
export function idsInWindow<V extends object>(window: PageWindow, queries: { ids: IdsQuery<V>; idsReversed: IdsQuery<V> }, values: V): number[] {
  if (window.limit === 0) return [];
  const rows = (window.reversed ? queries.idsReversed : queries.ids).all({ ...values, limit: window.limit, offset: window.offset });
  const ids = rows.map((r) => r.id);
  return window.reversed ? ids.reverse() : ids;
}
