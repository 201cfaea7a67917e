import { z } from "zod";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import type { FinderAnswers } from "~/domain/tasks/finder";
import { ADAPTATIONS, CHORES, STRETCHED_AREAS } from "~/domain/tasks/vocabulary";

export const FINDER_STEPS = ["industry", "areas", "chores", "adaptations", "results"] as const;
export type FinderStep = (typeof FINDER_STEPS)[number];

const many = <T extends readonly [string, ...string[]]>(values: T, raw: string[]) =>
  raw.filter((v): v is T[number] => (values as readonly string[]).includes(v));

/** The finder's answers travel in the URL, so back and forward keep them without JavaScript. */
export function parseFinderAnswers(search: URLSearchParams, fallbackIndustry: string): FinderAnswers & { step: number } {
  const industry = z.enum(INDUSTRIES).catch(fallbackIndustry as (typeof INDUSTRIES)[number]).parse(search.get("industry") ?? "");
  const step = z.coerce.number().int().min(1).max(FINDER_STEPS.length).catch(1).parse(search.get("step"));
  return {
    step,
    industry,
    areas: many(STRETCHED_AREAS, search.getAll("area")),
    chores: many(CHORES, search.getAll("chore")),
    adaptations: many(ADAPTATIONS, search.getAll("adapt")),
  };
}
