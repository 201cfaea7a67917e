import type { StoryKind } from "./ending-vocabulary";
import type { PlacementStatus } from "./vocabulary";

/** Which placements may be written up as what: the learning case from an interrupted one, the story from a completed one. */
export function storyKindAllowed(kind: StoryKind, status: PlacementStatus): boolean {
  return kind === "learning_case" ? status === "interrupted" : status === "completed";
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** True when the text names one of these (whole word, any case): a story never names the citizen, the mentor or the company. */
export function namesAny(text: string, names: readonly string[]): boolean {
  return names
    .map((n) => n.trim())
    .filter((n) => n.length >= 2)
    .some((n) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(n)}($|[^\\p{L}\\p{N}])`, "iu").test(text));
}

export interface StoryAnswers {
  kind: StoryKind;
  title: string;
  sections: Record<string, string | null>;
  consentOn: string | null;
  consentMethod: string | null;
}
