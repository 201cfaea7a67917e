/**
 * Runs the scheduled jobs outside the web server.
 *
 *   npm run jobs -- --once   runs every due job once and exits (for a crontab, e.g. every 5 minutes);
 *                            the exit code is 1 when a job failed
 *   npm run jobs             keeps running and ticks like the server does (a separate worker)
 *
 * Leases in the jobs table make it safe to run this next to servers that run jobs themselves.
 */
import { parseArgs } from "node:util";
import { closeDb, getDb } from "~/db/client.server";
import { JOBS } from "~/jobs/index.server";
import { processOwner, runDueJobs, startJobScheduler } from "~/jobs/runner.server";

const { values } = parseArgs({ options: { once: { type: "boolean", default: false } } });
const db = getDb();

if (values.once) {
  const runs = await runDueJobs({ db, jobs: JOBS, clock: () => new Date(), owner: processOwner() });
  for (const run of runs) {
    const detail = run.outcome === "ok" ? JSON.stringify(run.result) : (run.error ?? "");
    console.log(`${run.name}: ${run.outcome} ${detail}`.trim());
  }
  if (runs.length === 0) console.log("Ingen job var forfaldne.");
  closeDb();
  process.exit(runs.some((r) => r.outcome !== "ok") ? 1 : 0);
} else {
  const scheduler = startJobScheduler({ db, jobs: JOBS });
  console.log("Jobkøren kører (Ctrl+C stopper).");
  const stop = () => {
    void scheduler.stop().then(() => {
      closeDb();
      process.exit(0);
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
