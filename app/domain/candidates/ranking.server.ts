import { and, asc, count, eq, inArray, like, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db, DbOrTx } from "~/db/client.server";
import { keptUnderCounter } from "../dashboard/cache.server";
import { candidates } from "~/db/schema";
import { consentCoversSql } from "./consent.server";
import { distanceCache, fitFor, fitOrderFor, placedSql, type FitRow, type SlotForFit } from "./fit.server";
import { rank, type Fit } from "./fit";

/** What the order of the candidates reads (FitRow and the id), in this order. */
const ORDER_COLUMNS = {
  id: candidates.id,
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

/** The columns the fit reads, and what a ranked row shows; never the whole profile. */
export const FIT_COLUMNS = { ...ORDER_COLUMNS, alias: candidates.alias, ageBand: candidates.ageBand };

type OrderValues = [number, string, number, number | null, string, string, string, string, string, number, string];

/**
 * The candidates `where` selects, by name, with what the order reads: the driver's values, not
 * drizzle's rows, and the JSON lists parsed once per distinct text, the parsed list shared (frozen:
 * the fit only reads them). Drizzle mapped and parsed every value of every row: 13,000 rows of
 * eleven columns at the big city (decision 091).
 */
export function orderRows(db: DbOrTx, where: SQL): (FitRow & { id: number })[] {
  const values = db.select(ORDER_COLUMNS).from(candidates).where(where).orderBy(asc(candidates.alias), asc(candidates.id)).values() as OrderValues[];
  const parsed = new Map<string, readonly string[]>();
  const list = <T>(text: string): T[] => {
    let v = parsed.get(text);
    if (v === undefined) parsed.set(text, (v = Object.freeze((JSON.parse(text) as string[]).map((x) => Object.freeze(x)))));
    return v as T[];
  };
  return values.map(([id, postcode, hoursNow, goalHours, days, supportNeeds, languages, wishIndustries, wishTasks, maxTravelKm, mentorStyles]) => ({
    id,
    postcode,
    hoursNow,
    goalHours,
    days: list(days),
    supportNeeds: list(supportNeeds),
    languages: list(languages),
    wishIndustries: list(wishIndustries),
    wishTasks: list(wishTasks),
    maxTravelKm,
    mentorStyles: list(mentorStyles),
  }));
}

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

/** The hard misfits as SQL for every candidate at once, and how many a candidate has. */
function hardMisfitsSql(db: DbOrTx, jobcentreId: number, slot: SlotForFit, today: string, distance: (a: string, b: string) => number | null) {
  const covered = consentCoversSql(candidates.id, slot.companyId, today);
  const placed = placedSql(candidates.id);
  const commonDay = jsonListHasAny(candidates.days, slot.fit.workingDays);
  const beyond = beyondTravelSql(db, jobcentreId, slot, distance);
  const count = sql<number>`((case when ${covered} then 0 else 1 end) + (case when ${placed} then 1 else 0 end) + (case when ${commonDay} then 0 else 1 end) + (case when ${beyond} then 1 else 0 end))`;
  return { covered, placed, count };
}

/**
 * The jobcentre's candidates with none of the hard misfits, best first (ties by name), each
 * ordered by its fit's verdicts alone; and how many candidates the jobcentre has.
 */
function openRanking(db: DbOrTx, jobcentreId: number, slot: SlotForFit, today: string, distance: (a: string, b: string) => number | null) {
  const hard = hardMisfitsSql(db, jobcentreId, slot, today, distance);
  // The columns the order reads, as the driver gives them (no per-value mapping), the lists parsed
  // once per distinct text: at the big city 13,000 rows share a few hundred (decision 091).
  const open = orderRows(db, and(eq(candidates.jobcentreId, jobcentreId), sql`${hard.count} = 0`)!);
  const facts = { consentCovers: true, placed: false, distance };
  const ids = Int32Array.from(rank(open, (c) => fitOrderFor(c, slot, facts)).map((c) => c.id));
  const total = db.select({ n: count() }).from(candidates).where(eq(candidates.jobcentreId, jobcentreId)).get()?.n ?? 0;
  return { ids, total };
}

/**
 * The jobcentre's candidates ranked for one open slot, one page of them with their fit.
 *
 * The hard misfits are decided in SQL for every candidate at once: consent does not cover the
 * company, an active placement, no common working day, beyond travel range. The candidates with
 * none of them are ordered by their fit's verdicts (no lines), and that order is kept in memory
 * (decision 087) under the jobcentre's counter of changes to what it reads (`change_counters`
 * 'candidate_fit_changes', migration 0026's triggers, whoever writes), the slot's own fit facts as
 * read on this view, and the day. Only the page's rows are read in full and get their lines. The
 * others follow, fewest hard misfits first and then by name, and only those on the page are read.
 * Every line is exactly what `fit` says: tests/integration/ranking.test.ts compares with the fit
 * of every candidate, ranking-kept.test.ts the kept order with one worked out anew after each change.
 */
export function rankCandidatesPage(db: Db, input: { jobcentreId: number; slot: SlotForFit; today: string; page: number; pageSize: number; kept?: boolean }) {
  const { jobcentreId, slot, today, pageSize } = input;
  const distance = distanceCache();
  const ofJobcentre = eq(candidates.jobcentreId, jobcentreId);

  const compute = () => openRanking(db, jobcentreId, slot, today, distance);
  const { ids: ranked, total } = input.kept === false ? compute() : keptUnderCounter(db, "candidate_fit_changes", jobcentreId, ["candidatesForSlot", slot.id, slot.companyId, slot.postcode, slot.fit, today], compute);

  const start = (Math.max(1, input.page) - 1) * pageSize;
  const pageIds = Array.from(ranked.subarray(start, start + pageSize));
  // By id alone (the rowid, 20 lookups); the jobcentre is checked on each row, since with it in the WHERE SQLite walks the jobcentre's 20,000 index entries.
  const list = pageIds.length ? db.select({ ...FIT_COLUMNS, jobcentreId: candidates.jobcentreId }).from(candidates).where(inArray(candidates.id, pageIds)).all() : [];
  const read = new Map(list.filter((c) => c.jobcentreId === jobcentreId).map(({ jobcentreId: _, ...c }) => [c.id, c]));
  const facts = { consentCovers: true, placed: false, distance };
  const rows: { row: Omit<(typeof list)[number], "jobcentreId">; fit: Fit }[] = [];
  for (const id of pageIds) {
    // A candidate moved or deleted by another process since the order was kept is left out of this view.
    const row = read.get(id);
    if (row) rows.push({ row, fit: fitFor(row, slot, facts) });
  }
  if (start + pageSize > ranked.length) {
    // The page reaches into the hard misfits: read just those rows, with the facts SQL found.
    const misfits = hardMisfitsSql(db, jobcentreId, slot, today, distance);
    const hard = db
      .select({ ...FIT_COLUMNS, covered: asFlag(misfits.covered), placed: asFlag(misfits.placed) })
      .from(candidates)
      .where(and(ofJobcentre, sql`${misfits.count} > 0`))
      .orderBy(misfits.count, asc(candidates.alias), asc(candidates.id))
      .limit(pageSize - pageIds.length)
      .offset(Math.max(0, start - ranked.length))
      .all();
    for (const { covered: c, placed: p, ...row } of hard) rows.push({ row, fit: fitFor(row, slot, { consentCovers: Boolean(c), placed: Boolean(p), distance }) });
  }
  return { rows, total };
}
