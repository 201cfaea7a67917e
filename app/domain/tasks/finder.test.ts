import { describe, expect, it } from "vitest";
import { readCatalogueFiles } from "./catalogue.server";
import { MAX_FROM_OTHER_INDUSTRIES, MAX_PROPOSALS, rankProposals, type FinderCandidate } from "./finder";
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
    // 2 areas × 2 + 1 chore × 3 + 1 adaptation × 1
    expect(best!.score).toBe(8);
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

  it("puts every task of the company's own industry before another industry's, however well that one matches", () => {
    const ranked = rankProposals(
      [
        task("stable", { industry: "agriculture_green", chores: ["cleaning", "washing_up"], stretchedAreas: ["production"] }),
        task("own-plain", { stretchedAreas: ["sales"] }),
      ],
      { industry: "bakery_food", areas: ["production"], chores: ["cleaning", "washing_up", "packing"], adaptations: [] },
    );
    expect(ranked.map((p) => [p.task.key, p.ownIndustry])).toEqual([
      ["own-plain", true],
      ["stable", false],
    ]);
    expect(ranked[1]!.matchedChores).toEqual(["cleaning", "washing_up"]);
  });

  it("brings in another industry's task only when every chore it consists of is one HR named", () => {
    const ranked = rankProposals(
      [
        task("stable-mucking", { industry: "agriculture_green", chores: ["cleaning", "tidying"], stretchedAreas: ["production"] }),
        task("hotel-dishes", { industry: "hotel_restaurant", chores: ["washing_up", "cleaning"], stretchedAreas: ["kitchen"] }),
      ],
      { industry: "bakery_food", areas: ["production"], chores: ["washing_up", "cleaning", "packing"], adaptations: [] },
    );
    expect(ranked.map((p) => p.task.key)).toEqual(["hotel-dishes"]);
  });

  it("shows at most a few tasks from other industries", () => {
    const others = Array.from({ length: 10 }, (_, i) => task(`o${i}`, { industry: "retail", chores: ["packing"] }));
    const ranked = rankProposals(others, { industry: "bakery_food", areas: [], chores: ["packing"], adaptations: [] });
    expect(ranked).toHaveLength(MAX_FROM_OTHER_INDUSTRIES);
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

  it("on the real catalogue, the bakery of the issue (dishwashing, cleaning, packing) sees its own tasks first", () => {
    const ranked = rankProposals(readCatalogueFiles(), {
      industry: "bakery_food",
      areas: ["production"],
      chores: ["washing_up", "cleaning", "packing"],
      adaptations: [],
    });
    const firstOther = ranked.findIndex((p) => !p.ownIndustry);
    expect(ranked.slice(0, firstOther).every((p) => p.task.industry === "bakery_food")).toBe(true);
    expect(ranked.slice(firstOther).every((p) => p.task.industry !== "bakery_food" && p.matchedChores.length > 0)).toBe(true);
    expect(ranked.map((p) => p.task.key)).not.toContain("childcare-lunch-tables");
    expect(ranked.map((p) => p.task.key)).not.toContain("agriculture-stable-cleaning");
    expect(ranked.map((p) => p.task.key)).not.toContain("manufacturing-simple-assembly");
    expect(firstOther).toBeGreaterThan(0);
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
