import { expireTokensJob } from "./expire-tokens.server";
import type { Job } from "./job";

/** Every scheduled job. A new one is added here and gets its row in the jobs table at start. */
export const JOBS: readonly Job[] = [expireTokensJob];
