import { describe, expect, it } from "vitest";
import { progression, type ProgressFollowUp } from "./progression";

// Eight weeks from Monday 2 November 2026: 8 hours, 12 after 2 weeks, 16 after 5.
const plan = { startDate: "2026-11-02", plannedEndDate: "2026-12-27", startHours: 8, steps: [{ afterWeeks: 2, hours: 12 }, { afterWeeks: 5, hours: 16 }], workingDays: ["mon", "tue", "wed"] as const };
const p = { ...plan, workingDays: [...plan.workingDays] };
const sent = (week: number, dueDate: string, over: Partial<ProgressFollowUp> = {}): ProgressFollowUp => ({ week, dueDate, hoursWorked: 8, daysPresent: 3, daysPlanned: 3, wellBeing: 4, ...over });

describe("a placement's progression", () => {
  it("without adjustments: the plan's steps week by week, no separate original plan", () => {
    const result = progression(p, [], []);
    expect(result.weeks).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(result.agreed).toEqual([8, 8, 12, 12, 12, 16, 16, 16]);
    expect(result.original).toBeNull();
    expect(result.worked).toEqual([null, null, null, null, null, null, null, null]);
    expect(result.adjustments).toEqual([]);
  });

  it("an approved adjustment changes the agreed hours from the week it takes effect in, is marked there, and the original plan is kept beside", () => {
    // From Wednesday of week 4 (23–29 November): week 4 shows it, the plan's step to 16 no longer applies.
    const result = progression(p, [{ fromDate: "2026-11-25", hours: 14, days: null, taskIds: null }], []);
    expect(result.agreed).toEqual([8, 8, 12, 14, 14, 14, 14, 14]);
    expect(result.original).toEqual([8, 8, 12, 12, 12, 16, 16, 16]);
    expect(result.adjustments).toEqual([{ fromDate: "2026-11-25", hours: 14, days: null, taskIds: null, week: 4 }]);
  });

  it("an adjustment of days only is marked but leaves the hours line alone", () => {
    const result = progression(p, [{ fromDate: "2026-11-16", hours: null, days: ["mon", "tue"], taskIds: null }], []);
    expect(result.original).toBeNull();
    expect(result.agreed).toEqual([8, 8, 12, 12, 12, 16, 16, 16]);
    expect(result.adjustments.map((a) => a.week)).toEqual([3]);
  });

  it("puts the hours worked at the follow-ups' weeks, and attendance and well-being in the follow-ups' order", () => {
    const result = progression(p, [], [sent(3, "2026-11-18", { hoursWorked: 11, wellBeing: 5 }), sent(1, "2026-11-04"), sent(2, "2026-11-11", { hoursWorked: 7.5, daysPresent: 2, wellBeing: 3 })]);
    expect(result.worked).toEqual([8, 7.5, 11, null, null, null, null, null]);
    expect(result.attendance).toEqual({ weeks: [1, 2, 3], present: [3, 2, 3], planned: [3, 3, 3] });
    expect(result.wellBeing).toEqual({ weeks: [1, 2, 3], values: [4, 3, 5] });
  });
});
