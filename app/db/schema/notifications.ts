import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamp } from "./columns";
import { users } from "./users";
import type { StoredVar } from "../../i18n/translate";

/**
 * What the portal tells a user, shown under "Beskeder" with a count in the header. Written
 * in the same transaction as the change it tells about, like the e-mail in the outbox; the
 * text is message keys and variables, rendered in the reader's language when read.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** One of NOTIFICATION_KINDS (app/domain/notifications/kinds.ts). */
    kind: text("kind").notNull(),
    titleKey: text("title_key").notNull(),
    vars: text("vars", { mode: "json" }).notNull().$type<Record<string, StoredVar>>(),
    /** A path inside the portal: the thing the notification is about. */
    link: text("link").notNull(),
    createdAt: timestamp("created_at").notNull(),
    readAt: timestamp("read_at"),
  },
  (t) => [
    index("notifications_user_read_idx").on(t.userId, t.readAt, t.id),
    // The list, newest first, read from the index instead of sorting all of a user's rows (decision 048).
    index("notifications_user_id_idx").on(t.userId, t.id),
  ],
);

/** A user's choice per kind of event: e-mail too, or only in the portal. No row: the kind's default. */
export const notificationPreferences = sqliteTable(
  "notification_preferences",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    email: integer("email", { mode: "boolean" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);
