import { and, count, eq, gt, inArray, isNotNull, lt, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { idsParams, preparedForIds, preparedPerShape } from "~/db/prepared.server";
import { candidates, companies, followUps, placements, slots, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { addDays } from "../candidates/consent";
import { pageWindow, type Page } from "../pagination";
import { keptListCount } from "../shared/list-counts.server";
import { idsInWindow, orderOf, type OrderTerm } from "../shared/page-order.server";
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
 * rows are then joined. The company side narrows by its placements (a handful each). The
 * queries are built once per side and view (decision 053).
 */
export function listFollowUps(ctx: Ctx, input: { page: number; view: FollowUpView }, pageSize = FOLLOW_UP_PAGE_SIZE) {
  const today = copenhagenDate(ctx.now);
  const opensBy = addDays(today, FOLLOW_UP_OPENS_DAYS_BEFORE);
  // The tenant check as everywhere (refuses an actor of neither side); the kept query binds its value.
  tenantScope(ctx.actor, { company: placements.companyId, jobcentre: followUps.jobcentreId });
  const side: Side = ctx.actor.companyId != null ? (ctx.actor.role === "mentor" ? "mentor" : "company") : "jobcentre";
  const tenant = ctx.actor.companyId ?? ctx.actor.jobcentreId!;
  const queries = listQueries(ctx.db, { side, view: input.view });
  // The jobcentre's "all" and "sent" are exactly a kept count (decision 055).
  const kept = side === "jobcentre" && (input.view === "all" || input.view === "submitted");
  const total = kept ? keptListCount(ctx.db, "follow_ups", tenant, input.view === "all" ? undefined : "submitted") : (queries.count.get({ tenant, userId: ctx.actor.userId, today, opensBy })?.n ?? 0);
  // A page in the back half is read from the end (decision 055).
  const window = pageWindow(total, input.page, pageSize);
  const ids = idsInWindow(window, queries, { tenant, userId: ctx.actor.userId, today, opensBy });
  const found = ids.length === 0 ? [] : rowsQuery(ctx.db, ids.length).all(idsParams(ids));
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.map((id) => {
    const { openOn, ...f } = byId.get(id)!;
    return { ...f, open: openOn !== null && openOn <= opensBy, overdue: openOn !== null && openOn < today };
  });
  const page: Page<(typeof rows)[number]> = { rows, total, page: input.page, pageSize };
  return page;
}

type Side = "company" | "mentor" | "jobcentre";
const p = sql.placeholder;

/**
 * The count and the page's ids for one side and view, built once per connection (decision 053).
 * Values: tenant (the company or the jobcentre), userId (a mentor), today, opensBy, limit, offset.
 */
const listQueries = preparedPerShape((db: Db, shape: { side: Side; view: FollowUpView }) => {
  const where: SQL[] = [];
  const companySide = shape.side !== "jobcentre";
  if (companySide) {
    const own = [eq(placements.companyId, p("tenant"))];
    if (shape.side === "mentor") own.push(eq(placements.mentorUserId, p("userId")));
    where.push(inArray(followUps.placementId, db.select({ id: placements.id }).from(placements).where(and(...own))));
  } else where.push(eq(followUps.jobcentreId, p("tenant")));
  if (shape.view === "todo") where.push(lte(followUps.openOn, p("opensBy")));
  if (shape.view === "overdue") where.push(lt(followUps.openOn, p("today")));
  if (shape.view === "upcoming") where.push(gt(followUps.openOn, p("opensBy")));
  if (shape.view === "submitted") {
    // The company side asks by `submitted_at`, set by `saveFollowUp` exactly when the status
    // becomes "submitted": no index holds it, so the company's placements drive the read; on the
    // status SQLite picks the status index over every sent follow-up of the country (6 s).
    where.push(companySide ? isNotNull(followUps.submittedAt) : eq(followUps.status, "submitted"));
  }
  const cond = and(...where);
  const open = shape.view === "todo" || shape.view === "overdue" || shape.view === "upcoming";
  const order: OrderTerm[] = open ? [[followUps.openOn, "asc"], [followUps.id, "asc"]] : [[followUps.dueDate, "desc"], [followUps.id, "desc"]];
  const ids = (reversed: boolean) => db.select({ id: followUps.id }).from(followUps).where(cond).orderBy(...orderOf(order, reversed)).limit(p("limit")).offset(p("offset")).prepare();
  return {
    count: db.select({ n: count() }).from(followUps).where(cond).prepare(),
    ids: ids(false),
    // The same ids in the reversed order, for a page read from the end (decision 055).
    idsReversed: ids(true),
  };
}, 20);

/** The page's rows by their ids (one placeholder per id), kept per number of ids up to a page. */
const rowsQuery = preparedForIds((db, ids) =>
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
    .where(inArray(followUps.id, ids))
    .prepare(),
);
