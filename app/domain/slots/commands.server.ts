import { refreshSlotFacts } from "../dashboard/facts.server";
import { bumpDashboardVersion } from "../dashboard/versions.server";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { companies, slotEvents, slots, slotTasks, tasks, users, workplaces } from "~/db/schema";
import type { Actor, Ctx } from "../actor";
import { CONTROL_CHARS_MESSAGE } from "../shared/fields";
import { tooLong } from "../shared/text-limits";
import { companyMay } from "../companies/policy";
import { COMPANY_REFUSAL } from "../companies/refusals";
import { assertCompanyMay } from "../companies/policy.server";
import { conflict, DomainError, forbidden, invalid, notFound, type MessageWithVars } from "../errors";
import { requireCompanyAdmin } from "../shared/access";
import { recordAudit } from "../shared/audit.server";
import { notifyCompanyHr } from "../notifications/commands.server";
import { notifySlotSubmitted } from "./notify.server";
import { tenantScope } from "../shared/tenancy.server";
import { stampsOf } from "../shared/transitions";
import { workplaceMeter } from "./meter.server";
import { needsRepresentative } from "./representative-need";
import type { MessageKey } from "~/i18n/catalogue";
import { submitBlockers } from "./next-action";
import { reviewComment, slotRuleErrors, type SlotInput } from "./schema";
import { canTransition, isEditable, isFreelyEditable, mayGive, requires, SLOT_TRANSITIONS, type SlotCommand, type SlotEvent } from "./status";

type SlotRow = typeof slots.$inferSelect;

/** The slot would take the workplace over the reasonableness cap. */
export class OverCapacity extends DomainError {
  constructor(readonly meter: NonNullable<ReturnType<typeof workplaceMeter>>) {
    super("invalid", "error.slot.overCapacity", "seats");
  }
}

/** A slot that breaks its own rules: every problem at its field, all at once. */
export class SlotRulesBroken extends DomainError {
  declare readonly fieldErrors: Record<string, MessageKey | MessageWithVars>;
  constructor(fieldErrors: Record<string, MessageKey | MessageWithVars>) {
    super("invalid", "error.slot.rules", undefined, fieldErrors);
  }
}

export function actorLabel(actor: Actor): string {
  return `${actor.name} (${actor.organisationName})`;
}

export function recordSlotEvent(db: DbOrTx, slotId: number, event: SlotEvent, at: Date, actor: string | null, comment?: string | null) {
  db.insert(slotEvents).values({ slotId, event, at, actorLabel: actor, comment: comment ?? null }).run();
  // Every change of a slot is an event: the dashboard's work lists (status, title, days waiting) follow (decision 045).
  bumpDashboardVersion(db, db.select({ j: slots.jobcentreId }).from(slots).where(eq(slots.id, slotId)).get()?.j);
}

function assertRules(input: SlotInput, now: Date) {
  const errors = slotRuleErrors(input, now);
  if (Object.keys(errors).length > 0) throw new SlotRulesBroken(errors);
}

