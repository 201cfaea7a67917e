import { RULES } from "../rules/rules";
import type { ConsentScope, ConsentStatus, ShareSection } from "./vocabulary";

/**
 * Consent is checked when data is read, never by a nightly job: these functions answer
 * "may this company see this profile today" from the consent as stored. Dates are Danish
 * calendar dates (YYYY-MM-DD); a consent is valid from `givenOn` up to and including `expiresOn`.
 */
export interface ConsentFacts {
  givenOn: string;
  expiresOn: string;
  scope: ConsentScope;
  /** For `listed`: the companies named. For `any`: ignored. */
  companyIds: readonly number[];
  /** Companies the consent was withdrawn for, one at a time. */
  withdrawnCompanyIds: readonly number[];
  sections: readonly ShareSection[];
  withdrawnAt: Date | null;
}

export type CoverageRefusal = "none" | "withdrawn" | "expired" | "not_yet" | "company_not_covered";

/** Why a consent does not cover this company today, or null when it does. */
export function coverageRefusal(consent: ConsentFacts | null, companyId: number, today: string): CoverageRefusal | null {
  if (!consent) return "none";
  if (consent.withdrawnAt) return "withdrawn";
  if (today > consent.expiresOn) return "expired";
  if (today < consent.givenOn) return "not_yet";
  if (consent.withdrawnCompanyIds.includes(companyId)) return "company_not_covered";
  if (consent.scope === "listed" && !consent.companyIds.includes(companyId)) return "company_not_covered";
  return null;
}

export function covers(consent: ConsentFacts | null, companyId: number, today: string): boolean {
  return coverageRefusal(consent, companyId, today) === null;
}

/**
 * The companies a consultant may withdraw a consent for one at a time: those the candidate is
 * in contact with (a live proposal: open or accepted) and, for a consent naming companies,
 * those named; less any already withdrawn and any the consent does not cover anyway. Not
 * every company of the jobcentre: that list is long and says nothing about this candidate.
 * To keep a whole-scope consent away from a company never proposed to, the consultant
 * records the consent again naming the companies. Pure.
 */
export function withdrawableCompanyIds(consent: Pick<ConsentFacts, "scope" | "companyIds" | "withdrawnCompanyIds">, liveProposalCompanyIds: readonly number[]): number[] {
  const named = consent.scope === "listed" ? consent.companyIds : [];
  return [...new Set([...named, ...liveProposalCompanyIds])].filter(
    (id) => !consent.withdrawnCompanyIds.includes(id) && (consent.scope === "any" || consent.companyIds.includes(id)),
  );
}

/** What the consultant sees in the list and on the profile. */
export function consentStatus(consent: Pick<ConsentFacts, "expiresOn" | "withdrawnAt"> | null, today: string): ConsentStatus {
  if (!consent) return "none";
  if (consent.withdrawnAt) return "withdrawn";
  if (today > consent.expiresOn) return "expired";
  if (consent.expiresOn <= addDays(today, RULES.consent.expiringSoonDays)) return "expiring";
  return "valid";
}

/** The profile sections a company may see: basic always, the rest as consented. */
export function sharedSections(consent: Pick<ConsentFacts, "sections">): ShareSection[] {
  return ["basic", ...consent.sections.filter((s) => s !== "basic")];
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Calendar months, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1, 12));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0, 12)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function defaultExpiry(givenOn: string): string {
  return addMonths(givenOn, RULES.consent.defaultMonths);
}
