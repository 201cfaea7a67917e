import type { Area } from "./catalogue";

/**
 * Which areas of the catalogue a page's text comes from, by its address: the browser gets
 * these (in the user's language) with the page. `page-areas.test.ts` reads every route's
 * components and fails when one uses a key of an area its address does not get here.
 */
const RULES: [RegExp, Area[]][] = [
  [/^\/accessibility\/?$/, ["public"]],
  // Notification titles are the e-mails' subjects, rendered from keys stored with each notification:
  // most are in the mail area, some in the area of their feature (page-areas.test.ts finds them all).
  [/^\/notifications\/?$/, ["candidates", "endings", "mail", "placements", "proposals"]],
  // The dashboard names flags and decline reasons.
  [/^\/jobcentre\/dashboard/, ["auth", "candidates", "dashboard", "endings", "progress", "slots", "tasks"]],
  [/^\/jobcentre\/audit/, ["audit", "auth", "candidates", "company", "endings", "jobcentre", "placements", "privacy", "proposals", "slots", "tasks"]],
  [/^\/jobcentre\/(candidates|proposals|decline-reasons|slots\/\d+\/candidates)/, ["auth", "candidates", "placements", "privacy", "proposals", "slots", "tasks"]],
  [/^\/jobcentre\/(placements|follow-ups)/, ["auth", "candidates", "endings", "placements", "progress", "slots", "tasks"]],
  [/^\/jobcentre\/privacy/, ["privacy", "slots"]],
  [/^\/jobcentre\/slots\//, ["auth", "candidates", "company", "jobcentre", "slots", "tasks"]],
  [/^\/jobcentre\/(board|review|companies\/\d+\/tasks)/, ["auth", "slots", "tasks"]],
  // The start page lists the placements that need attention and the 3-month statuses due.
  [/^\/jobcentre\/?$/, ["auth", "company", "endings", "jobcentre", "placements", "progress", "slots", "tasks"]],
  // A company's page: its internal note is refused with the candidates' CPR and diagnosis messages.
  [/^\/jobcentre\/companies\/\d+\/?$/, ["auth", "candidates", "company", "jobcentre", "slots", "tasks"]],
  [/^\/jobcentre(\/|$)/, ["auth", "company", "endings", "jobcentre", "slots", "tasks"]],
  [/^\/company\/(proposals|placements)/, ["auth", "candidates", "endings", "placements", "progress", "proposals", "slots", "tasks"]],
  [/^\/company\/(tasks|task-finder)/, ["company", "slots", "tasks"]],
  [/^\/company\/(workplaces|colleagues|profile)/, ["company", "jobcentre", "slots"]],
  [/^\/company\/(slots|meter)/, ["auth", "company", "slots", "tasks"]],
  [/^\/representative\//, ["auth", "slots", "tasks"]],
  [/^\/company(\/|$)/, ["auth", "candidates", "company", "endings", "jobcentre", "placements", "progress", "slots", "tasks"]],
];
/** Sign-in, sign-up, account and the home page. */
const PUBLIC: Area[] = ["auth", "candidates", "public", "tasks"];
/** The layout (header, navigation, footer, error pages) on every page: these areas, and these keys of any area. */
const ALWAYS: Area[] = ["common", "notifications"];
const LAYOUT_KEYS = ["nav.", "pendingBanner.", "auth.login", "auth.logout"];

/** A key the layout writes (an entry ending in a dot is a prefix). */
export function isLayoutKey(key: string): boolean {
  return LAYOUT_KEYS.some((k) => (k.endsWith(".") ? key.startsWith(k) : key === k));
}

export function areasForPath(pathname: string): Area[] {
  const rule = RULES.find(([pattern]) => pattern.test(pathname));
  return [...new Set([...ALWAYS, ...(rule ? rule[1] : PUBLIC)])];
}
