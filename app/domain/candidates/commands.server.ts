import { and, eq, inArray, isNull } from "drizzle-orm";
import { bumpDashboardVersion } from "../dashboard/versions.server";
import type { DbOrTx } from "~/db/client.server";
import { candidates, companies, consentCompanies, consents, users } from "~/db/schema";
import type { MessageKey } from "~/i18n/catalogue";
import type { Ctx } from "../actor";
import { recordAudit } from "../shared/audit.server";
import { conflict, DomainError, forbidden, invalid, notFound } from "../errors";
import { locate } from "../geo/postcodes.server";
import { copenhagenDate } from "../shared/working-days";
import { endUncoveredProposals } from "../proposals/consent-effects.server";
import { keepPlacementResponsible } from "../placements/responsible.server";
import { consentRuleErrors } from "./consent-errors";
import { currentConsent, keepConsentExpiry, withdrawableCompanies } from "./consent.server";
import { mayKeepCandidates } from "./policy";
import type { CandidateInput, ConsentInput } from "./schema";

function jobcentreOf(ctx: Ctx): number {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  return ctx.actor.jobcentreId;
}

/** The candidate as the jobcentre's staff may change it; another jobcentre's is not found. */
export function ownCandidate(db: DbOrTx, jobcentreId: number, candidateId: number) {
  const row = db
    .select()
    .from(candidates)
    .where(and(eq(candidates.id, candidateId), eq(candidates.jobcentreId, jobcentreId)))
    .get();
  if (!row) throw notFound();
  return row;
}

/** A candidate whose details may still change: an anonymised one keeps only what the figures need. */
function changeableCandidate(db: DbOrTx, jobcentreId: number, candidateId: number) {
  const row = ownCandidate(db, jobcentreId, candidateId);
  if (row.anonymisedAt) throw conflict("error.candidate.anonymised");
  return row;
}

/** The responsible consultant works at the same jobcentre; the postcode is a real one. */
function checkReferences(db: DbOrTx, jobcentreId: number, input: CandidateInput) {
  const errors: Record<string, MessageKey> = {};
  const staff = db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, input.responsibleUserId), eq(users.jobcentreId, jobcentreId), isNull(users.deactivatedAt)))
    .get();
  if (!staff) errors.responsibleUserId = "error.candidate.responsible";
  if (!locate(input.postcode)) errors.postcode = "error.candidate.unknownPostcode";
  if (Object.keys(errors).length > 0) throw new DomainError("invalid", Object.values(errors)[0]!, Object.keys(errors)[0], errors);
}

export function createCandidate(ctx: Ctx, input: CandidateInput): number {
  const jobcentreId = jobcentreOf(ctx);
  return ctx.db.transaction((tx) => {
    checkReferences(tx, jobcentreId, input);
    const row = tx
      .insert(candidates)
      .values({ ...input, jobcentreId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: candidates.id })
      .get();
    recordAudit(tx, ctx, "candidate.created", { type: "candidate", id: row.id, jobcentreId });
    return row.id;
  });
}

export function updateCandidate(ctx: Ctx, input: CandidateInput & { candidateId: number; version: number }): void {
  const jobcentreId = jobcentreOf(ctx);
  const { candidateId, version, ...values } = input;
  ctx.db.transaction((tx) => {
    const current = changeableCandidate(tx, jobcentreId, candidateId);
    if (current.version !== version) throw conflict("error.candidate.conflict");
    checkReferences(tx, jobcentreId, values);
    tx.update(candidates)
      .set({ ...values, version: current.version + 1, updatedAt: ctx.now })
      .where(eq(candidates.id, candidateId))
      .run();
    // A handover moves the candidate's placements to the new consultant's "mine" and team (decision 049).
    keepPlacementResponsible(tx, candidateId, values.responsibleUserId);
    recordAudit(tx, ctx, "candidate.updated", { type: "candidate", id: candidateId, jobcentreId });
    // The alias and the responsible consultant (the scopes "mine" and "team") are on the dashboard (decision 045).
    bumpDashboardVersion(tx, jobcentreId);
  });
}

/**
 * Records a new consent; it replaces the current one at once. Named companies must be the
 * jobcentre's own. Open proposals to companies the new consent no longer covers are withdrawn.
 */
