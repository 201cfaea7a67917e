/** Page arithmetic shared by the server and the browser; free of zod so the pagination links stay small. */
export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function pageOffset(page: number, pageSize: number): number {
  return (Math.max(1, page) - 1) * pageSize;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A CSV download holds at most this many rows; narrower filters get the rest. */
export const EXPORT_MAX_ROWS = 10_000;

/**
 * Which rows to read for a page of `total` (decision 055): a page in the back half of the list is
 * read from the nearer end, in the reversed order (every term of the ORDER BY flipped; every
 * list's order ends in the id, so the reversal is exact), with the offset counted from the end;
 * the caller reverses the rows it gets. An OFFSET costs the rows it skips, so the last page then
 * costs what the first does. A page beyond the end reads nothing (limit 0).
 */
export interface PageWindow {
  reversed: boolean;
  offset: number;
  limit: number;
}

export function pageWindow(total: number, page: number, pageSize: number): PageWindow {
  const offset = pageOffset(page, pageSize);
  if (offset >= total) return { reversed: false, offset, limit: 0 };
  const limit = Math.min(pageSize, total - offset);
  const fromEnd = total - offset - limit;
  return fromEnd < offset ? { reversed: true, offset: fromEnd, limit } : { reversed: false, offset, limit: pageSize };
}
