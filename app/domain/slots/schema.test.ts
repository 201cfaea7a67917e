import { describe, expect, it } from "vitest";
import { RULES } from "../rules/rules";
import { CATALOGUES } from "~/i18n/catalogue";
import { danishToday, shapeSlot, slotInput, slotRuleErrors, type SlotInput } from "./schema";

const now = new Date("2026-11-22T10:00:00Z");
const base = {
  kind: "praktik",
  title: "Praktik",
  purposeKind: "job_goal",
  purpose: "Aflaste bagerne med opvask.",
  workplaceId: "1",
  startDate: "2026-12-01",
  lengthWeeks: "13",
  startHours: "10",
  targetHours: "20",
  workingDays: ["mon", "tue", "wed", "thu", "fri"],
  dayStart: "08:00",
  dayEnd: "12:00",
  mentorUserId: "1",
  seats: "1",
};
/** The form's shaping, then the rules the commands run. */
const check = (over: Record<string, unknown> = {}, tasks = ["1"]) => {
  const shaped = shapeSlot(slotInput.parse({ ...base, ...over }), tasks);
  const errors = { ...slotRuleErrors(shaped.slot, now), ...shaped.errors };
  return Object.keys(errors).length ? { ok: false as const, errors } : { ok: true as const, slot: shaped.slot as SlotInput };
};
const errors = (over: Record<string, unknown> = {}, tasks = ["1"]) => {
  const r = check(over, tasks);
  return r.ok ? {} : r.errors;
};

describe("slot rules", () => {
  it("accepts a sound slot with a two-step plan", () => {
    const r = check({ step1Weeks: "4", step1Hours: "15" });
    expect(r.ok && r.slot.steps).toEqual([{ afterWeeks: 4, hours: 15 }]);
  });
  it("asks which of the three purposes the slot has, and accepts only those", () => {
    const missing = slotInput.safeParse({ ...base, purposeKind: undefined });
    expect(missing.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["purposeKind", "error.slot.purposeKind"]]);
    expect(slotInput.safeParse({ ...base, purposeKind: "cheap_labour" }).success).toBe(false);
    for (const kind of ["paid_hours", "skills", "job_goal"]) expect(slotInput.safeParse({ ...base, purposeKind: kind }).success).toBe(true);
  });
  it("refuses hours outside 1–37 at the field", () => {
    expect(slotInput.safeParse({ ...base, startHours: "38" }).error?.issues[0]?.path).toEqual(["startHours"]);
    expect(slotInput.safeParse({ ...base, startHours: "0,5" }).success).toBe(false);
  });
  it("needs target hours at or above the start", () => {
    expect(errors({ targetHours: "8" }).targetHours).toBe("error.slot.targetBelowStart");
  });
  it("needs the target to fit in the working days and times", () => {
    expect(errors({ targetHours: "21" }).targetHours).toBe("error.slot.hoursExceedSchedule");
    expect(errors({ targetHours: "20" }).targetHours).toBeUndefined();
  });
  it("refuses a start date in the past, in Danish time", () => {
    expect(danishToday(new Date("2026-11-22T23:30:00Z"))).toBe("2026-11-23");
    expect(errors({ startDate: "2026-11-21" }).startDate).toBe("error.slot.startInPast");
  });
  it("needs at least one task", () => {
    expect(errors({}, []).taskIds).toBe("error.slot.tasks");
  });
  it("keeps usual times within normal working hours, read from the rules table", () => {
    const outside = { key: "error.slot.times", vars: { earliest: RULES.workingHours.earliestStart, latest: RULES.workingHours.latestEnd } };
    expect(errors({ dayStart: "03:30" }).dayStart).toEqual(outside);
    expect(errors({ dayStart: "12:00", dayEnd: "11:00" }).dayStart).toEqual(outside);
    expect(errors({ dayStart: "08:00", dayEnd: "20:30" }).dayStart).toEqual(outside);
  });
  it("allows a bakery's early start (04:00), and says a badly typed time is a format problem", () => {
    expect(RULES.workingHours.earliestStart).toBe("04:00");
    expect(errors({ dayStart: "04:00", dayEnd: "08:00" }).dayStart).toBeUndefined();
    expect(slotInput.safeParse({ ...base, dayStart: "25:00" }).error?.issues[0]?.message).toBe("error.slot.timeFormat");
  });
  it("the message names the limits it is given, not a copy of them", () => {
    expect(CATALOGUES.da["error.slot.times"]).toContain("{earliest}–{latest}");
    expect(CATALOGUES.en["error.slot.times"]).toContain("{earliest}–{latest}");
    expect(CATALOGUES.da["error.slot.times"]).not.toMatch(/\d\d:\d\d/);
    expect(CATALOGUES.en["error.slot.times"]).not.toMatch(/\d\d:\d\d/);
  });
  it("needs steps in order, between start and target", () => {
    expect(errors({ step1Weeks: "14", step1Hours: "15" }).step1Weeks).toBe("error.slot.stepWeeks");
    expect(errors({ step1Weeks: "4", step1Hours: "25" }).step1Hours).toBe("error.slot.stepHours");
    expect(errors({ step1Weeks: "6", step1Hours: "15", step2Weeks: "4", step2Hours: "18" }).step2Weeks).toBe("error.slot.stepWeeks");
  });
  it("refuses a step that is not a number where it was typed", () => {
    expect(errors({ step1Weeks: "fire", step1Hours: "15" }).step1Weeks).toBe("error.slot.stepWeeks");
    expect(errors({ step1Weeks: "4", step1Hours: "" }).step1Hours).toBe("error.slot.stepHours");
  });
  it("allows at most two steps", () => {
    const shaped = shapeSlot(slotInput.parse(base), ["1"]);
    const steps = [
      { afterWeeks: 2, hours: 12 },
      { afterWeeks: 4, hours: 14 },
      { afterWeeks: 6, hours: 16 },
    ];
    expect(slotRuleErrors({ ...shaped.slot, steps }, now).step2Weeks).toBe("error.slot.stepWeeks");
  });
  it("refuses seats below 1", () => {
    expect(slotInput.safeParse({ ...base, seats: "0" }).error?.issues[0]?.message).toBe("error.slot.seats");
  });
});
