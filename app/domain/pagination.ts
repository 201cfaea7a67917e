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
