import type { CompanyAction } from "./policy";

/**
 * The message a refusal shows, per action. Apart from policy.ts, which every company page
 * imports to offer only what is possible: a page is sent the messages of the modules it
 * imports (decisions 043, 050), and these reach only the pages whose commands refuse.
 */
export const COMPANY_REFUSAL = {
  prepare: "error.company.readOnly",
  amend: "error.company.readOnly",
  requestReview: "error.company.reviewNotNeeded",
  contact: "error.company.notVerifiedContact",
  submit: "error.slot.companyNotVerified",
} as const satisfies Record<CompanyAction, string>;
