import { z } from "zod";
import { STORY_KINDS } from "./ending-vocabulary";

/** The library's filters from the address; anything unknown is no filter. */
export const storyFilters = z.object({
  kind: z.enum(STORY_KINDS).optional().catch(undefined),
  industry: z.string().max(60).optional().catch(undefined),
  ageBand: z.string().max(20).optional().catch(undefined),
});
