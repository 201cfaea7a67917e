import { describe, expect, it } from "vitest";
import { CANDIDATE_SORTS } from "~/domain/candidates/candidate-filters";
import {
  AGE_BANDS,
  CONSENT_METHODS,
  CONSENT_SCOPES,
  CONSENT_STATUSES,
  LANGUAGE_LEVELS,
  LANGUAGES,
  MENTOR_STYLES,
  SHARE_SECTIONS,
  SUPPORT_NEEDS,
  TARGET_GROUPS,
  TRANSPORT,
} from "~/domain/candidates/schema";
import { RULES } from "~/domain/rules/rules";
import { DECLINE_REASONS, PROPOSAL_STATUSES, WITHDRAWAL_REASONS } from "~/domain/proposals/schema";
import { PROPOSAL_TRANSITIONS } from "~/domain/proposals/status";
import { isMessageKey, translate } from "../translate";

describe("the candidates area's message keys built from data", () => {
  it("are all defined", () => {
    const built = [
      ...AGE_BANDS.map((a) => `ageBand.${a}`),
      ...TARGET_GROUPS.map((g) => `targetGroup.${g}`),
      ...LANGUAGES.map((l) => `language.${l}`),
      ...[...LANGUAGE_LEVELS, "none"].map((l) => `languageLevel.${l}`),
      ...TRANSPORT.map((m) => `transport.${m}`),
      ...SUPPORT_NEEDS.map((n) => `supportNeed.${n}`),
      ...MENTOR_STYLES.map((m) => `mentorStyle.${m}`),
      ...SHARE_SECTIONS.map((s) => `section.${s}`),
      ...CONSENT_METHODS.map((m) => `consentMethod.${m}`),
      ...CONSENT_SCOPES.map((s) => `consentScope.${s}`),
      ...CONSENT_STATUSES.map((s) => `consentStatus.${s}`),
      ...PROPOSAL_STATUSES.map((s) => `proposalStatus.${s}`),
      ...DECLINE_REASONS.map((r) => `declineReason.${r}`),
      ...WITHDRAWAL_REASONS.map((r) => `withdrawalReason.${r}`),
      ...CANDIDATE_SORTS.map((s) => `candidates.sort.${s}`),
      ...Object.keys(PROPOSAL_TRANSITIONS)
        .filter((c) => c !== "consentEnded")
        .flatMap((c) => [`proposal.command.${c}`, `proposal.done.${c}`]),
      "proposal.done.proposed",
      ...["created", "updated", "consent", "withdrawn"].map((d) => `candidate.done.${d}`),
      ...Object.keys(RULES.fitWeights).length ? ["fit.verdict.fits", "fit.verdict.clarify", "fit.verdict.misfit"] : [],
    ];
    expect(built.filter((k) => !isMessageKey(k))).toEqual([]);
  });

  it("reads a fit line the way the issue writes it", () => {
    expect(translate("da", "fit.hoursNow.fits", { now: 10, start: 8 })).toBe("Kan arbejde 10 timer nu – pladsen starter på 8");
  });
});
