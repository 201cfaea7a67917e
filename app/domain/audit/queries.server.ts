import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { auditLog } from "~/db/schema";
import type { Ctx } from "../actor";
import { forbidden } from "../errors";
import type { AuditEvent } from "./events";
import { pageOffset, type Page } from "../pagination";

export const AUDIT_PAGE_SIZE = 25;

export function listAuditLog(ctx: Ctx, input: { page: number; event?: AuditEvent; pageSize?: number }) {
  const size = input.pageSize ?? AUDIT_PAGE_SIZE;
  if (ctx.actor.role !== "jobcentre_admin" || ctx.actor.jobcentreId == null) throw forbidden();
  const filters: SQL[] = [eq(auditLog.jobcentreId, ctx.actor.jobcentreId)];
  if (input.event) filters.push(eq(auditLog.event, input.event));
  const where = and(...filters);
  const total = ctx.db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const rows = ctx.db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(size)
    .offset(pageOffset(input.page, size))
    .all();
  const page: Page<(typeof rows)[number]> = { rows, total, page: input.page, pageSize: size };
  return page;
}
