import { describe, expect, it } from "vitest";
import { completenessErrors, draftTaskInput } from "./schema";
import { canTransition, TASK_TRANSITIONS } from "./status";

const parse = (over: Record<string, unknown>) => draftTaskInput.safeParse({ title: "Opvask", ...over });
const firstMessage = (r: ReturnType<typeof parse>) => (r.success ? null : r.error.issues[0]!.message);

describe("task input", () => {
  it("accepts hours freed from 0.5 to 37, with a decimal comma", () => {
    expect(parse({ hoursFreed: "0,5" }).data?.hoursFreed).toBe(0.5);
    expect(parse({ hoursFreed: "37" }).data?.hoursFreed).toBe(37);
    expect(firstMessage(parse({ hoursFreed: "0,4" }))).toBe("error.task.hours");
    expect(firstMessage(parse({ hoursFreed: "37,5" }))).toBe("error.task.hours");
    expect(firstMessage(parse({ hoursFreed: "mange" }))).toBe("error.task.hours");
  });
  it("needs a title of at least 3 characters", () => {
    expect(firstMessage(draftTaskInput.safeParse({ title: "  a " }))).toBe("error.task.title");
  });
  it("takes demand levels from the fixed scale only", () => {
    expect(parse({ physical: "2" }).data?.physical).toBe(2);
    expect(firstMessage(parse({ physical: "4" }))).toBe("error.task.demand");
    expect(firstMessage(parse({ pace: "0" }))).toBe("error.task.demand");
  });
  it("keeps adaptations from the fixed list, once each", () => {
    expect(parse({ adaptations: ["seated", "seated", "quiet_place"] }).data?.adaptations).toEqual(["seated", "quiet_place"]);
    expect(parse({ adaptations: "seated" }).data?.adaptations).toEqual(["seated"]);
    expect(parse({ adaptations: ["flying"] }).success).toBe(false);
  });
  it("lets a draft be half-filled but says what an active task lacks", () => {
    const draft = parse({ description: "kort" });
    expect(draft.success).toBe(true);
    const errors = completenessErrors({ ...draft.data!, workplaceId: undefined });
    expect(Object.keys(errors).sort()).toEqual(
      ["description", "frequency", "hoursFreed", "language", "learningTime", "pace", "physical", "precision", "relievedRole", "social", "workplaceId"].sort(),
    );
  });
});

describe("task status transitions", () => {
  it.each([
    ["activate", "draft", true],
    ["activate", "active", false],
    ["activate", "archived", false],
    ["archive", "draft", true],
    ["archive", "active", true],
    ["archive", "archived", false],
    ["restore", "archived", true],
    ["restore", "active", false],
    ["restore", "draft", false],
  ] as const)("%s from %s: %s", (command, from, allowed) => {
    expect(canTransition(command, from)).toBe(allowed);
  });
  it("has exactly these commands", () => {
    expect(Object.keys(TASK_TRANSITIONS).sort()).toEqual(["activate", "archive", "restore"]);
  });
});
