import { z } from "zod";
import { INDUSTRIES } from "../companies/vocabulary";
import { ADAPTATIONS, CHORES, FREQUENCIES, LEARNING_TIMES, MAX_HOURS_FREED, MIN_HOURS_FREED, STRETCHED_AREAS } from "./vocabulary";

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

/** The parts of a task HR can adapt, as a task row and a catalogue row both hold them. */
interface AdaptableTask {
  title: string;
  description: string | null;
  department: string | null;
  relievedRole: string | null;
  hoursFreed: number | null;
  frequency: string | null;
  learningTime: string | null;
  physical: number | null;
  social: number | null;
  language: number | null;
  pace: number | null;
  precision: number | null;
  adaptations: readonly string[];
}

interface CatalogueRow {
  titleDa: string;
  titleEn: string;
  descriptionDa: string;
  descriptionEn: string;
  relievedRoleDa: string;
  relievedRoleEn: string;
  hoursPerWeek: number;
  frequency: string;
  learningTime: string;
  physical: number;
  social: number;
  language: number;
  pace: number;
  precision: number;
  adaptations: readonly string[];
}

/**
 * Whether HR has changed a task the finder created, compared with the catalogue entry it came
 * from (in either language, since it was copied in the language of the day). Read from the
 * data rather than stamped on save: "adapted by the company" must not be claimed for a draft
 * nobody touched, nor for one that was only activated. Pure.
 */
export function adaptedFromCatalogue(task: AdaptableTask, entry: CatalogueRow): boolean {
  const sameText = (["Da", "En"] as const).some(
    (l) => task.title === entry[`title${l}`] && task.description === entry[`description${l}`] && task.relievedRole === entry[`relievedRole${l}`],
  );
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const same =
    sameText &&
    !task.department &&
    task.hoursFreed === entry.hoursPerWeek &&
    task.frequency === entry.frequency &&
    task.learningTime === entry.learningTime &&
    task.physical === entry.physical &&
    task.social === entry.social &&
    task.language === entry.language &&
    task.pace === entry.pace &&
    task.precision === entry.precision &&
    sameSet(task.adaptations, entry.adaptations);
  return !same;
}
