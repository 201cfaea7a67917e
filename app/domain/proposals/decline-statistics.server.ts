import { and, count, desc, eq, gte, isNotNull, isNull, lt, ne, or, sql } from "drizzle-orm";
import { companies, proposals } from "~/db/schema";
import type { Ctx } from "../actor";
import { addDays } from "../candidates/consent";
import { mayKeepCandidates } from "../candidates/policy";
import type { Industry } from "../companies/vocabulary";
import { forbidden } from "../errors";
import { keptUnderVersion } from "../dashboard/cache.server";
import { copenhagenDate, copenhagenMidnight } from "../shared/working-days";
import type { DeclineReason } from "./vocabulary";

/*
 * The decline-reasons page's figures, apart from the proposal queries: the page's messages are
 * the keys its modules reach (decision 043), and queries.server.ts reaches the proposal
 * commands, the fit and the forms' errors, about 250 keys the page never shows (decision 052).
 */

function jobcentreOf(ctx: Ctx): number {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  return ctx.actor.jobcentreId;
}

/** The months (YYYY-MM) from one calendar day to another, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

/**
 * Decline reasons counted by reason, by industry and by month over a period (by the Danish day
 * the proposal closed), optionally for one industry. The jobcentre's own proposals only.
 *
 * Kept in memory beside the dashboard's figures (decision 045), under the jobcentre's dashboard
 * version: every command that changes what is counted here raises it (a decline is a proposal
 * transition, an erasure empties the company's own words, a company's industry changes through
 * its profile), so a change is seen on the next view. At the big city the counting cost about
 * 5 ms a view, building the query and reading a year's declines (decision 052).
 */
export function declineStatistics(ctx: Ctx, input: { from: string; to: string; industry?: Industry }) {
  const jobcentreId = jobcentreOf(ctx);
  const key = ["declines", copenhagenDate(ctx.now), input.from, input.to, input.industry ?? null];
  return keptUnderVersion(ctx.db, jobcentreId, key, () => computeDeclineStatistics(ctx, jobcentreId, input));
}

export type DeclineStatistics = ReturnType<typeof computeDeclineStatistics>;

/** The counts from the database, without the memory (the tests compare the two). */
export function computeDeclineStatistics(ctx: Ctx, jobcentreId: number, input: { from: string; to: string; industry?: Industry }) {
  // Whole Danish days: from local midnight to local midnight (a day later), whatever the season.
  const from = copenhagenMidnight(input.from);
  const to = copenhagenMidnight(addDays(input.to, 1));
  const where = and(
    eq(proposals.jobcentreId, jobcentreId),
    eq(proposals.status, "declined"),
    gte(proposals.closedAt, from),
    lt(proposals.closedAt, to),
    input.industry ? eq(companies.industry, input.industry) : undefined,
  );
  // Counted in SQL by month, reason and industry (at most months × reasons × industries rows), not
  // row by row: at the big city a year's 1,000 declines cost 3.8 ms read and dated one by one, each
  // through Intl (decision 048). A decline's month is the Danish month it closed in: the CASE
  // compares with each month's first Danish midnight, in portable SQL.
  const months = monthsBetween(input.from, input.to);
  const month =
    months.length === 1
      ? sql<string>`${months[0]}`
      : sql<string>`case ${sql.join(
          months.slice(1).map((next, i) => sql`when ${lt(proposals.closedAt, copenhagenMidnight(`${next}-01`))} then ${months[i]}`),
          sql` `,
        )} else ${months.at(-1)} end`;
  const groups = ctx.db
    .select({ month, reason: proposals.declineReason, industry: companies.industry, n: count() })
    .from(proposals)
    .innerJoin(companies, eq(companies.id, proposals.companyId))
    .where(where)
    .groupBy(sql`1`, sql`2`, sql`3`)
    .all();
  const sum = <K extends string>(key: (g: (typeof groups)[number]) => K) => {
    const counts = new Map<K, number>();
    for (const g of groups) counts.set(key(g), (counts.get(key(g)) ?? 0) + g.n);
    return counts;
  };
  const reasonOf = (g: (typeof groups)[number]): DeclineReason => g.reason ?? "other";
  const byMonth = sum((g) => g.month);
  // "Other" in the company's own words: the 20 latest.
  const otherTexts = ctx.db
    .select({ text: proposals.declineText })
    .from(proposals)
    .innerJoin(companies, eq(companies.id, proposals.companyId))
    .where(and(where, or(eq(proposals.declineReason, "other"), isNull(proposals.declineReason)), isNotNull(proposals.declineText), ne(proposals.declineText, "")))
    .orderBy(desc(proposals.closedAt))
    .limit(20)
    .all();
  return {
    total: groups.reduce((total, g) => total + g.n, 0),
    byReason: [...sum(reasonOf).entries()].map(([reason, n]) => ({ reason, n })).sort((a, b) => b.n - a.n || a.reason.localeCompare(b.reason)),
    byReasonAndIndustry: [...sum((g) => `${g.industry}|${reasonOf(g)}`).entries()]
      .map(([key, n]) => {
        const [industry, reason] = key.split("|") as [Industry, DeclineReason];
        return { reason, industry, n };
      })
      .sort((a, b) => b.n - a.n || a.industry.localeCompare(b.industry) || a.reason.localeCompare(b.reason)),
    byMonth: months.map((m) => ({ month: m, n: byMonth.get(m) ?? 0 })),
    otherTexts: otherTexts.map((r) => r.text!),
  };
}
