import type { Actor } from "../actor";
import { forbidden } from "../errors";
import type { Role } from "../users/schema";

/**
 * Who an actor is, asked one way everywhere. Each `require…` returns the organisation the
 * actor acts for, or refuses (403). Pure: no database, usable by commands and loaders alike.
 */
export const COMPANY_ROLES_ALL = ["company_admin", "mentor"] as const satisfies readonly Role[];
export const JOBCENTRE_ROLES_ALL = ["consultant", "jobcentre_admin"] as const satisfies readonly Role[];

export function isCompanyAdmin(actor: Pick<Actor, "role" | "companyId">): boolean {
  return actor.role === "company_admin" && actor.companyId != null;
}

export function isJobcentreStaff(actor: Pick<Actor, "role" | "jobcentreId">): boolean {
  return (actor.role === "consultant" || actor.role === "jobcentre_admin") && actor.jobcentreId != null;
}

/** HR of a company: the company's id. */
export function requireCompanyAdmin(actor: Pick<Actor, "role" | "companyId">): number {
  if (!isCompanyAdmin(actor)) throw forbidden();
  return actor.companyId!;
}

/** Anyone of a company (HR or mentor): the company's id. */
export function requireCompanyMember(actor: Pick<Actor, "companyId">): number {
  if (actor.companyId == null) throw forbidden();
  return actor.companyId;
}

/** A consultant or jobcentre admin: the jobcentre's id. */
export function requireJobcentreStaff(actor: Pick<Actor, "role" | "jobcentreId">): number {
  if (!isJobcentreStaff(actor)) throw forbidden();
  return actor.jobcentreId!;
}

/** A jobcentre administrator: the jobcentre's id. */
export function requireJobcentreAdmin(actor: Pick<Actor, "role" | "jobcentreId">): number {
  if (actor.role !== "jobcentre_admin" || actor.jobcentreId == null) throw forbidden();
  return actor.jobcentreId;
}
