import { refreshPlacementFacts, refreshSlotFacts } from "../dashboard/facts.server";
import { and, eq, inArray } from "drizzle-orm";
import { candidates, companies, placementGoals, placements, placementTasks, proposals, slots, tasks } from "~/db/schema";
import type { Ctx } from "../actor";
import { addDays } from "../candidates/consent";
import { covers } from "../candidates/consent";
import { currentConsent } from "../candidates/consent.server";
import { conflict, forbidden, invalid, notFound, type DomainError, type MessageWithVars } from "../errors";
import { recordAudit } from "../shared/audit.server";
import { copenhagenDate } from "../shared/working-days";
import { slotRuleErrors } from "../slots/schema";
import { workplaceMeter } from "../slots/meter.server";
import { RULES } from "../rules/rules";
import { durationBreach, lastDayAfterWeeks, type DurationLimit } from "./duration";
import { notifyPlacementCompany, notifyPlacementConsultant } from "./notify.server";
import { syncFollowUpSchedule } from "./schedule.server";
import { isCompanySide, mayStartPlacement } from "./policy";
import type { StartInput } from "./schema";
import { toOre, wageCostError } from "./wage";
import { PlacementInvalid } from "./invalid";


/** The duration rule's message: the company side is told the limit, never the target group behind it. */
export function durationMessage(limit: DurationLimit): MessageWithVars {
  if (limit.months !== null) return { key: "error.placement.tooLongMonths", vars: { count: limit.months, lastDay: limit.lastDay } };
  return { key: "error.placement.tooLongWeeks", vars: { count: limit.weeks ?? 0, lastDay: limit.lastDay } };
}

/**
 * HR of the company or the jobcentre's consultant starts the placement agreed in an accepted
 * proposal: the plan (start, length, hours, days, tasks) taken from the slot and edited, one
 * to three goals; for løntilskud the total monthly wage cost (required there, refused for any
 * other kind). Refused while consent does not cover the company, when the citizen is
 * already in a placement, beyond the target group's longest duration, or over the
 * workplace's reasonableness cap. One transaction; audited; the other side is told.
 */
