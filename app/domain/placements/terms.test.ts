import { describe, expect, it } from "vitest";
import { termsOn } from "./terms";

const plan = { startDate: "2027-01-04", startHours: 8, steps: [{ afterWeeks: 4, hours: 12 }], workingDays: ["mon", "tue", "wed"] as const, taskIds: [1, 2] };
const p = { ...plan, workingDays: [...plan.workingDays] };

describe("the terms on a day, with approved adjustments", () => {
  it("follow the plan while nothing is adjusted", () => {
    expect(termsOn(p, [], "2027-01-05")).toEqual({ hours: 8, days: ["mon", "tue", "wed"], taskIds: [1, 2], adjustedFrom: null });
    expect(termsOn(p, [], "2027-02-01").hours).toBe(12);
  });

  it("change hours from the adjustment's date, not before, and the plan's later steps no longer apply", () => {
    const adj = [{ fromDate: "2027-01-18", hours: 10, days: null, taskIds: null }];
    expect(termsOn(p, adj, "2027-01-17").hours).toBe(8);
    expect(termsOn(p, adj, "2027-01-18")).toMatchObject({ hours: 10, adjustedFrom: "2027-01-18" });
    expect(termsOn(p, adj, "2027-03-01").hours).toBe(10);
  });

  it("change days and tasks from their date, the latest adjustment winning", () => {
    const adj = [
      { fromDate: "2027-02-01", hours: null, days: ["mon", "tue", "wed", "thu"] as ("mon" | "tue" | "wed" | "thu")[], taskIds: null },
      { fromDate: "2027-01-18", hours: 9, days: ["mon", "wed"] as ("mon" | "wed")[], taskIds: [2] },
    ];
    expect(termsOn(p, adj, "2027-01-20")).toEqual({ hours: 9, days: ["mon", "wed"], taskIds: [2], adjustedFrom: "2027-01-18" });
    expect(termsOn(p, adj, "2027-02-02")).toEqual({ hours: 9, days: ["mon", "tue", "wed", "thu"], taskIds: [2], adjustedFrom: "2027-01-18" });
  });
});
