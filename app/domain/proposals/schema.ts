import { z } from "zod";
import { RULES } from "../rules/rules";
import { guardedText, requiredGuardedText } from "../candidates/sensitive-text";

export const PROPOSAL_STATUSES = ["proposed", "meeting_planned", "accepted", "declined", "withdrawn"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const OPEN_PROPOSAL_STATUSES = ["proposed", "meeting_planned"] as const satisfies readonly ProposalStatus[];

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

export const proposeInput = z.object({
  candidateId: z.coerce.number().int().positive("error.proposal.candidate"),
  slotId: z.coerce.number().int().positive("error.proposal.slot"),
  motivation: requiredGuardedText(RULES.proposals.motivationMinLength, 1000, "error.proposal.motivation"),
});

const time = z.string({ required_error: "error.proposal.meetingTime" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "error.proposal.meetingTime");

export const meetingInput = z.object({
  meetingDate: z.string({ required_error: "error.proposal.meetingDate" }).regex(/^\d{4}-\d{2}-\d{2}$/, "error.proposal.meetingDate"),
  meetingTime: time,
  meetingPlace: requiredGuardedText(3, 200, "error.proposal.meetingPlace"),
});
export type MeetingInput = z.output<typeof meetingInput>;

export const declineInput = z
  .object({
    reason: z.enum(DECLINE_REASONS, { errorMap: () => ({ message: "error.proposal.declineReason" }) }),
    reasonText: guardedText(500),
    shareWithCandidate: z.preprocess((v) => v === "yes", z.boolean()),
  })
  .superRefine((v, ctx) => {
    if (v.reason === "other" && !v.reasonText) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["reasonText"], message: "error.proposal.declineText" });
  });
export type DeclineInput = z.output<typeof declineInput>;

export const candidateDeclinedInput = z.object({
  reason: z.enum(CANDIDATE_DECLINE_REASONS, { errorMap: () => ({ message: "error.proposal.candidateReason" }) }),
  reasonText: guardedText(500),
});
