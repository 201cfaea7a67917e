import type { MessageKey } from "../catalogue";

/** What the candidate page says after a step (`?done=`). */
export const CANDIDATE_DONE = {
  created: "candidate.done.created",
  updated: "candidate.done.updated",
  consent: "candidate.done.consent",
  withdrawn: "candidate.done.withdrawn",
} as const satisfies Record<string, MessageKey>;

/** What a proposal page says after each command (`?done=`). */
export const PROPOSAL_DONE = {
  proposed: "proposal.done.proposed",
  inviteToMeeting: "proposal.done.inviteToMeeting",
  moveMeeting: "proposal.done.moveMeeting",
  confirmMeeting: "proposal.done.confirmMeeting",
  accept: "proposal.done.accept",
  decline: "proposal.done.decline",
  withdraw: "proposal.done.withdraw",
  recordCandidateDeclined: "proposal.done.recordCandidateDeclined",
  recordMeetingOutcome: "proposal.done.recordMeetingOutcome",
} as const satisfies Record<string, MessageKey>;
