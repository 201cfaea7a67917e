import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamp } from "./columns";

export const JOB_OUTCOMES = ["ok", "failed"] as const;

/**
 * One row per scheduled job. The lease (owner + until) is taken by a single conditional
 * UPDATE, so of two processes on the same database only one runs a job; next_run_at only
 * moves when a run finishes, so a crash or a restart leaves the job due and it is caught up.
 */
export const jobs = sqliteTable("jobs", {
  name: text("name").primaryKey(),
  schedule: text("schedule").notNull(),
  nextRunAt: timestamp("next_run_at").notNull(),
  leaseOwner: text("lease_owner"),
  leaseUntil: timestamp("lease_until"),
  lastStartedAt: timestamp("last_started_at"),
  lastFinishedAt: timestamp("last_finished_at"),
  lastOutcome: text("last_outcome", { enum: JOB_OUTCOMES }),
  /** What the last successful run did, e.g. { sessions: 3 }. */
  lastResult: text("last_result", { mode: "json" }).$type<Record<string, number>>(),
  lastError: text("last_error"),
  /** Failures in a row; drives the back-off and resets on success. */
  failures: integer("failures").notNull().default(0),
  runs: integer("runs").notNull().default(0),
});
