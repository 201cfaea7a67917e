import { remindDueFollowUps } from "~/domain/placements/reminders.server";
import { resolveMode, resolvePublicOrigin } from "~/http/config.server";
import { publicUrl } from "~/mail/mailer.server";
import type { Job } from "./job";

/**
 * The mentor's morning reminder of a follow-up due today: at 07:00, and every hour until
 * 14:00 for a placement started during the morning. The reminder works from the data (due
 * today, not yet reminded), so a run the runner catches up after a restart still reminds, and
 * nothing is sent twice. Links point at the configured public address.
 */
export const remindFollowUpsJob: Job = {
  name: "remind-follow-ups",
  schedule: "0 0 7-14 * * *",
  leaseMs: 10 * 60_000,
  run: ({ db, now }) => {
    // Read when a link is needed: a run with nothing to send needs no configuration.
    let publicOrigin: string | undefined;
    return remindDueFollowUps(db, now, (path) => publicUrl({ publicOrigin: (publicOrigin ??= resolvePublicOrigin(process.env, resolveMode(process.env))) }, path));
  },
};
