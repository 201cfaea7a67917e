import { and, eq, isNull, lt, lte, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "~/db/client.server";
import { candidates, consents, placementEndings, placements, proposals } from "~/db/schema";
import { placedSql } from "../candidates/fit.server";
import { OPEN_PROPOSAL_STATUSES } from "../proposals/schema";
import { addDays } from "../candidates/consent";
import { copenhagenDate, type CalendarDate } from "../shared/working-days";
import type { RetentionFacts } from "./rules";

export interface RetentionRow {
  id: number;
  alias: string;
  responsibleUserId: number;
  facts: RetentionFacts;
}

/**
 * The jobcentre's candidates not yet anonymised whose retention period may have started by `day`
 * (decision 090): a superset, as SQL, of those `retentionStartsOn` gives `day` or earlier. The
 * period starts on the latest of the current consent's end and the last placement's end, or of the
 * profile's creation and that end when there is no current consent; so it can have started by `day`
 * only if the candidate has no current consent and was created by then, or has a current consent
 * withdrawn or ending by then (any of them: the newest decides, and the rule sees it). Instants are
 * compared with midnight UTC after `day`, which is later than midnight in Denmark: a superset again.
 * Two index ranges (the candidates by creation, the current consents by end) instead of every
 * candidate: at the big city about 1,300 of 20,000.
 */
function mayHaveStartedBy(db: DbOrTx, jobcentreId: number, day: CalendarDate) {
  const before = new Date(`${addDays(day, 1)}T00:00:00Z`);
  const noConsent = db
    .select({ id: candidates.id })
    .from(candidates)
    .where(
      and(
        eq(candidates.jobcentreId, jobcentreId),
        isNull(candidates.anonymisedAt),
        lt(candidates.createdAt, before),
        notExists(db.select({ one: consents.id }).from(consents).where(and(eq(consents.candidateId, candidates.id), isNull(consents.replacedAt)))),
      ),
    );
  const consentEnded = db
    .select({ id: consents.candidateId })
    .from(consents)
    // A consent's jobcentre is copied when it is recorded and filled at start-up for older rows; one
    // written past the commands since may lack it, and is read too (the candidate's jobcentre decides).
    .where(and(or(eq(consents.jobcentreId, jobcentreId), isNull(consents.jobcentreId)), isNull(consents.replacedAt), or(lt(consents.withdrawnAt, before), and(isNull(consents.withdrawnAt), lte(consents.expiresOn, day)))));
  return noConsent.union(consentEnded).as("may_be_due");
}

/**
 * The retention facts of every candidate of a jobcentre not yet anonymised — or, with `startedBy`,
 * of those whose retention period may have started by that day (a superset: the rule in `rules.ts`
 * decides) — in one statement: each candidate's newest current consent joined by its id, its last
 * placement's end, and whether it is engaged (an open proposal, or placed: `placedSql`, the fit's
 * rule) from their candidate indexes. Decision 086 read the whole jobcentre through joins instead
 * of lists of ids; with the day (decision 090) only the candidates that may be due are read, about
 * 1,300 of 20,000 at the big city, so a lookup per candidate costs less than reading every row.
 */
export function retentionRows(db: DbOrTx, jobcentreId: number, startedBy?: CalendarDate): RetentionRow[] {
  const current = alias(consents, "current_consent");
  // The current consent (not replaced); by id, so that the newest wins should there ever be two.
  const newest = sql`(select max(cn.id) from ${consents} cn where cn.candidate_id = ${candidates.id} and cn.replaced_at is null)`;
  const open = sql.join(OPEN_PROPOSAL_STATUSES.map((st) => sql`${st}`), sql`, `);
  const fields = {
    id: candidates.id,
    alias: candidates.alias,
    responsibleUserId: candidates.responsibleUserId,
    createdAt: candidates.createdAt,
    consentId: current.id,
    withdrawnAt: current.withdrawnAt,
    expiresOn: current.expiresOn,
    // The last day of the citizen's latest ended placement.
    endedOn: sql<string | null>`(select max(en.ended_on) from ${placementEndings} en join ${placements} pe on pe.id = en.placement_id where pe.candidate_id = ${candidates.id})`,
    // An open proposal, an active placement or an accepted proposal not yet started: the data is in use.
    engaged: sql<number>`(case when exists (select 1 from ${proposals} op where op.candidate_id = ${candidates.id} and op.status in (${open})) or ${placedSql(candidates.id)} then 1 else 0 end)`,
  };
  // From a day on the candidates are reached from those that may be due, by id; with the jobcentre
  // in the WHERE alone SQLite walks the jobcentre's 20,000 index entries and tests each (28 → 11 ms).
  const due = startedBy === undefined ? undefined : mayHaveStartedBy(db, jobcentreId, startedBy);
  const from = due ? db.select(fields).from(due).innerJoin(candidates, eq(candidates.id, due.id)).$dynamic() : db.select(fields).from(candidates).$dynamic();
  const rows = from
    .leftJoin(current, eq(current.id, newest))
    .where(and(eq(candidates.jobcentreId, jobcentreId), isNull(candidates.anonymisedAt)))
    .all();
  return rows.map((r) => ({
    id: r.id,
    alias: r.alias,
    responsibleUserId: r.responsibleUserId,
    facts: {
      createdOn: copenhagenDate(r.createdAt),
      consent: r.consentId === null ? null : { withdrawnOn: r.withdrawnAt ? copenhagenDate(r.withdrawnAt) : null, expiresOn: r.expiresOn! },
      lastPlacementEndedOn: r.endedOn,
      engaged: r.engaged === 1,
    },
  }));
}
