import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { PLACEMENT_STATUSES } from "../../domain/placements/vocabulary";
import { OUTCOMES, STATUS_CATEGORIES } from "../../domain/placements/ending-vocabulary";
import { placements } from "./placements";
import { slots } from "./slots";

/**
 * The jobcentre dashboard's facts at national size (decision 039), kept by the commands that
 * change what they are made of, in the same transaction (`refreshPlacementFacts`,
 * `refreshSlotFacts`), and filled at start-up for rows from before them. The dashboard counts
 * and groups these rows in SQL (counts and histograms, never a row per placement); the figures
 * stay those of domain/dashboard/figures.ts, which a test applies to the raw rows.
 */

/**
 * A placement's weekly hours as runs of equal hours: one row per run, the first from the
 * beginning of time and the last to its end, so exactly one row of a placement holds any day.
 * Inside the placement's days the runs follow the plan's steps and the approved adjustments;
 * before its start they hold the start's hours, after its last day (the end, else the planned
 * last day) that day's. "The hours on the latest day so far" of the figures is then the row
 * holding today. Each row carries the placement's outcome facts, so one read answers both.
 */
export const placementFacts = sqliteTable(
  "placement_facts",
  {
    placementId: integer("placement_id")
      .notNull()
      .references(() => placements.id),
    jobcentreId: integer("jobcentre_id").notNull(),
    candidateId: integer("candidate_id").notNull(),
    startDate: text("start_date").notNull(),
    startHours: real("start_hours").notNull(),
    /** The run's first day ("0000-01-01" for the first run) and last day ("9999-12-31" for the last). */
    fromOn: text("from_on").notNull(),
    toOn: text("to_on").notNull(),
    hours: real("hours").notNull(),
    /** The last day of the 13th week (the milestone's day). */
    markOn: text("mark_on").notNull(),
    status: text("status", { enum: PLACEMENT_STATUSES }).notNull(),
    endedOn: text("ended_on"),
    outcome: text("outcome", { enum: OUTCOMES }),
    statusDueOn: text("status_due_on"),
    statusCategory: text("status_category", { enum: STATUS_CATEGORIES }),
  },
  (t) => [
    primaryKey({ columns: [t.placementId, t.fromOn] }),
    // Covering: each of the dashboard's three reads is answered from its index alone.
    index("placement_facts_start_idx").on(t.jobcentreId, t.startDate, t.fromOn, t.toOn, t.candidateId, t.startHours, t.hours, t.status, t.markOn, t.endedOn),
    index("placement_facts_ended_idx").on(t.jobcentreId, t.endedOn, t.fromOn, t.toOn, t.candidateId, t.status, t.outcome),
    index("placement_facts_status_due_idx").on(t.jobcentreId, t.statusDueOn, t.fromOn, t.toOn, t.candidateId, t.statusCategory),
    // The jobcentre's placements that reached 13 weeks by a day: a range of first runs by their mark (decision 047).
    index("placement_facts_mark_idx").on(t.jobcentreId, t.fromOn, t.markOn, t.status, t.endedOn, t.placementId),
  ],
);

/** A slot that opened: the Danish day it (last) opened, and the calendar days to its first proposal and its first placement's start (0 at least; null while none). */
export const slotFacts = sqliteTable(
  "slot_facts",
  {
    slotId: integer("slot_id")
      .primaryKey()
      .references(() => slots.id),
    jobcentreId: integer("jobcentre_id").notNull(),
    openedOn: text("opened_on").notNull(),
    daysToProposal: integer("days_to_proposal"),
    daysToStart: integer("days_to_start"),
  },
  (t) => [index("slot_facts_jobcentre_idx").on(t.jobcentreId, t.openedOn, t.daysToProposal, t.daysToStart)],
);

/**
 * One row per jobcentre whose number goes up in the transaction of every command that changes
 * something its dashboard shows (`bumpDashboardVersion`, decision 045). The server keeps the
 * dashboard's figures in memory under the number; a new number is a new key, so a change is
 * seen on the next view. No row: version 0.
 */
export const dashboardVersions = sqliteTable("dashboard_versions", {
  jobcentreId: integer("jobcentre_id").primaryKey(),
  version: integer("version").notNull().default(0),
});
