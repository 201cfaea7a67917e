import { and, eq, inArray, isNull } from "drizzle-orm";
import { bumpDashboardVersion } from "../dashboard/versions.server";
import { representativeLinks, slotEvents, slotFacts, slots, slotTasks, tasks, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { recordAudit } from "../shared/audit.server";
import { conflict, forbidden } from "../errors";
import { actorLabel, lockedSlot, recordSlotEvent } from "./commands.server";
import { danishToday } from "./schema";

/** Only a draft may be deleted: it is the company's own work and nobody else has seen it. */
export const DELETABLE_STATUSES = ["draft"] as const;

function companyAdmin(ctx: Ctx): number {
  if (ctx.actor.role !== "company_admin" || ctx.actor.companyId == null) throw forbidden();
  return ctx.actor.companyId;
}

/** Deletes a draft with its tasks, history and any old representative links; the audit row stays. */
export function deleteDraftSlot(ctx: Ctx, input: { slotId: number; version: number }): void {
  companyAdmin(ctx);
  ctx.db.transaction((tx) => {
    const slot = lockedSlot(tx, ctx.actor, input.slotId, input.version);
    if (!(DELETABLE_STATUSES as readonly string[]).includes(slot.status)) throw conflict("error.slot.notDeletable");
    tx.delete(slotTasks).where(eq(slotTasks.slotId, slot.id)).run();
    tx.delete(slotEvents).where(eq(slotEvents.slotId, slot.id)).run();
    tx.delete(representativeLinks).where(eq(representativeLinks.slotId, slot.id)).run();
    // A draft that was open once has its dashboard row (decision 039).
    tx.delete(slotFacts).where(eq(slotFacts.slotId, slot.id)).run();
    tx.delete(slots).where(eq(slots.id, slot.id)).run();
    bumpDashboardVersion(tx, slot.jobcentreId);
    recordAudit(tx, ctx, "slot.deleted", { type: "slot", id: slot.id, jobcentreId: slot.jobcentreId, companyId: slot.companyId }, { title: slot.title });
  });
}

/**
 * A new draft with the same conditions as any of the company's slots (also withdrawn or
 * closed ones), so a slot can be offered again. What no longer holds is left for HR to fix
 * on the draft: archived tasks are dropped, a start date in the past becomes today, a mentor
 * who has left becomes HR. The representative must confirm the copy on its own.
 */
export function copySlot(ctx: Ctx, input: { slotId: number; title: string }): number {
  const companyId = companyAdmin(ctx);
  return ctx.db.transaction((tx) => {
    const source = tx
      .select()
      .from(slots)
      .where(and(eq(slots.id, input.slotId), eq(slots.companyId, companyId)))
      .get();
    if (!source) throw forbidden();
    const taskIds = tx
      .select({ id: slotTasks.taskId })
      .from(slotTasks)
      .innerJoin(tasks, eq(slotTasks.taskId, tasks.id))
      .where(and(eq(slotTasks.slotId, source.id), eq(tasks.status, "active")))
      .all()
      .map((r) => r.id);
    const mentor = tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, source.mentorUserId), eq(users.companyId, companyId), inArray(users.role, ["mentor", "company_admin"]), isNull(users.deactivatedAt)))
      .get();
    const today = danishToday(ctx.now);
    const row = tx
      .insert(slots)
      .values({
        companyId,
        jobcentreId: source.jobcentreId,
        workplaceId: source.workplaceId,
        kind: source.kind,
        title: input.title.slice(0, 120),
        purposeKind: source.purposeKind,
        purpose: source.purpose,
        startDate: source.startDate < today ? today : source.startDate,
        lengthWeeks: source.lengthWeeks,
        startHours: source.startHours,
        targetHours: source.targetHours,
        steps: source.steps,
        workingDays: source.workingDays,
        dayStart: source.dayStart,
        dayEnd: source.dayEnd,
        mentorUserId: mentor?.id ?? ctx.actor.userId,
        seats: source.seats,
        accessibility: source.accessibility,
        wishes: source.wishes,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: slots.id })
      .get();
    for (const taskId of taskIds) tx.insert(slotTasks).values({ slotId: row.id, taskId }).run();
    recordSlotEvent(tx, row.id, "copied", ctx.now, actorLabel(ctx.actor), source.title);
    recordAudit(tx, ctx, "slot.copied", { type: "slot", id: row.id, jobcentreId: source.jobcentreId, companyId }, { title: input.title, copiedFrom: source.id });
    return row.id;
  });
}
