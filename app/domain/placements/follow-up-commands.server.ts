import { refreshPlacementFacts } from "../dashboard/facts.server";
import { and, eq, inArray } from "drizzle-orm";
import { refreshPlacementSignals } from "./signals.server";
import type { DbOrTx } from "~/db/client.server";
import { companies, followUpComments, followUps, placementAdjustments, placementGoals, proposals, slots, tasks } from "~/db/schema";
import type { placements } from "~/db/schema";
import type { Ctx } from "../actor";
import { addDays } from "../candidates/consent";
import { conflict, forbidden, invalid, notFound, type DomainError } from "../errors";
import { recordAudit } from "../shared/audit.server";
import { copenhagenDate } from "../shared/working-days";
import { workplaceMeter } from "../slots/meter.server";
import { PlacementInvalid } from "./invalid";
import { missingForSubmit, type FollowUpAnswers } from "./follow-up-schema";
import { notifyPlacementCompany, notifyPlacementConsultant } from "./notify.server";
import { isCompanySide } from "./policy";
import { syncFollowUpSchedule } from "./schedule.server";
import { lockedPlacement, requireJobcentre } from "./note-commands.server";
export { addConsultantNote } from "./note-commands.server";
import { approvedAdjustments, termsOn } from "./terms.server";
import { FOLLOW_UP_OPENS_DAYS_BEFORE } from "./vocabulary";
import { currentTaskIds } from "./follow-up-queries.server";

type PlacementRow = typeof placements.$inferSelect;



/**
 * The mentor (or HR) saves a follow-up: as a draft, kept for later, or submitted, when every
 * answer is there. A suggested change of hours, days or tasks goes to the consultant as a
 * proposed adjustment. Submitting tells the consultant.
 */
export function saveFollowUp(ctx: Ctx, input: { placementId: number; followUpId: number; version: number; intent: "draft" | "submit"; answers: FollowUpAnswers }): void {
  if (!isCompanySide(ctx.actor.role)) throw forbidden();
  const today = copenhagenDate(ctx.now);
  ctx.db.transaction((tx) => {
    const p = lockedPlacement(tx, ctx, input.placementId);
    const f = tx.select().from(followUps).where(and(eq(followUps.id, input.followUpId), eq(followUps.placementId, p.id))).get();
    if (!f) throw notFound();
    if (p.status !== "active") throw conflict("error.followUp.placementEnded");
    if (f.status === "submitted") throw conflict("error.followUp.alreadySubmitted");
    if (f.version !== input.version) throw conflict("error.followUp.conflict");
    if (f.dueDate > addDays(today, FOLLOW_UP_OPENS_DAYS_BEFORE)) throw invalid("error.followUp.notYet");
    const a = input.answers;
    const terms = termsOn(p, currentTaskIds(tx, p.id), approvedAdjustments(tx, p.id), f.dueDate);
    const goalIds = tx.select({ id: placementGoals.id }).from(placementGoals).where(eq(placementGoals.placementId, p.id)).all().map((g) => g.id);
    // Answers only for this placement's tasks and goals.
    const taskProgress = Object.fromEntries(Object.entries(a.taskProgress).filter(([id]) => terms.taskIds.includes(Number(id))));
    const goalProgress = Object.fromEntries(Object.entries(a.goalProgress).filter(([id]) => goalIds.includes(Number(id))));
    const clean = { ...a, taskProgress, goalProgress };
    if (input.intent === "submit") {
      const errors = missingForSubmit(clean, terms.taskIds, goalIds);
      if (Object.keys(errors).length > 0) throw new PlacementInvalid(errors as Record<string, DomainError["messageKey"]>);
    }
    const submitted = input.intent === "submit";
    tx.update(followUps)
      // Sent, it is no longer open (decision 044); a draft stays open on its day.
      .set({ ...clean, status: submitted ? "submitted" : "draft", openOn: submitted ? null : f.dueDate, savedByUserId: ctx.actor.userId, savedAt: ctx.now, submittedAt: submitted ? ctx.now : null, version: f.version + 1, updatedAt: ctx.now })
      .where(eq(followUps.id, f.id))
      .run();
    refreshPlacementSignals(tx, p.id);
    if (!submitted) return;
    const suggests = a.suggestedHours !== null || a.suggestedDays !== null || a.suggestionText !== null;
    if (suggests) tx.insert(placementAdjustments).values({ placementId: p.id, followUpId: f.id, hours: a.suggestedHours, days: a.suggestedDays, suggestionText: a.suggestionText, createdAt: ctx.now }).run();
    recordAudit(tx, ctx, "follow_up.submitted", { type: "placement", id: p.id, jobcentreId: p.jobcentreId, companyId: p.companyId }, { followUpId: f.id, week: f.week, wellBeing: a.wellBeing, suggestsAdjustment: suggests });
    const consultantId = tx.select({ id: proposals.proposedByUserId }).from(proposals).where(eq(proposals.id, p.proposalId)).get()!.id;
    notifyPlacementConsultant(tx, p, consultantId, { subjectKey: "mail.followUpSubmitted.subject", bodyKey: "mail.followUpSubmitted.body", vars: { title: slotTitle(tx, p.slotId), week: String(f.week) } }, ctx.now, ctx.actor.userId);
  });
}

