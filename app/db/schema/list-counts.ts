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
