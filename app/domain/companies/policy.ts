import type { Role } from "../users/schema";
import type { CompanyStatus } from "./schema";

/**
 * What a company may do in each state of its verification, one policy for every area:
 * - prepare: write its own data (profile, workplaces, colleagues' roles, tasks, slot drafts);
 * - contact: make Fodfæste e-mail people outside the portal (representative links, invitations);
 * - submit: send a slot to the jobcentre.
 * A pending company prepares while it waits; a rejected company can only read.
 */
export const COMPANY_ACTIONS = ["prepare", "contact", "submit"] as const;
export type CompanyAction = (typeof COMPANY_ACTIONS)[number];

export const COMPANY_POLICY = {
  pending: ["prepare"],
  verified: ["prepare", "contact", "submit"],
  rejected: [],
} as const satisfies Record<CompanyStatus, readonly CompanyAction[]>;

export function companyMay(status: CompanyStatus | null | undefined, action: CompanyAction): boolean {
  if (!status) return false;
  return (COMPANY_POLICY[status] as readonly CompanyAction[]).includes(action);
}

/** The message a refusal shows, per action. */
export const COMPANY_REFUSAL = {
  prepare: "error.company.readOnly",
  contact: "error.company.notVerifiedContact",
  submit: "error.slot.companyNotVerified",
} as const satisfies Record<CompanyAction, string>;

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
    contact: hr && companyMay(actor.companyStatus, "contact"),
    submit: hr && companyMay(actor.companyStatus, "submit"),
  };
}
