import { describe, expect, it } from "vitest";
import { candidateInput, shapeCandidateForm } from "./schema";
import { diagnosisIn, findSensitive } from "./sensitive-text";

describe("the CPR guard", () => {
  it.each(["010190-1234", "0101901234", "010190 1234", "01 01 90-1234", "Født 311299-4321, bor i Valby"])("refuses %s", (text) => {
    expect(findSensitive(text)).toBe("cpr");
  });
  it.each(["Kan arbejde 10 timer", "Tlf. 12 34 56 78", "postnummer 2500", "0199901234", "12345678901"])("allows %s", (text) => {
    expect(findSensitive(text)).toBeNull();
  });
});

describe("the diagnosis guard", () => {
  it.each([
    ["Har depression", "depression"],
    ["ADHD", "adhd"],
    ["har haft angstanfald", "angst"],
    ["Autisme-spektrum", "autisme"],
    ["PTSD efter udsendelse", "ptsd"],
    ["skizofren", "skizofren"],
    ["BIPOLAR lidelse", "bipolar"],
  ])("refuses %s", (text, term) => {
    expect(diagnosisIn(text)).toBe(term);
  });
  it.each(["Langsted", "Adderer tal hurtigt", "trives med faste rutiner", "additional"])("allows %s", (text) => {
    expect(diagnosisIn(text)).toBeNull();
  });
});

const valid = {
  alias: "Sara",
  ageBand: "25-29",
  postcode: "2500",
  targetGroup: "kontanthjaelp_aktivitetsparat",
  language1: "da",
  level1: "good",
  strengths: "Mødestabil og god til orden",
  hoursNow: "10",
  goalHours: "20",
  days: ["mon", "tue"],
  transport: ["bike"],
  maxTravelKm: "10",
  responsibleUserId: "1",
};
const parse = (over: Record<string, unknown>) => candidateInput.safeParse(shapeCandidateForm({ ...valid, ...over }));

describe("every free-text field of the profile is guarded", () => {
  it("accepts a profile that says what helps", () => {
    expect(parse({}).success).toBe(true);
  });
  it.each(["alias", "experience", "strengths", "supportText", "activities", "mentorWish"])("refuses a CPR number in %s", (field) => {
    const result = parse({ [field]: "Sara 010190-1234" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe("error.sensitive.cpr");
  });
  it.each(["experience", "strengths", "supportText", "activities", "mentorWish"])("refuses a diagnosis in %s", (field) => {
    const result = parse({ [field]: "Hun har ADHD og angst" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe("error.sensitive.diagnosis");
  });
});

describe("the profile form's own rules", () => {
  it("goal hours below hours now are refused at the goal", () => {
    expect(parse({ goalHours: "5" }).error?.issues[0]).toMatchObject({ path: ["goalHours"], message: "error.candidate.goalBelowNow" });
  });
  it("a language needs its level", () => {
    expect(parse({ level1: "" }).error?.issues[0]).toMatchObject({ path: ["level1"], message: "error.candidate.languageLevel" });
  });
  it("needs at least one day and one way to travel", () => {
    expect(parse({ days: undefined }).error?.issues[0]?.message).toBe("error.candidate.days");
    expect(parse({ transport: undefined }).error?.issues[0]?.message).toBe("error.candidate.transport");
  });
  it("keeps each language once", () => {
    const result = parse({ language2: "da", level2: "basic", language3: "ar", level3: "fluent" });
    expect(result.data?.languages).toEqual([
      { language: "da", level: "good" },
      { language: "ar", level: "fluent" },
    ]);
  });
});
