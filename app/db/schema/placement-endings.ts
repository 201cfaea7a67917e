import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { END_KINDS, INTERRUPT_REASONS, OUTCOMES, STATUS_CATEGORIES, STORY_CONSENT_METHODS, STORY_KINDS } from "../../domain/placements/ending-vocabulary";
import { timestamp } from "./columns";
import { placements } from "./placements";
import { users } from "./users";

/**
 * How a placement ended: completed or interrupted (with a structured reason), on which day,
 * and the outcome. One row per ended placement; the placement's status says the same.
 */
export const placementEndings = sqliteTable(
  "placement_endings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    placementId: integer("placement_id")
      .notNull()
      .references(() => placements.id),
    kind: text("kind", { enum: END_KINDS }).notNull(),
    endedOn: text("ended_on").notNull(),
    reason: text("reason", { enum: INTERRUPT_REASONS }),
    /** Free text about the end; guarded against CPR numbers and diagnoses, blanked at anonymisation. */
    reasonText: text("reason_text"),
    outcome: text("outcome", { enum: OUTCOMES }).notNull(),
    outcomeHours: real("outcome_hours"),
    /** Three months after the end: the consultant records the status on this day. */
    statusDueOn: text("status_due_on").notNull(),
    endedByUserId: integer("ended_by_user_id")
      .notNull()
      .references(() => users.id),
    endedAt: timestamp("ended_at").notNull(),
  },
  (t) => [uniqueIndex("placement_endings_placement_idx").on(t.placementId), index("placement_endings_ended_idx").on(t.endedOn)],
);

/** The status three months after the end, in the national statistics' categories. */
export const placementStatusChecks = sqliteTable(
  "placement_status_checks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    placementId: integer("placement_id")
      .notNull()
      .references(() => placements.id),
    onDate: text("on_date").notNull(),
    category: text("category", { enum: STATUS_CATEGORIES }).notNull(),
    hours: real("hours"),
    recordedByUserId: integer("recorded_by_user_id")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at").notNull(),
  },
  (t) => [uniqueIndex("placement_status_checks_placement_idx").on(t.placementId)],
);

/**
 * The three-month status tasks still open: one row per ended placement whose status is not
 * recorded yet, with the consultant who proposed it and the day it falls due. Written by
 * `endPlacement`, removed by `recordStatusCheck`, in their transactions, so the start page reads
 * a consultant's due tasks from an index instead of joining every ending of the jobcentre to its
 * proposal (decision 040). Filled for a database from before the table at start-up.
 */
export const placementStatusTasks = sqliteTable(
  "placement_status_tasks",
  {
    placementId: integer("placement_id")
      .primaryKey()
      .references(() => placements.id),
    jobcentreId: integer("jobcentre_id").notNull(),
    /** The consultant who proposed the placement: the one the task is for. */
    consultantUserId: integer("consultant_user_id").notNull(),
    dueOn: text("due_on").notNull(),
  },
  (t) => [index("placement_status_tasks_consultant_idx").on(t.consultantUserId, t.dueOn, t.placementId)],
);

/** A milestone reached (13 weeks of continuous placement); the row makes the congratulation happen once. */
export const placementMilestones = sqliteTable(
  "placement_milestones",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    placementId: integer("placement_id")
      .notNull()
      .references(() => placements.id),
    kind: text("kind", { enum: ["weeks13"] }).notNull(),
    reachedOn: text("reached_on").notNull(),
    congratulatedAt: timestamp("congratulated_at").notNull(),
  },
  (t) => [uniqueIndex("placement_milestones_kind_idx").on(t.placementId, t.kind)],
);

/**
 * A learning case (from an interrupted placement) or a citizen story (from a completed one).
 * Anonymised when written: no name or alias, only the age band and the company's industry,
 * copied here so the library never joins back to the person. A story carries the record of
 * the citizen's consent and may be published to the jobcentre's companies.
 */
export const placementStories = sqliteTable(
  "placement_stories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    placementId: integer("placement_id")
      .notNull()
      .references(() => placements.id),
    jobcentreId: integer("jobcentre_id").notNull(),
    kind: text("kind", { enum: STORY_KINDS }).notNull(),
    ageBand: text("age_band").notNull(),
    industry: text("industry").notNull(),
    slotKind: text("slot_kind").notNull(),
    title: text("title").notNull(),
    sections: text("sections", { mode: "json" }).$type<Record<string, string>>().notNull(),
    consentOn: text("consent_on"),
    consentMethod: text("consent_method", { enum: STORY_CONSENT_METHODS }),
    publishedAt: timestamp("published_at"),
    writtenByUserId: integer("written_by_user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [uniqueIndex("placement_stories_placement_kind_idx").on(t.placementId, t.kind), index("placement_stories_jobcentre_idx").on(t.jobcentreId, t.kind, t.publishedAt)],
);
