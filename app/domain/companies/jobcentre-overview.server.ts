import { and, desc, eq, inArray, notInArray } from "drizzle-orm";
import { slotEvents, slots, tasks } from "~/db/schema";
import type { Ctx } from "../actor";
import { forbidden } from "../errors";
import type { SlotEvent } from "../slots/status";
import { getCompany } from "./queries.server";

/** A company page shows this many of its slots and tasks; the rest are a link away. */
export const OVERVIEW_LIMIT = 20;

/**
 * What the jobcentre's company page lists (issue 9.12): the company's slots the jobcentre can
 * see (not drafts, not those still with the representative), newest change first, each with
 * its status and latest event; and its active tasks. Scoped to the actor's jobcentre.
 */
export function companyOverviewForJobcentre(ctx: Ctx, companyId: number) {
  if (ctx.actor.jobcentreId == null) throw forbidden();
  const company = getCompany(ctx, companyId);
  const slotRows = ctx.db
    .select({ id: slots.id, title: slots.title, kind: slots.kind, status: slots.status, startDate: slots.startDate, seats: slots.seats })
    .from(slots)
    .where(and(eq(slots.companyId, company.id), notInArray(slots.status, ["draft", "awaiting_representative"])))
    .orderBy(desc(slots.updatedAt), desc(slots.id))
    .limit(OVERVIEW_LIMIT)
    .all();
  const events = slotRows.length
    ? ctx.db
        .select({ slotId: slotEvents.slotId, at: slotEvents.at, event: slotEvents.event })
        .from(slotEvents)
        .where(inArray(slotEvents.slotId, slotRows.map((s) => s.id)))
        .orderBy(desc(slotEvents.at), desc(slotEvents.id))
        .all()
    : [];
  const history = new Map<number, { at: Date; event: SlotEvent }[]>();
  for (const e of events) history.set(e.slotId, [...(history.get(e.slotId) ?? []), { at: e.at, event: e.event }]);
  const taskRows = ctx.db
    .select({ id: tasks.id, title: tasks.title, hoursFreed: tasks.hoursFreed, relievedRole: tasks.relievedRole })
    .from(tasks)
    .where(and(eq(tasks.companyId, company.id), eq(tasks.status, "active")))
    .orderBy(desc(tasks.updatedAt), desc(tasks.id))
    .limit(OVERVIEW_LIMIT)
    .all();
  return {
    // Each slot's events, newest first: the page shows the latest few and links to the rest.
    slots: slotRows.map((s) => ({ ...s, events: (history.get(s.id) ?? []).slice(0, 3) })),
    tasks: taskRows,
  };
}
