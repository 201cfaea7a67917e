import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { REP_STATUSES, SLOT_KINDS, SLOT_PURPOSES, SLOT_STATUSES, type HourStep, type Weekday } from "../../domain/slots/schema";
import type { SlotEvent } from "../../domain/slots/status";
import { createdAt, timestamp, version } from "./columns";
import { companies, workplaces } from "./organisations";
import { tasks } from "./tasks";
import { users } from "./users";

export const slots = sqliteTable(
  "slots",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    /** Denormalised from the company so the jobcentre's queue and board need no join to filter. */
    jobcentreId: integer("jobcentre_id").notNull(),
    workplaceId: integer("workplace_id")
      .notNull()
      .references(() => workplaces.id),
    kind: text("kind", { enum: SLOT_KINDS }).notNull(),
    status: text("status", { enum: SLOT_STATUSES }).notNull().default("draft"),
    title: text("title").notNull(),
    /** One of the three purposes the law names; null only on slots made before it was asked. */
    purposeKind: text("purpose_kind", { enum: SLOT_PURPOSES }),
    purpose: text("purpose").notNull(),
    startDate: text("start_date").notNull(),
    lengthWeeks: integer("length_weeks").notNull(),
    startHours: real("start_hours").notNull(),
    targetHours: real("target_hours").notNull(),
    steps: text("steps", { mode: "json" }).$type<HourStep[]>().notNull().default([]),
    workingDays: text("working_days", { mode: "json" }).$type<Weekday[]>().notNull(),
    dayStart: text("day_start").notNull(),
    dayEnd: text("day_end").notNull(),
    mentorUserId: integer("mentor_user_id")
      .notNull()
      .references(() => users.id),
    seats: integer("seats").notNull(),
    accessibility: text("accessibility"),
    wishes: text("wishes"),
    repName: text("rep_name"),
    repEmail: text("rep_email"),
    repStatus: text("rep_status", { enum: REP_STATUSES }).notNull().default("none"),
    repComment: text("rep_comment"),
    /** The consultant's latest comment (changes requested or rejection reason). */
    reviewComment: text("review_comment"),
    submittedAt: timestamp("submitted_at"),
    openedAt: timestamp("opened_at"),
    /**
     * When the slot's first proposal was made (any proposal, whatever became of it; proposals
     * are never deleted), set by `propose` in its transaction; null while none. "Open without a
     * proposal" is then an index range (decision 045). Filled at start-up for slots from before it.
     */
    firstProposedAt: timestamp("first_proposed_at"),
    /**
     * The workplace's postcode, kept by triggers on the slot's workplace and on the workplace's
     * postcode (migration 0020, decision 060): nearest first counts and pages the open slots by
     * postcode from an index instead of reading every open slot's workplace. Never written by the
     * portal's code.
     */
    workplacePostcode: text("workplace_postcode"),
    /**
     * The highest level of each demand over the slot's tasks, 0 when no task states it (or the
     * slot has none), kept by triggers on `slot_tasks` and on the tasks' demands (migration 0020,
     * decision 060): the board's demand filters read them instead of every slot's tasks. Never
     * written by the portal's code.
     */
    maxPhysical: integer("max_physical").notNull().default(0),
    maxSocial: integer("max_social").notNull().default(0),
    maxLanguage: integer("max_language").notNull().default(0),
    maxPace: integer("max_pace").notNull().default(0),
    maxPrecision: integer("max_precision").notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    index("slots_company_status_idx").on(t.companyId, t.status, t.updatedAt),
    // HR's list: the company's slots, last changed first, without sorting them all (issue 10).
    index("slots_company_updated_idx").on(t.companyId, t.updatedAt),
    index("slots_jobcentre_status_submitted_idx").on(t.jobcentreId, t.status, t.submittedAt),
    index("slots_jobcentre_status_start_idx").on(t.jobcentreId, t.status, t.startDate),
    // Open slots without a proposal, open longest first: counted and listed from the index (decision 045).
    index("slots_jobcentre_status_proposed_opened_idx").on(t.jobcentreId, t.status, t.firstProposedAt, t.openedAt),
    index("slots_workplace_status_idx").on(t.workplaceId, t.status),
    // The board nearest first: one pass over the jobcentre's open slots reading each workplace from the index (decision 059).
    index("slots_jobcentre_status_workplace_idx").on(t.jobcentreId, t.status, t.workplaceId),
    // Nearest first: the open slots per postcode counted, and a postcode's slots by id, from the index (decision 060).
    index("slots_jobcentre_status_postcode_idx").on(t.jobcentreId, t.status, t.workplacePostcode),
    // The board's demand filters: counted from the index, the first demand a range (decision 060).
    index("slots_jobcentre_status_demands_idx").on(t.jobcentreId, t.status, t.maxPhysical, t.maxSocial, t.maxLanguage, t.maxPace, t.maxPrecision),
    // The board's kind, hours and days filters counted from the index, no slot row read (decision 073;
    // the page's ids keep the start-date index: they test `+start_hours`, which this index cannot answer).
    index("slots_jobcentre_status_kind_hours_days_idx").on(t.jobcentreId, t.status, t.kind, t.startHours, t.workingDays),
    index("slots_mentor_idx").on(t.mentorUserId, t.status),
  ],
);

export const slotTasks = sqliteTable(
  "slot_tasks",
  {
    slotId: integer("slot_id")
      .notNull()
      .references(() => slots.id),
    taskId: integer("task_id")
      .notNull()
      .references(() => tasks.id),
  },
  (t) => [primaryKey({ columns: [t.slotId, t.taskId] }), index("slot_tasks_task_idx").on(t.taskId)],
);

/** Everything that happened to a slot, shown as its history. */
export const slotEvents = sqliteTable(
  "slot_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slotId: integer("slot_id")
      .notNull()
      .references(() => slots.id),
    at: timestamp("at").notNull(),
    event: text("event").$type<SlotEvent>().notNull(),
    actorLabel: text("actor_label"),
    comment: text("comment"),
  },
  (t) => [index("slot_events_slot_idx").on(t.slotId, t.at)],
);

/** Single-use links for the employee representative; a resend replaces the open one. */
export const representativeLinks = sqliteTable(
  "representative_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slotId: integer("slot_id")
      .notNull()
      .references(() => slots.id),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at").notNull(),
    usedAt: timestamp("used_at"),
    revokedAt: timestamp("revoked_at"),
    /** When HR and the jobcentre were reminded that this link is unanswered; set once, so never twice. */
    remindedAt: timestamp("reminded_at"),
    createdAt: createdAt(),
  },
  (t) => [index("representative_links_slot_idx").on(t.slotId), index("representative_links_reminder_idx").on(t.remindedAt, t.createdAt)],
);
