/**
 * Keyset pagination for lists ordered newest first by (time, id), like the audit log: a page
 * is "the rows just older (or newer) than this row", found through the index, so the
 * 10,000th page costs what the first does — OFFSET would read and skip every row before it.
 * Pure and free of zod: the links are built on the server and in the browser alike.
 */
export interface Cursor {
  at: number;
  id: number;
}

/** Which page: the newest (nothing set), rows older or newer than a row, or the oldest. */
export type KeysetRequest = { kind: "newest" } | { kind: "older"; than: Cursor } | { kind: "newer"; than: Cursor } | { kind: "oldest" };

export const KEYSET_PARAMS = ["older", "newer", "oldest"] as const;

export function encodeCursor(row: { at: Date | number; id: number }): string {
  return `${row.at instanceof Date ? row.at.getTime() : row.at}.${row.id}`;
}

/** `1764662400000.42` → a cursor; anything else (tampered, too long, not whole numbers) → null. */
export function parseCursor(raw: string | null | undefined): Cursor | null {
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(raw ?? "");
  if (!match) return null;
  const at = Number(match[1]);
  const id = Number(match[2]);
  return Number.isSafeInteger(at) && Number.isSafeInteger(id) ? { at, id } : null;
}

/** Whether the query reads oldest first (then the page is turned round before it is shown). */
export function readsAscending(request: Pick<KeysetRequest, "kind">): boolean {
  return request.kind === "newer" || request.kind === "oldest";
}

export interface KeysetLinks {
  /** `?newer=` for the page before (newer rows), or null on the newest page. */
  newer: string | null;
  /** `?older=` for the page after, or null on the oldest page. */
  older: string | null;
}

/**
 * From the rows the query returned (in its own order, at most `size + 1` of them: the extra
 * one only says there is more), the page newest first and the links to the pages beside it.
 */
export function keysetPage<R extends { at: Date | number; id: number }>(fetched: readonly R[], size: number, request: KeysetRequest): { rows: R[]; links: KeysetLinks } {
  const more = fetched.length > size;
  const page = fetched.slice(0, size);
  const rows = readsAscending(request) ? page.reverse() : page;
  const first = rows[0];
  const last = rows.at(-1);
  // Reading older, there is something newer (the row we came from); reading newer, something older.
  const hasNewer = request.kind === "older" || (readsAscending(request) && more);
  const hasOlder = request.kind === "newer" || (!readsAscending(request) && more);
  if (!first || !last) {
    // An empty page past either end: offer the way back.
    const back = request.kind === "older" || request.kind === "newer" ? encodeCursor(request.than) : null;
    return { rows, links: { newer: request.kind === "older" ? back : null, older: request.kind === "newer" ? back : null } };
  }
  return { rows, links: { newer: hasNewer ? encodeCursor(first) : null, older: hasOlder ? encodeCursor(last) : null } };
}
