import type { Role } from "../users/schema";
import type { SlotStatus } from "./schema";

/**
 * Every state change of a slot: which command, from which states, to which state, and who
 * may give it. One command per transition; anything not here is refused.
 */
export const SLOT_TRANSITIONS = {
  requestRepresentative: { from: ["draft", "changes_requested"], to: "awaiting_representative", by: "company" },
  submit: { from: ["draft", "awaiting_representative", "changes_requested"], to: "submitted", by: "company" },
  requestChanges: { from: ["submitted"], to: "changes_requested", by: "jobcentre" },
  approve: { from: ["submitted"], to: "open", by: "jobcentre" },
  reject: { from: ["submitted"], to: "rejected", by: "jobcentre" },
  /** An open slot edited beyond text goes back to the jobcentre. */
  reopenForReview: { from: ["open"], to: "submitted", by: "company" },
  markFilled: { from: ["open"], to: "filled", by: "company" },
  close: { from: ["open", "filled"], to: "closed", by: "company" },
  withdraw: { from: ["draft", "awaiting_representative", "submitted", "changes_requested", "open"], to: "withdrawn", by: "company" },
} as const satisfies Record<string, { from: readonly SlotStatus[]; to: SlotStatus; by: "company" | "jobcentre" }>;

export type SlotCommand = keyof typeof SLOT_TRANSITIONS;

/** What a slot's history records: the commands given through transitionSlot, and the events around them. */
export const SLOT_EVENTS = [
  "created",
  "edited",
  "reopened_for_review",
  "representative_requested",
  "representative_resent",
  "representative_confirmed",
  "representative_declined",
  "submit",
  "requestChanges",
  "approve",
  "reject",
  "markFilled",
  "close",
  "withdraw",
] as const satisfies readonly (string | SlotCommand)[];
export type SlotEvent = (typeof SLOT_EVENTS)[number];

export function canTransition(command: SlotCommand, from: SlotStatus): boolean {
  return (SLOT_TRANSITIONS[command].from as readonly SlotStatus[]).includes(from);
}

/** Company HR gives company commands; consultants and jobcentre admins the jobcentre's. */
export function mayGive(command: SlotCommand, role: Role): boolean {
  const by = SLOT_TRANSITIONS[command].by;
  return by === "company" ? role === "company_admin" : role === "consultant" || role === "jobcentre_admin";
}

export function commandsFrom(status: SlotStatus, role: Role): SlotCommand[] {
  return (Object.keys(SLOT_TRANSITIONS) as SlotCommand[]).filter(
    (c) => c !== "reopenForReview" && canTransition(c, status) && mayGive(c, role),
  );
}

/** HR may send the representative a link now, or send it again while waiting for an answer. */
export function canAskRepresentative(status: SlotStatus): boolean {
  return canTransition("requestRepresentative", status) || status === "awaiting_representative";
}

/** Fully editable: nothing approved yet. An open slot allows text edits only. */
export function isFreelyEditable(status: SlotStatus): boolean {
  return status === "draft" || status === "awaiting_representative" || status === "changes_requested";
}

/** Slots whose seats count towards the reasonableness rule (in the pipeline or taken). */
export const COUNTED_STATUSES = ["awaiting_representative", "submitted", "changes_requested", "open", "filled"] as const satisfies readonly SlotStatus[];
