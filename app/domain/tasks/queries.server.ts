import { and, asc, count, desc, eq, inArray, isNull, lte, or, sql, sum, type SQL } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { preparedPerConnection, preparedPerShape } from "~/db/prepared.server";
import { catalogueTasks, companies, tasks, workplaces } from "~/db/schema";
import type { Ctx } from "../actor";
import { forbidden, notFound } from "../errors";
import { pageOffset, type Page } from "../pagination";
import { likeAny, patternPlaceholders, patternValues, searchPatterns } from "../shared/search-text";
import { adaptedFromCatalogue } from "./catalogue";
import { DEMANDS, type Demand, type TaskStatus } from "./vocabulary";
import type { TaskFilters as ListFilters } from "./task-filters";

/** A list read by a page has every filter; a command or test may leave out the order and demands. */
type TaskFilters = Omit<ListFilters, "sort" | "maxDemand"> & Partial<Pick<ListFilters, "sort" | "maxDemand">>;

export const TASK_PAGE_SIZE = 20;

/**
 * Which tasks of which company the actor may read: HR all of their own, a mentor their
 * company's active tasks, the home jobcentre's staff everything but drafts.
 */
function visibleStatuses(ctx: Ctx, companyId: number): TaskStatus[] {
  const { actor } = ctx;
  if (actor.companyId != null) {
    if (actor.companyId !== companyId) throw notFound();
    return actor.role === "company_admin" ? ["draft", "active", "archived"] : ["active"];
  }
  if (actor.jobcentreId == null) throw forbidden();
  const company = ctx.db
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.id, companyId), eq(companies.jobcentreId, actor.jobcentreId)))
    .get();
  if (!company) throw notFound();
  return ["active", "archived"];
}

export function statusesVisibleTo(ctx: Ctx, companyId: number): TaskStatus[] {
  return visibleStatuses(ctx, companyId);
}

export function listTasks(ctx: Ctx, companyId: number, filters: TaskFilters, pageSize = TASK_PAGE_SIZE) {
  const statuses = visibleStatuses(ctx, companyId);
  const values: Record<string, string | number> = { companyId, limit: pageSize, offset: pageOffset(filters.page, pageSize) };
  if (filters.status) values.status = filters.status;
  if (filters.workplaceId) values.workplaceId = filters.workplaceId;
  const patterns = filters.q ? searchPatterns(filters.q) : [];
  Object.assign(values, patternValues(patterns));
  const demands = DEMANDS.filter((d) => filters.maxDemand?.[d]);
  for (const d of demands) values[d] = filters.maxDemand![d]!;
  const queries = taskListQueries(ctx.db, {
    // The statuses the reader may see come from the vocabulary, never from the request.
    statuses: statuses.join(","),
    status: Boolean(filters.status),
    workplace: Boolean(filters.workplaceId),
    q: patterns.length,
    demands: demands.join(","),
    sort: filters.sort ?? "updated",
  });
  const total = queries.count.get(values)?.n ?? 0;
  const rows = queries.rows.all(values);
  const page: Page<(typeof rows)[number]> = { rows, total, page: filters.page, pageSize };
  return page;
}

type TaskListShape = { statuses: string; status: boolean; workplace: boolean; q: number; demands: string; sort: string };

/** A company's tasks per shape of filters and the reader's statuses, built once per connection (decision 053). */
const taskListQueries = preparedPerShape((db: Db, shape: TaskListShape) => {
  const p = sql.placeholder;
  const where: (SQL | undefined)[] = [eq(tasks.companyId, p("companyId")), inArray(tasks.status, shape.statuses.split(",") as TaskStatus[])];
  if (shape.status) where.push(eq(tasks.status, p("status")));
  if (shape.workplace) where.push(eq(tasks.workplaceId, p("workplaceId")));
  // One pattern per case variant of the search's æ, ø and å (decision 057).
  if (shape.q) where.push(likeAny([tasks.title, tasks.description, tasks.relievedRole], patternPlaceholders(shape.q)));
  for (const d of shape.demands ? (shape.demands.split(",") as Demand[]) : []) where.push(lte(tasks[d], p(d)));
  const condition = and(...where);
  const order = shape.sort === "title" ? [asc(tasks.title)] : shape.sort === "hours" ? [desc(tasks.hoursFreed), asc(tasks.title)] : [desc(tasks.updatedAt)];
  return {
    count: db.select({ n: count() }).from(tasks).where(condition).prepare(),
    rows: db
      .select({
        id: tasks.id,
        title: tasks.title,
        status: tasks.status,
        hoursFreed: tasks.hoursFreed,
        relievedRole: tasks.relievedRole,
        workplaceName: workplaces.name,
        physical: tasks.physical,
        social: tasks.social,
        language: tasks.language,
        pace: tasks.pace,
        precision: tasks.precision,
        updatedAt: tasks.updatedAt,
      })
      .from(tasks)
      .leftJoin(workplaces, eq(tasks.workplaceId, workplaces.id))
      .where(condition)
      .orderBy(...order, desc(tasks.id))
      .limit(p("limit"))
      .offset(p("offset"))
      .prepare(),
  };
}, 100);

