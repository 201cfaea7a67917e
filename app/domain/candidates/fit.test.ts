import { describe, expect, it } from "vitest";
import { RULES } from "../rules/rules";
import { da } from "~/i18n/candidates/da";
import { fitCases } from "../../../tests/fit-cases";
import { fit, fitOrder, rank, type FitCandidate, type FitContext, type FitFactor, type FitMentor, type FitSlot } from "./fit";

const candidate = (over: Partial<FitCandidate> = {}): FitCandidate => ({
  hoursNow: 10,
  goalHours: 20,
  days: ["mon", "tue", "wed"],
  supportNeeds: [],
  languages: [{ language: "da", level: "good" }],
  wishIndustries: ["bakery_food"],
  wishTasks: ["washing_up"],
  maxTravelKm: 10,
  mentorStyles: ["calm"],
  inActivePlacement: false,
  ...over,
});
const mentor = (over: Partial<FitMentor> = {}): FitMentor => ({ styles: [], edgeExperience: false, languages: [], ...over });
const slot = (over: Partial<FitSlot> = {}): FitSlot => ({
  startHours: 8,
  targetHours: 15,
  workingDays: ["mon", "tue"],
  industry: "bakery_food",
  tasks: [{ demands: { physical: 1, social: 1, language: 1, pace: 1, precision: 1 }, adaptations: ["quiet_place"], chores: ["washing_up"] }],
  mentor: { styles: ["calm", "structured"], edgeExperience: false, languages: [] },
  ...over,
});
const ctx = (over: Partial<FitContext> = {}): FitContext => ({ distanceKm: 4, consentCovers: true, ...over });
const line = (c: FitCandidate, s: FitSlot, factor: string, x: FitContext = ctx()) => {
  const f = fit(c, s, x);
  return [...f.lines, ...f.hardMisfits].find((l) => l.factor === factor);
};

