import { DomainError, type MessageWithVars } from "../errors";

/** Every rule a placement form breaks, each at its field, in one round. */
export class PlacementInvalid extends DomainError {
  constructor(fieldErrors: Record<string, DomainError["messageKey"] | MessageWithVars>) {
    super("invalid", "error.placement.invalid", undefined, fieldErrors);
    this.name = "PlacementInvalid";
  }
}
