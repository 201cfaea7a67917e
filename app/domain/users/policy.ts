import type { Actor } from "../actor";
import { companyMay } from "../companies/policy";
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

/**
 * What the colleagues page may offer: changing roles and (de)activating while the
 * organisation may change its data, inviting only where Fodfæste may e-mail for it
 * (a jobcentre, or a verified company) — the same policy the commands enforce.
 */
export function colleaguePolicy(actor: Pick<Actor, "role" | "companyId" | "companyStatus">) {
  const manage = canManageColleagues(actor);
  // Cancelling an invitation only takes access away, so even a read-only company may do it.
  if (actor.companyId == null) return { manage, invite: manage, revoke: manage };
  return {
    manage: manage && companyMay(actor.companyStatus, "prepare"),
    invite: manage && companyMay(actor.companyStatus, "contact"),
    revoke: manage,
  };
}

/** The role an invitation starts with: the one with the least access (a company's mentor, a jobcentre's consultant). */
export function defaultInviteRole(actor: Pick<Actor, "role">): Role | undefined {
  const roles = assignableRoles(actor);
  return roles.find((r) => r === "mentor" || r === "consultant") ?? roles[0];
}

/** Only a jobcentre's administrator places staff in teams (decision 033), and only their own jobcentre's. */
export function mayAssignTeams(actor: Pick<Actor, "role" | "jobcentreId">): boolean {
  return actor.role === "jobcentre_admin" && actor.jobcentreId != null;
}
