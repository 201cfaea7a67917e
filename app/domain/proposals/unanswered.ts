import { RULES } from "../rules/rules";
import { addDays } from "../candidates/consent";
import { copenhagenDate, copenhagenMidnight, workingDaysBetween, workingDaysSince } from "../shared/working-days";
import type { ProposalStatus } from "./vocabulary";

/**
 * A proposal the company has not answered for 5 Danish working days is flagged for HR and
 * the consultant. Only a proposal still waiting for the company's first answer counts.
 */
export function isUnanswered(proposal: { status: ProposalStatus; proposedAt: Date }, now: Date): boolean {
  return proposal.status === "proposed" && workingDaysSince(proposal.proposedAt, now) >= RULES.proposals.unansweredWorkingDays;
}

/**
 * `isUnanswered` as an instant, for a query: on this day a waiting proposal is unanswered
 * exactly when it was made before the returned instant (the Danish midnight after the last day
 * that lies the rule's working days back). The count depends only on the Danish dates, and
 * fewer days pass the later the proposal, so one cut-off holds (proposals' unanswered.test.ts
 * compares the two on every day around weekends and holidays).
 */
export function unansweredBefore(now: Date): Date {
  const today = copenhagenDate(now);
  let day = today;
  for (let back = 0; back < 366 && workingDaysBetween(day, today) < RULES.proposals.unansweredWorkingDays; back++) day = addDays(day, -1);
  return copenhagenMidnight(addDays(day, 1));
}
