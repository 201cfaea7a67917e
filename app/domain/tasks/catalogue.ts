import { z } from "zod";
import { INDUSTRIES } from "../companies/schema";
import { ADAPTATIONS, CHORES, FREQUENCIES, LEARNING_TIMES, MAX_HOURS_FREED, MIN_HOURS_FREED, STRETCHED_AREAS } from "./schema";

const bilingual = z.object({ da: z.string().min(2), en: z.string().min(2) });
const level = z.number().int().min(1).max(3);

/** One entry of db/catalogue/<industry>.json. */
export const catalogueEntry = z.object({
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  industry: z.enum(INDUSTRIES),
  title: bilingual,
  description: bilingual,
  relievedRole: bilingual,
  hoursPerWeek: z.number().min(MIN_HOURS_FREED).max(MAX_HOURS_FREED),
  frequency: z.enum(FREQUENCIES),
  learningTime: z.enum(LEARNING_TIMES),
  demands: z.object({ physical: level, social: level, language: level, pace: level, precision: level }),
  adaptations: z.array(z.enum(ADAPTATIONS)),
  stretchedAreas: z.array(z.enum(STRETCHED_AREAS)).min(1),
  chores: z.array(z.enum(CHORES)).min(1),
  reason: bilingual,
});
export type CatalogueEntry = z.infer<typeof catalogueEntry>;
export const catalogueFile = z.array(catalogueEntry);
