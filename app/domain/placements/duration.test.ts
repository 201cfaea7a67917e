import { describe, expect, it } from "vitest";
import { addDays } from "../candidates/consent";
import { durationBreach, durationLimit, entryOn, lastDayAfterWeeks, type DurationQuestion } from "./duration";

const q = (over: Partial<DurationQuestion> = {}): DurationQuestion => ({
  kind: "praktik",
  targetGroup: "kontanthjaelp_aktivitetsparat",
  hasWorkExperience: true,
  assessed: false,
  startDate: "2027-01-04",
  ...over,
});
const endAfter = (weeks: number) => lastDayAfterWeeks("2027-01-04", weeks);

describe("the longest praktik per target group, at the boundaries", () => {
  it.each([
    ["kontanthjaelp_jobparat", true, 4],
    ["dagpenge", true, 4],
    ["selvforsoergelse_hjemrejse", true, 4],
    ["kontanthjaelp_jobparat", false, 8],
    ["dagpenge", false, 8],
    ["kontanthjaelp_aktivitetsparat", true, 13],
    ["sygedagpenge", false, 13],
    ["ressourceforloeb", true, 13],
    ["foertidspension", true, 13],
  ] as const)("%s (work experience: %s) may run %i weeks and not one day more", (targetGroup, hasWorkExperience, weeks) => {
    const question = q({ targetGroup, hasWorkExperience });
    expect(durationLimit(question)?.weeks).toBe(weeks);
    expect(durationBreach(question, endAfter(weeks))).toBeNull();
    expect(durationBreach(question, addDays(endAfter(weeks), 1))?.weeks).toBe(weeks);
  });

  it("allows 26 weeks after a recorded assessment, whatever the group", () => {
    expect(durationBreach(q({ assessed: true, targetGroup: "kontanthjaelp_jobparat" }), endAfter(26))).toBeNull();
    expect(durationBreach(q({ assessed: true }), endAfter(27))?.reason).toBe("assessed");
  });

  it("adds 13 weeks at a time for a very special need, only after an assessment", () => {
    expect(durationLimit(q({ assessed: true, specialNeedExtensions: 1 }))?.weeks).toBe(39);
    expect(durationLimit(q({ assessed: true, specialNeedExtensions: 2 }))?.weeks).toBe(52);
    expect(durationLimit(q({ assessed: false, specialNeedExtensions: 2 }))?.weeks).toBe(13);
  });

  it("a 13-week placement from a Monday ends on the Sunday of week 13", () => {
    expect(endAfter(13)).toBe("2027-04-04");
  });
});

describe("løntilskud", () => {
  it("lasts at most 6 months with a private employer and 4 with a public one, to the day before", () => {
    expect(durationLimit(q({ kind: "loentilskud" }))).toMatchObject({ months: 6, lastDay: "2027-07-03", reason: "loentilskudPrivate" });
    expect(durationLimit(q({ kind: "loentilskud", employer: "public" }))).toMatchObject({ months: 4, lastDay: "2027-05-03" });
    expect(durationBreach(q({ kind: "loentilskud" }), "2027-07-03")).toBeNull();
    expect(durationBreach(q({ kind: "loentilskud" }), "2027-07-04")?.months).toBe(6);
  });
});

describe("fleksjob and småjob", () => {
  it("have no longest duration", () => {
    expect(durationLimit(q({ kind: "fleksjob" }))).toBeNull();
    expect(durationBreach(q({ kind: "smaajob" }), "2030-01-01")).toBeNull();
  });
});

describe("each rule entry applies from its date", () => {
  const entries = [
    { appliesFrom: "2020-01-01", weeks: 13 },
    { appliesFrom: "2027-07-01", weeks: 10 },
  ];
  it("takes the newest entry in force on the start day, none before the first", () => {
    expect(entryOn(entries, "2027-06-30")?.weeks).toBe(13);
    expect(entryOn(entries, "2027-07-01")?.weeks).toBe(10);
    expect(entryOn(entries, "2019-12-31")).toBeNull();
  });
  it("every entry in the rules table names its legal source and date", async () => {
    const { RULES } = await import("../rules/rules");
    for (const e of [...RULES.placementDuration.praktik, ...RULES.placementDuration.loentilskud]) {
      expect(e.source).toMatch(/§/);
      expect(e.appliesFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(durationLimit(q({ startDate: "2019-06-01" }))).toBeNull();
  });
});
