import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ADJUSTMENT_STATUSES, FOLLOW_UP_STATUSES, type GoalProgress, type TaskProgress } from "../../domain/placements/vocabulary";
import type { FlagKind } from "../../domain/placements/flags";
import type { Weekday } from "../../domain/slots/schema";
import { createdAt, timestamp, version } from "./columns";
import { placements } from "./placements";
import { users } from "./users";

/**
 * The follow-ups of a placement: one row per scheduled day, made when the placement starts
 * and remade (those not begun) when its end moves. The mentor's answers are kept as a draft
 * until submitted.
 */
export const followUps = sqliteTable(
  "follow_ups",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    placementId: integer("placement_id")
      .notNull()
      .references(() => placements.id),
    /**
     * The placement's jobcentre, copied when the follow-up is made (a placement never changes
     * jobcentre), so the jobcentre's lists across placements read one index (decision 044).
     * Nullable so the column can be added to a live database; filled at start-up.
     */
    jobcentreId: integer("jobcentre_id"),
    week: integer("week").notNull(),
    dueDate: text("due_date").notNull(),
    status: text("status", { enum: FOLLOW_UP_STATUSES }).notNull().default("due"),
    daysPresent: integer("days_present"),
    daysPlanned: integer("days_planned"),
    hoursWorked: real("hours_worked"),
    wellBeing: integer("well_being"),
    taskProgress: text("task_progress", { mode: "json" }).$type<Record<string, TaskProgress>>().notNull().default({}),
    goalProgress: text("goal_progress", { mode: "json" }).$type<Record<string, GoalProgress>>().notNull().default({}),
    wentWell: text("went_well"),
    concerns: text("concerns"),
    suggestedHours: real("suggested_hours"),
    suggestedDays: text("suggested_days", { mode: "json" }).$type<Weekday[]>(),
    suggestionText: text("suggestion_text"),
    savedByUserId: integer("saved_by_user_id").references(() => users.id),
    savedAt: timestamp("saved_at"),
    submittedAt: timestamp("submitted_at"),
    /**
     * The due day while the follow-up is open: not sent, in an active placement; null once it is
     * sent or the placement has ended. The lists' "to do", "overdue" and "upcoming" are ranges of
     * it, in its order (decision 044). Kept by `syncFollowUpSchedule`, `saveFollowUp` and
     * `endPlacement`.
     */
    openOn: text("open_on"),
    /** The morning reminder to the mentor was sent (never twice). */
    remindedAt: timestamp("reminded_at"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("follow_ups_placement_due_idx").on(t.placementId, t.dueDate),
    index("follow_ups_status_due_idx").on(t.status, t.dueDate),
    // The jobcentre's lists across placements, each a range in the page's order (decision 044):
    // to do / overdue / upcoming by the open day, sent by status, all by the due day.
    index("follow_ups_jobcentre_open_idx").on(t.jobcentreId, t.openOn),
    index("follow_ups_jobcentre_status_due_idx").on(t.jobcentreId, t.status, t.dueDate),
    index("follow_ups_jobcentre_due_idx").on(t.jobcentreId, t.dueDate),
  ],
);

/** The consultant's comments on a follow-up; the company sees them. */
export const followUpComments = sqliteTable(
  "follow_up_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    followUpId: integer("follow_up_id")
      .notNull()
      .references(() => followUps.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    text: text("text").notNull(),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [index("follow_up_comments_follow_up_idx").on(t.followUpId)],
);

/**
 * A change of hours, days or tasks: suggested in a follow-up, decided by the consultant.
 * Approved ones hold from `fromDate` (see placements/terms.ts).
 */
export const placementAdjustments = sqliteTable(
  "placement_adjustments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    placementId: integer("placement_id")
      .notNull()
      .references(() => placements.id),
    followUpId: integer("follow_up_id").references(() => followUps.id),
    status: text("status", { enum: ADJUSTMENT_STATUSES }).notNull().default("proposed"),
    hours: real("hours"),
    days: text("days", { mode: "json" }).$type<Weekday[]>(),
    taskIds: text("task_ids", { mode: "json" }).$type<number[]>(),
    suggestionText: text("suggestion_text"),
    fromDate: text("from_date"),
    decidedByUserId: integer("decided_by_user_id").references(() => users.id),
    decidedAt: timestamp("decided_at"),
    reason: text("reason"),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [index("placement_adjustments_placement_idx").on(t.placementId, t.status, t.fromDate)],
);

/** The consultant's own notes of conversations with the citizen; never shown to the company. */
export const consultantNotes = sqliteTable(
  "consultant_notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    placementId: integer("placement_id")
      .notNull()
      .references(() => placements.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    text: text("text").notNull(),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [index("consultant_notes_placement_idx").on(t.placementId, t.createdAt)],
);

/**
 * What the attention flags of an active placement need from its follow-ups, kept by the
 * commands that change them (start, schedule, follow-up sent, end) in the same transaction, so
 * the start pages and the dashboard rank a big city's placements without reading every
 * follow-up (decision 035). One row per active placement; gone when it ends. The flags that
 * depend on today (overdue, no follow-up since an adjustment) are decided from these columns
 * at read time; those that depend only on the answers are counted here.
 */
export const placementSignals = sqliteTable(
  "placement_signals",
  {
    placementId: integer("placement_id")
      .primaryKey()
      .references(() => placements.id),
    jobcentreId: integer("jobcentre_id").notNull(),
    companyId: integer("company_id").notNull(),
    mentorUserId: integer("mentor_user_id").notNull(),
    startDate: text("start_date").notNull(),
    /** The first due day of a follow-up not yet sent (null when every one is sent). */
    openSince: text("open_since"),
    /** How many of the flags that depend on the sent answers only hold (low or falling well-being, low attendance). */
    answerFlags: integer("answer_flags").notNull(),
    /** The Danish day the latest follow-up was sent. */
    lastSentOn: text("last_sent_on"),
    /**
     * Which of the flags that depend on the sent answers only hold, in the flags' order (decision
     * 049): the placement list shows the kinds of its rows' flags from these rows, not from their
     * follow-ups. Null only for a row from before the column (filled at start-up).
     */
    answerFlagKinds: text("answer_flag_kinds", { mode: "json" }).$type<FlagKind[]>(),
  },
  (t) => [
    index("placement_signals_jobcentre_idx").on(t.jobcentreId, t.startDate),
    index("placement_signals_company_idx").on(t.companyId, t.startDate),
    index("placement_signals_mentor_idx").on(t.mentorUserId, t.startDate),
    // The placement list's count "at risk": a jobcentre's flagged rows read from the index alone (decision 049).
    index("placement_signals_flags_idx").on(t.jobcentreId, t.answerFlags, t.openSince, t.lastSentOn),
    // The rows from before the flag kinds, for the start-up fill: empty once it is done (decision 049).
    index("placement_signals_kinds_missing_idx")
      .on(t.placementId)
      .where(sql`${t.answerFlagKinds} is null`),
  ],
);
