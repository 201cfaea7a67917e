import { dispatchOutbox } from "~/mail/dispatch.server";
import type { Job } from "./job";

/**
 * Sends what committed commands left in the outbox, and retries what failed once its
 * back-off has passed. Requests also kick the dispatcher right after they answer, so this
 * job is what catches retries, mail written by jobs and scripts, and anything a restart cut off.
 */
export const sendOutboxJob: Job = {
  name: "send-outbox",
  schedule: "*/30 * * * * *", // every 30 seconds
  leaseMs: 5 * 60_000,
  run: async ({ db, now }) => ({ ...(await dispatchOutbox(db, now)) }),
};
