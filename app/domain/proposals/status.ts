import type { Role } from "../users/schema";
import type { ProposalStatus } from "./vocabulary";

/**
 * Every step of a proposal: the command, the states it leaves from, the state it reaches and
 * who gives it. "company" is HR or the slot's mentor, "jobcentre" a consultant or admin,
 * "system" the consent rules. One command per transition; anything not here is refused.
 */
export const PROPOSAL_TRANSITIONS = {
  inviteToMeeting: { from: ["proposed"], to: "meeting_planned", by: "company" },
  moveMeeting: { from: ["meeting_planned"], to: "meeting_planned", by: "any" },
  confirmMeeting: { from: ["meeting_planned"], to: "meeting_planned", by: "jobcentre" },
  accept: { from: ["meeting_planned"], to: "accepted", by: "company" },
  decline: { from: ["proposed", "meeting_planned"], to: "declined", by: "company" },
  withdraw: { from: ["proposed", "meeting_planned"], to: "withdrawn", by: "jobcentre" },
  recordCandidateDeclined: { from: ["proposed", "meeting_planned"], to: "withdrawn", by: "jobcentre" },
  consentEnded: { from: ["proposed", "meeting_planned"], to: "withdrawn", by: "system" },
} as const satisfies Record<string, { from: readonly ProposalStatus[]; to: ProposalStatus; by: "company" | "jobcentre" | "any" | "system" }>;

export type ProposalCommand = keyof typeof PROPOSAL_TRANSITIONS;

export function canTransition(command: ProposalCommand, from: ProposalStatus): boolean {
  return (PROPOSAL_TRANSITIONS[command].from as readonly ProposalStatus[]).includes(from);
}

export function side(role: Role): "company" | "jobcentre" {
  return role === "company_admin" || role === "mentor" ? "company" : "jobcentre";
}

export function mayGive(command: ProposalCommand, role: Role): boolean {
  const by = PROPOSAL_TRANSITIONS[command].by;
  if (by === "system") return false;
  return by === "any" || by === side(role);
}

/** The commands this person may give now; the page offers exactly these. */
export function commandsFrom(status: ProposalStatus, role: Role): ProposalCommand[] {
  return (Object.keys(PROPOSAL_TRANSITIONS) as ProposalCommand[]).filter((c) => canTransition(c, status) && mayGive(c, role));
}

export function isOpen(status: ProposalStatus): boolean {
  return status === "proposed" || status === "meeting_planned";
}

/** Accepting the last free seat fills the slot. */
export function fillsSlot(acceptedBefore: number, seats: number): boolean {
  return acceptedBefore + 1 >= seats;
}
