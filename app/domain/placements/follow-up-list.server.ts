import { and, asc, count, desc, eq, gt, lt, lte, ne, type SQL } from "drizzle-orm";
import { candidates, companies, followUps, placements, slots, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { addDays } from "../candidates/consent";
import { pageOffset, type Page } from "../pagination";
import { tenantScope } from "../shared/tenancy.server";
import { copenhagenDate } from "../shared/working-days";
import { FOLLOW_UP_OPENS_DAYS_BEFORE } from "./follow-up-commands.server";
import type { FollowUpView } from "./vocabulary";

export const FOLLOW_UP_PAGE_SIZE = 25;

/**
 * The follow-ups across every placement the actor may see (HR the company's, a mentor their
 * own, the jobcentre's staff their jobcentre's), for the follow-ups list and its CSV. `todo`:
 * open to fill in now (from 6 days before the day), overdue first; `overdue`; `upcoming`;
 * `submitted`, newest first; `all`. Open ones count only in active placements (an ended
 * placement's unsent follow-ups are nobody's task).
 */
export function listFollowUps(ctx: Ctx, input: { page: number; view: FollowUpView }, pageSize = FOLLOW_UP_PAGE_SIZE) {
  const today = copenhagenDate(ctx.now);
  const opensBy = addDays(today, FOLLOW_UP_OPENS_DAYS_BEFORE);
  const where: (SQL | undefined)[] = [tenantScope(ctx.actor, { company: placements.companyId, jobcentre: placements.jobcentreId })];
  if (ctx.actor.role === "mentor") where.push(eq(placements.mentorUserId, ctx.actor.userId));
  const notSent = [eq(placements.status, "active"), ne(followUps.status, "submitted")];
  if (input.view === "todo") where.push(...notSent, lte(followUps.dueDate, opensBy));
  if (input.view === "overdue") where.push(...notSent, lt(followUps.dueDate, today));
  if (input.view === "upcoming") where.push(...notSent, gt(followUps.dueDate, opensBy));
  if (input.view === "submitted") where.push(eq(followUps.status, "submitted"));
  const cond = and(...where);
  const total = ctx.db.select({ n: count() }).from(followUps).innerJoin(placements, eq(placements.id, followUps.placementId)).where(cond).get()?.n ?? 0;
  const order = input.view === "submitted" || input.view === "all" ? [desc(followUps.dueDate), desc(followUps.id)] : [asc(followUps.dueDate), asc(followUps.id)];
  const rows = ctx.db
    .select({
      id: followUps.id,
      placementId: placements.id,
      week: followUps.week,
      dueDate: followUps.dueDate,
      status: followUps.status,
      placementStatus: placements.status,
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
    .where(cond)
    .orderBy(...order)
    .limit(pageSize)
    .offset(pageOffset(input.page, pageSize))
    .all()
    .map(({ placementStatus, ...f }) => {
      const pending = placementStatus === "active" && f.status !== "submitted";
      return { ...f, open: pending && f.dueDate <= opensBy, overdue: pending && f.dueDate < today };
    });
  const page: Page<(typeof rows)[number]> = { rows, total, page: input.page, pageSize };
  return page;
}
