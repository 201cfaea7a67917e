import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { FREQUENCIES, LEARNING_TIMES, TASK_STATUSES, type Adaptation, type Chore, type StretchedArea } from "../../domain/tasks/schema";
import { createdAt, timestamp, version } from "./columns";
import { companies, jobcentres, workplaces } from "./organisations";

/**
 * Typical relief tasks per industry, loaded from db/catalogue/*.json. A row with a
 * jobcentre_id is that jobcentre's own addition; null means the national catalogue.
 */
export const catalogueTasks = sqliteTable(
  "catalogue_tasks",
  {
    key: text("key").primaryKey(),
    jobcentreId: integer("jobcentre_id").references(() => jobcentres.id),
    industry: text("industry").notNull(),
    titleDa: text("title_da").notNull(),
    titleEn: text("title_en").notNull(),
    descriptionDa: text("description_da").notNull(),
    descriptionEn: text("description_en").notNull(),
    relievedRoleDa: text("relieved_role_da").notNull(),
    relievedRoleEn: text("relieved_role_en").notNull(),
    reasonDa: text("reason_da").notNull(),
    reasonEn: text("reason_en").notNull(),
    hoursPerWeek: real("hours_per_week").notNull(),
    frequency: text("frequency", { enum: FREQUENCIES }).notNull(),
    learningTime: text("learning_time", { enum: LEARNING_TIMES }).notNull(),
    physical: integer("physical").notNull(),
    social: integer("social").notNull(),
    language: integer("language").notNull(),
    pace: integer("pace").notNull(),
    precision: integer("precision").notNull(),
    adaptations: text("adaptations", { mode: "json" }).$type<Adaptation[]>().notNull(),
    stretchedAreas: text("stretched_areas", { mode: "json" }).$type<StretchedArea[]>().notNull(),
    chores: text("chores", { mode: "json" }).$type<Chore[]>().notNull(),
  },
  (t) => [index("catalogue_tasks_industry_idx").on(t.industry)],
);

export const tasks = sqliteTable(
  "tasks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    workplaceId: integer("workplace_id").references(() => workplaces.id),
    status: text("status", { enum: TASK_STATUSES }).notNull().default("draft"),
    title: text("title").notNull(),
    description: text("description"),
    department: text("department"),
    relievedRole: text("relieved_role"),
    hoursFreed: real("hours_freed"),
    frequency: text("frequency", { enum: FREQUENCIES }),
    learningTime: text("learning_time", { enum: LEARNING_TIMES }),
    physical: integer("physical"),
    social: integer("social"),
    language: integer("language"),
    pace: integer("pace"),
    precision: integer("precision"),
    adaptations: text("adaptations", { mode: "json" }).$type<Adaptation[]>().notNull().default([]),
    /** Set when the task came from the task finder. */
    catalogueKey: text("catalogue_key"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    index("tasks_company_status_idx").on(t.companyId, t.status, t.updatedAt),
    // HR's list: the company's tasks, last changed first, without sorting them all (issue 10).
    index("tasks_company_updated_idx").on(t.companyId, t.updatedAt),
    index("tasks_company_workplace_idx").on(t.companyId, t.workplaceId),
  ],
);
