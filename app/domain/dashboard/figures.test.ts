import { describe, expect, it } from "vitest";
import { countBy, countByMonth, daysBetween, daysToProposalByMonth, hoursProgression, inWorkAfter3Months, keyFigures, median, monthsOf, paidHours, periodOf, reached13Weeks, shareOf, slotTiming, type OutcomeRow } from "./figures";

const Q4 = { from: "2026-10-01", to: "2026-12-31" };

describe("periods", () => {
  it("this quarter and this year run to today; last quarter is the whole quarter before", () => {
    expect(periodOf("thisQuarter", "2026-12-02")).toEqual({ from: "2026-10-01", to: "2026-12-02" });
    expect(periodOf("lastQuarter", "2026-12-02")).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(periodOf("thisYear", "2026-12-02")).toEqual({ from: "2026-01-01", to: "2026-12-02" });
    // Across the new year, and on a quarter's first day.
    expect(periodOf("lastQuarter", "2027-01-01")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(periodOf("thisQuarter", "2026-04-01")).toEqual({ from: "2026-04-01", to: "2026-04-01" });
    expect(periodOf("lastQuarter", "2026-03-31")).toEqual({ from: "2025-10-01", to: "2025-12-31" });
  });

});

describe("figures", () => {
  it("median of an odd and an even count, none for nothing", () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 8, 12, 20])).toBe(11);
    expect(shareOf(0, 0).share).toBeNull();
    expect(shareOf(1, 4).share).toBe(0.25);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2); // across the switch to summer time
  });

  it("hours progression counts the placements that started in the period, both ends included", () => {
    const rows = [
      { startDate: "2026-09-30", startHours: 5, latestHours: 30 }, // the day before: not counted
      { startDate: "2026-10-01", startHours: 8, latestHours: 12 }, // first day: raised
      { startDate: "2026-11-15", startHours: 10, latestHours: 10 }, // 10 hours is "10 or fewer": not raised
      { startDate: "2026-12-31", startHours: 15, latestHours: 20 }, // last day; over 10: not in the share
      { startDate: "2027-01-01", startHours: 4, latestHours: 4 }, // the day after: not counted
    ];
    const h = hoursProgression(rows, Q4);
    expect(h.placements).toBe(3);
    expect(h.medianStart).toBe(10);
    expect(h.medianLatest).toBe(12);
    expect(h.lowRaised).toEqual({ n: 1, of: 2, share: 0.5 });
    // Nobody on 10 hours or fewer: no share (not 0 %).
    expect(hoursProgression([{ startDate: "2026-10-05", startHours: 20, latestHours: 25 }], Q4).lowRaised.share).toBeNull();
  });

  it("slot timing counts slots opened in the period; the medians only over slots that have a proposal or a start", () => {
    const rows = [
      { openedOn: "2026-09-20", firstProposalOn: "2026-10-02", firstStartOn: "2026-10-20" }, // opened before: not counted
      { openedOn: "2026-10-01", firstProposalOn: "2026-10-03", firstStartOn: "2026-10-31" }, // 2 and 30 days
      { openedOn: "2026-10-10", firstProposalOn: "2026-10-20", firstStartOn: null }, // 10 days, no start yet
      { openedOn: "2026-11-01", firstProposalOn: null, firstStartOn: null }, // no proposal: not in the median
    ];
    expect(slotTiming(rows, Q4)).toEqual({ opened: 3, proposed: 2, medianDaysToProposal: 6, started: 1, medianDaysToStart: 30 });
    expect(daysToProposalByMonth(rows, Q4)).toEqual([6, null, null]);
  });

  it("counts per month of the period, empty months as 0, days outside left out", () => {
    expect(monthsOf({ from: "2025-11-20", to: "2026-02-01" })).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(countByMonth(["2026-09-30", "2026-10-01", "2026-10-31", "2026-12-31", "2027-01-01"], Q4)).toEqual([2, 0, 1]);
    expect(countBy(["tasks", "other", "tasks", "hours_days"])).toEqual([
      { key: "tasks", n: 2 },
      { key: "hours_days", n: 1 },
      { key: "other", n: 1 },
    ]);
  });

  it("13 weeks: of the placements started in the period whose answer is known, those that ran through the mark", () => {
    const row = (over: Partial<OutcomeRow>): OutcomeRow => ({ startDate: "2026-10-05", status: "active", endedOn: null, outcome: null, statusDueOn: null, statusCategory: null, ...over });
    // Started 5 October (a Monday): the mark is the last day of week 13, 3 January 2027.
    const rows = [
      row({}), // still running, before its mark: not counted
      row({ status: "completed", endedOn: "2027-01-03", outcome: "smajob" }), // ended on the mark: reached
      row({ status: "interrupted", endedOn: "2026-12-01", outcome: "interrupted" }), // ended before: not reached
      row({ startDate: "2026-09-30", status: "completed", endedOn: "2027-01-10" }), // started before the period
    ];
    expect(reached13Weeks(rows, Q4, "2026-12-02")).toEqual({ n: 1, of: 2, share: 0.5 });
    // On the mark's day the running one has reached it too.
    expect(reached13Weeks(rows, Q4, "2027-01-03")).toEqual({ n: 2, of: 3, share: 2 / 3 });
  });

  it("paid hours counts ends in the period; in work after 3 months counts recorded statuses due in the period", () => {
    const row = (over: Partial<OutcomeRow>): OutcomeRow => ({ startDate: "2026-06-01", status: "completed", endedOn: "2026-10-15", outcome: "loentilskud", statusDueOn: null, statusCategory: null, ...over });
    const ends = [row({}), row({ outcome: "education" }), row({ outcome: "fleksjob", endedOn: "2026-09-30" }), row({ status: "interrupted", outcome: "interrupted", endedOn: "2026-12-31" })];
    expect(paidHours(ends, Q4)).toEqual({ n: 1, of: 3, share: 1 / 3 });
    const statuses = [
      row({ statusDueOn: "2026-10-01", statusCategory: "employee" }),
      row({ statusDueOn: "2026-11-01", statusCategory: "benefit" }),
      row({ statusDueOn: "2026-11-15", statusCategory: null }), // not yet recorded: not counted
      row({ statusDueOn: "2026-09-30", statusCategory: "employee" }), // due before the period
    ];
    expect(inWorkAfter3Months(statuses, Q4)).toEqual({ n: 1, of: 2, share: 0.5 });
  });

  it("the key figures come in a fixed order, each with its basis", () => {
    const none = shareOf(0, 0);
    const figures = keyFigures(hoursProgression([], Q4), slotTiming([], Q4), { reached13Weeks: none, paidHours: none, inWorkAfter3Months: none });
    expect(figures.map((f) => f.id)).toEqual(["reached13Weeks", "paidHours", "inWorkAfter3Months", "hoursProgression", "lowHoursRaised", "daysToProposal", "daysToStart"]);
    expect(figures[3]).toEqual({ id: "hoursProgression", kind: "hoursRange", from: null, to: null, n: 0 });
  });
});
