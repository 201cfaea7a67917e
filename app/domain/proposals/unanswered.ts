import { RULES } from "../rules/rules";
import { workingDaysSince } from "../shared/working-days";
import type { ProposalStatus } from "./vocabulary";

/**
 * A proposal the company has not answered for 5 Danish working days is flagged for HR and
 * the consultant. Only a proposal still waiting for the company's first answer counts.
 */
export function isUnanswered(proposal: { status: ProposalStatus; proposedAt: Date }, now: Date): boolean {
  return proposal.status === "proposed" && workingDaysSince(proposal.proposedAt, now) >= RULES.proposals.unansweredWorkingDays;
}
