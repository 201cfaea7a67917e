import { z } from "zod";
import { addDays, addMonths } from "~/domain/candidates/consent";
import { INDUSTRIES } from "~/domain/companies/vocabulary";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day or null: "2026-13-01" and "2026-02-30" are not days (and never an error page). */
const realDay = (v: string | null) => {
  if (!v || !DAY.test(v)) return null;
  const at = new Date(`${v}T12:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === v ? v : null;
};

/** The most a period may span: the page counts per month, and a few years say enough. */
export const MAX_PERIOD_MONTHS = 36;

/**
 * The decline page's period and industry from the URL: the last 90 days by default, the days
 * swapped when given the wrong way round, at most 36 months back from "to"; odd values are
 * ignored, never an error page.
 */
export function parseDeclinePeriod(search: URLSearchParams, today: string) {
  let from = realDay(search.get("from")) ?? addDays(today, -90);
  let to = realDay(search.get("to")) ?? today;
  if (from > to) [from, to] = [to, from];
  const earliest = addMonths(to, -MAX_PERIOD_MONTHS);
  if (from < earliest) from = earliest;
  return { from, to, industry: z.enum(INDUSTRIES).optional().catch(undefined).parse(search.get("industry") || undefined) };
}
