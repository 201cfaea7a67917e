import type { Actor } from "../actor";
import { companyMay } from "../companies/policy";
import { isCompanyAdmin, isJobcentreStaff } from "../shared/access";
import type { RepStatus, SlotStatus } from "./vocabulary";
import { canAskRepresentative, canTransition, commandsFrom, isEditable, type SlotCommand } from "./status";

export interface SlotFacts {
  status: SlotStatus;
  repStatus: RepStatus;
  companyId: number;
  jobcentreId: number;
  /** The workplace has people besides the owner, so a representative must confirm. */
  needsRepresentative: boolean;
}

/**
 * What this actor may do with this slot — the same answer the commands enforce, so a page
 * offers only what will be accepted. Pure.
 */
export function slotPolicy(actor: Pick<Actor, "role" | "companyId" | "jobcentreId" | "companyStatus">, slot: SlotFacts) {
  const hr = isCompanyAdmin(actor) && actor.companyId === slot.companyId;
  const staff = isJobcentreStaff(actor) && actor.jobcentreId === slot.jobcentreId;
  const prepare = hr && companyMay(actor.companyStatus, "prepare");
  const commands: SlotCommand[] = prepare
    ? commandsFrom(slot.status, actor.role).filter(
        (c) => c !== "requestRepresentative" && (c !== "submit" || companyMay(actor.companyStatus, "submit")),
      )
    : staff
      ? commandsFrom(slot.status, actor.role)
      : [];
  return {
    isHr: hr,
    canEdit: prepare && isEditable(slot.status),
    // Once the representative has confirmed, there is nothing to send until the slot changes.
    canAskRepresentative:
      hr && companyMay(actor.companyStatus, "contact") && slot.needsRepresentative && slot.repStatus !== "confirmed" && canAskRepresentative(slot.status),
    canReview: staff && canTransition("approve", slot.status),
    commands,
  };
}