describe("explainable fit, factor by factor", () => {
  it("a candidate who fits everywhere has only fitting lines and no hard misfit", () => {
    const f = fit(candidate(), slot(), ctx());
    expect(f.hardMisfits).toEqual([]);
    expect(f.lines.map((l) => l.verdict)).toEqual(Array(10).fill("fits"));
  });

  it("hours now against the start hours, with the numbers in the line", () => {
    expect(line(candidate({ hoursNow: 10 }), slot({ startHours: 8 }), "hoursNow")).toMatchObject({ verdict: "fits", vars: { now: 10, start: 8 } });
    expect(line(candidate({ hoursNow: 8 }), slot({ startHours: 8 }), "hoursNow")?.verdict).toBe("fits");
    expect(line(candidate({ hoursNow: 6 }), slot({ startHours: 8 }), "hoursNow")?.verdict).toBe("clarify");
    expect(line(candidate({ hoursNow: 5 }), slot({ startHours: 8 }), "hoursNow")?.verdict).toBe("misfit");
  });

  it("goal hours against the slot's target; unknown goal is to clarify", () => {
    expect(line(candidate({ goalHours: 15 }), slot({ targetHours: 15 }), "goalHours")?.verdict).toBe("fits");
    expect(line(candidate({ goalHours: 12 }), slot({ targetHours: 15 }), "goalHours")?.verdict).toBe("clarify");
    expect(line(candidate({ goalHours: null }), slot(), "goalHours")?.verdict).toBe("clarify");
  });

  it("days: all covered fits, some is to clarify, none is a hard misfit", () => {
    expect(line(candidate({ days: ["mon", "tue"] }), slot({ workingDays: ["mon", "tue"] }), "days")?.verdict).toBe("fits");
    expect(line(candidate({ days: ["mon"] }), slot({ workingDays: ["mon", "tue"] }), "days")).toMatchObject({ verdict: "clarify", vars: { common: 1, slotDays: 2 } });
    const f = fit(candidate({ days: ["fri"] }), slot({ workingDays: ["mon", "tue"] }), ctx());
    expect(f.hardMisfits.map((l) => l.factor)).toEqual(["no_common_day"]);
    expect(f.lines.some((l) => l.factor === "days")).toBe(false);
  });

  it("task demands against support needs, worst wins", () => {
    const heavy = slot({ tasks: [{ demands: { physical: 3, social: 2 }, adaptations: ["seated", "quiet_place"], chores: [] }] });
    expect(line(candidate({ supportNeeds: ["seated"] }), heavy, "demands")).toMatchObject({ verdict: "misfit", terms: { need: "supportNeed.seated", demand: "demand.physical" }, section: "support" });
    expect(line(candidate({ supportNeeds: ["quiet_place"] }), heavy, "demands")?.verdict).toBe("clarify");
    expect(line(candidate({ supportNeeds: ["quiet_place", "seated"] }), heavy, "demands")?.verdict).toBe("misfit");
    expect(line(candidate({ supportNeeds: ["flexible_hours"] }), heavy, "demands")?.verdict).toBe("fits");
    expect(line(candidate({ supportNeeds: ["short_sessions"] }), slot({ tasks: [{ demands: { pace: 3 }, adaptations: [], chores: [] }] }), "demands")?.verdict).toBe("misfit");
  });

  it("adaptations offered against needed: all tasks, some tasks, none", () => {
    const two = slot({
      tasks: [
        { demands: {}, adaptations: ["quiet_place", "fixed_routines"], chores: [] },
        { demands: {}, adaptations: ["quiet_place"], chores: [] },
      ],
    });
    expect(line(candidate({ supportNeeds: ["quiet_place"] }), two, "adaptations")?.verdict).toBe("fits");
    expect(line(candidate({ supportNeeds: ["fixed_routines"] }), two, "adaptations")?.verdict).toBe("clarify");
    expect(line(candidate({ supportNeeds: ["seated"] }), two, "adaptations")).toMatchObject({ verdict: "misfit", terms: { need: "supportNeed.seated" } });
    expect(line(candidate({ supportNeeds: [] }), two, "adaptations")?.verdict).toBe("fits");
  });

  it("Danish against the language demand", () => {
    const demand = (n: number) => slot({ tasks: [{ demands: { language: n }, adaptations: [], chores: [] }] });
    expect(line(candidate({ languages: [] }), demand(1), "language")?.verdict).toBe("fits");
    expect(line(candidate({ languages: [] }), demand(2), "language")?.verdict).toBe("clarify");
    expect(line(candidate({ languages: [{ language: "da", level: "good" }] }), demand(2), "language")?.verdict).toBe("fits");
    expect(line(candidate({ languages: [{ language: "da", level: "good" }] }), demand(3), "language")?.verdict).toBe("clarify");
    expect(line(candidate({ languages: [{ language: "da", level: "fluent" }] }), demand(3), "language")?.verdict).toBe("fits");
    expect(line(candidate({ languages: [{ language: "en", level: "fluent" }] }), demand(3), "language")?.verdict).toBe("misfit");
  });

  it("wishes: industry and kinds of task", () => {
    expect(line(candidate({ wishIndustries: ["retail"] }), slot(), "industry")?.verdict).toBe("misfit");
    expect(line(candidate({ wishIndustries: [] }), slot(), "industry")?.verdict).toBe("clarify");
    expect(line(candidate({ wishTasks: ["packing"] }), slot(), "taskKinds")?.verdict).toBe("misfit");
    expect(line(candidate({ wishTasks: [] }), slot(), "taskKinds")?.verdict).toBe("clarify");
    expect(line(candidate(), slot({ tasks: [{ demands: {}, adaptations: [], chores: [] }] }), "taskKinds")?.verdict).toBe("clarify");
  });

  it("distance against how far they travel: beyond is a hard misfit, unknown is to clarify", () => {
    expect(line(candidate({ maxTravelKm: 10 }), slot(), "distance", ctx({ distanceKm: 10 }))?.verdict).toBe("fits");
    expect(fit(candidate({ maxTravelKm: 10 }), slot(), ctx({ distanceKm: 10.5 })).hardMisfits[0]).toMatchObject({ factor: "beyond_travel", vars: { km: 11, max: 10 } });
    expect(line(candidate(), slot(), "distance", ctx({ distanceKm: null }))?.verdict).toBe("clarify");
  });

  it("mentor: a shared style fits, none is a soft misfit, either side empty is to clarify", () => {
    expect(line(candidate({ mentorStyles: ["calm"] }), slot({ mentor: mentor({ styles: ["calm"] }) }), "mentor")?.verdict).toBe("fits");
    expect(line(candidate({ mentorStyles: ["humorous"] }), slot({ mentor: mentor({ styles: ["structured"] }) }), "mentor")?.verdict).toBe("misfit");
    expect(line(candidate({ mentorStyles: [] }), slot(), "mentor")?.verdict).toBe("clarify");
    expect(line(candidate(), slot({ mentor: null }), "mentor")?.verdict).toBe("clarify");
    expect(line(candidate(), slot({ mentor: mentor({ styles: [] }) }), "mentor")?.verdict).toBe("clarify");
  });

  it("mentor: experience with people on the edge of the labour market makes a style that differs a thing to clarify", () => {
    const humorous = candidate({ mentorStyles: ["humorous"] });
    expect(line(humorous, slot({ mentor: mentor({ styles: ["structured"], edgeExperience: true }) }), "mentor")).toMatchObject({ verdict: "clarify", key: "fit.mentor.styleDiffersExperienced" });
    expect(line(candidate({ mentorStyles: ["calm"] }), slot({ mentor: mentor({ styles: ["calm"], edgeExperience: true }) }), "mentor")).toMatchObject({ verdict: "fits", key: "fit.mentor.fitsExperienced" });
    expect(line(candidate({ mentorStyles: [] }), slot({ mentor: mentor({ styles: ["calm"], edgeExperience: true }) }), "mentor")).toMatchObject({ verdict: "clarify", key: "fit.mentor.experiencedStyleOpen" });
  });

  it("mentor: no language in common does not fit, whatever the style; a language in common or none stated is no hindrance", () => {
    const arabic = candidate({ mentorStyles: ["calm"], languages: [{ language: "ar", level: "fluent" }, { language: "da", level: "basic" }] });
    expect(line(arabic, slot({ mentor: mentor({ styles: ["calm"], languages: ["da"] }) }), "mentor")?.verdict).toBe("fits");
    const onlyArabic = candidate({ mentorStyles: ["calm"], languages: [{ language: "ar", level: "fluent" }] });
    expect(line(onlyArabic, slot({ mentor: mentor({ styles: ["calm"], languages: ["da", "en"] }) }), "mentor")).toMatchObject({ verdict: "misfit", key: "fit.mentor.noCommonLanguage" });
    expect(line(onlyArabic, slot({ mentor: mentor({ styles: ["calm"], languages: [] }) }), "mentor")?.verdict).toBe("fits");
  });

  it("an active placement and consent that does not cover the company are hard misfits", () => {
    expect(fit(candidate({ inActivePlacement: true }), slot(), ctx()).hardMisfits.map((l) => l.factor)).toEqual(["active_placement"]);
    expect(fit(candidate(), slot(), ctx({ consentCovers: false })).hardMisfits.map((l) => l.factor)).toEqual(["consent"]);
  });
});

