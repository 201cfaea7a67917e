import * as table from "../shared/transitions";
import type { Role } from "../users/schema";
import type { SlotStatus } from "./vocabulary";

/**
 * Every state change of a slot as data: from which states, to which state, which side gives
 * it, what it requires (checks the command runs), what it stamps and clears, and which
 * notification it sends. One command per transition; anything not here is refused.
 *
 * Requirements: "contact" — the company may e-mail outside people; "submittable" — the
 * company is verified, the representative has confirmed where one is needed, the slot fits
 * within the reasonableness cap and still has active tasks; "comment" — a review comment.
 */
export const SLOT_TRANSITIONS = {
  requestRepresentative: { from: ["draft", "changes_requested"], to: "awaiting_representative", by: "company", requires: ["contact"] },
  submit: {
    from: ["draft", "awaiting_representative", "changes_requested"],
    to: "submitted",
    by: "company",
    requires: ["submittable"],
    stamps: ["submittedAt"],
    clears: ["reviewComment"],
  },
  requestChanges: { from: ["submitted"], to: "changes_requested", by: "jobcentre", requires: ["comment"], notify: { subjectKey: "mail.slotChanges.subject", bodyKey: "mail.slotChanges.body" } },
  approve: { from: ["submitted"], to: "open", by: "jobcentre", requires: ["submittable"], stamps: ["openedAt"], clears: ["reviewComment"], notify: { subjectKey: "mail.slotApproved.subject", bodyKey: "mail.slotApproved.body" } },
  reject: { from: ["submitted"], to: "rejected", by: "jobcentre", requires: ["comment"], notify: { subjectKey: "mail.slotRejected.subject", bodyKey: "mail.slotRejected.body" } },
  /** An open slot edited beyond text goes back to the jobcentre, within the cap. */
  reopenForReview: { from: ["open"], to: "submitted", by: "company", requires: ["submittable"], stamps: ["submittedAt"] },
  /** …or back to HR when the representative must confirm the new conditions first. */
  reopenForRepresentative: { from: ["open"], to: "draft", by: "company" },
  markFilled: { from: ["open"], to: "filled", by: "company" },
  close: { from: ["open", "filled"], to: "closed", by: "company" },
  withdraw: { from: ["draft", "awaiting_representative", "submitted", "changes_requested", "open"], to: "withdrawn", by: "company" },
} as const satisfies Record<string, table.Transition<SlotStatus, "company" | "jobcentre", "contact" | "submittable" | "comment", "submittedAt" | "openedAt">>;

export type SlotCommand = keyof typeof SLOT_TRANSITIONS;

/** What a slot's history records: the commands given through transitionSlot, and the events around them. */
export const SLOT_EVENTS = [
  "created",
  "copied",
  "edited",
  "reopened_for_review",
  "reopened_for_representative",
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

/** Transitions an edit causes; never offered as buttons. */
const BY_EDIT: readonly SlotCommand[] = ["reopenForReview", "reopenForRepresentative"];

export function canTransition(command: SlotCommand, from: SlotStatus): boolean {
  return table.canTransition(SLOT_TRANSITIONS, command, from);
}

export function requires(command: SlotCommand, check: "contact" | "submittable" | "comment"): boolean {
  const t = SLOT_TRANSITIONS[command];
  return "requires" in t && (t.requires as readonly string[]).includes(check);
}

function sideOf(role: Role): "company" | "jobcentre" | null {
  if (role === "company_admin") return "company";
  if (role === "consultant" || role === "jobcentre_admin") return "jobcentre";
  return null;
}

/** Company HR gives company commands; consultants and jobcentre admins the jobcentre's. */
export function mayGive(command: SlotCommand, role: Role): boolean {
  return SLOT_TRANSITIONS[command].by === sideOf(role);
}

export function commandsFrom(status: SlotStatus, role: Role): SlotCommand[] {
  const side = sideOf(role);
  if (!side) return [];
  return (table.commandsFrom(SLOT_TRANSITIONS, status, side) as SlotCommand[]).filter((c) => !BY_EDIT.includes(c));
}

/** HR may send the representative a link now, or send it again while waiting for an answer. */
export function canAskRepresentative(status: SlotStatus): boolean {
  return canTransition("requestRepresentative", status) || status === "awaiting_representative";
}

/** Fully editable: nothing approved yet. An open slot allows text edits only. */
export function isFreelyEditable(status: SlotStatus): boolean {
  return status === "draft" || status === "awaiting_representative" || status === "changes_requested";
}

/** HR may open the edit form: before approval, and an open slot (changes then go back to review). */
export function isEditable(status: SlotStatus): boolean {
  return isFreelyEditable(status) || status === "open";
}

/** Slots whose seats count towards the reasonableness rule (in the pipeline or taken). */
export const COUNTED_STATUSES = ["awaiting_representative", "submitted", "changes_requested", "open", "filled"] as const satisfies readonly SlotStatus[];

/** Slots that are over: the company's list shows them only when asked, so it holds what is still in play. */
export const FINISHED_STATUSES = ["closed", "withdrawn"] as const satisfies readonly SlotStatus[];
