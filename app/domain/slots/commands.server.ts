import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { companies, slotEvents, slots, slotTasks, tasks, users, workplaces } from "~/db/schema";
import type { Actor, Ctx } from "../actor";
import { isCalendarDate } from "../shared/fields";
import { audit } from "../audit/commands.server";
import { conflict, DomainError, forbidden, invalid, notFound } from "../errors";
import { RULES } from "../rules/rules";
import { workplaceMeter } from "./meter.server";
import type { MessageKey } from "~/i18n/catalogue";
import { notifyCompanyHr } from "~/mail/notify.server";
import type { SlotInput } from "./schema";
import { submitBlockers } from "./next-action";
import { canTransition, isFreelyEditable, mayGive, SLOT_TRANSITIONS, type SlotCommand, type SlotEvent } from "./status";

type SlotRow = typeof slots.$inferSelect;

/** The slot would take the workplace over the reasonableness cap. */
export class OverCapacity extends DomainError {
  constructor(readonly meter: NonNullable<ReturnType<typeof workplaceMeter>>) {
    super("invalid", "error.slot.overCapacity", "seats");
  }
}

export function actorLabel(actor: Actor): string {
  return `${actor.name} (${actor.organisationName})`;
}

export function recordSlotEvent(db: DbOrTx, slotId: number, event: SlotEvent, at: Date, actor: string | null, comment?: string | null) {
  db.insert(slotEvents).values({ slotId, event, at, actorLabel: actor, comment: comment ?? null }).run();
}

function companyAdmin(ctx: Ctx): number {
  if (ctx.actor.role !== "company_admin" || ctx.actor.companyId == null) throw forbidden();
  return ctx.actor.companyId;
}

/** Everything a slot points at must belong to the company: workplace, tasks, mentor. */
function checkReferences(db: DbOrTx, companyId: number, input: SlotInput) {
  const workplace = db
    .select({ id: workplaces.id })
    .from(workplaces)
    .where(and(eq(workplaces.id, input.workplaceId), eq(workplaces.companyId, companyId), isNull(workplaces.closedAt)))
    .get();
  if (!workplace) throw invalid("error.slot.workplace", "workplaceId");
  // Every list and the review queue format this date; an impossible one must never be stored.
  if (!isCalendarDate(input.startDate)) throw invalid("error.slot.startDate", "startDate");
  const found = db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(inArray(tasks.id, input.taskIds), eq(tasks.companyId, companyId), eq(tasks.status, "active")))
    .all();
  if (found.length !== input.taskIds.length) throw invalid("error.slot.tasks", "taskIds");
  const mentor = db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, input.mentorUserId),
        eq(users.companyId, companyId),
        inArray(users.role, ["mentor", "company_admin"]),
        isNull(users.deactivatedAt),
      ),
    )
    .get();
  if (!mentor) throw invalid("error.slot.mentor", "mentorUserId");
}

function columns(input: SlotInput) {
  const { taskIds: _t, ...rest } = input;
  return rest;
}

function setTasks(db: DbOrTx, slotId: number, taskIds: number[]) {
  db.delete(slotTasks).where(eq(slotTasks.slotId, slotId)).run();
  for (const taskId of taskIds) db.insert(slotTasks).values({ slotId, taskId }).run();
}

