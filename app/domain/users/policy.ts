import type { Actor } from "../actor";
import { COMPANY_ROLES, JOBCENTRE_ROLES, type Role } from "./schema";

/** Roles an actor may hand out (invite to, or change a colleague to) in their own organisation. */
export function assignableRoles(actor: Pick<Actor, "role">): readonly Role[] {
  if (actor.role === "company_admin") return COMPANY_ROLES;
  if (actor.role === "jobcentre_admin") return JOBCENTRE_ROLES;
  return [];
}

export function canManageColleagues(actor: Pick<Actor, "role">): boolean {
  return assignableRoles(actor).length > 0;
}
