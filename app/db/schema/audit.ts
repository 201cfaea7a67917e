import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { AuditEvent } from "../../domain/audit/events";
import { timestamp } from "./columns";

/**
 * Append-only. Scope columns (jobcentre_id, company_id) say whose log the row belongs to,
 * so a jobcentre admin reads exactly the events of their jobcentre and its companies.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: timestamp("at").notNull(),
    event: text("event").$type<AuditEvent>().notNull(),
    actorUserId: integer("actor_user_id"),
    actorLabel: text("actor_label"),
    actorOrganisation: text("actor_organisation"),
    jobcentreId: integer("jobcentre_id"),
    companyId: integer("company_id"),
    subjectType: text("subject_type"),
    subjectId: integer("subject_id"),
    details: text("details", { mode: "json" }).$type<Record<string, string | number | boolean | null>>(),
    ip: text("ip"),
  },
  (t) => [
    index("audit_jobcentre_at_idx").on(t.jobcentreId, t.at),
    index("audit_jobcentre_event_at_idx").on(t.jobcentreId, t.event, t.at),
    index("audit_company_at_idx").on(t.companyId, t.at),
    // The admin's filter by person (issue 9.13).
    index("audit_actor_at_idx").on(t.actorUserId, t.at),
    // "Who has seen this profile" reads one subject's rows.
    index("audit_subject_idx").on(t.subjectType, t.subjectId, t.at),
  ],
);