function slotTitle(tx: DbOrTx, slotId: number): string {
  return tx.select({ title: slots.title }).from(slots).where(eq(slots.id, slotId)).get()?.title ?? "";
}



/** The consultant comments on a submitted follow-up; the company side sees it and is told. */
export function commentOnFollowUp(ctx: Ctx, input: { placementId: number; followUpId: number; text: string }): void {
  requireJobcentre(ctx);
  ctx.db.transaction((tx) => {
    const p = lockedPlacement(tx, ctx, input.placementId);
    const f = tx.select().from(followUps).where(and(eq(followUps.id, input.followUpId), eq(followUps.placementId, p.id))).get();
    if (!f) throw notFound();
    if (f.status !== "submitted") throw conflict("error.followUp.notSubmitted");
    tx.insert(followUpComments).values({ followUpId: f.id, userId: ctx.actor.userId, text: input.text, createdAt: ctx.now }).run();
    recordAudit(tx, ctx, "follow_up.commented", { type: "placement", id: p.id, jobcentreId: p.jobcentreId, companyId: p.companyId }, { followUpId: f.id });
    notifyPlacementCompany(tx, p, { subjectKey: "mail.followUpComment.subject", bodyKey: "mail.followUpComment.body", vars: { title: slotTitle(tx, p.slotId), week: String(f.week) } }, ctx.now, ctx.actor.userId);
  });
}

export type Decision = { decision: "approve"; fromDate: string; hours: number | null; days: PlacementRow["workingDays"] | null; taskIds: number[] | null } | { decision: "decline"; reason: string };

/**
 * The consultant approves a suggested adjustment — hours, days or tasks from a date within
 * the placement, the hours inside the slot's usual times and the workplace's cap — or
 * declines it with a reason. Logged and told to the company side.
 */
