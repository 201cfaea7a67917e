import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * How many rows each jobcentre's lists hold, per status (decision 055), kept by triggers
 * (migration 0018) on insert, delete and every update of `jobcentre_id` or `status`, so a list
 * without other filters reads its total from a row or a few instead of counting an index range
 * that grows with the jobcentre's history (102,000 follow-ups at the big city: 2.4 ms).
 * `list` names the table: "follow_ups", "proposals", "placements" (status = the row's status),
 * "candidates" (status = ''), "consents" (status = '': the current consents not withdrawn,
 * migration 0019, decision 059), "candidates_postcode" (status = the postcode) and
 * "candidates_responsible" (status = the responsible consultant's id as text; migration 0021,
 * decision 070). Rows without a jobcentre (a follow-up before its column is filled)
 * are not counted, as no jobcentre's list shows them. A row may stay with n = 0.
 */
export const listCounts = sqliteTable(
  "list_counts",
  {
    list: text("list", { enum: ["follow_ups", "proposals", "placements", "candidates", "consents", "candidates_postcode", "candidates_responsible"] }).notNull(),
    jobcentreId: integer("jobcentre_id").notNull(),
    status: text("status").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.list, t.jobcentreId, t.status] })],
);

/**
 * Counters of changes per jobcentre, kept by triggers whoever writes (a command, a job, retention,
 * a script or hand-written SQL), so a figure computed from those rows can be kept in memory under
 * the counter and recomputed after any change. `counter` names what is counted:
 * "consent_proposal_changes" — every insert and delete of a consent or a proposal, and every
 * update of a column the candidate list's "consent, no open proposal" total reads (migration 0024,
 * decision 081). "start_work_changes" — every insert and delete of a company or a slot, and every
 * update of a column the jobcentre start page's work figures read (migration 0025, decision 082).
 * "candidate_fit_changes" — every insert and delete of a candidate, a consent, a company named in
 * or withdrawn from a consent, a placement or a proposal, and every update of a column the ranking
 * of candidates for a slot reads (migration 0026, decision 087).
 * A jobcentre without a row has had no change since the migration (read as 0).
 */
export const changeCounters = sqliteTable(
  "change_counters",
  {
    counter: text("counter", { enum: ["consent_proposal_changes", "start_work_changes", "candidate_fit_changes", "open_slot_fit_changes", "retention_changes"] }).notNull(),
    jobcentreId: integer("jobcentre_id").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.counter, t.jobcentreId] })],
);