export function createSlot(ctx: Ctx, input: SlotInput): number {
  const companyId = companyAdmin(ctx);
  return ctx.db.transaction((tx) => {
    checkReferences(tx, companyId, input);
    const row = tx
      .insert(slots)
      .values({ ...columns(input), companyId, jobcentreId: ctx.actor.scopeJobcentreId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning()
      .get();
    setTasks(tx, row.id, input.taskIds);
    recordSlotEvent(tx, row.id, "created", ctx.now, actorLabel(ctx.actor));
    audit(tx, {
      event: "slot.created",
      at: ctx.now,
      actor: ctx.actor,
      jobcentreId: ctx.actor.scopeJobcentreId,
      subjectType: "slot",
      subjectId: row.id,
      details: { title: row.title, kind: row.kind },
      ip: ctx.ip,
    });
    return row.id;
  });
}

/** What the jobcentre approved: changing any of it sends an open slot back to review. */
const APPROVED_FIELDS = [
  "kind",
  "workplaceId",
  "startDate",
  "lengthWeeks",
  "startHours",
  "targetHours",
  "workingDays",
  "dayStart",
  "dayEnd",
  "mentorUserId",
  "seats",
  "steps",
] as const;

function changesApproved(current: SlotRow, currentTaskIds: number[], input: SlotInput): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (APPROVED_FIELDS.some((f) => !same(current[f], input[f]))) return true;
  return !same([...currentTaskIds].sort(), [...input.taskIds].sort());
}

/**
 * Saves changes if nobody saved in between. Before approval anything may change; a changed
 * slot needs the representative's confirmation again. An open slot keeps its state when
 * only text changes, otherwise it goes back to review.
 */
export function updateSlot(ctx: Ctx, input: SlotInput & { slotId: number; version: number }): { backToReview: boolean; repReset: boolean } {
  const companyId = companyAdmin(ctx);
  return ctx.db.transaction((tx) => {
    const current = lockedSlot(tx, ctx.actor, input.slotId, input.version);
    if (!isFreelyEditable(current.status) && current.status !== "open") throw conflict("error.slot.notEditable");
    checkReferences(tx, companyId, input);
    const currentTaskIds = tx.select({ id: slotTasks.taskId }).from(slotTasks).where(eq(slotTasks.slotId, current.id)).all().map((r) => r.id);
    const substantive = changesApproved(current, currentTaskIds, input);
    const backToReview = current.status === "open" && substantive;
    const status = backToReview ? "submitted" : current.status === "awaiting_representative" && substantive ? "draft" : current.status;
    // The representative confirmed the conditions as they were; new conditions need a new confirmation.
    const repReset = substantive && !backToReview && current.repStatus !== "none";
    tx.update(slots)
      .set({
        ...columns(input),
        status,
        ...(repReset ? { repStatus: "none" as const, repComment: null } : {}),
        ...(backToReview ? { submittedAt: ctx.now } : {}),
        version: current.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(slots.id, current.id))
      .run();
    setTasks(tx, current.id, input.taskIds);
    recordSlotEvent(tx, current.id, backToReview ? "reopened_for_review" : "edited", ctx.now, actorLabel(ctx.actor));
    audit(tx, {
      event: backToReview ? "slot.reopened_for_review" : "slot.updated",
      at: ctx.now,
      actor: ctx.actor,
      jobcentreId: ctx.actor.scopeJobcentreId,
      subjectType: "slot",
      subjectId: current.id,
      details: { title: input.title },
      ip: ctx.ip,
    });
    return { backToReview, repReset };
  });
}

/**
 * The slot a command is about, as the actor may see it (own company, or own jobcentre), at
 * the version the user saw; anything else is refused.
 */
export function lockedSlot(db: DbOrTx, actor: Actor, slotId: number, version: number): SlotRow {
  const scope = actor.companyId != null ? eq(slots.companyId, actor.companyId) : eq(slots.jobcentreId, actor.jobcentreId ?? -1);
  const slot = db.select().from(slots).where(and(eq(slots.id, slotId), scope)).get();
  if (!slot) throw notFound();
  if (slot.version !== version) throw conflict("error.slot.conflict");
  return slot;
}

const NOTIFY: Partial<Record<SlotCommand, { subjectKey: MessageKey; bodyKey: MessageKey }>> = {
  approve: { subjectKey: "mail.slotApproved.subject", bodyKey: "mail.slotApproved.body" },
  requestChanges: { subjectKey: "mail.slotChanges.subject", bodyKey: "mail.slotChanges.body" },
  reject: { subjectKey: "mail.slotRejected.subject", bodyKey: "mail.slotRejected.body" },
};

/**
 * One command per transition (except the representative's, see representative.server.ts):
 * policy, transition table, the rules that guard it, one transaction, history and audit.
 */
export function transitionSlot(
  ctx: Ctx,
  input: { slotId: number; command: Exclude<SlotCommand, "requestRepresentative" | "reopenForReview">; version: number; comment?: string },
): void {
  if (!mayGive(input.command, ctx.actor.role)) throw forbidden();
  ctx.db.transaction((tx) => {
    const slot = lockedSlot(tx, ctx.actor, input.slotId, input.version);
    if (!canTransition(input.command, slot.status)) throw conflict("error.slot.transition");
    if (input.command === "submit") assertSubmittable(tx, ctx, slot);
    if ((input.command === "requestChanges" || input.command === "reject") && !input.comment) {
      throw invalid("error.review.comment", "comment");
    }
    const to = SLOT_TRANSITIONS[input.command].to;
    tx.update(slots)
      .set({
        status: to,
        version: slot.version + 1,
        updatedAt: ctx.now,
        ...(input.command === "submit" ? { submittedAt: ctx.now, reviewComment: null } : {}),
        ...(input.command === "approve" ? { openedAt: ctx.now, reviewComment: null } : {}),
        ...(input.comment ? { reviewComment: input.comment } : {}),
      })
      .where(eq(slots.id, slot.id))
      .run();
    recordSlotEvent(tx, slot.id, input.command, ctx.now, actorLabel(ctx.actor), input.comment);
    const notify = NOTIFY[input.command];
    if (notify) {
      notifyCompanyHr(tx, slot.companyId, { ...notify, vars: { title: slot.title, comment: input.comment ?? "" } }, ctx.now);
    }
    audit(tx, {
      event: `slot.${input.command}` as const,
      at: ctx.now,
      actor: ctx.actor,
      jobcentreId: slot.jobcentreId,
      companyId: slot.companyId,
      subjectType: "slot",
      subjectId: slot.id,
      details: { title: slot.title, from: slot.status, to, ...(input.comment ? { comment: input.comment } : {}) },
      ip: ctx.ip,
    });
  });
}

export function needsRepresentative(fte: number): boolean {
  return fte > RULES.representative.singleEmployeeFte;
}

/**
 * A slot goes to review only from a verified company, confirmed by the representative, within
 * the cap, with an active task: the same facts the page uses to offer the step (submitBlockers).
 */
function assertSubmittable(tx: DbOrTx, ctx: Ctx, slot: SlotRow) {
  const company = tx.select({ status: companies.status }).from(companies).where(eq(companies.id, slot.companyId)).get();
  const meter = workplaceMeter(tx, slot.workplaceId, { kind: slot.kind, seats: slot.seats, weeklyHours: slot.startHours }, slot.id);
  if (!meter) throw notFound();
  const activeTask = tx
    .select({ id: slotTasks.taskId })
    .from(slotTasks)
    .innerJoin(tasks, eq(slotTasks.taskId, tasks.id))
    .where(and(eq(slotTasks.slotId, slot.id), eq(tasks.status, "active")))
    .get();
  const blockers = submitBlockers({
    repStatus: slot.repStatus,
    needsRep: needsRepresentative(meter.fte),
    companyVerified: company?.status === "verified",
    fits: meter.fits,
    hasActiveTask: activeTask !== undefined,
  });
  // The company's own state first: nothing else matters until the jobcentre has verified it.
  if (blockers.includes("companyNotVerified")) throw invalid("error.slot.companyNotVerified");
  if (blockers.includes("representative")) throw invalid("error.slot.needsRepresentative");
  if (blockers.includes("overCap")) throw new OverCapacity(meter);
  if (blockers.includes("noActiveTasks")) throw invalid("error.slot.tasks", "taskIds");
}
