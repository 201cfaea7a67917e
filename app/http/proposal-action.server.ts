import { readFormData } from "~/http/body-limit.server";
import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import type { Ctx } from "~/domain/actor";
import { transitionProposal, type TransitionInput } from "~/domain/proposals/commands.server";
import { candidateDeclinedInput, declineInput, meetingInput, meetingOutcomeInput } from "~/domain/proposals/schema";
import { recordMeetingOutcome } from "~/domain/proposals/meeting-outcome.server";
import { PROPOSAL_TRANSITIONS } from "~/domain/proposals/status";
import { handleDomainError, invalidForm, parseForm } from "./forms.server";

const base = z.object({
  command: z.enum(["recordMeetingOutcome", ...(Object.keys(PROPOSAL_TRANSITIONS) as (keyof typeof PROPOSAL_TRANSITIONS)[])]),
  version: z.coerce.number().int().min(1),
});

/** One form post = one proposal command (or the meeting's outcome), with the fields that command needs. */
export async function proposalAction(args: ActionFunctionArgs, ctx: Ctx, proposalId: number): Promise<{ done: string } | ReturnType<typeof invalidForm>> {
  const formData = await readFormData(args.request);
  const head = parseForm(base, formData);
  if (!head.ok) return invalidForm(head);
  const { command, version } = head.data;
  if (command === "recordMeetingOutcome") {
    // How the meeting felt is not a step of the proposal: its own command, the state stays.
    const parsed = parseForm(meetingOutcomeInput, formData);
    if (!parsed.ok) return invalidForm(parsed);
    try {
      recordMeetingOutcome(ctx, { ...parsed.data, proposalId, version });
    } catch (error) {
      return handleDomainError(error, formData);
    }
    return { done: command };
  }
  let input: TransitionInput;
  if (command === "inviteToMeeting" || command === "moveMeeting") {
    const parsed = parseForm(meetingInput, formData);
    if (!parsed.ok) return invalidForm(parsed);
    input = { command, meeting: parsed.data };
  } else if (command === "decline") {
    const parsed = parseForm(declineInput, formData);
    if (!parsed.ok) return invalidForm(parsed);
    input = { command, decline: parsed.data };
  } else if (command === "recordCandidateDeclined") {
    const parsed = parseForm(candidateDeclinedInput, formData);
    if (!parsed.ok) return invalidForm(parsed);
    input = { command, reason: parsed.data.reason, reasonText: parsed.data.reasonText };
  } else if (command === "consentEnded") {
    throw new Response("Forbidden", { status: 403 });
  } else {
    input = { command };
  }
  try {
    transitionProposal(ctx, { ...input, proposalId, version });
  } catch (error) {
    return handleDomainError(error, formData);
  }
  return { done: command };
}
