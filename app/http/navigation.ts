import type { MessageKey } from "~/i18n/catalogue";
import type { Role } from "~/domain/users/schema";

/** The figures a menu item can show: what waits for the jobcentre's staff. */
export type NavCount = "companiesToVerify" | "slotsToReview";

export interface NavItem {
  to: string;
  labelKey: MessageKey;
  /** Highlight on this path only, not on its children. */
  end?: boolean;
  /** The item shows how many things wait there. */
  count?: NavCount;
}

/**
 * What each role may use, and nothing more. Later areas (tasks, slots, candidates) add
 * their entries here.
 */
const JOBCENTRE_NAV: NavItem[] = [
  { to: "/jobcentre", labelKey: "nav.start", end: true },
  { to: "/jobcentre/dashboard", labelKey: "nav.dashboard" },
  { to: "/jobcentre/verify", labelKey: "nav.companiesToVerify", count: "companiesToVerify" },
  { to: "/jobcentre/review", labelKey: "nav.slotsToReview", count: "slotsToReview" },
  { to: "/jobcentre/board", labelKey: "nav.board" },
  { to: "/jobcentre/candidates", labelKey: "nav.candidates" },
  { to: "/jobcentre/proposals", labelKey: "nav.proposals" },
  { to: "/jobcentre/placements", labelKey: "nav.placements" },
  { to: "/jobcentre/decline-reasons", labelKey: "nav.declineReasons" },
  { to: "/jobcentre/companies", labelKey: "nav.companies" },
];

const NAV: Record<Role, NavItem[]> = {
  company_admin: [
    { to: "/company", labelKey: "nav.start", end: true },
    { to: "/company/profile", labelKey: "nav.companyProfile" },
    { to: "/company/tasks", labelKey: "nav.tasks" },
    { to: "/company/slots", labelKey: "nav.slots" },
    { to: "/company/proposals", labelKey: "nav.proposals" },
    { to: "/company/placements", labelKey: "nav.placements" },
    { to: "/company/workplaces", labelKey: "nav.workplaces" },
    { to: "/company/colleagues", labelKey: "nav.colleagues" },
  ],
  mentor: [
    { to: "/company", labelKey: "nav.myCompany", end: true },
    { to: "/company/tasks", labelKey: "nav.tasks" },
    { to: "/company/slots", labelKey: "nav.mySlots" },
    { to: "/company/proposals", labelKey: "nav.proposals" },
    { to: "/company/placements", labelKey: "nav.myPlacements" },
  ],
  consultant: JOBCENTRE_NAV,
  // The administrator has the consultant's menu and the jobcentre's own housekeeping.
  jobcentre_admin: [
    ...JOBCENTRE_NAV,
    { to: "/jobcentre/staff", labelKey: "nav.staff" },
    { to: "/jobcentre/privacy", labelKey: "nav.privacy" },
    { to: "/jobcentre/contact", labelKey: "nav.contactCard" },
    { to: "/jobcentre/audit", labelKey: "nav.audit" },
  ],
};

export function navFor(role: Role): NavItem[] {
  return NAV[role];
}

export function startPathFor(role: Role): string {
  return role === "company_admin" || role === "mentor" ? "/company" : "/jobcentre";
}

const PROBE_ORIGIN = "http://portal.invalid";

/**
 * Only the portal's own paths are followed after login or a language switch. The value is
 * parsed the way a browser would resolve it (which drops tabs and newlines and treats "\\"
 * as "/", so "/%09/evil.test" and "/\\evil.test" lead elsewhere) and must stay on our origin;
 * what is returned is the parsed, percent-encoded path, safe for a Location header.
 */
export function safeRedirect(to: unknown, fallback: string): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.length > 2000) return fallback;
  // Anything a browser would silently drop or reinterpret is refused outright.
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  if (/[\u0000-\u0020\u007f\\]/.test(to) || /\s/u.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = url.pathname + url.search + url.hash;
  // "//x" parsed as a path can still mean another host when used as a Location.
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}

/**
 * The back link's text for where it leads, so "Tilbage" says where to: the jobcentre's pages
 * by their path; anything else is plain "Tilbage".
 */
const BACK_LABELS: [RegExp, MessageKey][] = [
  [/^\/jobcentre\/?(\?|$)/, "nav.backTo.start"],
  [/^\/jobcentre\/verify/, "nav.backTo.verify"],
  [/^\/jobcentre\/review/, "nav.backTo.review"],
  [/^\/jobcentre\/board/, "nav.backTo.board"],
  [/^\/jobcentre\/companies\/\d+\/tasks/, "nav.backTo.companyTasks"],
  [/^\/jobcentre\/companies\/\d+/, "nav.backTo.company"],
  [/^\/jobcentre\/companies/, "nav.backTo.companies"],
  [/^\/jobcentre\/slots\/\d+/, "nav.backTo.slot"],
  [/^\/jobcentre\/audit/, "nav.backTo.audit"],
];

export function backLabelKey(path: string): MessageKey {
  return BACK_LABELS.find(([pattern]) => pattern.test(path))?.[1] ?? "nav.backTo.previous";
}

/**
 * The lists a detail page is opened from. Only these count as "where the user came from" when
 * the browser's Referer is all there is: a detail page reached from another detail page gets
 * an explicit `?back=`, so two pages never send the user back and forth between each other.
 */
const LIST_PAGES = /^\/jobcentre(\/(verify|review|board|companies|audit|candidates|proposals|placements))?\/?$/;

export function isListPage(pathname: string): boolean {
  return LIST_PAGES.test(pathname);
}
