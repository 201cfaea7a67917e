import type { RepStatus, SlotStatus } from "./schema";

/** The status as HR reads it: "awaiting the representative" splits by the answer. Pure. */
export function statusLabelKey(status: SlotStatus, repStatus: RepStatus): string {
  if (status === "awaiting_representative" && repStatus === "confirmed") return "slotStatus.repConfirmed";
  if (status === "awaiting_representative" && repStatus === "declined") return "slotStatus.repDeclined";
  return `slotStatus.${status}`;
}

/** The one thing HR should know or do next about a slot, as a catalogue key. Pure. */
export function nextActionKey(status: SlotStatus, repStatus: RepStatus, needsRep: boolean, companyVerified = true): string {
  const readyToSubmit = !needsRep || repStatus === "confirmed";
  const submit = companyVerified ? "slotNext.submit" : "slotNext.waitingForVerification";
  switch (status) {
    case "draft":
      return readyToSubmit ? submit : "slotNext.askRepresentative";
    case "awaiting_representative":
      return repStatus === "confirmed" ? submit : repStatus === "declined" ? "slotNext.repDeclined" : "slotNext.waitingForRep";
    case "submitted":
      return "slotNext.waitingForReview";
    case "changes_requested":
      return readyToSubmit ? "slotNext.changesRequested" : "slotNext.askRepresentative";
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