export function getTask(ctx: Ctx, taskId: number) {
  const task = ctx.db.select().from(tasks).where(eq(tasks.id, taskId)).get();
  if (!task) throw notFound();
  const statuses = visibleStatuses(ctx, task.companyId);
  if (!statuses.includes(task.status)) throw notFound();
  const workplace = task.workplaceId
    ? ctx.db.select({ name: workplaces.name }).from(workplaces).where(eq(workplaces.id, task.workplaceId)).get()
    : undefined;
  const entry = task.catalogueKey ? ctx.db.select().from(catalogueTasks).where(eq(catalogueTasks.key, task.catalogueKey)).get() : undefined;
  // null: not from the finder; otherwise whether HR has made it their own yet.
  const finderOrigin = entry ? (adaptedFromCatalogue(task, entry) ? ("adapted" as const) : ("untouched" as const)) : null;
  return { ...task, workplaceName: workplace?.name ?? null, finderOrigin };
}

/** Core-staff hours per week that the company's active tasks free. */
export function hoursRelieved(ctx: Ctx, companyId: number): { hours: number; activeTasks: number } {
  visibleStatuses(ctx, companyId);
  const row = hoursRelievedQuery(ctx.db).get({ companyId });
  return { hours: Number(row?.hours ?? 0), activeTasks: row?.n ?? 0 };
}
// On the company's start page and both task lists: built once per connection (decision 063).
const hoursRelievedQuery = preparedPerConnection((db) =>
  db
    .select({ hours: sum(tasks.hoursFreed), n: count() })
    .from(tasks)
    .where(and(eq(tasks.companyId, sql.placeholder("companyId")), eq(tasks.status, "active")))
    .prepare(),
);

/** Catalogue tasks the company already has (in any state but archived). */
export function takenCatalogueKeys(ctx: Ctx, companyId: number): Set<string> {
  visibleStatuses(ctx, companyId);
  const rows = ctx.db
    .select({ key: tasks.catalogueKey })
    .from(tasks)
    .where(and(eq(tasks.companyId, companyId), inArray(tasks.status, ["draft", "active"])))
    .all();
  return new Set(rows.map((r) => r.key).filter((k): k is string => !!k));
}

/** The national catalogue plus the actor's own jobcentre's additions. */
export function finderCatalogue(ctx: Ctx) {
  return ctx.db
    .select()
    .from(catalogueTasks)
    .where(or(isNull(catalogueTasks.jobcentreId), eq(catalogueTasks.jobcentreId, ctx.actor.scopeJobcentreId)))
    .all();
}

/** Core-staff roles already used by the company, offered as suggestions in the form. */
export function relievedRoleSuggestions(ctx: Ctx, companyId: number, industry: string, locale: "da" | "en"): string[] {
  const own = ctx.db
    .selectDistinct({ role: tasks.relievedRole })
    .from(tasks)
    .where(eq(tasks.companyId, companyId))
    .all()
    .map((r) => r.role)
    .filter((r): r is string => !!r);
  const typical = ctx.db
    .selectDistinct({ da: catalogueTasks.relievedRoleDa, en: catalogueTasks.relievedRoleEn })
    .from(catalogueTasks)
    .where(eq(catalogueTasks.industry, industry))
    .all()
    .map((r) => (locale === "en" ? r.en : r.da));
  return [...new Set([...own, ...typical])].sort((a, b) => a.localeCompare(b, locale));
}
