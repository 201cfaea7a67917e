import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { COMPANY_STATUSES, INDUSTRIES } from "../../domain/companies/schema";
import { createdAt, timestamp, version } from "./columns";

export const jobcentres = sqliteTable("jobcentres", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  municipality: text("municipality").notNull(),
  /** The contact card every company of the jobcentre sees; kept by the jobcentre's admin. */
  contactName: text("contact_name"),
  contactPhone: text("contact_phone"),
  contactEmail: text("contact_email"),
  address: text("address"),
  postcode: text("postcode"),
  city: text("city"),
  version: version(),
  createdAt: createdAt(),
});

export const companies = sqliteTable(
  "companies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cvr: text("cvr").notNull().unique(),
    name: text("name").notNull(),
    industry: text("industry", { enum: INDUSTRIES }).notNull(),
    jobcentreId: integer("jobcentre_id")
      .notNull()
      .references(() => jobcentres.id),
    status: text("status", { enum: COMPANY_STATUSES }).notNull().default("pending"),
    rejectionReason: text("rejection_reason"),
    decidedAt: timestamp("decided_at"),
    decidedByUserId: integer("decided_by_user_id"),
    /** A rejected company that corrected its details and asked to be looked at again, and what it wrote. */
    reviewRequestedAt: timestamp("review_requested_at"),
    reviewRequestNote: text("review_request_note"),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index("companies_jobcentre_status_idx").on(t.jobcentreId, t.status, t.createdAt),
    index("companies_jobcentre_name_idx").on(t.jobcentreId, t.name),
  ],
);

export const workplaces = sqliteTable(
  "workplaces",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    pNumber: text("p_number").notNull(),
    name: text("name").notNull(),
    address: text("address").notNull(),
    postcode: text("postcode").notNull(),
    city: text("city").notNull(),
    ordinaryFte: real("ordinary_fte").notNull(),
    closedAt: timestamp("closed_at"),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("workplaces_company_pnumber_uq").on(t.companyId, t.pNumber),
    index("workplaces_postcode_idx").on(t.postcode),
    // A company's workplaces in the lists' order (name, then id): the start page's first ten, the
    // workplace list's pages and the forms' choices read it instead of sorting (decision 079).
    index("workplaces_company_name_idx").on(t.companyId, t.name, t.id),
  ],
);


/**
 * The jobcentre's own short note about a company (issue 9.12): its own table, read only by the
 * jobcentre side's view, so no query of the company's row can carry it to the company's people.
 */
export const companyNotes = sqliteTable("company_notes", {
  companyId: integer("company_id")
    .primaryKey()
    .references(() => companies.id),
  jobcentreId: integer("jobcentre_id")
    .notNull()
    .references(() => jobcentres.id),
  note: text("note").notNull(),
  updatedAt: timestamp("updated_at").notNull(),
  updatedByName: text("updated_by_name").notNull(),
  version: version(),
});
