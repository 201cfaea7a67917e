import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamp } from "./columns";

/**
 * One row per e-mail a person caused the portal to send to someone (an invitation, a
 * representative link): what the per-sender and per-address limits count.
 */
export const mailQuota = sqliteTable(
  "mail_quota",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** "company:<id>" or "jobcentre:<id>": the organisation the mail is sent on behalf of. */
    sender: text("sender").notNull(),
    recipient: text("recipient").notNull(),
    kind: text("kind").notNull(),
    at: timestamp("at").notNull(),
  },
  (t) => [index("mail_quota_sender_idx").on(t.sender, t.at), index("mail_quota_recipient_idx").on(t.recipient, t.at)],
);
