import type { RepStatus, SlotStatus } from "./schema";

/** The one thing HR should know or do next about a slot, as a catalogue key. Pure. */
export function nextActionKey(status: SlotStatus, repStatus: RepStatus, needsRep: boolean): string {
  switch (status) {
    case "draft":
      return needsRep ? "slotNext.askRepresentative" : "slotNext.submit";
    case "awaiting_representative":
      return repStatus === "confirmed" ? "slotNext.submit" : repStatus === "declined" ? "slotNext.repDeclined" : "slotNext.waitingForRep";
    case "submitted":
      return "slotNext.waitingForReview";
    case "changes_requested":
      return "slotNext.changesRequested";
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
