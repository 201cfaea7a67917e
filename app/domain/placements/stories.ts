import { STORY_SECTIONS, type StoryKind } from "./ending-vocabulary";
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

/**
 * Every rule a write-up breaks, each at its field: each heading of its kind filled in, no
 * name anywhere (the citizen's alias, the mentor's or the company's; the citizen's first
 * name is the alias), and for a citizen story the citizen's consent, given by today. Pure.
 */
export function storyErrors(a: StoryAnswers, names: readonly string[], today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (namesAny(a.title, names)) errors.title = "error.story.named";
  for (const section of STORY_SECTIONS[a.kind]) {
    const text = a.sections[section] ?? null;
    if (text === null) errors[section] = "error.story.section";
    else if (namesAny(text, names)) errors[section] = "error.story.named";
  }
  if (a.kind === "citizen_story") {
    if (a.consentOn === null) errors.consentOn = "error.story.consent";
    else if (a.consentOn > today) errors.consentOn = "error.story.consentFuture";
    if (a.consentMethod === null) errors.consentMethod = "error.story.consentMethod";
  }
  return errors;
}
