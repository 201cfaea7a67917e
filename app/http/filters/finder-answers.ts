import { z } from "zod";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import type { FinderAnswers } from "~/domain/tasks/finder";
import { ADAPTATIONS, CHORES, FINDER_STEPS, STRETCHED_AREAS } from "~/domain/tasks/vocabulary";

const many = <T extends readonly [string, ...string[]]>(values: T, raw: string[]) =>
  raw.filter((v): v is T[number] => (values as readonly string[]).includes(v));

// Built once: a zod schema costs more to build than to use (decision 048's filter schemas).
const industryParam = z.enum(INDUSTRIES);
const stepParam = z.coerce.number().int().min(1).max(FINDER_STEPS.length).catch(1);

/** The finder's answers travel in the URL, so back and forward keep them without JavaScript. */
export function parseFinderAnswers(search: URLSearchParams, fallbackIndustry: string): FinderAnswers & { step: number } {
  const asked = industryParam.safeParse(search.get("industry") ?? "");
  const industry = asked.success ? asked.data : (fallbackIndustry as (typeof INDUSTRIES)[number]);
  const step = stepParam.parse(search.get("step"));
  return {
    step,
    industry,
    areas: many(STRETCHED_AREAS, search.getAll("area")),
    chores: many(CHORES, search.getAll("chore")),
    adaptations: many(ADAPTATIONS, search.getAll("adapt")),
  };
}
