import type { Role } from "../users/schema";

/** Consultants and jobcentre admins keep their own jobcentre's candidates; companies never do. */
export function mayKeepCandidates(role: Role): boolean {
  return role === "consultant" || role === "jobcentre_admin";
}

/** HR sees every proposal to the company's slots, a mentor only those for slots they mentor. */
export function maySeeProposalAsCompany(actor: { role: Role; userId: number; companyId: number | null }, proposal: { companyId: number; mentorUserId: number }): boolean {
  if (actor.companyId == null || actor.companyId !== proposal.companyId) return false;
  return actor.role === "company_admin" || (actor.role === "mentor" && proposal.mentorUserId === actor.userId);
}
