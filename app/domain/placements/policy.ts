import type { Role } from "../users/schema";

type Who = { role: Role; userId: number; companyId: number | null; jobcentreId: number | null };
type Placementish = { companyId: number; jobcentreId: number; mentorUserId: number };

/**
 * Who sees a placement: HR every one of the company's, a mentor only those they mentor, the
 * jobcentre's staff every one of theirs. Pure: commands refuse and loaders offer by it.
 */
export function maySeePlacement(actor: Who, p: Placementish): boolean {
  if (actor.role === "company_admin") return actor.companyId === p.companyId;
  if (actor.role === "mentor") return actor.companyId === p.companyId && actor.userId === p.mentorUserId;
  return (actor.role === "consultant" || actor.role === "jobcentre_admin") && actor.jobcentreId === p.jobcentreId;
}

/** HR of the company or the jobcentre's staff start a placement from an accepted proposal; a mentor does not. */
export function mayStartPlacement(actor: Who, proposal: { companyId: number; jobcentreId: number }): boolean {
  if (actor.role === "company_admin") return actor.companyId === proposal.companyId;
  return (actor.role === "consultant" || actor.role === "jobcentre_admin") && actor.jobcentreId === proposal.jobcentreId;
}

export function isStartRole(role: Role): boolean {
  return role === "company_admin" || role === "consultant" || role === "jobcentre_admin";
}

/** The company side never sees the target group, the consultant's notes or the duration rule's reason. */
export function isCompanySide(role: Role): boolean {
  return role === "company_admin" || role === "mentor";
}

/**
 * Who may download the agreement summary: HR of the company and the jobcentre's staff, the two
 * parties who type the agreement into the national system. Not the mentor: the summary holds
 * the company's contact details and the reasonableness figures, which are HR's business
 * (docs/decisions/027-agreement-summary-pdf.md; the document: app/pdf/agreement.server.ts).
 */
export function mayDownloadAgreement(actor: Who, p: Placementish): boolean {
  return actor.role !== "mentor" && maySeePlacement(actor, p);
}
