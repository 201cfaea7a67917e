import type { Role } from "../users/schema";
import type { CompanyStatus } from "./vocabulary";

/**
 * What a company may do in each state of its verification, one policy for every area:
 * - prepare: write its own work (colleagues' roles, tasks, slot drafts);
 * - amend: correct the details the jobcentre verifies (profile, workplaces);
 * - contact: make Fodfæste e-mail people outside the portal (representative links, invitations);
 * - submit: send a slot to the jobcentre;
 * - requestReview: ask the jobcentre to look at the company again after a rejection.
 * A pending company prepares while it waits; a rejected company can only read, except that it
 * may correct its details and ask for a new review (issue 9.4).
 */
export const COMPANY_ACTIONS = ["prepare", "amend", "contact", "submit", "requestReview"] as const;
export type CompanyAction = (typeof COMPANY_ACTIONS)[number];

export const COMPANY_POLICY = {
  pending: ["prepare", "amend"],
  verified: ["prepare", "amend", "contact", "submit"],
  rejected: ["amend", "requestReview"],
} as const satisfies Record<CompanyStatus, readonly CompanyAction[]>;

export function companyMay(status: CompanyStatus | null | undefined, action: CompanyAction): boolean {
  if (!status) return false;
  return (COMPANY_POLICY[status] as readonly CompanyAction[]).includes(action);
}

/**
 * What a company's person may do with the company's own things, for loaders to offer only
 * what the commands accept: HR prepares while the company may, contacts and submits once
 * verified; mentors only read.
 */
export function companyPolicy(actor: { role: Role; companyId: number | null; companyStatus: CompanyStatus | null }) {
  const hr = actor.role === "company_admin" && actor.companyId != null;
  return {
    isHr: hr,
    prepare: hr && companyMay(actor.companyStatus, "prepare"),
    amend: hr && companyMay(actor.companyStatus, "amend"),
    requestReview: hr && companyMay(actor.companyStatus, "requestReview"),
    contact: hr && companyMay(actor.companyStatus, "contact"),
    submit: hr && companyMay(actor.companyStatus, "submit"),
  };
}
