import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { FitLine } from "../../domain/candidates/fit";
import { DECLINE_REASONS, PROPOSAL_STATUSES, WITHDRAWAL_REASONS } from "../../domain/proposals/schema";
import { MEETING_SIDES, SOCIAL_MATCH, type MeetingSignal } from "../../domain/proposals/meeting-outcome";
import { createdAt, timestamp, version } from "./columns";
import { candidates } from "./candidates";
import { companies } from "./organisations";
import { slots } from "./slots";
import { users } from "./users";

/** A candidate proposed to one slot. Company and jobcentre are copied for scoped reads. */
export const proposals = sqliteTable(
  "proposals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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
    status: text("status", { enum: PROPOSAL_STATUSES }).notNull().default("proposed"),
    motivation: text("motivation").notNull(),
    /** The fit as the consultant saw it when proposing; shown to the company by shared section. */
    fitLines: text("fit_lines", { mode: "json" }).$type<FitLine[]>().notNull(),
    proposedByUserId: integer("proposed_by_user_id")
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp("proposed_at").notNull(),
    meetingDate: text("meeting_date"),
    meetingTime: text("meeting_time"),
    meetingPlace: text("meeting_place"),
    meetingProposedBy: text("meeting_proposed_by", { enum: ["company", "jobcentre"] }),
    meetingConfirmedAt: timestamp("meeting_confirmed_at"),
    declineReason: text("decline_reason", { enum: DECLINE_REASONS }),
    declineText: text("decline_text"),
    declineShareable: integer("decline_shareable", { mode: "boolean" }),
    withdrawalReason: text("withdrawal_reason", { enum: WITHDRAWAL_REASONS }),
    withdrawalText: text("withdrawal_text"),
    /** The company's first answer (meeting, decline), for the unanswered flag and statistics. */
    answeredAt: timestamp("answered_at"),
    closedAt: timestamp("closed_at"),
    /** When HR and the consultant were reminded of a proposal unanswered for 5 working days (once). */
    remindedAt: timestamp("reminded_at"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    index("proposals_company_status_idx").on(t.companyId, t.status, t.proposedAt),
    index("proposals_slot_status_idx").on(t.slotId, t.status),
    index("proposals_candidate_status_idx").on(t.candidateId, t.status),
    index("proposals_jobcentre_status_idx").on(t.jobcentreId, t.status, t.proposedAt),
    // The jobcentre's list, newest first, read from the index (decision 035).
    index("proposals_jobcentre_proposed_idx").on(t.jobcentreId, t.proposedAt, t.candidateId),
    index("proposals_jobcentre_decline_idx").on(t.jobcentreId, t.declineReason, t.closedAt),
    // The dashboard's declines of a period per month and reason (decision 039), from the index alone.
    index("proposals_jobcentre_closed_idx").on(t.jobcentreId, t.status, t.closedAt, t.declineReason, t.candidateId),
    // The reminder job's look for proposals still waiting for a first answer.
    index("proposals_status_proposed_at_idx").on(t.status, t.proposedAt),
  ],
);

/**
 * How the match meeting felt, one row per side (the company's HR, the jobcentre): the social
 * match between citizen and mentor in a few choices and a line. Recording again replaces it.
 */
export const meetingOutcomes = sqliteTable(
  "meeting_outcomes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => proposals.id),
    side: text("side", { enum: MEETING_SIDES }).notNull(),
    socialMatch: text("social_match", { enum: SOCIAL_MATCH }).notNull(),
    signals: text("signals", { mode: "json" }).$type<MeetingSignal[]>().notNull(),
    note: text("note"),
    recordedByUserId: integer("recorded_by_user_id")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at").notNull(),
  },
  (t) => [uniqueIndex("meeting_outcomes_proposal_side_idx").on(t.proposalId, t.side)],
);
