import { refreshPlacementFacts } from "../dashboard/facts.server";
import { and, eq, gt, inArray } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { candidates, followUps, placementEndings, placements, placementStatusChecks, proposals, slots } from "~/db/schema";
import type { Ctx } from "../actor";
import { conflict, forbidden, notFound, type DomainError } from "../errors";
import { recordAudit } from "../shared/audit.server";
import { canTransition } from "../shared/transitions";
import { copenhagenDate } from "../shared/working-days";
import { durationMessage } from "./commands.server";
import { PlacementInvalid } from "./invalid";
import { durationBreach } from "./duration";
import { endErrors, moveEndErrors, statusErrors } from "./end-errors";
import { END_COMMAND, PLACEMENT_TRANSITIONS, statusDueOn, type EndAnswers } from "./ending";
import type { StatusCategory } from "./ending-vocabulary";
import { notifyPlacementCompany, notifyPlacementConsultant, type PlacementNotice } from "./notify.server";
import { isCompanySide, mayStartPlacement } from "./policy";
import { closeFollowUps, syncFollowUpSchedule } from "./schedule.server";
import { refreshPlacementSignals } from "./signals.server";
import { closeStatusTask, openStatusTask } from "./status-tasks.server";

type PlacementRow = typeof placements.$inferSelect;
type Errors = Record<string, DomainError["messageKey"]>;

/** HR of the company or the jobcentre's staff may end a placement or move its end; a mentor may not. */
function managedPlacement(tx: DbOrTx, ctx: Ctx, placementId: number): PlacementRow {
  if (ctx.actor.role === "mentor") throw forbidden();
  const p = tx.select().from(placements).where(eq(placements.id, placementId)).get();
  if (!p || !mayStartPlacement(ctx.actor, p)) throw notFound();
  return p;
}

function consultantOf(tx: DbOrTx, p: PlacementRow): number {
  return tx.select({ id: proposals.proposedByUserId }).from(proposals).where(eq(proposals.id, p.proposalId)).get()!.id;
}

function slotTitle(tx: DbOrTx, p: PlacementRow): string {
  return tx.select({ title: slots.title }).from(slots).where(eq(slots.id, p.slotId)).get()?.title ?? "";
}

/** Tells both sides (HR and the mentor, and the consultant who proposed), never the one who acted. */
function tellBothSides(tx: DbOrTx, ctx: Ctx, p: PlacementRow, notice: PlacementNotice): void {
  notifyPlacementCompany(tx, p, notice, ctx.now, ctx.actor.userId);
  notifyPlacementConsultant(tx, p, consultantOf(tx, p), notice, ctx.now, ctx.actor.userId);
}

/**
 * Ends an active placement, completed or interrupted (each its own transition), with the day,
 * the structured reason and the outcome. The citizen is free again (the fit and the meter read
 * only active placements), follow-ups after the end that were never begun go, and the
 * three-month status is scheduled. One transaction; audited; both sides told.
 */
export function endPlacement(ctx: Ctx, input: EndAnswers & { placementId: number; version: number }): void {
  const today = copenhagenDate(ctx.now);
  ctx.db.transaction((tx) => {
    const p = managedPlacement(tx, ctx, input.placementId);
    const command = END_COMMAND[input.kind];
    if (!canTransition(PLACEMENT_TRANSITIONS, command, p.status)) throw conflict("error.ending.alreadyEnded");
    if (p.version !== input.version) throw conflict("error.ending.conflict");
    const errors = endErrors(input, p, today) as Errors;
    if (Object.keys(errors).length > 0) throw new PlacementInvalid(errors);
    const to = PLACEMENT_TRANSITIONS[command].to;
    tx.update(placements).set({ status: to, version: p.version + 1, updatedAt: ctx.now }).where(and(eq(placements.id, p.id), eq(placements.version, p.version))).run();
    const dueOn = statusDueOn(input.endedOn);
    tx.insert(placementEndings)
      .values({ placementId: p.id, kind: input.kind, endedOn: input.endedOn, reason: input.reason, reasonText: input.reasonText, outcome: input.outcome, outcomeHours: input.outcomeHours, statusDueOn: dueOn, endedByUserId: ctx.actor.userId, endedAt: ctx.now })
      .run();
    openStatusTask(tx, p, dueOn);
    const stale = tx
      .select({ id: followUps.id })
      .from(followUps)
      .where(and(eq(followUps.placementId, p.id), eq(followUps.status, "due"), gt(followUps.dueDate, input.endedOn)))
      .all()
      .map((f) => f.id);
    if (stale.length) tx.delete(followUps).where(inArray(followUps.id, stale)).run();
    closeFollowUps(tx, p.id);
    refreshPlacementSignals(tx, p.id);
    refreshPlacementFacts(tx, p.id);
    recordAudit(tx, ctx, input.kind === "completed" ? "placement.completed" : "placement.interrupted", { type: "placement", id: p.id, jobcentreId: p.jobcentreId, companyId: p.companyId }, {
      endedOn: input.endedOn,
      reason: input.reason,
      outcome: input.outcome,
      outcomeHours: input.outcomeHours,
    });
    tellBothSides(tx, ctx, p, {
      subjectKey: input.kind === "completed" ? "mail.placementCompleted.subject" : "mail.placementInterrupted.subject",
      bodyKey: input.kind === "completed" ? "mail.placementCompleted.body" : "mail.placementInterrupted.body",
      vars: { title: slotTitle(tx, p), endedOn: input.endedOn },
    });
  });
}

