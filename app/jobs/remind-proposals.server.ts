import { remindUnansweredProposals } from "~/domain/proposals/reminders.server";
import type { Job } from "./job";

/**
 * Reminds of proposals unanswered for 5 working days, once each. Hourly in working hours on
 * weekdays, so nobody gets a reminder at night; after a restart the runner catches up at once.
 */
export const remindProposalsJob: Job = {
  name: "remind-unanswered-proposals",
  schedule: "0 5 7-17 * * 1-5",
  leaseMs: 10 * 60_000,
  run: ({ db, now }) => remindUnansweredProposals(db, now),
};
