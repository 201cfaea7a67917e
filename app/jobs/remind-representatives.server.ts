import { remindOverdueRepresentatives } from "~/domain/slots/representative-reminders.server";
import type { Job } from "./job";

/**
 * Every hour is plenty for a five-working-day deadline; the runner runs a
 * missed occurrence at start, and the reminder itself works from the data, so nothing is lost
 * while the server is down and nothing is sent twice.
 */
export const remindRepresentativesJob: Job = {
  name: "remind-representatives",
  schedule: "0 10 * * * *", // ten past every hour
  leaseMs: 10 * 60_000,
  run: ({ db, now }) => remindOverdueRepresentatives(db, now),
};
