import type { Db } from "~/db/client.server";

export interface JobContext {
  db: Db;
  /** The moment the run started, from the runner's clock (tests pass a fixed one). */
  now: Date;
}

/** What a run reports for the jobs table, e.g. { sessions: 3 }; nothing is fine too. */
export type JobResult = Record<string, number> | void;

export interface Job {
  /** Stable: it is the row's key in the jobs table. */
  name: string;
  /** A cron pattern read in Danish time (croner syntax; a sixth, leading field is seconds). */
  schedule: string;
  /** How long a run may take before another process may assume it died and take over. */
  leaseMs: number;
  run(ctx: JobContext): JobResult | Promise<JobResult>;
}

export const JOB_TIMEZONE = "Europe/Copenhagen";
