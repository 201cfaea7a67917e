import type Database from "better-sqlite3";
import { AUDIT_PAGE_SIZE } from "~/domain/audit/queries.server";
import { encodeCursor } from "~/domain/keyset";

/** Page 10,000 of the audit log: the page a user reaches by following "Ældre" 9,999 times. */
export function deepAuditPath(sqlite: Database.Database, jobcentreId: number): string {
  const row = sqlite
    .prepare("select at, id from audit_log where jobcentre_id = ? order by at desc, id desc limit 1 offset ?")
    .get(jobcentreId, 9_999 * AUDIT_PAGE_SIZE - 1) as { at: number; id: number } | undefined;
  if (!row) throw new Error("The bench database has fewer than 10,000 pages of audit log at the first jobcentre.");
  return `/jobcentre/audit?older=${encodeCursor(row)}`;
}