export function startPlacement(ctx: Ctx, input: StartInput): number {
  const { actor } = ctx;
  if (actor.role === "mentor") throw forbidden();
  const today = copenhagenDate(ctx.now);
  return ctx.db.transaction((tx) => {
    const row = tx
      .select({ proposal: proposals, slot: slots, candidate: candidates })
      .from(proposals)
      .innerJoin(slots, eq(slots.id, proposals.slotId))
      .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
      .where(eq(proposals.id, input.proposalId))
      .get();
    if (!row || !mayStartPlacement(actor, row.proposal)) throw notFound();
    const { proposal, slot, candidate } = row;
    // The assessment is the jobcentre's record; the company never sets (or sees) it.
    if (isCompanySide(actor.role) && input.assessmentOn !== null) throw forbidden();
    if (proposal.status !== "accepted") throw conflict("error.placement.notAccepted");
    if (tx.select({ id: placements.id }).from(placements).where(eq(placements.proposalId, proposal.id)).get()) throw conflict("error.placement.alreadyStarted");
    const busy = tx.select({ id: placements.id }).from(placements).where(and(eq(placements.candidateId, candidate.id), eq(placements.status, "active"))).get();
    if (busy) throw conflict("error.placement.candidateBusy");
    if (!covers(currentConsent(tx, candidate.id), proposal.companyId, today)) throw invalid("error.placement.consent");

    const errors: Record<string, DomainError["messageKey"] | MessageWithVars> = {};
    const P = RULES.placements;
    if (input.startDate < addDays(today, -P.startBackDays)) errors.startDate = { key: "error.placement.startTooEarly", vars: { days: P.startBackDays } };
    else if (input.startDate > addDays(today, P.startAheadDays)) errors.startDate = "error.placement.startTooLate";
    Object.assign(
      errors,
      slotRuleErrors(
        { startHours: input.startHours, targetHours: input.targetHours, taskIds: input.taskIds, lengthWeeks: input.lengthWeeks, steps: input.steps, workingDays: input.workingDays, dayStart: slot.dayStart, dayEnd: slot.dayEnd },
        ctx.now,
      ),
    );
    if (input.goals.length === 0) errors.goal1 = "error.placement.goals";
    const wageError = wageCostError(slot.kind, input.monthlyWageCost);
    if (wageError) errors.monthlyWageCost = wageError;
    if (input.assessmentOn !== null && input.assessmentOn > today) errors.assessmentOn = "error.placement.assessmentOn";
    const taskIds = [...new Set(input.taskIds)];
    if (taskIds.length > 0) {
      const own = tx
        .select({ id: tasks.id })
        .from(tasks)
        .where(and(inArray(tasks.id, taskIds), eq(tasks.companyId, proposal.companyId), eq(tasks.status, "active")))
        .all();
      if (own.length !== taskIds.length) errors.taskIds = "error.slot.tasks";
    }
    const plannedEndDate = lastDayAfterWeeks(input.startDate, input.lengthWeeks);
    const breach = durationBreach(
      {
        kind: slot.kind,
        targetGroup: candidate.targetGroup,
        hasWorkExperience: Boolean(candidate.experience) || candidate.experienceIndustries.length > 0,
        assessed: input.assessmentOn !== null,
        employer: "private",
        startDate: input.startDate,
      },
      plannedEndDate,
    );
    if (breach && !errors.startDate) errors.lengthWeeks = durationMessage(breach);
    if (Object.keys(errors).length > 0) throw new PlacementInvalid(errors);

    const placement = tx
      .insert(placements)
      .values({
        proposalId: proposal.id,
        candidateId: candidate.id,
        slotId: slot.id,
        companyId: proposal.companyId,
        jobcentreId: proposal.jobcentreId,
        workplaceId: slot.workplaceId,
        mentorUserId: slot.mentorUserId,
        // The lists of "mine" and of a team read it here; a handover moves it (decision 049).
        responsibleUserId: candidate.responsibleUserId,
        kind: slot.kind,
        startDate: input.startDate,
        plannedEndDate,
        startHours: input.startHours,
        targetHours: input.targetHours,
        steps: input.steps,
        workingDays: input.workingDays,
        assessmentOn: input.assessmentOn,
        monthlyWageCostOre: input.monthlyWageCost === null ? null : toOre(input.monthlyWageCost),
        startedByUserId: actor.userId,
        startedAt: ctx.now,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: placements.id })
      .get();
    for (const taskId of taskIds) tx.insert(placementTasks).values({ placementId: placement.id, taskId }).run();
    input.goals.forEach((text, i) => tx.insert(placementGoals).values({ placementId: placement.id, position: i + 1, text }).run());
    syncFollowUpSchedule(tx, { id: placement.id, jobcentreId: proposal.jobcentreId, startDate: input.startDate, plannedEndDate, workingDays: input.workingDays }, ctx.now);
    refreshPlacementFacts(tx, placement.id);
    refreshSlotFacts(tx, slot.id);
    // The person now takes the seat: checked with them in, so a plan above the slot's hours cannot slip past the cap.
    const meter = workplaceMeter(tx, slot.workplaceId, null, undefined, ctx.now);
    if (meter && !meter.fits) throw new PlacementInvalid({ startHours: { key: "error.placement.overCapacity", vars: { used: meter.used, capacity: meter.capacity } } });

    recordAudit(tx, ctx, "placement.started", { type: "placement", id: placement.id, jobcentreId: proposal.jobcentreId, companyId: proposal.companyId }, { proposalId: proposal.id, candidateId: candidate.id, startDate: input.startDate, plannedEndDate, weeklyHours: input.startHours });
    const company = tx.select({ name: companies.name }).from(companies).where(eq(companies.id, proposal.companyId)).get()!;
    const notice = { subjectKey: "mail.placementStarted.subject" as const, bodyKey: "mail.placementStarted.body" as const, vars: { title: slot.title, company: company.name, startDate: { date: input.startDate } } };
    const target = { id: placement.id, companyId: proposal.companyId, mentorUserId: slot.mentorUserId };
    notifyPlacementCompany(tx, target, notice, ctx.now, actor.userId);
    notifyPlacementConsultant(tx, target, proposal.proposedByUserId, notice, ctx.now, actor.userId);
    return placement.id;
  });
}
