/** Proposal statuses and reasons. Pure data, free of zod: components import these, `schema.ts` validates with them. */
export const PROPOSAL_STATUSES = ["proposed", "meeting_planned", "accepted", "declined", "withdrawn"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const OPEN_PROPOSAL_STATUSES = ["proposed", "meeting_planned"] as const satisfies readonly ProposalStatus[];
/** Proposed or with a meeting planned: the company has not answered yet. */
export const isOpenProposal = (status: ProposalStatus): boolean => (OPEN_PROPOSAL_STATUSES as readonly ProposalStatus[]).includes(status);

/** Why a company declines; "other" needs a text. Counted on the jobcentre's statistics page. */
export const DECLINE_REASONS = [
  "tasks",
  "hours_days",
  "distance_transport",
  "mentor_capacity",
  "slot_filled",
  "too_little_information",
  "language_pace",
  "other",
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** Why a proposal was withdrawn: by the consultant, the candidate, or because consent ended. */
export const WITHDRAWAL_REASONS = ["consultant", "candidate_withdrew", "candidate_no_show", "candidate_other", "consent_ended"] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];
export const CANDIDATE_DECLINE_REASONS = ["candidate_withdrew", "candidate_no_show", "candidate_other"] as const satisfies readonly WithdrawalReason[];
