import { anonymiseCandidatesJob } from "./anonymise-candidates.server";
import { congratulateMilestonesJob } from "./congratulate-milestones.server";
import { expireTokensJob } from "./expire-tokens.server";
import type { Job } from "./job";
import { remindProposalsJob } from "./remind-proposals.server";
import { sendOutboxJob } from "./send-outbox.server";
import { remindRepresentativesJob } from "./remind-representatives.server";
import { remindFollowUpsJob } from "./remind-follow-ups.server";

/** Every scheduled job. A new one is added here and gets its row in the jobs table at start. */
export const JOBS: readonly Job[] = [sendOutboxJob, expireTokensJob, remindProposalsJob, remindRepresentativesJob, anonymiseCandidatesJob, remindFollowUpsJob, congratulateMilestonesJob];
