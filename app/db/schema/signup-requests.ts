import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { Industry } from "../../domain/companies/schema";
import type { Locale } from "../../i18n/locales";
import { createdAt, timestamp } from "./columns";

/**
 * A sign-up waiting for its e-mail to be confirmed (decision 020). Nothing else exists until
 * the link is used; then the company, its workplace and the HR user are created from this row.
 */
export const signupRequests = sqliteTable(
  "signup_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email").notNull(),
    cvr: text("cvr").notNull(),
    details: text("details", { mode: "json" })
      .notNull()
      .$type<{
        name: string;
        industry: Industry;
        jobcentreId: number;
        workplace: { pNumber: string; name: string; address: string; postcode: string; city: string; ordinaryFte: number };
        contactName: string;
        phone: string;
        locale: Locale;
      }>(),
    passwordHash: text("password_hash").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
    usedAt: timestamp("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("signup_requests_email_idx").on(t.email)],
);
