import { and, asc, count, desc, eq, gt, inArray, isNotNull, lt, lte, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerConnection } from "~/db/prepared.server";
import { candidates, companies, followUps, placements, slots, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { addDays } from "../candidates/consent";
import { pageOffset, type Page } from "../pagination";
import { tenantScope } from "../shared/tenancy.server";
import { copenhagenDate } from "../shared/working-days";
import { FOLLOW_UP_OPENS_DAYS_BEFORE, type FollowUpView } from "./vocabulary";

export const FOLLOW_UP_PAGE_SIZE = 25;

/**
 * The follow-ups across every placement the actor may see (HR the company's, a mentor their
 * own, the jobcentre's staff their jobcentre's), for the follow-ups list and its CSV. `todo`:
 * open to fill in now (from 6 days before the day), overdue first; `overdue`; `upcoming`;
 * `submitted`, newest first; `all`. Open ones count only in active placements (an ended
 * placement's unsent follow-ups are nobody's task).
 *
 * At national size (decision 044): "open" is the kept `open_on` (the due day while not sent in
 * an active placement), and the jobcentre's side reads the follow-ups' own `jobcentre_id`, so
 * the count and the page's ids are one range of an index in the page's order; only the page's
 * rows are then joined. The company side narrows by its placements (a handful each).
 */
export function listFollowUps(ctx: Ctx, input: { page: number; view: FollowUpView }, pageSize = FOLLOW_UP_PAGE_SIZE) {
  const today = copenhagenDate(ctx.now);
  const opensBy = addDays(today, FOLLOW_UP_OPENS_DAYS_BEFORE);
  const where: (SQL | undefined)[] = [];
  const companySide = ctx.actor.companyId != null;
  if (companySide) {
    const own = [tenantScope(ctx.actor, { company: placements.companyId })];
    if (ctx.actor.role === "mentor") own.push(eq(placements.mentorUserId, ctx.actor.userId));
    where.push(inArray(followUps.placementId, ctx.db.select({ id: placements.id }).from(placements).where(and(...own))));
  } else where.push(tenantScope(ctx.actor, { jobcentre: followUps.jobcentreId }));
  if (input.view === "todo") where.push(lte(followUps.openOn, opensBy));
  if (input.view === "overdue") where.push(lt(followUps.openOn, today));
  if (input.view === "upcoming") where.push(gt(followUps.openOn, opensBy));
  if (input.view === "submitted") {
    // The company side asks by `submitted_at`, set by `saveFollowUp` exactly when the status
    // becomes "submitted": no index holds it, so the company's placements drive the read; on the
    // status SQLite picks the status index over every sent follow-up of the country (6 s).
    where.push(companySide ? isNotNull(followUps.submittedAt) : eq(followUps.status, "submitted"));
  }
  const cond = and(...where);
  const open = input.view === "todo" || input.view === "overdue" || input.view === "upcoming";
  const order = open ? [asc(followUps.openOn), asc(followUps.id)] : [desc(followUps.dueDate), desc(followUps.id)];
  // The company's "to do" (its start page and the list's first view): the same two reads,
  // built once per connection (decision 051); every other view builds its own.
  const kept = companySide && input.view === "todo" ? companyTodo(ctx.db, ctx.actor.role === "mentor") : null;
  const params = { companyId: ctx.actor.companyId!, userId: ctx.actor.userId, opensBy, limit: pageSize, offset: pageOffset(input.page, pageSize) };
  const total = (kept ? kept.count.get(params) : ctx.db.select({ n: count() }).from(followUps).where(cond).get())?.n ?? 0;
  const ids = (
    kept
      ? kept.ids.all(params)
      : ctx.db
          .select({ id: followUps.id })
          .from(followUps)
          .where(cond)
          .orderBy(...order)
          .limit(pageSize)
          .offset(pageOffset(input.page, pageSize))
          .all()
  ).map((r) => r.id);
  const found = ids.length ? followUpRows(ctx.db).all({ ids: JSON.stringify(ids) }) : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.map((id) => {
    const { openOn, ...f } = byId.get(id)!;
    return { ...f, open: openOn !== null && openOn <= opensBy, overdue: openOn !== null && openOn < today };
  });
  const page: Page<(typeof rows)[number]> = { rows, total, page: input.page, pageSize };
  return page;
}

/** `listFollowUps`' count and page of ids for a company's "to do", HR's (all its placements) or a mentor's (theirs). */
function companyTodoQueries(db: DbOrTx, mentor: boolean) {
  const own = db
    .select({ id: placements.id })
    .from(placements)
    .where(and(eq(placements.companyId, sql.placeholder("companyId")), mentor ? eq(placements.mentorUserId, sql.placeholder("userId")) : undefined));
  const cond = and(inArray(followUps.placementId, own), lte(followUps.openOn, sql.placeholder("opensBy")));
  return {
    count: db.select({ n: count() }).from(followUps).where(cond).prepare(),
    ids: db.select({ id: followUps.id }).from(followUps).where(cond).orderBy(asc(followUps.openOn), asc(followUps.id)).limit(sql.placeholder("limit")).offset(sql.placeholder("offset")).prepare(),
  };
}
const hrTodo = preparedPerConnection((db) => companyTodoQueries(db, false));
const mentorTodo = preparedPerConnection((db) => companyTodoQueries(db, true));
const companyTodo = (db: DbOrTx, mentor: boolean) => (mentor ? mentorTodo : hrTodo)(db);

/**
 * The page's rows by their ids, built once per connection (decision 051): the ids go in as one
 * JSON array (`json_each`), so one statement serves any page of any view; the page orders them.
 */
const followUpRows = preparedPerConnection((db) =>
  db
    .select({
      id: followUps.id,
      placementId: placements.id,
      week: followUps.week,
      dueDate: followUps.dueDate,
      status: followUps.status,
      openOn: followUps.openOn,
      submittedAt: followUps.submittedAt,
      daysPresent: followUps.daysPresent,
      daysPlanned: followUps.daysPlanned,
      hoursWorked: followUps.hoursWorked,
      wellBeing: followUps.wellBeing,
      alias: candidates.alias,
      slotTitle: slots.title,
      companyName: companies.name,
      mentorName: users.name,
    })
    .from(followUps)
    .innerJoin(placements, eq(placements.id, followUps.placementId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(companies, eq(companies.id, placements.companyId))
    .innerJoin(users, eq(users.id, placements.mentorUserId))
    .where(sql`${followUps.id} in (select value from json_each(${sql.placeholder("ids")}))`)
    .prepare(),
);