export function decideAdjustment(ctx: Ctx, input: { placementId: number; adjustmentId: number } & Decision): void {
  requireJobcentre(ctx);
  ctx.db.transaction((tx) => {
    const p = lockedPlacement(tx, ctx, input.placementId);
    const adj = tx.select().from(placementAdjustments).where(and(eq(placementAdjustments.id, input.adjustmentId), eq(placementAdjustments.placementId, p.id))).get();
    if (!adj) throw notFound();
    if (adj.status !== "proposed") throw conflict("error.adjustment.decided");
    const subject = { type: "placement", id: p.id, jobcentreId: p.jobcentreId, companyId: p.companyId };
    const title = slotTitle(tx, p.slotId);
    if (input.decision === "decline") {
      tx.update(placementAdjustments).set({ status: "declined", reason: input.reason, decidedByUserId: ctx.actor.userId, decidedAt: ctx.now }).where(eq(placementAdjustments.id, adj.id)).run();
      recordAudit(tx, ctx, "adjustment.declined", subject, { adjustmentId: adj.id });
      notifyPlacementCompany(tx, p, { subjectKey: "mail.adjustmentDeclined.subject", bodyKey: "mail.adjustmentDeclined.body", vars: { title } }, ctx.now, ctx.actor.userId);
      return;
    }
    if (p.status !== "active") throw conflict("error.followUp.placementEnded");
    const errors: Record<string, DomainError["messageKey"]> = {};
    if (input.fromDate < p.startDate || input.fromDate > p.plannedEndDate) errors.fromDate = "error.adjustment.fromDate";
    const before = termsOn(p, currentTaskIds(tx, p.id), approvedAdjustments(tx, p.id), input.fromDate);
    // What the form sends unchanged is no change: only what differs is adjusted.
    const same = (a: readonly (string | number)[], b: readonly (string | number)[]) => a.length === b.length && a.every((x) => b.includes(x));
    const hours = input.hours !== null && input.hours !== before.hours ? input.hours : null;
    const newDays = input.days !== null && !same(input.days, before.days) ? input.days : null;
    const taskIds = input.taskIds !== null && !same(input.taskIds, before.taskIds) ? input.taskIds : null;
    if (newDays !== null && newDays.length === 0) errors.days = "error.slot.days";
    if (hours === null && newDays === null && taskIds === null && !errors.days) errors.hours = "error.adjustment.nothing";
    const slot = tx.select({ dayStart: slots.dayStart, dayEnd: slots.dayEnd }).from(slots).where(eq(slots.id, p.slotId)).get()!;
    const days = newDays ?? before.days;
    const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
    if ((hours ?? before.hours) > (days.length * (minutes(slot.dayEnd) - minutes(slot.dayStart))) / 60 + 1e-9) errors.hours = "error.slot.hoursExceedSchedule";
    if (taskIds !== null) {
      const own = taskIds.length ? tx.select({ id: tasks.id }).from(tasks).where(and(inArray(tasks.id, taskIds), eq(tasks.companyId, p.companyId), eq(tasks.status, "active"))).all() : [];
      if (taskIds.length === 0 || own.length !== taskIds.length) errors.taskIds = "error.slot.tasks";
    }
    if (Object.keys(errors).length > 0) throw new PlacementInvalid(errors);
    tx.update(placementAdjustments)
      .set({ status: "approved", fromDate: input.fromDate, hours, days: newDays, taskIds, decidedByUserId: ctx.actor.userId, decidedAt: ctx.now })
      .where(eq(placementAdjustments.id, adj.id))
      .run();
    refreshPlacementFacts(tx, p.id);
    const meter = workplaceMeter(tx, p.workplaceId, null, undefined, new Date(`${input.fromDate}T12:00:00Z`));
    if (meter && !meter.fits) throw new PlacementInvalid({ hours: { key: "error.placement.overCapacity", vars: { used: meter.used, capacity: meter.capacity } } });
    recordAudit(tx, ctx, "adjustment.approved", subject, { adjustmentId: adj.id, fromDate: input.fromDate, hours, days: newDays?.join(",") ?? null, tasks: taskIds?.join(",") ?? null });
    const company = tx.select({ name: companies.name }).from(companies).where(eq(companies.id, p.companyId)).get()!;
    notifyPlacementCompany(tx, p, { subjectKey: "mail.adjustmentApproved.subject", bodyKey: "mail.adjustmentApproved.body", vars: { title, company: company.name, fromDate: { date: input.fromDate } } }, ctx.now, ctx.actor.userId);
  });
}


export { syncFollowUpSchedule };
