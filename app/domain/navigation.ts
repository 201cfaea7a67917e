import type { MessageKey } from "~/i18n/catalogue";
import type { Role } from "./users/schema";

export interface NavItem {
  to: string;
  labelKey: MessageKey;
  /** Highlight on this path only, not on its children. */
  end?: boolean;
}

/**
 * What each role may use, and nothing more. Later areas (tasks, slots, candidates) add
 * their entries here.
 */
const NAV: Record<Role, NavItem[]> = {
  company_admin: [
    { to: "/company", labelKey: "nav.start", end: true },
    { to: "/company/profile", labelKey: "nav.companyProfile" },
    { to: "/company/tasks", labelKey: "nav.tasks" },
    { to: "/company/slots", labelKey: "nav.slots" },
    { to: "/company/workplaces", labelKey: "nav.workplaces" },
    { to: "/company/colleagues", labelKey: "nav.colleagues" },
  ],
  mentor: [
    { to: "/company", labelKey: "nav.myCompany", end: true },
    { to: "/company/tasks", labelKey: "nav.tasks" },
    { to: "/company/slots", labelKey: "nav.mySlots" },
  ],
  consultant: [
    { to: "/jobcentre", labelKey: "nav.pendingCompanies", end: true },
    { to: "/jobcentre/review", labelKey: "nav.review" },
    { to: "/jobcentre/board", labelKey: "nav.board" },
    { to: "/jobcentre/companies", labelKey: "nav.companies" },
  ],
  jobcentre_admin: [
    { to: "/jobcentre", labelKey: "nav.pendingCompanies", end: true },
    { to: "/jobcentre/review", labelKey: "nav.review" },
    { to: "/jobcentre/board", labelKey: "nav.board" },
    { to: "/jobcentre/companies", labelKey: "nav.companies" },
    { to: "/jobcentre/staff", labelKey: "nav.staff" },
    { to: "/jobcentre/audit", labelKey: "nav.audit" },
  ],
};

export function navFor(role: Role): NavItem[] {
  return NAV[role];
}

export function startPathFor(role: Role): string {
  return role === "company_admin" || role === "mentor" ? "/company" : "/jobcentre";
}

/** Only local paths are followed after login, so the link cannot send people elsewhere. */
export function safeRedirect(to: unknown, fallback: string): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
