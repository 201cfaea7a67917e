import { describe, expect, it } from "vitest";
import { storyErrors } from "./story-errors";
import { namesAny, storyKindAllowed, type StoryAnswers } from "./stories";

const names = ["Dennis", "Bageriet Hansen", "Mona Jensen", "Mona", "Jensen"];
const lesson: StoryAnswers = {
  kind: "learning_case",
  title: "Lageret var for tungt",
  sections: { situation: "Praktik på et lager, 8 timer om ugen.", whatHappened: "Løftene blev for tunge efter to uger.", whatWouldHaveHelped: "En prøvedag med de tunge opgaver." },
  consentOn: null,
  consentMethod: null,
};

describe("a learning case or a citizen story", () => {
  it("comes from an interrupted placement (case) or a completed one (story)", () => {
    expect(storyKindAllowed("learning_case", "interrupted")).toBe(true);
    expect(storyKindAllowed("learning_case", "completed")).toBe(false);
    expect(storyKindAllowed("citizen_story", "completed")).toBe(true);
    expect(storyKindAllowed("citizen_story", "active")).toBe(false);
  });

  it("names nobody: the citizen's alias, the mentor or the company, as whole words in any case", () => {
    expect(namesAny("Dennis kom til tiden", names)).toBe(true);
    expect(namesAny("hos bageriet hansen i Valby", names)).toBe(true);
    expect(namesAny("Mentoren (mona) hjalp", names)).toBe(true);
    expect(namesAny("Dennisvej er ikke et navn", names)).toBe(false);
    expect(storyErrors(lesson, names, "2026-12-02")).toEqual({});
    expect(storyErrors({ ...lesson, sections: { ...lesson.sections, whatHappened: "Dennis løftede for meget." } }, names, "2026-12-02")).toEqual({ whatHappened: "error.story.named" });
    expect(storyErrors({ ...lesson, title: "Mona Jensen og lageret" }, names, "2026-12-02")).toEqual({ title: "error.story.named" });
  });

  it("has every heading of its kind filled in", () => {
    expect(storyErrors({ ...lesson, sections: { ...lesson.sections, whatWouldHaveHelped: null } }, names, "2026-12-02")).toEqual({ whatWouldHaveHelped: "error.story.section" });
  });

  it("as a citizen story, records the citizen's consent, given by today", () => {
    const story: StoryAnswers = { kind: "citizen_story", title: "Fra 6 til 15 timer", sections: { before: "Ledig i to år.", during: "Faste opgaver hjalp.", after: "Løntimer hver uge." }, consentOn: null, consentMethod: null };
    expect(storyErrors(story, names, "2026-12-02")).toEqual({ consentOn: "error.story.consent", consentMethod: "error.story.consentMethod" });
    expect(storyErrors({ ...story, consentOn: "2026-12-03", consentMethod: "signed_form" }, names, "2026-12-02")).toEqual({ consentOn: "error.story.consentFuture" });
    expect(storyErrors({ ...story, consentOn: "2026-12-02", consentMethod: "signed_form" }, names, "2026-12-02")).toEqual({});
  });
});
