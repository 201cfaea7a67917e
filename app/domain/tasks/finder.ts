import type { Industry } from "../companies/schema";
import type { Adaptation, Chore, StretchedArea } from "./schema";

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
  matchedAreas: StretchedArea[];
  matchedChores: Chore[];
  matchedAdaptations: Adaptation[];
}

/** Weights of the fit: the company's own industry first, then the chores HR named. */
export const WEIGHTS = { industry: 4, chore: 3, area: 2, adaptation: 1 } as const;
export const MAX_PROPOSALS = 12;

/**
 * Ranks catalogue tasks by fit with HR's answers. Tasks of the company's industry are all
 * candidates; another industry's task only when it covers a chore HR named (an area alone
 * is too loose: "production" means something else in a kindergarten). Ties go to the
 * task that frees more hours.
 */
export function rankProposals<C extends FinderCandidate>(catalogue: C[], answers: FinderAnswers): Proposal<C>[] {
  const proposals: Proposal<C>[] = [];
  for (const task of catalogue) {
    const industryMatch = answers.industry !== null && task.industry === answers.industry;
    const matchedAreas = task.stretchedAreas.filter((a) => answers.areas.includes(a));
    const matchedChores = task.chores.filter((c) => answers.chores.includes(c));
    const matchedAdaptations = task.adaptations.filter((a) => answers.adaptations.includes(a));
    if (!industryMatch && matchedChores.length === 0) continue;
    const score =
      (industryMatch ? WEIGHTS.industry : 0) +
      WEIGHTS.area * matchedAreas.length +
      WEIGHTS.chore * matchedChores.length +
      WEIGHTS.adaptation * matchedAdaptations.length;
    proposals.push({ task, score, matchedAreas, matchedChores, matchedAdaptations });
  }
  return proposals
    .sort((a, b) => b.score - a.score || b.task.hoursPerWeek - a.task.hoursPerWeek || a.task.key.localeCompare(b.task.key))
    .slice(0, MAX_PROPOSALS);
}
