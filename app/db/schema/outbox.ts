import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamp } from "./columns";
import { users } from "./users";
import type { StoredVar } from "../../i18n/translate";

export const OUTBOX_STATUSES = ["pending", "sending", "sent", "dev", "failed"] as const;

/**
 * The transactional outbox. A command writes the message it wants sent — recipient, message
 * keys and variables, never text — inside its own transaction; the dispatcher renders it in
 * the recipient's language and sends it after commit (see app/mail/dispatch.server.ts).
 * `status`: pending → sending (leased) → sent (SMTP) or dev (kept for /dev/outbox); a
 * message that keeps failing ends as failed with its last error.
 */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    to: text("to").notNull(),
    /** A recipient with an account: their language is read when the message is sent. */
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    /** A recipient without an account (representative, invitee): the language chosen by the command. */
    locale: text("locale", { enum: ["da", "en"] }),
    subjectKey: text("subject_key").notNull(),
    bodyKey: text("body_key").notNull(),
    vars: text("vars", { mode: "json" }).notNull().$type<Record<string, StoredVar>>(),
    status: text("status", { enum: OUTBOX_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at").notNull(),
    leasedUntil: timestamp("leased_until"),
    lastError: text("last_error"),
    /** Filled when rendered for sending, in the language used. */
    subject: text("subject"),
    text: text("text"),
    sentAt: timestamp("sent_at"),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [index("outbox_status_next_idx").on(t.status, t.nextAttemptAt)],
);
