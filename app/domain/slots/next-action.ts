import type { MessageKey } from "~/i18n/catalogue";
import type { RepStatus, SlotStatus } from "./vocabulary";

/** The status as HR reads it: "awaiting the representative" splits by the answer. Pure. */
export function statusLabelKey(status: SlotStatus, repStatus: RepStatus): MessageKey {
  if (status === "awaiting_representative" && repStatus === "confirmed") return "slotStatus.repConfirmed";
  if (status === "awaiting_representative" && repStatus === "declined") return "slotStatus.repDeclined";
  return `slotStatus.${status}`;
}

/** What stands between a slot and the jobcentre, in the order HR should deal with it. */
// The company's verification comes before the representative: a pending company may not make
// the portal e-mail anyone outside it (companies/policy "contact"), so it cannot ask yet.
export const SUBMIT_BLOCKERS = ["overCap", "noActiveTasks", "companyNotVerified", "representative"] as const;
export type SubmitBlocker = (typeof SUBMIT_BLOCKERS)[number];

export interface SubmitFacts {
  repStatus: RepStatus;
  needsRep: boolean;
  companyVerified: boolean;
  /** Whether the slot fits the workplace's reasonableness cap (unknown: assumed to fit). */
  fits?: boolean;
  /** Whether at least one of the slot's tasks is still active (unknown: assumed so). */
  hasActiveTask?: boolean;
}

/**
 * Every reason the slot cannot be sent to the jobcentre now, most actionable first. The
 * submit command refuses on the same facts; the page offers "send" only when this is empty
 * and otherwise says what is missing. Pure.
 */
export function submitBlockers(f: SubmitFacts): SubmitBlocker[] {
  const blockers: SubmitBlocker[] = [];
  if (f.fits === false) blockers.push("overCap");
  if (f.hasActiveTask === false) blockers.push("noActiveTasks");
  if (!f.companyVerified) blockers.push("companyNotVerified");
  if (f.needsRep && f.repStatus !== "confirmed") blockers.push("representative");
  return blockers;
}

/** The one thing HR should know or do next about a slot, as a catalogue key. Pure. */
export function nextActionKey(status: SlotStatus, facts: SubmitFacts): MessageKey {
  switch (status) {
    case "draft":
    case "awaiting_representative":
    case "changes_requested": {
      const first = submitBlockers(facts)[0];
      if (first === "overCap") return "slotNext.fixHours";
      if (first === "noActiveTasks") return "slotNext.chooseTasks";
      if (first === "companyNotVerified") return "slotNext.waitingForVerification";
      if (first === "representative") {
        if (facts.repStatus === "pending") return "slotNext.waitingForRep";
        if (facts.repStatus === "declined") return "slotNext.repDeclined";
        return "slotNext.askRepresentative";
      }
      return status === "changes_requested" ? "slotNext.changesRequested" : "slotNext.submit";
    }
    case "submitted":
      return "slotNext.waitingForReview";
    case "open":
      return "slotNext.open";
    case "filled":
      return "slotNext.filled";
    case "rejected":
      return "slotNext.rejected";
    default:
      return "slotNext.none";
  }
}
