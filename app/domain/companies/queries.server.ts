import { and, asc, count, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { preparedPerConnection, preparedPerShape } from "~/db/prepared.server";
import { companies, jobcentres, users, workplaces } from "~/db/schema";
import type { Ctx } from "../actor";
import { forbidden, notFound } from "../errors";
import { pageOffset, type Page } from "../pagination";
import { likeAny, patternPlaceholders, patternValues, searchPatterns } from "../shared/search-text";
import { tenantScope } from "../shared/tenancy.server";
import type { CompanyStatus } from "./schema";
import type { WorkplaceChoice } from "./workplace-choice";

export const COMPANY_PAGE_SIZE = 20;

/** The company the actor may read: their own, or one of their jobcentre's. */
export function getCompany(ctx: Ctx, companyId: number) {
  // The tenant check as everywhere (refuses an actor of neither side); the kept query binds its value.
  tenantScope(ctx.actor, { company: companies.id, jobcentre: companies.jobcentreId });
  const side = ctx.actor.companyId != null ? "company" : "jobcentre";
  const company = companyQuery(ctx.db, { side }).get({ id: companyId, tenant: ctx.actor.companyId ?? ctx.actor.jobcentreId! });
  if (!company) throw notFound();
  return company;
}

// On every page of a company's workplaces and tasks and the slot form: built once per connection and side (decision 063).
const companyQuery = preparedPerShape(
  (db: Db, shape: { side: "company" | "jobcentre" }) =>
    db
      .select()
      .from(companies)
      .where(and(eq(companies.id, sql.placeholder("id")), eq(shape.side === "company" ? companies.id : companies.jobcentreId, sql.placeholder("tenant"))))
      .prepare(),
  2,
);

export function getOwnCompany(ctx: Ctx) {
  if (ctx.actor.companyId == null) throw forbidden();
  // getCompany's kept read with the company actor's scope (the same id; decision 051).
  const company = companyQuery(ctx.db, { side: "company" }).get({ id: ctx.actor.companyId, tenant: ctx.actor.companyId });
  if (!company) throw notFound();
  return company;
}

export function listWorkplaces(ctx: Ctx, companyId: number, opts: { includeClosed: boolean }) {
  getCompany(ctx, companyId);
  const rows = ctx.db
    .select()
    .from(workplaces)
    .where(eq(workplaces.companyId, companyId))
    .orderBy(asc(workplaces.name), asc(workplaces.id))
    .all();
  return opts.includeClosed ? rows : rows.filter((w) => !w.closedAt);
}

/**
 * The company start page's workplaces: the first `limit` open ones in the workplace list's order
 * (name, then id) and how many are open, from the company's own workplaces (the actor's company:
 * no other can be asked for). Before decision 050 the page read every workplace as a whole row,
 * and the company once more, to name ten. Decision 071: the count and the first few are two
 * reads — one read with `count(*) over ()` put every open workplace's columns through a window
 * before sorting (0.18–0.21 ms for a chain's hundred, quiet), the two reads 0.05 ms.
 */
// HR's and the mentor's start page: built once per connection (decision 051).
const openWorkplaces = and(eq(workplaces.companyId, sql.placeholder("companyId")), isNull(workplaces.closedAt));
/** What the start page shows of a workplace. */
export const startWorkplaceColumns = {
  id: workplaces.id,
  name: workplaces.name,
  address: workplaces.address,
  postcode: workplaces.postcode,
  city: workplaces.city,
  ordinaryFte: workplaces.ordinaryFte,
};
const openWorkplacesQuery = preparedPerConnection((db) =>
  db
    .select(startWorkplaceColumns)
    .from(workplaces)
    .where(openWorkplaces)
    .orderBy(asc(workplaces.name), asc(workplaces.id))
    .limit(sql.placeholder("limit"))
    .prepare(),
);
const openWorkplaceCount = preparedPerConnection((db) => db.select({ n: count() }).from(workplaces).where(openWorkplaces).prepare());

export function openWorkplacesHead(ctx: Ctx, limit: number) {
  if (ctx.actor.companyId == null) throw forbidden();
  const companyId = ctx.actor.companyId;
  return { total: openWorkplaceCount(ctx.db).get({ companyId })?.n ?? 0, rows: openWorkplacesQuery(ctx.db).all({ companyId, limit }) };
}

export const WORKPLACE_PAGE_SIZE = 20;

/**
 * One page of the company's workplaces (closed ones included), by name. A chain has a hundred;
 * `q` narrows to those whose name, address, postcode or town contains it.
 */
export function pageWorkplaces(ctx: Ctx, companyId: number, input: { page: number; pageSize?: number; q?: string }): Page<typeof workplaces.$inferSelect> {
  getCompany(ctx, companyId);
  const size = input.pageSize ?? WORKPLACE_PAGE_SIZE;
  const patterns = input.q ? searchPatterns(input.q) : [];
  const values = { companyId, limit: size, offset: pageOffset(input.page, size), ...patternValues(patterns) };
  const queries = workplacePageQueries(ctx.db, { q: patterns.length });
  const total = queries.count.get(values)?.n ?? 0;
  const rows = queries.rows.all(values);
  return { rows, total, page: input.page, pageSize: size };
}

/**
 * The workplace list's count and page per number of search patterns, built once per connection
 * (decision 079, as decision 053's lists); in name and id order from `workplaces_company_name_idx`.
 */
const workplacePageQueries = preparedPerShape((db: Db, shape: { q: number }) => {
  const p = sql.placeholder;
  const filters: (SQL | undefined)[] = [eq(workplaces.companyId, p("companyId"))];
  if (shape.q) filters.push(likeAny([workplaces.name, workplaces.address, workplaces.postcode, workplaces.city], patternPlaceholders(shape.q)));
  const where = and(...filters);
  return {
    count: db.select({ n: count() }).from(workplaces).where(where).prepare(),
    rows: db
      .select()
      .from(workplaces)
      .where(where)
      .orderBy(asc(workplaces.name), asc(workplaces.id))
      .limit(p("limit"))
      .offset(p("offset"))
      .prepare(),
  };
}, 8);

/** Up to this many workplaces the jobcentre's company page lists them; a chain gets a summary and a link. */
export const COMPANY_PAGE_WORKPLACES = 10;

/**
 * The workplaces on the jobcentre's page about a company: how many (open and closed) and in how
 * many towns, and the workplaces themselves when there are few. A chain's hundred are paged and
 * searched on their own page (`pageWorkplaces`), as HR's list is.
 */
export function workplaceSummary(ctx: Ctx, companyId: number) {
  getCompany(ctx, companyId);
  const where = eq(workplaces.companyId, companyId);
  const counts = ctx.db
    .select({
      total: count(),
      closed: count(workplaces.closedAt),
      towns: sql<number>`count(distinct ${workplaces.postcode} || ' ' || ${workplaces.city})`,
    })
    .from(workplaces)
    .where(where)
    .get()!;
  const rows =
    counts.total <= COMPANY_PAGE_WORKPLACES
      ? ctx.db
          .select({
            id: workplaces.id,
            name: workplaces.name,
            pNumber: workplaces.pNumber,
            address: workplaces.address,
            postcode: workplaces.postcode,
            city: workplaces.city,
            ordinaryFte: workplaces.ordinaryFte,
            closedAt: workplaces.closedAt,
          })
          .from(workplaces)
          .where(where)
          .orderBy(asc(workplaces.name), asc(workplaces.id))
          .all()
      : null;
  return { ...counts, rows };
}

/** The company's open workplaces as a form offers them (see `workplace-choice.ts`). */
export function listWorkplaceChoices(ctx: Ctx, companyId: number): WorkplaceChoice[] {
  getCompany(ctx, companyId);
  // listWorkplaces' open workplaces (same order), only the columns a choice shows.
  return workplaceChoicesQuery(ctx.db).all({ companyId });
}

// The task list's filter and the slot form (a chain's hundred workplaces): built once per connection
// (decision 063). Name, then id, as the workplace list: read in that order from
// `workplaces_company_name_idx` (decision 079), not sorted per view.
const workplaceChoicesQuery = preparedPerConnection((db) =>
  db
    .select({ id: workplaces.id, name: workplaces.name, address: workplaces.address, postcode: workplaces.postcode, city: workplaces.city })
    .from(workplaces)
    .where(and(eq(workplaces.companyId, sql.placeholder("companyId")), isNull(workplaces.closedAt)))
    .orderBy(asc(workplaces.name), asc(workplaces.id))
    .prepare(),
);

export function getWorkplace(ctx: Ctx, workplaceId: number) {
  if (ctx.actor.companyId == null) throw forbidden();
  const row = ctx.db
    .select()
    .from(workplaces)
    .where(and(eq(workplaces.id, workplaceId), eq(workplaces.companyId, ctx.actor.companyId)))
    .get();
  if (!row) throw notFound();
  return row;
}

/** What a list of companies shows the jobcentre, and nothing more. */
const companyListColumns = {
  id: companies.id,
  name: companies.name,
  cvr: companies.cvr,
  industry: companies.industry,
  status: companies.status,
  createdAt: companies.createdAt,
};
export type CompanyListRow = { [K in keyof typeof companyListColumns]: (typeof companies.$inferSelect)[K] };

/** The jobcentre's page about one company: its details, workplaces and HR contacts. */
export function jobcentreCompanyView(ctx: Ctx, companyId: number) {
  const company = getCompany(ctx, companyId);
  return {
    company: {
      id: company.id,
      name: company.name,
      cvr: company.cvr,
      industry: company.industry,
      status: company.status,
      rejectionReason: company.rejectionReason,
      reviewRequestedAt: company.reviewRequestedAt,
      reviewRequestNote: company.reviewRequestNote,
      createdAt: company.createdAt,
    },
    workplaces: workplaceSummary(ctx, companyId),
    contacts: listCompanyContacts(ctx, companyId),
  };
}

export function listJobcentreCompanies(
  ctx: Ctx,
  input: { page: number; status?: CompanyStatus; q?: string; oldestFirst?: boolean; pageSize?: number },
): Page<CompanyListRow> {
  if (ctx.actor.jobcentreId == null) throw forbidden();
  const size = input.pageSize ?? COMPANY_PAGE_SIZE;
  const values: Record<string, string | number> = { jobcentreId: ctx.actor.jobcentreId, limit: size, offset: pageOffset(input.page, size) };
  if (input.status) values.status = input.status;
  const patterns = input.q ? searchPatterns(input.q) : [];
  Object.assign(values, patternValues(patterns));
  const queries = companyListQueries(ctx.db, { status: Boolean(input.status), q: patterns.length, oldestFirst: Boolean(input.oldestFirst) });
  const total = queries.count.get(values)?.n ?? 0;
  const rows = queries.rows.all(values);
  return { rows, total, page: input.page, pageSize: size };
}

/** The jobcentre's companies per shape of filters, built once per connection (decision 053); the values bound. */
const companyListQueries = preparedPerShape((db: Db, shape: { status: boolean; q: number; oldestFirst: boolean }) => {
  const p = sql.placeholder;
  const filters: (SQL | undefined)[] = [eq(companies.jobcentreId, p("jobcentreId"))];
  if (shape.status) filters.push(eq(companies.status, p("status")));
  // One pattern per case variant of the search's æ, ø and å (decision 057).
  if (shape.q) filters.push(likeAny([companies.name, companies.cvr], patternPlaceholders(shape.q)));
  const where = and(...filters);
  return {
    count: db.select({ n: count() }).from(companies).where(where).prepare(),
    rows: db
      .select(companyListColumns)
      .from(companies)
      .where(where)
      .orderBy(shape.oldestFirst ? asc(companies.createdAt) : asc(companies.name), asc(companies.id))
      .limit(p("limit"))
      .offset(p("offset"))
      .prepare(),
  };
}, 16);

/** The HR contacts a consultant needs when calling the company. */
export function listCompanyContacts(ctx: Ctx, companyId: number) {
  getCompany(ctx, companyId);
  return ctx.db
    .select({ id: users.id, name: users.name, email: users.email, phone: users.phone })
    .from(users)
    .where(and(eq(users.companyId, companyId), eq(users.role, "company_admin"), isNull(users.deactivatedAt)))
    .orderBy(asc(users.name))
    .all();
}

/** Every jobcentre, for the sign-up form's choice of home jobcentre. Public information. */
export function listJobcentreOptions(db: Db) {
  return db.select({ id: jobcentres.id, name: jobcentres.name }).from(jobcentres).orderBy(asc(jobcentres.name)).all();
}
