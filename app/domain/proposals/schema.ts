import { z } from "zod";
import { RULES } from "../rules/rules";
import { guardedText, requiredGuardedText } from "../candidates/sensitive-text";
import { CANDIDATE_DECLINE_REASONS, DECLINE_REASONS } from "./vocabulary";
import { MEETING_SIGNALS, SOCIAL_MATCH } from "./meeting-outcome";

export * from "./vocabulary";

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

/** The match meeting's outcome (see meeting-outcome.ts). */
export const meetingOutcomeInput = z.object({
  socialMatch: z.enum(SOCIAL_MATCH, { errorMap: () => ({ message: "error.meetingOutcome.socialMatch" }) }),
  signals: z
    .union([z.enum(MEETING_SIGNALS), z.array(z.enum(MEETING_SIGNALS))], { errorMap: () => ({ message: "error.meetingOutcome.signals" }) })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v])),
  note: guardedText(300),
});
export type MeetingOutcomeInput = z.output<typeof meetingOutcomeInput>;
