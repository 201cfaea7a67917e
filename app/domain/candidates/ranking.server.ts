import { and, asc, count, eq, like, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "~/db/client.server";
import { candidates } from "~/db/schema";
import { consentCoversSql } from "./consent.server";
import { distanceCache, fitFor, fitOrderFor, placedSql, type SlotForFit } from "./fit.server";
import { rank, type Fit } from "./fit";

/** The columns the fit reads, and what a ranked row shows; never the whole profile. */
export const FIT_COLUMNS = {
  id: candidates.id,
  alias: candidates.alias,
  ageBand: candidates.ageBand,
  postcode: candidates.postcode,
  hoursNow: candidates.hoursNow,
  goalHours: candidates.goalHours,
  days: candidates.days,
  supportNeeds: candidates.supportNeeds,
  languages: candidates.languages,
  wishIndustries: candidates.wishIndustries,
  wishTasks: candidates.wishTasks,
  maxTravelKm: candidates.maxTravelKm,
  mentorStyles: candidates.mentorStyles,
};

/** A JSON list column (`["mon","tue"]`) holds at least one of these words: plain LIKE, portable SQL. */
function jsonListHasAny(column: SQLiteColumn, words: readonly string[]): SQL {
  if (words.length === 0) return sql`1 = 0`;
  return sql`(${or(...words.map((w) => like(column, `%"${w}"%`)))})`;
}

/**
 * "Beyond travel range" as SQL: the distance from each of the jobcentre's postcodes to the
 * workplace is worked out once (a few hundred postcodes at most) and compared per row. An
 * unknown distance is never beyond (the fit says "to clarify").
 */
function beyondTravelSql(db: DbOrTx, jobcentreId: number, slot: SlotForFit, distance: (a: string, b: string) => number | null): SQL {
  const postcodes = db.selectDistinct({ postcode: candidates.postcode }).from(candidates).where(eq(candidates.jobcentreId, jobcentreId)).all();
  const known = postcodes.map((p) => ({ postcode: p.postcode, km: distance(p.postcode, slot.postcode) })).filter((p): p is { postcode: string; km: number } => p.km != null);
  if (known.length === 0) return sql`1 = 0`;
  const cases = sql.join(
    known.map((p) => sql`when ${p.postcode} then ${p.km}`),
    sql` `,
  );
  return sql`(${candidates.maxTravelKm} < case ${candidates.postcode} ${cases} else -1 end)`;
}

const asFlag = (condition: SQL) => sql<number>`case when ${condition} then 1 else 0 end`;

/**
 * The jobcentre's candidates ranked for one open slot, one page of them with their fit.
 *
 * The hard misfits are decided in SQL for every candidate at once: consent does not cover the
 * company, an active placement, no common working day, beyond travel range. Only the
 * candidates with none of them are read and ranked by the pure fit; the others follow, fewest
 * hard misfits first and then by name, and only those on the page are read (and get their
 * fit lines). Every line is exactly what `fit` says: tests/integration/ranking.test.ts
 * compares with the fit of every candidate.
 */
export function rankCandidatesPage(db: DbOrTx, input: { jobcentreId: number; slot: SlotForFit; today: string; page: number; pageSize: number }) {
  const { jobcentreId, slot, today, pageSize } = input;
  const distance = distanceCache();
  const covered = consentCoversSql(candidates.id, slot.companyId, today);
  const placed = placedSql(candidates.id);
  const commonDay = jsonListHasAny(candidates.days, slot.fit.workingDays);
  const beyond = beyondTravelSql(db, jobcentreId, slot, distance);
  const hardCount = sql<number>`((case when ${covered} then 0 else 1 end) + (case when ${placed} then 1 else 0 end) + (case when ${commonDay} then 0 else 1 end) + (case when ${beyond} then 1 else 0 end))`;
  const ofJobcentre = eq(candidates.jobcentreId, jobcentreId);

  const open = db
    .select(FIT_COLUMNS)
    .from(candidates)
    .where(and(ofJobcentre, sql`${hardCount} = 0`))
    .orderBy(asc(candidates.alias), asc(candidates.id))
    .all();
  const total = db.select({ n: count() }).from(candidates).where(ofJobcentre).get()?.n ?? 0;
  const facts = { consentCovers: true, placed: false, distance };
  // Every open candidate is ordered by the verdicts alone; only the page's rows get their lines.
  const ranked = rank(open, (c) => fitOrderFor(c, slot, facts));

  const start = (Math.max(1, input.page) - 1) * pageSize;
  const rows: { row: (typeof open)[number]; fit: Fit }[] = ranked.slice(start, start + pageSize).map((row) => ({ row, fit: fitFor(row, slot, facts) }));
  if (rows.length < pageSize) {
    // The page reaches into the hard misfits: read just those rows, with the facts SQL found.
    const hard = db
      .select({ ...FIT_COLUMNS, covered: asFlag(covered), placed: asFlag(placed) })
      .from(candidates)
      .where(and(ofJobcentre, sql`${hardCount} > 0`))
      .orderBy(hardCount, asc(candidates.alias), asc(candidates.id))
      .limit(pageSize - rows.length)
      .offset(Math.max(0, start - ranked.length))
      .all();
    for (const { covered: c, placed: p, ...row } of hard) rows.push({ row, fit: fitFor(row, slot, { consentCovers: Boolean(c), placed: Boolean(p), distance }) });
  }
  return { rows, total };
}
