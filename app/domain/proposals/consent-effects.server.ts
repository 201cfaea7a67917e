import { and, eq, inArray } from "drizzle-orm";
import { bumpDashboardVersion } from "../dashboard/versions.server";
import type { DbOrTx } from "~/db/client.server";
import { proposals, slots } from "~/db/schema";
import type { Ctx } from "../actor";
import { recordAudit } from "../shared/audit.server";
import { covers } from "../candidates/consent";
import { currentConsent } from "../candidates/consent.server";
import { copenhagenDate } from "../shared/working-days";
import { OPEN_PROPOSAL_STATUSES } from "./schema";
import { notifyCompanySide } from "./notify.server";

/**
 * After a consent change: every open proposal to a company the consent no longer covers is
 * withdrawn at once, and the company is told only that the candidate is no longer available.
 */
export function endUncoveredProposals(tx: DbOrTx, ctx: Ctx, candidateId: number): number {
  const consent = currentConsent(tx, candidateId);
  const today = copenhagenDate(ctx.now);
  const open = tx
    .select({ id: proposals.id, companyId: proposals.companyId, jobcentreId: proposals.jobcentreId, version: proposals.version, slotTitle: slots.title, mentorUserId: slots.mentorUserId })
    .from(proposals)
    .innerJoin(slots, eq(proposals.slotId, slots.id))
    .where(and(eq(proposals.candidateId, candidateId), inArray(proposals.status, OPEN_PROPOSAL_STATUSES)))
    .all();
  let ended = 0;
  for (const p of open) {
    if (covers(consent, p.companyId, today)) continue;
    tx.update(proposals)
      .set({ status: "withdrawn", withdrawalReason: "consent_ended", closedAt: ctx.now, updatedAt: ctx.now, version: p.version + 1 })
      .where(eq(proposals.id, p.id))
      .run();
    bumpDashboardVersion(tx, p.jobcentreId);
    recordAudit(tx, ctx, "proposal.consentEnded", { type: "proposal", id: p.id, jobcentreId: p.jobcentreId, companyId: p.companyId }, { candidateId });
    // The proposal's page is gone for the company the moment consent ends: the notice leads to the list.
    notifyCompanySide(tx, p, { subjectKey: "mail.proposalUnavailable.subject", bodyKey: "mail.proposalUnavailable.body", vars: { title: p.slotTitle } }, ctx.now, { link: "/company/proposals" });
    ended += 1;
  }
  return ended;
}
