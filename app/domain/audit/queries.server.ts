import { and, asc, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { auditLog, catalogueTasks, companies, users } from "~/db/schema";
import { addDays } from "../candidates/consent";
import { likeAny, searchPatterns } from "../shared/search-text";
import { copenhagenMidnight } from "../shared/working-days";
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
export interface AuditLogFilters {
  event?: AuditEvent;
  /** Rows about these companies (ids resolved within the jobcentre by `auditFilterTargets`). */
  companyIds?: number[];
  /** Rows by these people. */
  userIds?: number[];
  /** Danish calendar days, both included. */
  from?: string;
  to?: string;
}

/** At most this many companies or people match one filter text; more means "be more precise". */
const MAX_MATCHES = 50;

/**
 * The companies and people a filter text names, within the admin's jobcentre: a CVR number or
 * an e-mail address exactly, otherwise part of a name. Undefined when nothing was asked.
 */
export function auditFilterTargets(ctx: Ctx, input: { company?: string; user?: string }) {
  const jobcentreId = ctx.actor.jobcentreId;
  if (ctx.actor.role !== "jobcentre_admin" || jobcentreId == null) throw forbidden();
  const ownCompanies = ctx.db.select({ id: companies.id }).from(companies).where(eq(companies.jobcentreId, jobcentreId));
  const companyIds = input.company
    ? ctx.db
        .select({ id: companies.id })
        .from(companies)
        .where(and(eq(companies.jobcentreId, jobcentreId), /^\d{8}$/.test(input.company) ? eq(companies.cvr, input.company) : likeAny([companies.name], searchPatterns(input.company))))
        .limit(MAX_MATCHES)
        .all()
        .map((r) => r.id)
    : undefined;
  const userIds = input.user
    ? ctx.db
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            or(eq(users.jobcentreId, jobcentreId), inArray(users.companyId, ownCompanies)),
            input.user.includes("@") ? eq(sql`lower(${users.email})`, input.user.toLowerCase()) : likeAny([users.name], searchPatterns(input.user)),
          ),
        )
        .limit(MAX_MATCHES)
        .all()
        .map((r) => r.id)
    : undefined;
  return { companyIds, userIds };
}

/** The titles of catalogue tasks named in audit rows (task.created's catalogueKey), by key. */
export function catalogueTitles(ctx: Ctx, keys: string[]): Map<string, { da: string; en: string }> {
  if (keys.length === 0) return new Map();
  const rows = ctx.db.select({ key: catalogueTasks.key, da: catalogueTasks.titleDa, en: catalogueTasks.titleEn }).from(catalogueTasks).where(inArray(catalogueTasks.key, [...new Set(keys)])).all();
  return new Map(rows.map((r) => [r.key, { da: r.da, en: r.en }]));
}

export function listAuditLog(ctx: Ctx, input: { page?: KeysetRequest; pageSize?: number } & AuditLogFilters) {
  const size = input.pageSize ?? AUDIT_PAGE_SIZE;
  const request = input.page ?? { kind: "newest" };
  if (ctx.actor.role !== "jobcentre_admin" || ctx.actor.jobcentreId == null) throw forbidden();
  const filters: SQL[] = [eq(auditLog.jobcentreId, ctx.actor.jobcentreId)];
  if (input.event) filters.push(eq(auditLog.event, input.event));
  // A name that matches nobody matches no rows (the page says why), never every row.
  if (input.companyIds) filters.push(input.companyIds.length ? inArray(auditLog.companyId, input.companyIds) : sql`0`);
  if (input.userIds) filters.push(input.userIds.length ? inArray(auditLog.actorUserId, input.userIds) : sql`0`);
  if (input.from) filters.push(gte(auditLog.at, copenhagenMidnight(input.from)));
  if (input.to) filters.push(lt(auditLog.at, copenhagenMidnight(addDays(input.to, 1))));
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
