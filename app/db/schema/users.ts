import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ROLES } from "../../domain/users/schema";
import { LOCALES } from "../../i18n/locales";
import { createdAt, timestamp, version } from "./columns";
import { companies, jobcentres } from "./organisations";

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    /** Eight digits (a Danish number), so the jobcentre can phone the company's contact. */
    phone: text("phone"),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    companyId: integer("company_id").references(() => companies.id),
    jobcentreId: integer("jobcentre_id").references(() => jobcentres.id),
    locale: text("locale", { enum: LOCALES }).notNull().default("da"),
    /**
     * A jobcentre's staff: the team the administrator placed them in (a name, shared by spelling
     * within the jobcentre; decision 033). Null: no team. Always null for a company's people.
     */
    team: text("team"),
    deactivatedAt: timestamp("deactivated_at"),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index("users_company_idx").on(t.companyId),
    index("users_jobcentre_idx").on(t.jobcentreId),
    index("users_jobcentre_team_idx").on(t.jobcentreId, t.team),
    // A user belongs to exactly one organisation, and the role says which kind.
    check(
      "users_one_organisation",
      sql`(${t.role} in ('company_admin','mentor') and ${t.companyId} is not null and ${t.jobcentreId} is null)
        or (${t.role} in ('consultant','jobcentre_admin') and ${t.jobcentreId} is not null and ${t.companyId} is null)`,
    ),
  ],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the session token, hex; the token itself is never stored. */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const invitations = sqliteTable(
  "invitations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email").notNull(),
    /** The invited person's name as the inviter wrote it (the mail greets them; the list shows it). */
    name: text("name"),
    role: text("role", { enum: ROLES }).notNull(),
    companyId: integer("company_id").references(() => companies.id),
    jobcentreId: integer("jobcentre_id").references(() => jobcentres.id),
    invitedByUserId: integer("invited_by_user_id")
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp("expires_at").notNull(),
    acceptedAt: timestamp("accepted_at"),
    /** Cancelled by the organisation: the link no longer works. */
    revokedAt: timestamp("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("invitations_company_idx").on(t.companyId, t.createdAt),
    index("invitations_jobcentre_idx").on(t.jobcentreId, t.createdAt),
  ],
);

export const passwordResets = sqliteTable(
  "password_resets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull().unique(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at").notNull(),
    usedAt: timestamp("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("password_resets_user_idx").on(t.userId)],
);

export const authAttempts = sqliteTable(
  "auth_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: ["login", "reset", "signup"] }).notNull(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    succeeded: integer("succeeded", { mode: "boolean" }).notNull(),
    at: timestamp("at").notNull(),
  },
  (t) => [
    index("auth_attempts_email_idx").on(t.kind, t.email, t.at),
    index("auth_attempts_ip_idx").on(t.kind, t.ip, t.at),
  ],
);
