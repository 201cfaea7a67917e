import { and, asc, count, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerConnection } from "~/db/prepared.server";
import { companies, slots } from "~/db/schema";
import { openSlotsWithoutProposal } from "../slots/queries.server";
import type { Ctx } from "../actor";
import { forbidden } from "../errors";
import { keptUnderCounter } from "../dashboard/cache.server";
import { copenhagenDate, daysWaiting } from "../shared/working-days";

/** What waits for the jobcentre's staff, for the menu: two counts on their indexes, on every page. */
export interface WorkCounts {
  companiesToVerify: number;
  slotsToReview: number;
}

export function workCounts(db: DbOrTx, jobcentreId: number): WorkCounts {
  const companiesToVerify = pendingCompanies(db).get({ jobcentreId })?.n ?? 0;
  const slotsToReview = submittedSlots(db).get({ jobcentreId })?.n ?? 0;
  return { companiesToVerify, slotsToReview };
}
// Both run on every page a consultant sees (the menu's counts): built once per connection (decision 048).
const pendingCompanies = preparedPerConnection((db) =>
  db.select({ n: count() }).from(companies).where(and(eq(companies.jobcentreId, sql.placeholder("jobcentreId")), eq(companies.status, "pending"))).prepare(),
);
const submittedSlots = preparedPerConnection((db) =>
  db.select({ n: count() }).from(slots).where(and(eq(slots.jobcentreId, sql.placeholder("jobcentreId")), eq(slots.status, "submitted"))).prepare(),
);

// The start page's own reads, built once per connection like the menu's (decision 051).
// A company that asked for a new review has waited since it asked.
const since = sql<number>`coalesce(${companies.reviewRequestedAt}, ${companies.createdAt})`.mapWith(Number);
const oldestPendingCompany = preparedPerConnection((db) =>
  db
    .select({ id: companies.id, name: companies.name, since })
    .from(companies)
    .where(and(eq(companies.jobcentreId, sql.placeholder("jobcentreId")), eq(companies.status, "pending")))
    .orderBy(asc(since), asc(companies.id))
    .limit(1)
    .prepare(),
);
const oldestSubmittedSlot = preparedPerConnection((db) =>
  db
    .select({ id: slots.id, title: slots.title, companyName: companies.name, submittedAt: slots.submittedAt })
    .from(slots)
    .innerJoin(companies, eq(slots.companyId, companies.id))
    .where(and(eq(slots.jobcentreId, sql.placeholder("jobcentreId")), eq(slots.status, "submitted")))
    .orderBy(asc(slots.submittedAt), asc(slots.id))
    .limit(1)
    .prepare(),
);
const openSlotCount = preparedPerConnection((db) =>
  db.select({ n: count() }).from(slots).where(and(eq(slots.jobcentreId, sql.placeholder("jobcentreId")), eq(slots.status, "open"))).prepare(),
);

/**
 * The jobcentre start page (issue 9.11): companies to verify, slots to review with the one
 * that has waited longest, and open slots (and how many have no proposal yet). Scoped to the
 * actor's jobcentre. Kept in memory under the jobcentre's counter of changes to its companies and
 * slots (`change_counters`, raised by the triggers of migration 0025 whoever writes: a sign-up, a
 * request for a new review, a slot's submission or approval, a proposal's first stamp, a rename)
 * and today's date (the days waited), decision 082: read on every view, the open slots' count
 * alone walks 2,200 index entries at the big city. The counter is read again afterwards: a change
 * committed meanwhile by another process is shown once but not kept. `kept: false` is the plain
 * path (the tests compare the two).
 */
export function jobcentreWork(ctx: Ctx, { kept = true }: { kept?: boolean } = {}) {
  const jobcentreId = ctx.actor.jobcentreId;
  if (jobcentreId == null) throw forbidden();
  if (!kept) return workFromTables(ctx, jobcentreId);
  return keptUnderCounter(ctx.db, "start_work_changes", jobcentreId, ["jobcentre-work", copenhagenDate(ctx.now)], () => workFromTables(ctx, jobcentreId));
}

/** Each figure one read of an index. */
function workFromTables(ctx: Ctx, jobcentreId: number) {
  const { companiesToVerify, slotsToReview } = workCounts(ctx.db, jobcentreId);
  const oldestCompany = oldestPendingCompany(ctx.db).get({ jobcentreId });
  const oldestSlot = oldestSubmittedSlot(ctx.db).get({ jobcentreId });
  const openSlots = openSlotCount(ctx.db).get({ jobcentreId })?.n ?? 0;
  // The same count as the dashboard's work list and the board's filter.
  const openWithoutProposal = openSlotsWithoutProposal(ctx, 0).total;
  return {
    companiesToVerify,
    oldestCompany: oldestCompany ? { id: oldestCompany.id, name: oldestCompany.name, daysWaiting: daysWaiting(new Date(oldestCompany.since), ctx.now) } : null,
    slotsToReview,
    oldestSlot:
      oldestSlot && oldestSlot.submittedAt
        ? { id: oldestSlot.id, title: oldestSlot.title, companyName: oldestSlot.companyName, daysWaiting: daysWaiting(oldestSlot.submittedAt, ctx.now) }
        : null,
    openSlots,
    openWithoutProposal,
  };
}