/**
 * Moves the planned end of an active placement (shorter or longer), within the duration rule
 * for the citizen's target group; the follow-up schedule is remade. The company is told the
 * limit only, never the reason. Audited; the other side is told.
 */
export function movePlacementEnd(ctx: Ctx, input: { placementId: number; version: number; plannedEndDate: string }): void {
  const today = copenhagenDate(ctx.now);
  ctx.db.transaction((tx) => {
    const p = managedPlacement(tx, ctx, input.placementId);
    if (p.status !== "active") throw conflict("error.ending.alreadyEnded");
    if (p.version !== input.version) throw conflict("error.ending.conflict");
    const errors = moveEndErrors(input.plannedEndDate, p, today) as Errors;
    if (Object.keys(errors).length > 0) throw new PlacementInvalid(errors);
    const c = tx.select().from(candidates).where(eq(candidates.id, p.candidateId)).get()!;
    const breach = durationBreach(
      { kind: p.kind, targetGroup: c.targetGroup, hasWorkExperience: Boolean(c.experience) || c.experienceIndustries.length > 0, assessed: p.assessmentOn !== null, employer: "private", startDate: p.startDate },
      input.plannedEndDate,
    );
    if (breach) throw new PlacementInvalid({ plannedEndDate: durationMessage(breach) });
    tx.update(placements).set({ plannedEndDate: input.plannedEndDate, version: p.version + 1, updatedAt: ctx.now }).where(eq(placements.id, p.id)).run();
    syncFollowUpSchedule(tx, { ...p, plannedEndDate: input.plannedEndDate }, ctx.now);
    refreshPlacementFacts(tx, p.id);
    recordAudit(tx, ctx, "placement.end_moved", { type: "placement", id: p.id, jobcentreId: p.jobcentreId, companyId: p.companyId }, { from: p.plannedEndDate, to: input.plannedEndDate });
    const notice: PlacementNotice = { subjectKey: "mail.placementEndMoved.subject", bodyKey: "mail.placementEndMoved.body", vars: { title: slotTitle(tx, p), endDate: input.plannedEndDate } };
    if (isCompanySide(ctx.actor.role)) notifyPlacementConsultant(tx, p, consultantOf(tx, p), notice, ctx.now, ctx.actor.userId);
    else notifyPlacementCompany(tx, p, notice, ctx.now, ctx.actor.userId);
  });
}

/**
 * The consultant records the citizen's status three months after the end, in the national
 * statistics' categories, on or after its day; once. The company never sees it.
 */
export function recordStatusCheck(ctx: Ctx, input: { placementId: number; category: StatusCategory; hours: number | null }): void {
  if (isCompanySide(ctx.actor.role)) throw forbidden();
  const today = copenhagenDate(ctx.now);
  ctx.db.transaction((tx) => {
    const p = managedPlacement(tx, ctx, input.placementId);
    const ending = tx.select().from(placementEndings).where(eq(placementEndings.placementId, p.id)).get();
    if (!ending) throw conflict("error.ending.notEnded");
    if (tx.select({ id: placementStatusChecks.id }).from(placementStatusChecks).where(eq(placementStatusChecks.placementId, p.id)).get()) throw conflict("error.ending.statusRecorded");
    const errors = statusErrors(input, ending.statusDueOn, today) as Errors;
    if (Object.keys(errors).length > 0) throw new PlacementInvalid(errors);
    tx.insert(placementStatusChecks).values({ placementId: p.id, onDate: ending.statusDueOn, category: input.category, hours: input.hours, recordedByUserId: ctx.actor.userId, recordedAt: ctx.now }).run();
    refreshPlacementFacts(tx, p.id);
    closeStatusTask(tx, p.id);
    recordAudit(tx, ctx, "placement.status_recorded", { type: "placement", id: p.id, jobcentreId: p.jobcentreId, companyId: p.companyId }, { category: input.category, hours: input.hours, onDate: ending.statusDueOn });
  });
}
