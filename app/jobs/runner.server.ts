import crypto from "node:crypto";
import os from "node:os";
import { Cron } from "croner";
import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { jobs } from "~/db/schema";
import { JOB_TIMEZONE, type Job, type JobResult } from "./job";

export type Clock = () => Date;

export interface JobRun {
  name: string;
  outcome: "ok" | "failed" | "lost-lease";
  result?: Record<string, number>;
  error?: string;
}

/** A name that tells in the jobs table which process holds a lease. */
export function processOwner(): string {
  return `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
}

/** The first moment after `after` that the pattern names, in Danish time. */
export function nextOccurrence(schedule: string, after: Date): Date {
  const next = new Cron(schedule, { timezone: JOB_TIMEZONE, paused: true }).nextRun(after);
  if (!next) throw new Error(`the schedule "${schedule}" never runs again`);
  return next;
}

/** After a failure: 1, 2, 4 … minutes, at most an hour, and never later than the next regular run. */
export function retryAt(schedule: string, failuresInARow: number, now: Date): Date {
  const backoffMs = Math.min(60, 2 ** Math.max(0, failuresInARow - 1)) * 60_000;
  const retry = new Date(now.getTime() + backoffMs);
  const regular = nextOccurrence(schedule, now);
  return retry < regular ? retry : regular;
}

/**
 * A job seen for the first time is due at once. A job whose schedule changed in code runs
 * at its new schedule's next occurrence (or at once if it was already due).
 */
export function registerJobs(db: Db, list: readonly Job[], now: Date): void {
  for (const job of list) {
    nextOccurrence(job.schedule, now); // a broken pattern fails here, at start, not at 3 a.m.
    db.insert(jobs).values({ name: job.name, schedule: job.schedule, nextRunAt: now }).onConflictDoNothing().run();
    const row = db.select({ schedule: jobs.schedule, nextRunAt: jobs.nextRunAt }).from(jobs).where(eq(jobs.name, job.name)).get();
    if (row && row.schedule !== job.schedule) {
      const next = nextOccurrence(job.schedule, now);
      db.update(jobs)
        .set({ schedule: job.schedule, nextRunAt: row.nextRunAt <= now ? row.nextRunAt : next })
        .where(eq(jobs.name, job.name))
        .run();
    }
  }
}

/**
 * Takes the job's lease if the job is due and nobody holds a live lease. One conditional
 * UPDATE: SQLite runs writers one at a time, so of two processes exactly one sees a change.
 */
function claim(db: Db, job: Job, owner: string, now: Date): boolean {
  const { changes } = db
    .update(jobs)
    .set({ leaseOwner: owner, leaseUntil: new Date(now.getTime() + job.leaseMs), lastStartedAt: now })
    .where(and(eq(jobs.name, job.name), lte(jobs.nextRunAt, now), or(isNull(jobs.leaseUntil), lte(jobs.leaseUntil, now))))
    .run();
  return changes === 1;
}

/** Releases the lease and plans the next run; only while the lease is still ours. */
function finish(db: Db, job: Job, owner: string, now: Date, outcome: { ok: true; result: JobResult } | { ok: false; error: string }): boolean {
  const row = db.select({ failures: jobs.failures }).from(jobs).where(and(eq(jobs.name, job.name), eq(jobs.leaseOwner, owner))).get();
  if (!row) return false;
  const failures = outcome.ok ? 0 : row.failures + 1;
  const { changes } = db
    .update(jobs)
    .set({
      leaseOwner: null,
      leaseUntil: null,
      lastFinishedAt: now,
      lastOutcome: outcome.ok ? "ok" : "failed",
      ...(outcome.ok ? { lastResult: outcome.result ?? {}, lastError: null } : { lastError: outcome.error }),
      failures,
      runs: sql`${jobs.runs} + 1`,
      // Missed occurrences are not replayed: one run catches up, the next is in the future.
      nextRunAt: outcome.ok ? nextOccurrence(job.schedule, now) : retryAt(job.schedule, failures, now),
    })
    .where(and(eq(jobs.name, job.name), eq(jobs.leaseOwner, owner)))
    .run();
  return changes === 1;
}

/** Runs every due job once, one after the other; a failing job does not stop the others. */
export async function runDueJobs(opts: { db: Db; jobs: readonly Job[]; clock: Clock; owner: string }): Promise<JobRun[]> {
  const { db, owner, clock } = opts;
  registerJobs(db, opts.jobs, clock());
  const runs: JobRun[] = [];
  for (const job of opts.jobs) {
    const startedAt = clock();
    if (!claim(db, job, owner, startedAt)) continue;
    let outcome: { ok: true; result: JobResult } | { ok: false; error: string };
    try {
      outcome = { ok: true, result: await job.run({ db, now: startedAt }) };
    } catch (error) {
      console.error(`job ${job.name} failed`, error);
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    if (!finish(db, job, owner, clock(), outcome)) {
      console.error(`job ${job.name} ran longer than its lease; another process may have run it too`);
      runs.push({ name: job.name, outcome: "lost-lease" });
    } else if (outcome.ok) {
      runs.push({ name: job.name, outcome: "ok", result: outcome.result ?? {} });
    } else {
      runs.push({ name: job.name, outcome: "failed", error: outcome.error });
    }
  }
  return runs;
}

export interface JobScheduler {
  /** Stops ticking and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs due jobs inside this process: once at start (catching up what was missed while it
 * was down), then on every tick. Ticks never overlap.
 */
export function startJobScheduler(opts: {
  db: Db;
  jobs: readonly Job[];
  clock?: Clock;
  owner?: string;
  /** How often to look for due jobs (croner pattern; default every 30 seconds). */
  tick?: string;
}): JobScheduler {
  const clock = opts.clock ?? (() => new Date());
  const owner = opts.owner ?? processOwner();
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = runDueJobs({ db: opts.db, jobs: opts.jobs, clock, owner })
      .catch((error: unknown) => console.error("job runner failed", error))
      .finally(() => {
        running = null;
      });
  };
  const cron = new Cron(opts.tick ?? "*/30 * * * * *", { timezone: JOB_TIMEZONE }, tick);
  tick();
  return {
    async stop() {
      cron.stop();
      await running;
    },
  };
}
