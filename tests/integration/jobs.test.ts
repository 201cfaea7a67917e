import { execFileSync } from "node:child_process";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, getDb } from "~/db/client.server";
import { jobs } from "~/db/schema";
import type { Job } from "~/jobs/job";
import { nextOccurrence, runDueJobs, startJobScheduler } from "~/jobs/runner.server";

const second = openDatabase(process.env.DATABASE_PATH!);
afterAll(() => second.sqlite.close());

let n = 0;
/** A job with its own name that counts its runs; `body` may block or throw. */
function counter(schedule = "0 0 3 * * *", body?: () => unknown): Job & { runs: Date[] } {
  const runs: Date[] = [];
  return {
    name: `test-job-${++n}`,
    schedule,
    leaseMs: 60_000,
    runs,
    async run({ now }) {
      runs.push(now);
      await body?.();
      return { touched: 1 };
    },
  };
}
const at = (iso: string) => () => new Date(iso);
const row = (name: string) => getDb().select().from(jobs).where(eq(jobs.name, name)).get()!;
const setNextRun = (name: string, when: Date) => getDb().update(jobs).set({ nextRunAt: when }).where(eq(jobs.name, name)).run();

describe("the job runner", () => {
  it("runs a new job at once and then at its schedule's next occurrence in Danish time", async () => {
    const job = counter("0 15 3 * * *");
    const runs = await runDueJobs({ db: getDb(), jobs: [job], clock: at("2026-03-10T12:00:00Z"), owner: "a" });
    expect(runs).toEqual([{ name: job.name, outcome: "ok", result: { touched: 1 } }]);
    // 03:15 in Copenhagen is 02:15 UTC in winter time.
    expect(row(job.name).nextRunAt.toISOString()).toBe("2026-03-11T02:15:00.000Z");
    expect(row(job.name)).toMatchObject({ lastOutcome: "ok", lastResult: { touched: 1 }, runs: 1, leaseOwner: null });

    await runDueJobs({ db: getDb(), jobs: [job], clock: at("2026-03-11T02:14:59Z"), owner: "a" });
    expect(job.runs).toHaveLength(1);
    await runDueJobs({ db: getDb(), jobs: [job], clock: at("2026-03-11T02:15:00Z"), owner: "a" });
    expect(job.runs).toHaveLength(2);
  });

  it("never runs a job twice when two processes on the same database look at the same moment", async () => {
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const job = counter("0 * * * * *", () => blocked);
    const clock = at("2026-03-10T12:00:00Z");
    const first = runDueJobs({ db: getDb(), jobs: [job], clock, owner: "server-1" });
    // The first run is still going (holding its lease) when the second process ticks.
    const other = await runDueJobs({ db: second.db, jobs: [job], clock, owner: "server-2" });
    expect(other).toEqual([]);
    release();
    expect(await first).toHaveLength(1);
    expect(job.runs).toHaveLength(1);
    // And once it is done, the other process does not repeat it in the same minute.
    expect(await runDueJobs({ db: second.db, jobs: [job], clock, owner: "server-2" })).toEqual([]);
  });

  it("catches up once after a restart, not once per missed occurrence", async () => {
    const job = counter("0 0 * * * *"); // hourly
    await runDueJobs({ db: getDb(), jobs: [job], clock: at("2026-03-10T12:00:00Z"), owner: "a" });
    // Down for three days: 72 occurrences were missed.
    const runs = await runDueJobs({ db: getDb(), jobs: [job], clock: at("2026-03-13T12:30:00Z"), owner: "after-restart" });
    expect(runs).toHaveLength(1);
    expect(job.runs).toHaveLength(2);
    expect(row(job.name).nextRunAt.toISOString()).toBe("2026-03-13T13:00:00.000Z");
  });

  it("lets another process take over a run whose process died, but only after the lease ran out", async () => {
    const job = counter();
    const start = new Date("2026-03-10T12:00:00Z");
    await runDueJobs({ db: getDb(), jobs: [job], clock: () => start, owner: "a" });
    setNextRun(job.name, start);
    // A process took the lease and died without finishing.
    getDb().update(jobs).set({ leaseOwner: "dead", leaseUntil: new Date(start.getTime() + 60_000) }).where(eq(jobs.name, job.name)).run();
    expect(await runDueJobs({ db: second.db, jobs: [job], clock: at("2026-03-10T12:00:59Z"), owner: "b" })).toEqual([]);
    expect(await runDueJobs({ db: second.db, jobs: [job], clock: at("2026-03-10T12:01:00Z"), owner: "b" })).toHaveLength(1);
    expect(row(job.name).leaseOwner).toBeNull();
  });

  it("records a failure, retries with back-off before the next occurrence, and keeps running the other jobs", async () => {
    let fail = true;
    const failing = counter("0 0 3 * * *", () => {
      if (fail) throw new Error("SMTP svarer ikke");
    });
    const healthy = counter();
    const t0 = "2026-03-10T12:00:00Z";
    const runs = await runDueJobs({ db: getDb(), jobs: [failing, healthy], clock: at(t0), owner: "a" });
    expect(runs.map((r) => r.outcome)).toEqual(["failed", "ok"]);
    expect(row(failing.name)).toMatchObject({ lastOutcome: "failed", lastError: "SMTP svarer ikke", failures: 1 });
    expect(row(failing.name).nextRunAt.toISOString()).toBe("2026-03-10T12:01:00.000Z");
    await runDueJobs({ db: getDb(), jobs: [failing], clock: at("2026-03-10T12:01:00Z"), owner: "a" });
    expect(row(failing.name)).toMatchObject({ failures: 2 });
    expect(row(failing.name).nextRunAt.toISOString()).toBe("2026-03-10T12:03:00.000Z");
    fail = false;
    await runDueJobs({ db: getDb(), jobs: [failing], clock: at("2026-03-10T12:03:00Z"), owner: "a" });
    expect(row(failing.name)).toMatchObject({ failures: 0, lastOutcome: "ok", lastError: null });
    expect(row(failing.name).nextRunAt.toISOString()).toBe("2026-03-11T02:00:00.000Z");
  });

  it("does not let a run that outlived its lease overwrite the run that took over", async () => {
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const job = { ...counter("0 0 3 * * *", () => blocked), leaseMs: 1000 };
    let now = new Date("2026-03-10T12:00:00Z");
    const slow = runDueJobs({ db: getDb(), jobs: [job], clock: () => now, owner: "slow" });
    now = new Date("2026-03-10T12:00:02Z");
    const takeOver = runDueJobs({ db: second.db, jobs: [job], clock: () => now, owner: "fast" });
    release();
    expect((await takeOver).map((r) => r.outcome)).toEqual(["ok"]);
    expect((await slow).map((r) => r.outcome)).toEqual(["lost-lease"]);
    expect(row(job.name).runs).toBe(1);
  });

  it("reschedules a job whose pattern changed in code", async () => {
    const job = counter("0 0 3 * * *");
    await runDueJobs({ db: getDb(), jobs: [job], clock: at("2026-03-10T12:00:00Z"), owner: "a" });
    const changed = { ...job, schedule: "0 30 12 * * *" };
    await runDueJobs({ db: getDb(), jobs: [changed], clock: at("2026-03-10T10:10:00Z"), owner: "a" });
    expect(row(job.name)).toMatchObject({ schedule: "0 30 12 * * *" });
    expect(row(job.name).nextRunAt.toISOString()).toBe("2026-03-10T11:30:00.000Z");
  });

  it("refuses a pattern that cannot run", () => {
    expect(() => nextOccurrence("every tuesday", new Date())).toThrow();
  });

  it("in the server: catches up at start, and stopping waits for the run in progress", async () => {
    const job = counter();
    const scheduler = startJobScheduler({ db: getDb(), jobs: [job], clock: at("2026-03-10T12:00:00Z"), tick: "0 0 0 1 1 *" });
    await scheduler.stop();
    expect(job.runs).toHaveLength(1);
  });
});

describe("npm run jobs -- --once", () => {
  it("runs the due jobs once from the command line and says what they did", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/jobs.ts", "--once"], {
      env: { ...process.env, DATABASE_PATH: process.env.DATABASE_PATH! },
      encoding: "utf8",
    });
    expect(out).toMatch(/^expire-tokens: ok \{"sessions":\d+,/m);
    expect(out).toMatch(/^anonymise-candidates: ok \{"anonymised":\d+\}/m);
    expect(row("expire-tokens")).toMatchObject({ lastOutcome: "ok", leaseOwner: null });
    const again = execFileSync(process.execPath, ["--import", "tsx", "scripts/jobs.ts", "--once"], { env: process.env, encoding: "utf8" });
    // The nightly job is not due again; send-outbox (every 30 s) may or may not be.
    expect(again).not.toMatch(/^expire-tokens:/m);
  }, 180_000); // two tsx start-ups: slow on a busy 2-core machine
});
