import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { Industry } from "../../domain/companies/schema";
import { TARGET_GROUPS, type LanguageSkill } from "../../domain/candidates/schema";
import { AGE_BANDS, CONSENT_METHODS, CONSENT_SCOPES, type Language, type MentorStyle, type ShareSection, type SupportNeed, type Transport } from "../../domain/candidates/vocabulary";
import type { Weekday } from "../../domain/slots/schema";
import type { Chore } from "../../domain/tasks/schema";
import { createdAt, timestamp, version } from "./columns";
import { companies, jobcentres } from "./organisations";
import { users } from "./users";

/** A citizen's profile, kept by their jobcentre. Resources first; never a CPR number or a diagnosis. */
export const candidates = sqliteTable(
  "candidates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    jobcentreId: integer("jobcentre_id")
      .notNull()
      .references(() => jobcentres.id),
    responsibleUserId: integer("responsible_user_id")
      .notNull()
      .references(() => users.id),
    alias: text("alias").notNull(),
    ageBand: text("age_band", { enum: AGE_BANDS }).notNull(),
    postcode: text("postcode").notNull(),
    targetGroup: text("target_group", { enum: TARGET_GROUPS }).notNull(),
    languages: text("languages", { mode: "json" }).$type<LanguageSkill[]>().notNull(),
    experience: text("experience"),
    experienceIndustries: text("experience_industries", { mode: "json" }).$type<Industry[]>().notNull(),
    strengths: text("strengths").notNull(),
    wishIndustries: text("wish_industries", { mode: "json" }).$type<Industry[]>().notNull(),
    wishTasks: text("wish_tasks", { mode: "json" }).$type<Chore[]>().notNull(),
    hoursNow: real("hours_now").notNull(),
    goalHours: real("goal_hours"),
    days: text("days", { mode: "json" }).$type<Weekday[]>().notNull(),
    transport: text("transport", { mode: "json" }).$type<Transport[]>().notNull(),
    maxTravelKm: integer("max_travel_km").notNull(),
    supportNeeds: text("support_needs", { mode: "json" }).$type<SupportNeed[]>().notNull(),
    supportText: text("support_text"),
    activities: text("activities"),
    mentorStyles: text("mentor_styles", { mode: "json" }).$type<MentorStyle[]>().notNull(),
    mentorWish: text("mentor_wish"),
    /**
     * The last day of the current consent while it is not withdrawn; null when there is none or
     * it was withdrawn. Kept by `recordConsent`, `withdrawConsent` and `eraseCandidate`, so the
     * list sorted by consent is one range of an index (decision 044); filled at start-up.
     */
    consentExpiresOn: text("consent_expires_on"),
    /** Set when every identifying field was blanked (retention or an erasure request); the row stays for the figures. */
    anonymisedAt: timestamp("anonymised_at"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    index("candidates_jobcentre_alias_idx").on(t.jobcentreId, t.alias),
    index("candidates_jobcentre_updated_idx").on(t.jobcentreId, t.updatedAt),
    // A consultant's candidates, most hours first, from the index (decision 040).
    index("candidates_jobcentre_responsible_idx").on(t.jobcentreId, t.responsibleUserId, t.hoursNow),
    index("candidates_jobcentre_postcode_idx").on(t.jobcentreId, t.postcode),
    // Those not anonymised, oldest profile first: the candidates without consent whose retention may
    // have started by a day are one range (decision 090), not every candidate of the jobcentre.
    index("candidates_jobcentre_created_idx").on(t.jobcentreId, t.anonymisedAt, t.createdAt),
    // The list by hours, most first, ties by alias and id, in the index's order (decision 055):
    // without it every page sorted all of the jobcentre's candidates (7 ms at the big city).
    index("candidates_jobcentre_hours_idx").on(t.jobcentreId, sql`${t.hoursNow} desc`, t.alias),
    // The list sorted by consent, soonest last day first and those without one last (decision 044).
    // A CASE, not coalesce: drizzle-kit would split coalesce's arguments at the comma.
    index("candidates_jobcentre_consent_idx").on(t.jobcentreId, sql`(case when ${t.consentExpiresOn} is null then 1 else 0 end)`, t.consentExpiresOn, t.alias),
  ],
);

/**
 * Consents, newest last. The current one is the latest not replaced; it covers a company
 * while not withdrawn and today lies between given_on and expires_on (checked at read time).
 */
export const consents = sqliteTable(
  "consents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => candidates.id),
    /**
     * The candidate's jobcentre, copied when the consent is recorded (a candidate never moves),
     * so the consents expiring at a jobcentre are one range of an index (decision 040). Filled
     * for consents from before the column at start-up.
     */
    jobcentreId: integer("jobcentre_id").references(() => jobcentres.id),
    givenOn: text("given_on").notNull(),
    expiresOn: text("expires_on").notNull(),
    method: text("method", { enum: CONSENT_METHODS }).notNull(),
    scope: text("scope", { enum: CONSENT_SCOPES }).notNull(),
    sections: text("sections", { mode: "json" }).$type<ShareSection[]>().notNull(),
    recordedByUserId: integer("recorded_by_user_id")
      .notNull()
      .references(() => users.id),
    withdrawnAt: timestamp("withdrawn_at"),
    replacedAt: timestamp("replaced_at"),
    createdAt: createdAt(),
  },
  (t) => [
    // A candidate's current consent, with its last day for the list's consent sort without reading the row (decision 040).
    // Also covering for the list's consent filters per candidate: the withdrawal and the jobcentre read from the index (decision 059).
    index("consents_candidate_idx").on(t.candidateId, t.replacedAt, t.expiresOn, t.withdrawnAt, t.jobcentreId),
    index("consents_expires_idx").on(t.expiresOn),
    // The current consents of a jobcentre by their last day: the consents to renew, one range; the list's consent filters count from it alone (decision 040).
    index("consents_jobcentre_current_idx").on(t.jobcentreId, t.replacedAt, t.expiresOn, t.withdrawnAt, t.candidateId),
  ],
);

/**
 * The companies a consent names (`listed`), and withdrawals for one company (`withdrawn_at`
 * set; for scope `any` a row exists only as a withdrawal).
 */
export const consentCompanies = sqliteTable(
  "consent_companies",
  {
    consentId: integer("consent_id")
      .notNull()
      .references(() => consents.id),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    withdrawnAt: timestamp("withdrawn_at"),
  },
  (t) => [primaryKey({ columns: [t.consentId, t.companyId] }), index("consent_companies_company_idx").on(t.companyId)],
);

/** How a mentor describes themself, for the social match. */
export const mentorProfiles = sqliteTable("mentor_profiles", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id),
  styles: text("styles", { mode: "json" }).$type<MentorStyle[]>().notNull(),
  edgeExperience: integer("edge_experience", { mode: "boolean" }).notNull().default(false),
  languages: text("languages", { mode: "json" }).$type<Language[]>().notNull(),
  line: text("line"),
  updatedAt: timestamp("updated_at").notNull(),
});
