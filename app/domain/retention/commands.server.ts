import { and, eq, inArray, isNull } from "drizzle-orm";
import { bumpDashboardVersion } from "../dashboard/versions.server";
import type { DbOrTx } from "~/db/client.server";
import { candidates, consents, jobcentres, meetingOutcomes, proposals } from "~/db/schema";
import { anonymisePlacementTexts } from "../placements/anonymise.server";
import type { AnonCtx, Ctx } from "../actor";
import { conflict, forbidden } from "../errors";
import { ownCandidate } from "../candidates/commands.server";
import { keepConsentExpiry } from "../candidates/consent.server";
import { endUncoveredProposals } from "../proposals/consent-effects.server";
import { recordAudit, type AuditCtx } from "../shared/audit.server";
import { copenhagenDate } from "../shared/working-days";
import { retentionRows } from "./facts.server";
import { DEFAULT_RETENTION_MONTHS, isDue, latestStartFor } from "./rules";

export type AnonymiseReason = "retention" | "erasure";

/** The postcode's area only (2450 → 24xx): the figures by area stay true, the address does not. */
export function postcodeArea(postcode: string): string {
  return /^\d{4}$/.test(postcode) ? `${postcode.slice(0, 2)}xx` : "xx";
}

/**
 * Blanks every field that could identify the citizen, inside the caller's transaction: the
 * alias becomes the row's number, free texts and the person's own lists go, the postcode
 * keeps its area. Age band, target group, hours, consents' dates and the proposals' states
 * and structured reasons stay, so the jobcentre's figures are the same before and after.
 */
export function anonymiseCandidate(tx: DbOrTx, ctx: AuditCtx, candidate: { id: number; jobcentreId: number; postcode: string; version: number }, reason: AnonymiseReason): void {
  tx.update(candidates)
    .set({
      alias: `#${candidate.id}`,
      postcode: postcodeArea(candidate.postcode),
      languages: [],
      experience: null,
      experienceIndustries: [],
      strengths: "",
      wishIndustries: [],
      wishTasks: [],
      transport: [],
      supportNeeds: [],
      supportText: null,
      activities: null,
      mentorStyles: [],
      mentorWish: null,
      anonymisedAt: ctx.now,
      version: candidate.version + 1,
      updatedAt: ctx.now,
    })
    .where(eq(candidates.id, candidate.id))
    .run();
  // What consultants and companies wrote about the person in proposals.
  tx.update(proposals)
    .set({ motivation: "", declineText: null, withdrawalText: null, updatedAt: ctx.now })
    .where(eq(proposals.candidateId, candidate.id))
    .run();
  // …and the lines written after a match meeting (the structured choices stay).
  const ids = tx.select({ id: proposals.id }).from(proposals).where(eq(proposals.candidateId, candidate.id)).all().map((p) => p.id);
  if (ids.length > 0) tx.update(meetingOutcomes).set({ note: null }).where(inArray(meetingOutcomes.proposalId, ids)).run();
  // …and everything written in words about their placements (the figures stay).
  anonymisePlacementTexts(tx, candidate.id, ctx.now);
  // The alias on the dashboard's work lists, and an erasure's ended consent (decision 045).
  bumpDashboardVersion(tx, candidate.jobcentreId);
  recordAudit(tx, ctx, "candidate.anonymised", { type: "candidate", id: candidate.id, jobcentreId: candidate.jobcentreId, companyId: null }, { reason });
}

/**
 * The nightly job: every candidate whose retention period has run out, in every jobcentre,
 * is anonymised (each in its own transaction, so one failure does not hold back the rest).
 */
export function anonymiseDueCandidates(ctx: AnonCtx, months = DEFAULT_RETENTION_MONTHS): number {
  const today = copenhagenDate(ctx.now);
  let done = 0;
  for (const jc of ctx.db.select({ id: jobcentres.id }).from(jobcentres).all()) {
    for (const row of retentionRows(ctx.db, jc.id, latestStartFor(today, months))) {
      if (!isDue(row.facts, today, months)) continue;
      ctx.db.transaction((tx) => {
        const current = tx.select().from(candidates).where(and(eq(candidates.id, row.id), isNull(candidates.anonymisedAt))).get();
        if (!current) return;
        anonymiseCandidate(tx, { ...ctx, actorLabel: "system" }, current, "retention");
        done += 1;
      });
    }
  }
  return done;
}

/**
 * Erasure on the citizen's request (GDPR art. 17), by a jobcentre administrator: the consent
 * ends at once (open proposals are withdrawn and the companies told only that the candidate
 * is no longer available), then the profile is anonymised. One transaction.
 */
export function eraseCandidate(ctx: Ctx, input: { candidateId: number }): void {
  if (ctx.actor.role !== "jobcentre_admin" || ctx.actor.jobcentreId == null) throw forbidden();
  const jobcentreId = ctx.actor.jobcentreId;
  ctx.db.transaction((tx) => {
    const candidate = ownCandidate(tx, jobcentreId, input.candidateId);
    if (candidate.anonymisedAt) throw conflict("error.candidate.anonymised");
    tx.update(consents)
      .set({ withdrawnAt: ctx.now })
      .where(and(eq(consents.candidateId, candidate.id), isNull(consents.replacedAt), isNull(consents.withdrawnAt)))
      .run();
    keepConsentExpiry(tx, candidate.id, null);
    endUncoveredProposals(tx, ctx, candidate.id);
    anonymiseCandidate(tx, ctx, candidate, "erasure");
  });
}
