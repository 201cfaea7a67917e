import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { auditLog, companies, proposals, slots, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { recordAudit } from "../shared/audit.server";
import { forbidden } from "../errors";
import { copenhagenDate } from "../shared/working-days";
import { consentStatus } from "./consent";
import { currentConsent, withdrawableCompanies } from "./consent.server";
import { ownCandidate } from "./commands.server";
import { mayKeepCandidates } from "./policy";
import { meetingOutcomesOf } from "../proposals/meeting-outcome.server";

function jobcentreOf(ctx: Ctx): number {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  return ctx.actor.jobcentreId;
}

/** The whole profile for the jobcentre; the view is written to the audit log. */
export function getCandidate(ctx: Ctx, candidateId: number, opts: { audit: boolean } = { audit: true }) {
  const jobcentreId = jobcentreOf(ctx);
  const candidate = ownCandidate(ctx.db, jobcentreId, candidateId);
  const today = copenhagenDate(ctx.now);
  const consent = currentConsent(ctx.db, candidateId);
  const companyNames = consent
    ? ctx.db
        .select({ id: companies.id, name: companies.name })
        .from(companies)
        .where(inArray(companies.id, [...consent.companyIds, ...consent.withdrawnCompanyIds]))
        .all()
    : [];
  const responsible = ctx.db.select({ name: users.name }).from(users).where(eq(users.id, candidate.responsibleUserId)).get();
  const candidateProposals = ctx.db
    .select({ id: proposals.id, status: proposals.status, proposedAt: proposals.proposedAt, slotId: slots.id, slotTitle: slots.title, companyId: proposals.companyId, companyName: companies.name })
    .from(proposals)
    .innerJoin(slots, eq(slots.id, proposals.slotId))
    .innerJoin(companies, eq(companies.id, proposals.companyId))
    .where(eq(proposals.candidateId, candidateId))
    .orderBy(desc(proposals.proposedAt))
    .all();
  const outcomes = meetingOutcomesOf(ctx.db, candidateProposals.map((p) => p.id), ["company", "jobcentre"]);
  const withdrawableIds = consent ? withdrawableCompanies(ctx.db, candidateId, consent) : [];
  const withdrawable = withdrawableIds.length
    ? ctx.db.select({ id: companies.id, name: companies.name }).from(companies).where(inArray(companies.id, withdrawableIds)).orderBy(asc(companies.name)).all()
    : [];
  if (opts.audit) {
    recordAudit(ctx.db, ctx, "candidate.viewed", { type: "candidate", id: candidateId, jobcentreId }, { via: "profile" });
  }
  return {
    candidate: { ...candidate, responsibleName: responsible?.name ?? "" },
    consent: consent && {
      ...consent,
      status: consentStatus(consent, today),
      companies: companyNames.map((c) => ({ ...c, withdrawn: consent.withdrawnCompanyIds.includes(c.id) })),
      /** The companies the consent may be withdrawn for one at a time (consent.ts withdrawableCompanyIds). */
      withdrawable,
    },
    proposals: candidateProposals.map((p) => ({ ...p, meetingOutcomes: outcomes.filter((o) => o.proposalId === p.id) })),
  };
}

/** "Who has seen this profile": every audited view, the company's through its proposal too. */
export function profileViews(ctx: Ctx, candidateId: number, limit: number | null = 50) {
  const jobcentreId = jobcentreOf(ctx);
  ownCandidate(ctx.db, jobcentreId, candidateId);
  const query = ctx.db
    .select({ at: auditLog.at, who: auditLog.actorLabel, organisation: auditLog.actorOrganisation, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, "candidate"), eq(auditLog.subjectId, candidateId), eq(auditLog.event, "candidate.viewed")))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .$dynamic();
  // An access request gets every view (limit null); the candidate page the latest.
  return (limit === null ? query : query.limit(limit))
    .all()
    .map((r) => ({ at: r.at, who: r.who ?? "", organisation: r.organisation ?? "", proposalId: typeof r.details?.proposalId === "number" ? r.details.proposalId : null }));
}

/** The jobcentre's companies a consent may name. */
export function consentableCompanies(ctx: Ctx) {
  const jobcentreId = jobcentreOf(ctx);
  return ctx.db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(and(eq(companies.jobcentreId, jobcentreId), eq(companies.status, "verified")))
    .orderBy(asc(companies.name))
    .all();
}
