import { STORY_SECTIONS } from "./ending-vocabulary";
import { namesAny, type StoryAnswers } from "./stories";

/*
 * Apart from stories.ts, which the published stories on the start pages read: a page is sent
 * the messages of every module it imports (decisions 043, 050), and these reach only the page
 * whose action writes a story.
 */

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