describe("ranking", () => {
  it("orders by the weighted lines and puts hard misfits last, never dropping them", () => {
    const good = candidate();
    const weaker = candidate({ wishIndustries: ["retail"], mentorStyles: ["humorous"] });
    const far = candidate({ maxTravelKm: 2 });
    const ranked = rank([far, weaker, good], (c) => fit(c, slot(), ctx({ distanceKm: 4 })).order);
    expect(ranked).toEqual([good, weaker, far]);
    expect(ranked).toHaveLength(3);
  });

  it("a fitting line outranks a line to clarify by its weight from the rules table", () => {
    const a = fit(candidate({ goalHours: null }), slot(), ctx());
    const b = fit(candidate(), slot(), ctx());
    expect(b.order - a.order).toBe(1); // goalHours weighs 1
  });
});

describe("ordering without the lines", () => {
  /** The order as the rules define it, read off the lines: fits adds the weight, does not fit subtracts it, each hard misfit −1000. */
  const orderOfLines = (f: ReturnType<typeof fit>) =>
    f.lines.reduce((sum, l) => sum + (l.verdict === "fits" ? 1 : l.verdict === "misfit" ? -1 : 0) * RULES.fitWeights[l.factor as FitFactor], 0) - 1000 * f.hardMisfits.length;

  it("fitOrder is the order of the lines fit writes, over thousands of random candidates and slots", () => {
    const g = fitCases(7);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const s = g.slot();
      for (let j = 0; j < 100; j++) {
        const c = g.candidate();
        const x = g.context();
        const f = fit(c, s, x);
        expect(f.order).toBe(orderOfLines(f));
        expect(fitOrder(c, s, x)).toBe(f.order);
        for (const l of [...f.lines, ...f.hardMisfits]) seen.add(l.key);
      }
    }
    // The cases reach every line the fit can write (every fit message but the headings).
    const lineKeys = Object.keys(da).filter((k) => k.startsWith("fit.") && !k.startsWith("fit.verdict.") && k !== "fit.hardHeading");
    expect([...seen].sort()).toEqual(lineKeys.sort());
  });

  it("a slot read again (a new object) is worked out anew, not from the facts kept for the old one", () => {
    const c = candidate({ supportNeeds: ["seated"] });
    const light = slot();
    expect(fitOrder(c, light, ctx())).toBe(fit(c, light, ctx()).order);
    const heavy = { ...light, tasks: [{ ...light.tasks[0]!, demands: { ...light.tasks[0]!.demands, physical: 3 } }] };
    expect(fit(c, heavy, ctx()).lines.find((l) => l.factor === "demands")?.verdict).toBe("misfit");
    expect(fitOrder(c, heavy, ctx())).toBe(fit(c, heavy, ctx()).order);
    expect(fitOrder(c, heavy, ctx())).toBeLessThan(fitOrder(c, light, ctx()));
  });

  it("rank keeps the given order between equal orders", () => {
    expect(rank(["b", "a", "c", "d"], (x) => (x === "c" ? 5 : 0))).toEqual(["c", "b", "a", "d"]);
  });
});
