import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { PLACEMENT_STATUSES } from "../../domain/placements/vocabulary";
import { SLOT_KINDS, type HourStep, type Weekday } from "../../domain/slots/schema";
import { createdAt, timestamp, version } from "./columns";
import { candidates } from "./candidates";
import { companies, workplaces } from "./organisations";
import { proposals } from "./proposals";
import { slots } from "./slots";
import { tasks } from "./tasks";
import { users } from "./users";

/**
 * A placement: the agreement that started from one accepted proposal. Company, jobcentre,
 * workplace and mentor are copied from the slot so every scoped read (HR, mentor,
 * consultant, the meter) needs no join; the hours plan is the placement's own (taken from
 * the slot and edited at the start), so later changes to the slot never move it.
 */
export const placements = sqliteTable(
  "placements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => proposals.id),
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => candidates.id),
    slotId: integer("slot_id")
      .notNull()
      .references(() => slots.id),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    jobcentreId: integer("jobcentre_id").notNull(),
    workplaceId: integer("workplace_id")
      .notNull()
      .references(() => workplaces.id),
    mentorUserId: integer("mentor_user_id")
      .notNull()
      .references(() => users.id),
    /**
     * The candidate's responsible consultant, copied (decision 049): the lists of "mine" and of a
     * team read it from the placement's own index. Kept by `startPlacement` and by
     * `updateCandidate` (a handover), in their transactions; nullable so the column could be
     * added to a live database (`backfillPlacementResponsible` fills it at start-up).
     */
    responsibleUserId: integer("responsible_user_id").references(() => users.id),
    kind: text("kind", { enum: SLOT_KINDS }).notNull(),
    status: text("status", { enum: PLACEMENT_STATUSES }).notNull().default("active"),
    startDate: text("start_date").notNull(),
    /** The last day of the placement as planned (start + length in weeks − 1 day). */
    plannedEndDate: text("planned_end_date").notNull(),
    startHours: real("start_hours").notNull(),
    targetHours: real("target_hours").notNull(),
    steps: text("steps", { mode: "json" }).$type<HourStep[]>().notNull().default([]),
    workingDays: text("working_days", { mode: "json" }).$type<Weekday[]>().notNull(),
    /** The day a recorded assessment allows praktik beyond the target group's usual length. */
    assessmentOn: text("assessment_on"),
    /**
     * Løntilskud only: the total monthly wage cost the company pays, in øre (whole numbers, no
     * rounding drift), for the agreement summary. Null for every other kind. Salary is the
     * citizen's personal data: blanked by the anonymiser.
     */
    monthlyWageCostOre: integer("monthly_wage_cost_ore"),
    startedByUserId: integer("started_by_user_id")
      .notNull()
      .references(() => users.id),
    startedAt: timestamp("started_at").notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("placements_proposal_idx").on(t.proposalId),
    index("placements_company_status_idx").on(t.companyId, t.status, t.startDate),
    // In the list's order within a status: newest start first, then the id (decision 049).
    index("placements_jobcentre_status_idx").on(t.jobcentreId, t.status, t.startDate, t.id),
    // The list's order itself, read backwards: active first, then newest start, then the id
    // (decision 049). A CASE on the status, not a kept column: the status is kept already.
    index("placements_jobcentre_order_idx").on(t.jobcentreId, sql`(case when ${t.status} = 'active' then 1 else 0 end)`, t.startDate, t.id),
    // "Mine" and a team: the consultants' placements counted from the index alone (decision 049).
    index("placements_responsible_idx").on(t.responsibleUserId, t.jobcentreId),
    index("placements_mentor_status_idx").on(t.mentorUserId, t.status),
    index("placements_workplace_status_idx").on(t.workplaceId, t.status),
    index("placements_slot_idx").on(t.slotId),
    index("placements_candidate_status_idx").on(t.candidateId, t.status),
  ],
);

/** The tasks the placement is about (taken from the slot, edited at the start). */
export const placementTasks = sqliteTable(
  "placement_tasks",
  {
    placementId: integer("placement_id")
      .notNull()
      .references(() => placements.id),
    taskId: integer("task_id")
      .notNull()
      .references(() => tasks.id),
  },
  (t) => [primaryKey({ columns: [t.placementId, t.taskId] }), index("placement_tasks_task_idx").on(t.taskId)],
);

/** One to three concrete goals agreed at the start; follow-ups report progress on each. */
export const placementGoals = sqliteTable(
  "placement_goals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    placementId: integer("placement_id")
      .notNull()
      .references(() => placements.id),
    position: integer("position").notNull(),
    text: text("text").notNull(),
  },
  (t) => [uniqueIndex("placement_goals_position_idx").on(t.placementId, t.position)],
);
