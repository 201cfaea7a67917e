import type { Industry } from "../companies/vocabulary";
import type { Adaptation, Chore, StretchedArea } from "./vocabulary";

export interface FinderAnswers {
  industry: Industry | null;
  areas: StretchedArea[];
  chores: Chore[];
  adaptations: Adaptation[];
}

export interface FinderCandidate {
  key: string;
  industry: string;
  stretchedAreas: StretchedArea[];
  chores: Chore[];
  adaptations: Adaptation[];
  hoursPerWeek: number;
}

export interface Proposal<C extends FinderCandidate> {
  task: C;
  score: number;
  /** From the industry HR answered (their own), rather than brought in by a chore. */
  ownIndustry: boolean;
  matchedAreas: StretchedArea[];
  matchedChores: Chore[];
  matchedAdaptations: Adaptation[];
}

/** Weights of the fit within each group: the chores HR named count most. */
export const WEIGHTS = { chore: 3, area: 2, adaptation: 1 } as const;
/** Tasks of the company's own industry shown at most. */
export const MAX_PROPOSALS = 12;
/** Tasks from other industries shown at most, after the company's own. */
export const MAX_FROM_OTHER_INDUSTRIES = 4;

/**
 * Ranks catalogue tasks by fit with HR's answers, the company's own industry first: a bakery
 * should see bakery tasks before anything else, however many chores a stable task shares.
 * Another industry's task comes in only when every chore it consists of is one HR named: a
 * bakery that ticked dishwashing and cleaning may see a hotel's dishwashing, not a stable's
 * mucking out, which is cleaning *and* tidying up after animals. Areas only rank (an area
 * alone is too loose: "production" means something else on a farm). Ties go to the task
 * that frees more hours.
 */
export function rankProposals<C extends FinderCandidate>(catalogue: C[], answers: FinderAnswers): Proposal<C>[] {
  const own: Proposal<C>[] = [];
  const other: Proposal<C>[] = [];
  for (const task of catalogue) {
    const ownIndustry = answers.industry !== null && task.industry === answers.industry;
    const matchedAreas = task.stretchedAreas.filter((a) => answers.areas.includes(a));
    const matchedChores = task.chores.filter((c) => answers.chores.includes(c));
    const matchedAdaptations = task.adaptations.filter((a) => answers.adaptations.includes(a));
    if (!ownIndustry && (matchedChores.length === 0 || matchedChores.length < task.chores.length)) continue;
    const score = WEIGHTS.area * matchedAreas.length + WEIGHTS.chore * matchedChores.length + WEIGHTS.adaptation * matchedAdaptations.length;
    (ownIndustry ? own : other).push({ task, score, ownIndustry, matchedAreas, matchedChores, matchedAdaptations });
  }
  const byFit = (a: Proposal<C>, b: Proposal<C>) =>
    b.score - a.score || b.task.hoursPerWeek - a.task.hoursPerWeek || a.task.key.localeCompare(b.task.key);
  return [...own.sort(byFit).slice(0, MAX_PROPOSALS), ...other.sort(byFit).slice(0, MAX_FROM_OTHER_INDUSTRIES)];
}
