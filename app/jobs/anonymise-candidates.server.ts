import { anonymiseDueCandidates } from "~/domain/retention/commands.server";
import { resolveRetentionMonths } from "~/http/config.server";
import type { Job } from "./job";

/**
 * Every night, candidates whose retention period has run out are anonymised (PRODUCT.md
 * "Data"). Checked anew each night, so a run missed during a restart is caught up the next.
 */
export const anonymiseCandidatesJob: Job = {
  name: "anonymise-candidates",
  schedule: "0 45 3 * * *", // every night at 03:45
  leaseMs: 30 * 60_000,
  run: ({ db, now }) => ({ anonymised: anonymiseDueCandidates({ db, now }, resolveRetentionMonths(process.env)) }),
};
