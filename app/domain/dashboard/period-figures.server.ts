import { and, count, eq, gte, inArray, isNotNull, lt, lte, ne, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../actor";
import { candidates, placementFacts, proposals, slotFacts } from "~/db/schema";
import { addDays } from "../candidates/consent";
import type { DeclineReason } from "../proposals/schema";
import { copenhagenMidnight } from "../shared/working-days";
import { LOW_START_HOURS, medianOfCounts, monthsOf, PAID_OUTCOMES, shareOf, type Period } from "./figures";

/**
 * The dashboard's period figures at national size (decision 039): each is counted or grouped
 * in SQL from the kept facts (facts.server.ts) or from the proposals' own index, and the
 * medians come from histograms (how many at each value), so nothing per placement, slot or
 * proposal reaches JavaScript. The definitions are those of figures.ts, which
 * tests/integration/dashboard-facts.test.ts applies to the raw rows on many days and periods
 * and compares with these.
 */
export function periodFigures(ctx: Ctx, jobcentreId: number, period: Period, today: string, people: SQL | undefined) {
  const db = ctx.db;
  const months = monthsOf(period);
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const perMonth = () => months.map(() => 0);
  // The scope's people: candidates whose responsible consultant is in it now. A placement's and a
  // proposal's candidate is always of the same jobcentre (propose checks it), so the jobcentre's index narrows.
  const theirs = (candidateId: typeof placementFacts.candidateId | typeof proposals.candidateId) =>
    people ? inArray(candidateId, db.select({ id: candidates.id }).from(candidates).where(and(eq(candidates.jobcentreId, jobcentreId), people))) : undefined;

  // Placements that started in the period: the run of hours holding today gives the latest hours.
  const holdsToday = and(lte(placementFacts.fromOn, today), gte(placementFacts.toOn, today));
  const month = sql<string>`substr(${placementFacts.startDate}, 1, 7)`;
  const reached = sql<number>`sum(case when (${placementFacts.status} = 'active' and ${placementFacts.markOn} <= ${today}) or (${placementFacts.status} <> 'active' and ${placementFacts.endedOn} >= ${placementFacts.markOn}) then 1 else 0 end)`;
  const endedBefore = sql<number>`sum(case when ${placementFacts.status} <> 'active' and ${placementFacts.endedOn} < ${placementFacts.markOn} then 1 else 0 end)`;
  const ofFacts = (where: SQL | undefined) => and(eq(placementFacts.jobcentreId, jobcentreId), where, holdsToday, theirs(placementFacts.candidateId));
  const startRows = db
    .select({ month, startHours: placementFacts.startHours, hours: placementFacts.hours, n: count(), reached, endedBefore })
    .from(placementFacts)
    .where(ofFacts(and(gte(placementFacts.startDate, period.from), lte(placementFacts.startDate, period.to))))
    .groupBy(month, placementFacts.startHours, placementFacts.hours)
    .all();
  const starts = perMonth();
  const startHours = new Map<number, number>();
  const latestHours = new Map<number, number>();
  let placements = 0;
  let low = 0;
  let lowRaised = 0;
  let reachedN = 0;
  let endedBeforeN = 0;
  for (const r of startRows) {
    const n = Number(r.n);
    placements += n;
    starts[monthIndex.get(r.month)!]! += n;
    startHours.set(r.startHours, (startHours.get(r.startHours) ?? 0) + n);
    latestHours.set(r.hours, (latestHours.get(r.hours) ?? 0) + n);
    if (r.startHours <= LOW_START_HOURS) {
      low += n;
      if (r.hours > r.startHours) lowRaised += n;
    }
    reachedN += Number(r.reached);
    endedBeforeN += Number(r.endedBefore);
  }
  const hours = { placements, medianStart: medianOfCounts(startHours), medianLatest: medianOfCounts(latestHours), lowRaised: shareOf(lowRaised, low) };

  // Placements that ended in the period, by outcome; three-month statuses due in it, by category.
  const endRows = db
    .select({ outcome: placementFacts.outcome, n: count() })
    .from(placementFacts)
    .where(ofFacts(and(gte(placementFacts.endedOn, period.from), lte(placementFacts.endedOn, period.to), ne(placementFacts.status, "active"), isNotNull(placementFacts.outcome))))
    .groupBy(placementFacts.outcome)
    .all();
  const statusRows = db
    .select({ category: placementFacts.statusCategory, n: count() })
    .from(placementFacts)
    .where(ofFacts(and(gte(placementFacts.statusDueOn, period.from), lte(placementFacts.statusDueOn, period.to), isNotNull(placementFacts.statusCategory))))
    .groupBy(placementFacts.statusCategory)
    .all();
  const sum = (rows: readonly { n: number }[]) => rows.reduce((s, r) => s + Number(r.n), 0);
  const outcomes = {
    reached13Weeks: shareOf(reachedN, reachedN + endedBeforeN),
    paidHours: shareOf(sum(endRows.filter((r) => PAID_OUTCOMES.includes(r.outcome!))), sum(endRows)),
    inWorkAfter3Months: shareOf(sum(statusRows.filter((r) => r.category === "employee")), sum(statusRows)),
  };

  // Slots opened in the period (the jobcentre's, whatever the scope: decision 029).
  // Two histograms rather than one over both day counts: their pairs are nearly as many as the slots.
  const slotMonth = sql<string>`substr(${slotFacts.openedOn}, 1, 7)`;
  const opened = and(eq(slotFacts.jobcentreId, jobcentreId), gte(slotFacts.openedOn, period.from), lte(slotFacts.openedOn, period.to));
  const proposalRows = db.select({ month: slotMonth, days: slotFacts.daysToProposal, n: count() }).from(slotFacts).where(opened).groupBy(slotMonth, slotFacts.daysToProposal).all();
  const startRowsOfSlots = db.select({ days: slotFacts.daysToStart, n: count() }).from(slotFacts).where(opened).groupBy(slotFacts.daysToStart).all();
  const toProposal = new Map<number, number>();
  const toStart = new Map<number, number>();
  const toProposalByMonth = months.map(() => new Map<number, number>());
  let openedN = 0;
  for (const r of proposalRows) {
    const n = Number(r.n);
    openedN += n;
    if (r.days === null) continue;
    toProposal.set(r.days, (toProposal.get(r.days) ?? 0) + n);
    const m = toProposalByMonth[monthIndex.get(r.month)!]!;
    m.set(r.days, (m.get(r.days) ?? 0) + n);
  }
  for (const r of startRowsOfSlots) if (r.days !== null) toStart.set(r.days, Number(r.n));
  const total = (m: Map<number, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  const timing = { opened: openedN, proposed: total(toProposal), medianDaysToProposal: medianOfCounts(toProposal), started: total(toStart), medianDaysToStart: medianOfCounts(toStart) };

  // Proposals and declines per month: each instant falls in the month whose Danish midnights hold it.
  const start = copenhagenMidnight(period.from).getTime();
  const end = copenhagenMidnight(addDays(period.to, 1)).getTime();
  const bounds = months.slice(1).map((m) => copenhagenMidnight(`${m}-01`).getTime());
  const bucketOf = (column: typeof proposals.proposedAt | typeof proposals.closedAt) =>
    // (Never a bare 0: a number in GROUP BY names a column.)
    sql<number>`case ${sql.join([...bounds, end].map((b, i) => sql`when ${column} < ${b} then ${i}`), sql` `)} end`;
  const ofProposals = (where: SQL | undefined) => and(eq(proposals.jobcentreId, jobcentreId), where, theirs(proposals.candidateId));
  const proposedBucket = bucketOf(proposals.proposedAt);
  const proposed = perMonth();
  const proposedRows = db
    .select({ bucket: proposedBucket, n: count() })
    .from(proposals)
    .where(ofProposals(and(gte(proposals.proposedAt, new Date(start)), lt(proposals.proposedAt, new Date(end)))))
    .groupBy(proposedBucket)
    .all();
  for (const r of proposedRows) proposed[Number(r.bucket)]! += Number(r.n);

  const closedBucket = bucketOf(proposals.closedAt);
  const declineRows = db
    .select({ bucket: closedBucket, reason: proposals.declineReason, n: count() })
    .from(proposals)
    .where(ofProposals(and(eq(proposals.status, "declined"), gte(proposals.closedAt, new Date(start)), lt(proposals.closedAt, new Date(end)))))
    .groupBy(closedBucket, proposals.declineReason)
    .all();
  const declined = perMonth();
  const byReason = new Map<DeclineReason, number>();
  for (const r of declineRows) {
    declined[Number(r.bucket)]! += Number(r.n);
    const reason = r.reason ?? "other";
    byReason.set(reason, (byReason.get(reason) ?? 0) + Number(r.n));
  }

  return {
    hours,
    timing,
    outcomes,
    declines: {
      total: declined.reduce((s, n) => s + n, 0),
      byReason: [...byReason.entries()].map(([reason, n]) => ({ reason, n })).sort((a, b) => b.n - a.n || a.reason.localeCompare(b.reason)),
    },
    trends: { proposals: proposed, starts, declines: declined, daysToProposal: toProposalByMonth.map((m) => medianOfCounts(m)) },
  };
}
