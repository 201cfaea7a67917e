import { congratulateMilestones } from "~/domain/placements/milestones.server";
import type { Job } from "./job";

/**
 * Congratulates mentor, HR and consultant when a placement reaches 13 weeks, once each. Each
 * weekday morning; after a restart the runner catches up at once (marks of the last two weeks).
 */
export const congratulateMilestonesJob: Job = {
  name: "congratulate-milestones",
  schedule: "0 30 8 * * 1-5",
  leaseMs: 10 * 60_000,
  run: ({ db, now }) => congratulateMilestones(db, now),
};