/** Everything a slot points at must belong to the company: workplace, tasks, mentor. */
function checkReferences(db: DbOrTx, companyId: number, input: SlotInput) {
  const workplace = db
    .select({ id: workplaces.id })
    .from(workplaces)
    .where(and(eq(workplaces.id, input.workplaceId), eq(workplaces.companyId, companyId), isNull(workplaces.closedAt)))
    .get();
  if (!workplace) throw invalid("error.slot.workplace", "workplaceId");
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

const slotSubject = (slot: Pick<SlotRow, "id" | "companyId" | "jobcentreId">) => ({
  type: "slot",
  id: slot.id,
  companyId: slot.companyId,
  jobcentreId: slot.jobcentreId,
});

export function createSlot(ctx: Ctx, input: SlotInput): number {
  const companyId = requireCompanyAdmin(ctx.actor);
  assertRules(input, ctx.now);
  return ctx.db.transaction((tx) => {
    assertCompanyMay(tx, companyId, "prepare");
    checkReferences(tx, companyId, input);
    const row = tx
      .insert(slots)
      .values({ ...columns(input), companyId, jobcentreId: ctx.actor.scopeJobcentreId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning()
      .get();
    setTasks(tx, row.id, input.taskIds);
    recordSlotEvent(tx, row.id, "created", ctx.now, actorLabel(ctx.actor));
    recordAudit(tx, ctx, "slot.created", slotSubject(row), { title: row.title, kind: row.kind });
    return row.id;
  });
}

/** What the jobcentre approved and the representative confirmed: changing any of it counts. */
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

export type UpdateOutcome = "saved" | "backToReview" | "backToRepresentative";

/**
 * Saves changes if nobody saved in between. Text-only changes keep the state. A change to
 * what was approved or confirmed (hours, seats, days, tasks, …) withdraws the representative's
 * confirmation; before approval the slot stays with HR (a slot waiting for the representative
 * becomes a draft again). An open slot goes back to the jobcentre — within the cap, and via
 * the representative first where the workplace has one.
 */
export function updateSlot(
  ctx: Ctx,
  input: SlotInput & { slotId: number; version: number },
): { outcome: UpdateOutcome; backToReview: boolean; repReset: boolean } {
  const companyId = requireCompanyAdmin(ctx.actor);
  assertRules(input, ctx.now);
  return ctx.db.transaction((tx) => {
    assertCompanyMay(tx, companyId, "prepare");
    const current = lockedSlot(tx, ctx.actor, input.slotId, input.version);
    if (!isEditable(current.status)) throw conflict("error.slot.notEditable");
    checkReferences(tx, companyId, input);
    const currentTaskIds = tx.select({ id: slotTasks.taskId }).from(slotTasks).where(eq(slotTasks.slotId, current.id)).all().map((r) => r.id);
    const substantive = changesApproved(current, currentTaskIds, input);
    const repReset = substantive && current.repStatus !== "none";
    let status = current.status;
    let outcome: UpdateOutcome = "saved";
    if (substantive && current.status === "open") {
      const meter = workplaceMeter(tx, input.workplaceId, { kind: input.kind, seats: input.seats, weeklyHours: input.startHours, targetHours: input.targetHours }, current.id, ctx.now);
      if (!meter) throw notFound();
      if (!meter.fits) throw new OverCapacity(meter);
      outcome = needsRepresentative(meter.fte) ? "backToRepresentative" : "backToReview";
      status = SLOT_TRANSITIONS[outcome === "backToReview" ? "reopenForReview" : "reopenForRepresentative"].to;
    } else if (substantive && current.status === "awaiting_representative") {
      status = "draft";
    }
    tx.update(slots)
      .set({
        ...columns(input),
        status,
        ...(repReset ? { repStatus: "none" as const, repComment: null } : {}),
        ...(outcome === "backToReview" ? stampsOf(SLOT_TRANSITIONS.reopenForReview, ctx.now) : {}),
        version: current.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(slots.id, current.id))
      .run();
    setTasks(tx, current.id, input.taskIds);
    if (outcome === "backToReview") notifySlotSubmitted(tx, ctx, { ...current, title: input.title });
    const event = outcome === "backToReview" ? "reopened_for_review" : outcome === "backToRepresentative" ? "reopened_for_representative" : "edited";
    recordSlotEvent(tx, current.id, event, ctx.now, actorLabel(ctx.actor));
    recordAudit(tx, ctx, outcome === "saved" ? "slot.updated" : "slot.reopened_for_review", slotSubject(current), {
      title: input.title,
      from: current.status,
      to: status,
      representativeReset: repReset,
    });
    return { outcome, backToReview: outcome === "backToReview", repReset };
  });
}

/**
 * The slot a command is about, as the actor may see it (own company, or own jobcentre), at
 * the version the user saw; anything else is refused.
 */
export function lockedSlot(db: DbOrTx, actor: Actor, slotId: number, version: number): SlotRow {
  const scope = tenantScope(actor, { company: slots.companyId, jobcentre: slots.jobcentreId });
  const slot = db.select().from(slots).where(and(eq(slots.id, slotId), scope)).get();
  if (!slot) throw notFound();
  if (slot.version !== version) throw conflict("error.slot.conflict");
  return slot;
}

/**
 * One command per transition (except the representative's, see representative.server.ts,
 * and the ones an edit causes): policy, the transition table with what it requires, one
 * transaction, the table's stamps, history, audit and the notification after commit.
 */
export function transitionSlot(
  ctx: Ctx,
  input: {
    slotId: number;
    command: Exclude<SlotCommand, "requestRepresentative" | "reopenForReview" | "reopenForRepresentative">;
    version: number;
    comment?: string;
  },
): void {
  if (!mayGive(input.command, ctx.actor.role)) throw forbidden();
  const transition = SLOT_TRANSITIONS[input.command];
  let comment: string | undefined;
  if (requires(input.command, "comment")) {
    const parsed = reviewComment.safeParse(input.comment);
    if (!parsed.success) {
      // Too long or with control characters says so; anything else asks for the explanation.
      const message = parsed.error.issues[0]?.message;
      throw invalid(message === tooLong(2000) || message === CONTROL_CHARS_MESSAGE ? message : "error.review.comment", "comment");
    }
    comment = parsed.data;
  }
  ctx.db.transaction((tx) => {
    const slot = lockedSlot(tx, ctx.actor, input.slotId, input.version);
    if (transition.by === "company") assertCompanyMay(tx, slot.companyId, "prepare");
    if (!canTransition(input.command, slot.status)) throw conflict("error.slot.transition");
    if (requires(input.command, "submittable")) assertSubmittable(tx, slot);
    tx.update(slots)
      .set({
        status: transition.to,
        version: slot.version + 1,
        updatedAt: ctx.now,
        ...stampsOf(transition, ctx.now),
        ...(comment ? { reviewComment: comment } : {}),
      })
      .where(eq(slots.id, slot.id))
      .run();
    // Approving stamps the day it opened: the dashboard's timing row follows (decision 039).
    if (input.command === "approve") refreshSlotFacts(tx, slot.id);
    recordSlotEvent(tx, slot.id, input.command, ctx.now, actorLabel(ctx.actor), comment);
    if (input.command === "submit") notifySlotSubmitted(tx, ctx, slot);
    if ("notify" in transition) {
      notifyCompanyHr(
        tx,
        slot.companyId,
        { ...transition.notify, kind: "slotReviewed", link: `/company/slots/${slot.id}`, vars: { title: slot.title, comment: comment ?? "" } },
        ctx.now);
    }
    recordAudit(tx, ctx, `slot.${input.command}`, slotSubject(slot), { title: slot.title, from: slot.status, to: transition.to, ...(comment ? { comment } : {}) });
  });
}

/**
 * What sending to the jobcentre and approving both require, checked again at each step:
 * a verified company, the representative's confirmation where the workplace has one, room
 * under the reasonableness cap, and an active task — the same facts the page uses to offer
 * the step (submitBlockers), the company's through the one company policy.
 */
function assertSubmittable(tx: DbOrTx, slot: SlotRow) {
  const company = tx.select({ status: companies.status }).from(companies).where(eq(companies.id, slot.companyId)).get();
  const meter = workplaceMeter(tx, slot.workplaceId, { kind: slot.kind, seats: slot.seats, weeklyHours: slot.startHours, targetHours: slot.targetHours }, slot.id);
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
    companyVerified: companyMay(company?.status, "submit"),
    fits: meter.fits,
    hasActiveTask: activeTask !== undefined,
  });
  // The company's own state first: nothing else matters until the jobcentre has verified it.
  if (blockers.includes("companyNotVerified")) throw invalid(COMPANY_REFUSAL.submit);
  if (blockers.includes("representative")) throw invalid("error.slot.needsRepresentative");
  if (blockers.includes("overCap")) throw new OverCapacity(meter);
  if (blockers.includes("noActiveTasks")) throw invalid("error.slot.tasks", "taskIds");
}

export { isFreelyEditable };
