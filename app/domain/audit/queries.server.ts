import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { auditLog } from "~/db/schema";
import type { Ctx } from "../actor";
import { forbidden } from "../errors";
import { keysetPage, readsAscending, type KeysetLinks, type KeysetRequest } from "../keyset";
import { EXPORT_MAX_ROWS } from "../pagination";
import type { AuditEvent } from "./events";

export const AUDIT_PAGE_SIZE = 25;

export interface AuditPage<Row> {
  rows: Row[];
  /** Counted up to EXPORT_MAX_ROWS + 1 only: above that the page says "more than" and the CSV asks for a filter. */
  total: number;
  links: KeysetLinks;
}

/**
 * The jobcentre's log, newest first, a page at a time by keyset (docs/decisions: performance):
 * at a million rows neither the count nor the paging reads more than the page and the cap.
 */
export function listAuditLog(ctx: Ctx, input: { page?: KeysetRequest; event?: AuditEvent; pageSize?: number }) {
  const size = input.pageSize ?? AUDIT_PAGE_SIZE;
  const request = input.page ?? { kind: "newest" };
  if (ctx.actor.role !== "jobcentre_admin" || ctx.actor.jobcentreId == null) throw forbidden();
  const filters: SQL[] = [eq(auditLog.jobcentreId, ctx.actor.jobcentreId)];
  if (input.event) filters.push(eq(auditLog.event, input.event));
  const capped = ctx.db
    .select({ one: sql`1` })
    .from(auditLog)
    .where(and(...filters))
    .limit(EXPORT_MAX_ROWS + 1)
    .as("capped");
  const total = ctx.db.select({ n: count() }).from(capped).get()?.n ?? 0;
  if (request.kind === "older" || request.kind === "newer") {
    const { at, id } = request.than;
    // A row-value comparison (standard SQL): SQLite reads it as a range on the (jobcentre, at)
    // index; the same test written with OR was a scan from the newest row at national size.
    filters.push(
      request.kind === "older" ? sql`(${auditLog.at}, ${auditLog.id}) < (${at}, ${id})` : sql`(${auditLog.at}, ${auditLog.id}) > (${at}, ${id})`,
    );
  }
  const order = readsAscending(request) ? [asc(auditLog.at), asc(auditLog.id)] : [desc(auditLog.at), desc(auditLog.id)];
  const fetched = ctx.db
    .select()
    .from(auditLog)
    .where(and(...filters))
    .orderBy(...order)
    .limit(size + 1)
    .all();
  const { rows, links } = keysetPage(fetched, size, request);
  const page: AuditPage<(typeof rows)[number]> = { rows, total, links };
  return page;
}
