import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { END_KINDS, INTERRUPT_REASONS, OUTCOMES, STATUS_CATEGORIES } from "../../domain/placements/ending-vocabulary";
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
