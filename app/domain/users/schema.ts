export const ROLES = ["company_admin", "mentor", "consultant", "jobcentre_admin"] as const;
export type Role = (typeof ROLES)[number];

export const COMPANY_ROLES = ["company_admin", "mentor"] as const satisfies readonly Role[];
export const JOBCENTRE_ROLES = ["consultant", "jobcentre_admin"] as const satisfies readonly Role[];
export type CompanyRole = (typeof COMPANY_ROLES)[number];
export type JobcentreRole = (typeof JOBCENTRE_ROLES)[number];

export function isCompanyRole(role: Role): role is CompanyRole {
  return (COMPANY_ROLES as readonly Role[]).includes(role);
}
