import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { companies, consultantNotes, followUpComments, followUps, placementAdjustments, placementEndings, placementGoals, placements, placementStatusChecks, slots } from "~/db/schema";
import { fromOre } from "./wage";

/**
 * Everything held about one citizen's placements, for an access request (GDPR art. 15): the
 * agreement (dates, hours, days, goals, a løntilskud's wage), every follow-up with the mentor's
 * words, comments, adjustments, the consultant's notes, the end and the status three months on.
 * The caller has checked that the candidate is the actor's jobcentre's and audits the export.
 */
export function placementsForAccessRequest(db: DbOrTx, candidateId: number) {
  const rows = db
    .select({ p: placements, slotTitle: slots.title, company: companies.name })
    .from(placements)
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(companies, eq(companies.id, placements.companyId))
    .where(eq(placements.candidateId, candidateId))
    .orderBy(asc(placements.startDate), asc(placements.id))
    .all();
  const ids = rows.map((r) => r.p.id);
  if (ids.length === 0) return [];
  const goals = db.select().from(placementGoals).where(inArray(placementGoals.placementId, ids)).orderBy(asc(placementGoals.position)).all();
  const fus = db.select().from(followUps).where(inArray(followUps.placementId, ids)).orderBy(asc(followUps.dueDate)).all();
  const comments = fus.length ? db.select().from(followUpComments).where(inArray(followUpComments.followUpId, fus.map((f) => f.id))).orderBy(asc(followUpComments.createdAt)).all() : [];
  const adjustments = db.select().from(placementAdjustments).where(inArray(placementAdjustments.placementId, ids)).orderBy(asc(placementAdjustments.id)).all();
  const notes = db.select().from(consultantNotes).where(inArray(consultantNotes.placementId, ids)).orderBy(asc(consultantNotes.createdAt)).all();
  const endings = db.select().from(placementEndings).where(inArray(placementEndings.placementId, ids)).all();
  const checks = db.select().from(placementStatusChecks).where(inArray(placementStatusChecks.placementId, ids)).all();
  return rows.map(({ p, slotTitle, company }) => {
    const ending = endings.find((e) => e.placementId === p.id);
    const check = checks.find((c) => c.placementId === p.id);
    return {
      slot: slotTitle,
      company,
      kind: p.kind,
      status: p.status,
      startDate: p.startDate,
      plannedEndDate: p.plannedEndDate,
      startHours: p.startHours,
      targetHours: p.targetHours,
      steps: p.steps,
      workingDays: p.workingDays,
      monthlyWageCost: fromOre(p.monthlyWageCostOre),
      goals: goals.filter((g) => g.placementId === p.id).map((g) => g.text),
      followUps: fus
        .filter((f) => f.placementId === p.id)
        .map((f) => ({
          week: f.week,
          dueDate: f.dueDate,
          status: f.status,
          submittedAt: f.submittedAt,
          daysPresent: f.daysPresent,
          daysPlanned: f.daysPlanned,
          hoursWorked: f.hoursWorked,
          wellBeing: f.wellBeing,
          wentWell: f.wentWell,
          concerns: f.concerns,
          suggestionText: f.suggestionText,
          comments: comments.filter((c) => c.followUpId === f.id).map((c) => ({ at: c.createdAt, text: c.text })),
        })),
      adjustments: adjustments.filter((a) => a.placementId === p.id).map((a) => ({ status: a.status, hours: a.hours, days: a.days, fromDate: a.fromDate, suggestionText: a.suggestionText, reason: a.reason })),
      consultantNotes: notes.filter((n) => n.placementId === p.id).map((n) => ({ at: n.createdAt, text: n.text })),
      ending: ending ? { kind: ending.kind, endedOn: ending.endedOn, reason: ending.reason, reasonText: ending.reasonText, outcome: ending.outcome, outcomeHours: ending.outcomeHours } : null,
      statusThreeMonthsOn: check ? { onDate: check.onDate, category: check.category, hours: check.hours } : null,
    };
  });
}
