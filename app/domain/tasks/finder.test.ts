import { describe, expect, it } from "vitest";
import { readCatalogueFiles } from "./catalogue.server";
import { MAX_PROPOSALS, rankProposals, type FinderCandidate } from "./finder";
import { INDUSTRIES } from "../companies/schema";

const task = (key: string, over: Partial<FinderCandidate> = {}): FinderCandidate => ({
  key,
  industry: "bakery_food",
  stretchedAreas: [],
  chores: [],
  adaptations: [],
  hoursPerWeek: 4,
  ...over,
});

describe("task finder ranking", () => {
  it("ranks a task matching the named chore above one that only shares the industry", () => {
    const ranked = rankProposals(
      [task("industry-only"), task("chore", { chores: ["washing_up"] })],
      { industry: "bakery_food", areas: [], chores: ["washing_up"], adaptations: [] },
    );
    expect(ranked.map((p) => p.task.key)).toEqual(["chore", "industry-only"]);
    expect(ranked[0]!.matchedChores).toEqual(["washing_up"]);
  });

  it("counts every matched area, chore and adaptation", () => {
    const [best] = rankProposals(
      [task("x", { stretchedAreas: ["production", "cleaning"], chores: ["cleaning"], adaptations: ["seated", "quiet_place"] })],
      { industry: "bakery_food", areas: ["production", "cleaning"], chores: ["cleaning"], adaptations: ["seated"] },
    );
    // industry 4 + 2 areas × 2 + 1 chore × 3 + 1 adaptation × 1
    expect(best!.score).toBe(12);
  });

  it("proposes tasks from other industries when they match the chores, and nothing without any match", () => {
    const ranked = rankProposals(
      [task("retail-fit", { industry: "retail", chores: ["restocking"] }), task("retail-none", { industry: "retail" })],
      { industry: "bakery_food", areas: [], chores: ["restocking"], adaptations: [] },
    );
    expect(ranked.map((p) => p.task.key)).toEqual(["retail-fit"]);
  });

  it("does not bring in another industry's task on a shared area alone", () => {
    const ranked = rankProposals([task("kindergarten", { industry: "childcare", stretchedAreas: ["production"] })], {
      industry: "bakery_food",
      areas: ["production"],
      chores: [],
      adaptations: [],
    });
    expect(ranked).toEqual([]);
  });

  it("breaks ties by the hours a task frees, and caps the list", () => {
    const many = Array.from({ length: 20 }, (_, i) => task(`t${String(i).padStart(2, "0")}`, { hoursPerWeek: i + 1 }));
    const ranked = rankProposals(many, { industry: "bakery_food", areas: [], chores: [], adaptations: [] });
    expect(ranked).toHaveLength(MAX_PROPOSALS);
    expect(ranked[0]!.task.hoursPerWeek).toBe(20);
  });

  it("on the real catalogue, a bakery short of dishwashing gets the tray washing first", () => {
    const ranked = rankProposals(readCatalogueFiles(), {
      industry: "bakery_food",
      areas: ["production"],
      chores: ["washing_up"],
      adaptations: ["fixed_routines"],
    });
    expect(ranked[0]!.task.key).toBe("bakery-wash-trays");
  });
});

describe("the catalogue data", () => {
  const entries = readCatalogueFiles();
  it("has at least 10 industries with at least 6 tasks each, with unique keys", () => {
    const perIndustry = new Map<string, number>();
    for (const e of entries) perIndustry.set(e.industry, (perIndustry.get(e.industry) ?? 0) + 1);
    expect(perIndustry.size).toBeGreaterThanOrEqual(10);
    for (const [, n] of perIndustry) expect(n).toBeGreaterThanOrEqual(6);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
    for (const e of entries) expect(INDUSTRIES).toContain(e.industry);
  });
});
