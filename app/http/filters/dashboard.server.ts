import { z } from "zod";
import { addMonths } from "~/domain/candidates/consent";
import { DASHBOARD_SCOPES, MAX_PERIOD_MONTHS, PERIOD_KINDS, periodOf } from "~/domain/dashboard/figures";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day or null: "2026-13-01" and "2026-02-30" are not days (and never an error page). */
const realDay = (v: string | null) => {
  if (!v || !DAY.test(v)) return null;
  const at = new Date(`${v}T12:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === v ? v : null;
};

/**
 * The dashboard's period and scope from the URL: this quarter and the whole jobcentre by
 * default; a custom period needs both days (else this quarter), swapped when given the wrong
 * way round, at most 36 months back from "to". Odd values are ignored, never an error page.
 */
export function parseDashboardFilters(search: URLSearchParams, today: string) {
  const kind = z.enum(PERIOD_KINDS).catch("thisQuarter").parse(search.get("period") ?? "thisQuarter");
  const scope = z.enum(DASHBOARD_SCOPES).catch("jobcentre").parse(search.get("scope") ?? "jobcentre");
  let from = realDay(search.get("from"));
  let to = realDay(search.get("to"));
  if (kind !== "custom" || !from || !to) return { period: kind === "custom" ? ("thisQuarter" as const) : kind, scope, ...periodOf(kind === "custom" ? "thisQuarter" : kind, today) };
  if (from > to) [from, to] = [to, from];
  const earliest = addMonths(to, -MAX_PERIOD_MONTHS);
  if (from < earliest) from = earliest;
  return { period: kind, scope, from, to };
}

export type DashboardFilters = ReturnType<typeof parseDashboardFilters>;
