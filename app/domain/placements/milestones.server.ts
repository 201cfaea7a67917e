import { and, eq, gte, isNull, lte } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { placementEndings, placementMilestones, placements, proposals, slots } from "~/db/schema";
import { addDays } from "../candidates/consent";
import { recordAudit } from "../shared/audit.server";
import { copenhagenDate } from "../shared/working-days";
import { MILESTONE_WEEKS, milestoneReached, thirteenWeekMark } from "./ending";
import { notifyPlacementCompany, notifyPlacementConsultant } from "./notify.server";

/** A mark missed for longer than this (the job stopped for weeks) is no longer congratulated. */
export const MILESTONE_CATCH_UP_DAYS = 14;

/**
 * Congratulates the mentor, HR and the consultant once when a placement has run 13 weeks in a
 * row. The milestone row (unique per placement) is written in the same transaction as the
 * notices, so a second run or a second process never sends it again; a run after a pause
 * catches up on marks of the last two weeks.
 */
export function congratulateMilestones(db: Db, now: Date): { congratulated: number } {
  const today = copenhagenDate(now);
  // A placement reaches the mark on start + 13 weeks − 1 day: started on or before this day.
  const latestStart = addDays(today, -(MILESTONE_WEEKS * 7 - 1));
  const earliestStart = addDays(latestStart, -MILESTONE_CATCH_UP_DAYS);
  const candidates = db
    .select({ p: placements, endedOn: placementEndings.endedOn, slotTitle: slots.title, consultantId: proposals.proposedByUserId })
    .from(placements)
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(proposals, eq(proposals.id, placements.proposalId))
    .leftJoin(placementEndings, eq(placementEndings.placementId, placements.id))
    .leftJoin(placementMilestones, and(eq(placementMilestones.placementId, placements.id), eq(placementMilestones.kind, "weeks13")))
    .where(and(isNull(placementMilestones.id), lte(placements.startDate, latestStart), gte(placements.startDate, earliestStart)))
    .all()
    .filter((r) => milestoneReached({ startDate: r.p.startDate, status: r.p.status, endedOn: r.endedOn }, today));
  let congratulated = 0;
  for (const { p, slotTitle, consultantId } of candidates) {
    db.transaction((tx) => {
      const mark = thirteenWeekMark(p.startDate);
      const { changes } = tx.insert(placementMilestones).values({ placementId: p.id, kind: "weeks13", reachedOn: mark, congratulatedAt: now }).onConflictDoNothing().run();
      if (changes !== 1) return;
      const notice = { subjectKey: "mail.milestone13.subject" as const, bodyKey: "mail.milestone13.body" as const, vars: { title: slotTitle } };
      notifyPlacementCompany(tx, p, notice, now, 0);
      notifyPlacementConsultant(tx, p, consultantId, notice, now, 0);
      recordAudit(tx, { now, actorLabel: "Fodfæste" }, "placement.milestone_congratulated", { type: "placement", id: p.id, jobcentreId: p.jobcentreId, companyId: p.companyId }, { reachedOn: mark });
      congratulated += 1;
    });
  }
  return { congratulated };
}
