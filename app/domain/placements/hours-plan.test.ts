import { describe, expect, it } from "vitest";
import { placementHoursOn, plannedHoursInWeek, weekOf } from "./hours-plan";

describe("the weeks of a placement", () => {
  it("counts from week 1 on the start day, a new week every seventh day", () => {
    expect(weekOf("2027-01-04", "2027-01-03")).toBe(0);
    expect(weekOf("2027-01-04", "2027-01-04")).toBe(1);
    expect(weekOf("2027-01-04", "2027-01-10")).toBe(1);
    expect(weekOf("2027-01-04", "2027-01-11")).toBe(2);
    expect(weekOf("2027-01-04", "2027-04-04")).toBe(13);
  });
});

describe("planned weekly hours", () => {
  const plan = { startDate: "2027-01-04", startHours: 8, steps: [{ afterWeeks: 8, hours: 15 }, { afterWeeks: 4, hours: 12 }] };
  it("keeps the start hours until a step, which applies from the week after its number", () => {
    expect(plannedHoursInWeek(plan, 1)).toBe(8);
    expect(plannedHoursInWeek(plan, 4)).toBe(8);
    expect(plannedHoursInWeek(plan, 5)).toBe(12);
    expect(plannedHoursInWeek(plan, 9)).toBe(15);
  });
  it("reads the hours on a day, the start hours before the start", () => {
    expect(placementHoursOn(plan, "2026-12-01")).toBe(8);
    expect(placementHoursOn(plan, "2027-02-01")).toBe(12);
  });
});
