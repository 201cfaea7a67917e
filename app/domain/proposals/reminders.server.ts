import { and, eq, isNull, lte } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { proposals, slots } from "~/db/schema";
import { covers } from "../candidates/consent";
import { currentConsent } from "../candidates/consent.server";
import { recordAudit } from "../shared/audit.server";
import { copenhagenDate } from "../shared/working-days";
import { companyProposalLink, jobcentreProposalLink, notifyCompanySide, notifyConsultant } from "./notify.server";
import { isUnanswered } from "./unanswered";

/** Five working days are never fewer than five calendar days: a cheap first cut in SQL. */
const FIVE_DAYS_MS = 5 * 24 * 60 * 60 * 1000;

/**
 * Reminds HR, the slot's mentor and the consultant once of each proposal that has waited 5
 * working days for the company's first answer. `reminded_at` is set by a conditional update in
 * the same transaction as the notices, so a second run (or a second process) never sends it
 * again. A proposal whose consent no longer covers the company is left alone: the company may
 * not see it, so there is nothing to remind them of.
 */
export function remindUnansweredProposals(db: Db, now: Date): { reminded: number } {
  const waiting = db
    .select({
      id: proposals.id,
      status: proposals.status,
      proposedAt: proposals.proposedAt,
      candidateId: proposals.candidateId,
      companyId: proposals.companyId,
      jobcentreId: proposals.jobcentreId,
      proposedByUserId: proposals.proposedByUserId,
      slotTitle: slots.title,
      mentorUserId: slots.mentorUserId,
    })
    .from(proposals)
    .innerJoin(slots, eq(slots.id, proposals.slotId))
    .where(and(eq(proposals.status, "proposed"), isNull(proposals.remindedAt), lte(proposals.proposedAt, new Date(now.getTime() - FIVE_DAYS_MS))))
    .all()
    .filter((p) => isUnanswered(p, now));
  const today = copenhagenDate(now);
  let reminded = 0;
  for (const p of waiting) {
    db.transaction((tx) => {
      if (!covers(currentConsent(tx, p.candidateId), p.companyId, today)) return;
      const { changes } = tx
        .update(proposals)
        .set({ remindedAt: now })
        .where(and(eq(proposals.id, p.id), eq(proposals.status, "proposed"), isNull(proposals.remindedAt)))
        .run();
      if (changes !== 1) return;
      const vars = { title: p.slotTitle };
      notifyCompanySide(tx, p, { subjectKey: "mail.proposalReminder.subject", bodyKey: "mail.proposalReminder.body", vars }, now, { kind: "proposalReminder", link: companyProposalLink(p.id) });
      notifyConsultant(tx, p.proposedByUserId, { subjectKey: "mail.proposalReminderConsultant.subject", bodyKey: "mail.proposalReminderConsultant.body", vars }, now, { kind: "proposalReminder", link: jobcentreProposalLink(p.id) });
      recordAudit(tx, { now, actorLabel: "Fodfæste" }, "proposal.reminded", { type: "proposal", id: p.id, jobcentreId: p.jobcentreId, companyId: p.companyId }, { candidateId: p.candidateId });
      reminded += 1;
    });
  }
  return { reminded };
}