export function recordConsent(ctx: Ctx, input: ConsentInput & { candidateId: number }): void {
  const jobcentreId = jobcentreOf(ctx);
  const today = copenhagenDate(ctx.now);
  ctx.db.transaction((tx) => {
    changeableCandidate(tx, jobcentreId, input.candidateId);
    const errors = consentRuleErrors(input, today);
    if (Object.keys(errors).length > 0) throw new DomainError("invalid", Object.values(errors)[0]!, Object.keys(errors)[0], errors);
    const companyIds = input.scope === "listed" ? input.companyIds : [];
    if (companyIds.length > 0) {
      const found = tx
        .select({ id: companies.id })
        .from(companies)
        .where(and(inArray(companies.id, companyIds), eq(companies.jobcentreId, jobcentreId)))
        .all();
      if (found.length !== companyIds.length) throw invalid("error.consent.companies", "companyIds");
    }
    tx.update(consents)
      .set({ replacedAt: ctx.now })
      .where(and(eq(consents.candidateId, input.candidateId), isNull(consents.replacedAt)))
      .run();
    const consent = tx
      .insert(consents)
      .values({
        candidateId: input.candidateId,
        jobcentreId,
        givenOn: input.givenOn,
        expiresOn: input.expiresOn,
        method: input.method,
        scope: input.scope,
        sections: ["basic", ...input.sections],
        recordedByUserId: ctx.actor.userId,
        createdAt: ctx.now,
      })
      .returning({ id: consents.id })
      .get();
    for (const companyId of companyIds) tx.insert(consentCompanies).values({ consentId: consent.id, companyId }).run();
    keepConsentExpiry(tx, input.candidateId, input.expiresOn);
    // Consents expiring are a work list of the dashboard (decision 045).
    bumpDashboardVersion(tx, jobcentreId);
    recordAudit(tx, ctx, "consent.recorded", { type: "candidate", id: input.candidateId, jobcentreId }, { scope: input.scope, companies: companyIds.length, expiresOn: input.expiresOn, sections: input.sections.join(",") });
    endUncoveredProposals(tx, ctx, input.candidateId);
  });
}

/**
 * Withdraws the consent as a whole, or for one company. Takes effect at once: the profile
 * disappears from those companies and their open proposals are withdrawn.
 */
export function withdrawConsent(ctx: Ctx, input: { candidateId: number; companyId?: number }): void {
  const jobcentreId = jobcentreOf(ctx);
  ctx.db.transaction((tx) => {
    ownCandidate(tx, jobcentreId, input.candidateId);
    const current = tx
      .select()
      .from(consents)
      .where(and(eq(consents.candidateId, input.candidateId), isNull(consents.replacedAt)))
      .get();
    if (!current || current.withdrawnAt) throw conflict("error.consent.nothingToWithdraw");
    if (input.companyId == null) {
      tx.update(consents).set({ withdrawnAt: ctx.now }).where(eq(consents.id, current.id)).run();
      keepConsentExpiry(tx, input.candidateId, null);
      bumpDashboardVersion(tx, jobcentreId);
    } else {
      const company = tx
        .select({ id: companies.id })
        .from(companies)
        .where(and(eq(companies.id, input.companyId), eq(companies.jobcentreId, jobcentreId)))
        .get();
      if (!company) throw invalid("error.consent.companies", "companyId");
      // Only a company the consent is about for this candidate (the page offers no other).
      if (!withdrawableCompanies(tx, input.candidateId, currentConsent(tx, input.candidateId)!).includes(company.id)) {
        throw invalid("error.consent.companies", "companyId");
      }
      tx.insert(consentCompanies)
        .values({ consentId: current.id, companyId: company.id, withdrawnAt: ctx.now })
        .onConflictDoUpdate({ target: [consentCompanies.consentId, consentCompanies.companyId], set: { withdrawnAt: ctx.now } })
        .run();
    }
    recordAudit(tx, ctx, "consent.withdrawn", { type: "candidate", id: input.candidateId, jobcentreId }, { companyId: input.companyId ?? null });
    endUncoveredProposals(tx, ctx, input.candidateId);
  });
}
