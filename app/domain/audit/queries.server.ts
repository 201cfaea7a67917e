import { and, asc, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { listParams, listPlaceholders, preparedPerShape } from "~/db/prepared.server";
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
  const shape: AuditShape = {
    event: input.event !== undefined,
    companies: input.companyIds ? input.companyIds.length : -1,
    users: input.userIds ? input.userIds.length : -1,
    from: input.from !== undefined,
    to: input.to !== undefined,
    kind: request.kind,
  };
  const values: Record<string, string | number> = { jobcentreId: ctx.actor.jobcentreId, limit: size + 1 };
  if (input.event) values.event = input.event;
  if (input.companyIds) Object.assign(values, listParams("c", input.companyIds));
  if (input.userIds) Object.assign(values, listParams("u", input.userIds));
  if (input.from) values.from = copenhagenMidnight(input.from).getTime();
  if (input.to) values.to = copenhagenMidnight(addDays(input.to, 1)).getTime();
  if (request.kind === "older" || request.kind === "newer") Object.assign(values, { thanAt: request.than.at, thanId: request.than.id });
  // More ids than a kept shape holds (a filter text matches at most MAX_MATCHES) would be a query built for its call.
  const queries = shape.companies > MAX_MATCHES || shape.users > MAX_MATCHES ? buildAuditQueries(ctx.db, shape) : auditQueries(ctx.db, shape);
  const total = queries.count.get(values)?.n ?? 0;
  const fetched = queries.rows.all(values);
  const { rows, links } = keysetPage(fetched, size, request);
  const page: AuditPage<(typeof rows)[number]> = { rows, total, links };
  return page;
}

interface AuditShape extends Record<string, string | number | boolean> {
  event: boolean;
  /** How many company ids are asked for (0: a name that matched nobody), -1 when not filtered. */
  companies: number;
  users: number;
  from: boolean;
  to: boolean;
  kind: KeysetRequest["kind"];
}

const p = sql.placeholder;

/** The count (up to the cap) and the page's rows for one shape of filters and page request, with placeholders for the values. */
function buildAuditQueries(db: DbOrTx, shape: AuditShape) {
  const filters: SQL[] = [eq(auditLog.jobcentreId, p("jobcentreId"))];
  if (shape.event) filters.push(eq(auditLog.event, p("event")));
  // A name that matches nobody matches no rows (the page says why), never every row.
  if (shape.companies >= 0) filters.push(shape.companies ? inArray(auditLog.companyId, listPlaceholders("c", shape.companies)) : sql`0`);
  if (shape.users >= 0) filters.push(shape.users ? inArray(auditLog.actorUserId, listPlaceholders("u", shape.users)) : sql`0`);
  if (shape.from) filters.push(gte(auditLog.at, p("from")));
  if (shape.to) filters.push(lt(auditLog.at, p("to")));
  const capped = db
    .select({ one: sql`1` })
    .from(auditLog)
    .where(and(...filters))
    .limit(EXPORT_MAX_ROWS + 1)
    .as("capped");
  const count_ = db.select({ n: count() }).from(capped).prepare();
  // A row-value comparison (standard SQL): SQLite reads it as a range on the (jobcentre, at)
  // index; the same test written with OR was a scan from the newest row at national size.
  if (shape.kind === "older") filters.push(sql`(${auditLog.at}, ${auditLog.id}) < (${p("thanAt")}, ${p("thanId")})`);
  if (shape.kind === "newer") filters.push(sql`(${auditLog.at}, ${auditLog.id}) > (${p("thanAt")}, ${p("thanId")})`);
  const order = readsAscending(shape) ? [asc(auditLog.at), asc(auditLog.id)] : [desc(auditLog.at), desc(auditLog.id)];
  return {
    count: count_,
    rows: db
      .select()
      .from(auditLog)
      .where(and(...filters))
      .orderBy(...order)
      .limit(p("limit"))
      .prepare(),
  };
}

/** Built once per connection and shape (decision 063): the log's page built its two queries on every view (about 1 ms). */
const auditQueries = preparedPerShape(buildAuditQueries, 50);
