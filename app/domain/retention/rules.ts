import { addDays, addMonths } from "../candidates/consent";
import { DEFAULT_RETENTION_MONTHS } from "./constants";

export { DEFAULT_RETENTION_MONTHS, RETENTION_LOOKAHEAD_DAYS } from "./constants";

/** What decides when a candidate's personal data may no longer be kept. Dates are Danish calendar days (yyyy-mm-dd). */
export interface RetentionFacts {
  /** The profile was created (the start when no consent was ever recorded). */
  createdOn: string;
  /** The current consent: when it was withdrawn (as a whole), or when it expires. */
  consent: { withdrawnOn: string | null; expiresOn: string } | null;
  /** The day the last placement ended, once placements have ended. */
  lastPlacementEndedOn: string | null;
  /** An open proposal or an active placement: the data is in use and is kept. */
  engaged: boolean;
}

/**
 * The day from which the retention period runs, or null while the data is still needed
 * (consent in force, or the candidate is engaged in a proposal or a placement). It is the
 * latest of: the consent's end (withdrawn or expired), the last placement's end, and — when
 * no consent was ever recorded — the day the profile was created.
 */
export function retentionStartsOn(f: RetentionFacts, today: string): string | null {
  if (f.engaged) return null;
  let consentEnd: string;
  if (f.consent === null) consentEnd = f.createdOn;
  else if (f.consent.withdrawnOn !== null) consentEnd = f.consent.withdrawnOn;
  else if (f.consent.expiresOn < today) consentEnd = f.consent.expiresOn;
  else return null; // consent still in force
  return [consentEnd, f.lastPlacementEndedOn ?? ""].reduce((a, b) => (b > a ? b : a));
}

/** The day the data is anonymised, or null while it is still needed. */
export function anonymiseOn(f: RetentionFacts, today: string, months = DEFAULT_RETENTION_MONTHS): string | null {
  const start = retentionStartsOn(f, today);
  return start === null ? null : addMonths(start, months);
}

/** Due on the day itself (the nightly job anonymises everything whose day has come). */
export function isDue(f: RetentionFacts, today: string, months = DEFAULT_RETENTION_MONTHS): boolean {
  const on = anonymiseOn(f, today, months);
  return on !== null && on <= today;
}

/**
 * The latest day a retention period can have started on for the data to be anonymised by `day`:
 * the last `start` with `addMonths(start, months) <= day`. addMonths never goes back as its day goes
 * forward (the 29th–31st of a month shorten to the month's last day), so every earlier start is in
 * time too. The lists and the nightly job read only candidates whose period may have started by it.
 */
export function latestStartFor(day: string, months = DEFAULT_RETENTION_MONTHS): string {
  let start = addMonths(day, -months);
  while (addMonths(start, months) > day) start = addDays(start, -1);
  while (addMonths(addDays(start, 1), months) <= day) start = addDays(start, 1);
  return start;
}
