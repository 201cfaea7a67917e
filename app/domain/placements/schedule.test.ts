import { describe, expect, it } from "vitest";
import { dueDateInWeek, followUpSchedule, followUpWeeks } from "./schedule";

describe("the follow-up schedule", () => {
  it("is weekly in weeks 1–4, then every second week until the end", () => {
    expect(followUpWeeks(13)).toEqual([1, 2, 3, 4, 6, 8, 10, 12]);
    expect(followUpWeeks(14)).toEqual([1, 2, 3, 4, 6, 8, 10, 12, 14]);
    expect(followUpWeeks(3)).toEqual([1, 2, 3]);
    expect(followUpWeeks(5)).toEqual([1, 2, 3, 4]);
  });

  it("falls on the week's last working day of the placement", () => {
    // 2027-01-04 is a Monday.
    expect(dueDateInWeek("2027-01-04", 1, ["mon", "tue", "wed", "thu", "fri"])).toBe("2027-01-08");
    expect(dueDateInWeek("2027-01-04", 2, ["mon", "wed"])).toBe("2027-01-13");
    // Starting on a Wednesday, week 1 runs to Tuesday.
    expect(dueDateInWeek("2027-01-06", 1, ["mon", "tue", "wed", "thu", "fri"])).toBe("2027-01-12");
    expect(dueDateInWeek("2027-01-04", 1, [])).toBe("2027-01-10");
  });

  it("follows the end when it moves", () => {
    const days = ["mon", "tue", "wed", "thu", "fri"] as const;
    const thirteen = followUpSchedule({ startDate: "2027-01-04", plannedEndDate: "2027-04-04", workingDays: days });
    expect(thirteen.map((f) => f.week)).toEqual([1, 2, 3, 4, 6, 8, 10, 12]);
    expect(thirteen.at(-1)?.dueDate).toBe("2027-03-26");
    const twenty = followUpSchedule({ startDate: "2027-01-04", plannedEndDate: "2027-05-23", workingDays: days });
    expect(twenty.map((f) => f.week)).toEqual([1, 2, 3, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    const four = followUpSchedule({ startDate: "2027-01-04", plannedEndDate: "2027-01-31", workingDays: days });
    expect(four.map((f) => f.week)).toEqual([1, 2, 3, 4]);
  });
});
