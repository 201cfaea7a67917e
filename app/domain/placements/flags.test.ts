import { describe, expect, it } from "vitest";
import { placementFlags, type FlagFollowUp, type FlagInput } from "./flags";

const sent = (dueDate: string, over: Partial<FlagFollowUp> = {}): FlagFollowUp => ({ week: 1, dueDate, status: "submitted", submittedOn: dueDate, wellBeing: 4, daysPresent: 5, daysPlanned: 5, ...over });
const due = (dueDate: string, over: Partial<FlagFollowUp> = {}): FlagFollowUp => ({ week: 2, dueDate, status: "due", submittedOn: null, wellBeing: null, daysPresent: null, daysPlanned: null, ...over });
const active = (followUps: FlagFollowUp[], adjustmentsFrom: string[] = []): FlagInput => ({ status: "active", followUps, adjustmentsFrom });
const kinds = (input: FlagInput, today: string) => placementFlags(input, today).map((f) => f.kind);

describe("a follow-up overdue by 3 working days", () => {
  // Due Monday 2026-11-30: Thursday is the third working day after it.
  const p = active([sent("2026-11-23"), due("2026-11-30")]);

  it("is not flagged 2 working days after its day, and is 3 and 4 days after", () => {
    expect(kinds(p, "2026-12-02")).toEqual([]);
    expect(placementFlags(p, "2026-12-03")).toEqual([{ kind: "followUpOverdue", week: 2, dueDate: "2026-11-30", workingDays: 3, count: 1 }]);
    expect(kinds(p, "2026-12-04")).toEqual(["followUpOverdue"]);
  });

  it("counts Danish working days: Easter's holidays do not count", () => {
    // Due Wednesday 1 April 2026; Skærtorsdag, Langfredag, the weekend and 2. påskedag pass.
    const easter = active([due("2026-04-01")]);
    expect(kinds(easter, "2026-04-08")).toEqual([]);
    expect(kinds(easter, "2026-04-09")).toEqual(["followUpOverdue"]);
  });

  it("counts a draft as not sent, and names the oldest of several", () => {
    const two = active([due("2026-11-16", { week: 1, status: "draft" }), due("2026-11-23", { week: 2 })]);
    expect(placementFlags(two, "2026-12-02")).toEqual([{ kind: "followUpOverdue", week: 1, dueDate: "2026-11-16", workingDays: 12, count: 2 }]);
  });

  it("is not flagged once sent, nor for an ended placement", () => {
    expect(kinds(active([sent("2026-11-30")]), "2026-12-10")).toEqual([]);
    expect(kinds({ ...p, status: "interrupted" }, "2026-12-10")).toEqual([]);
  });
});

describe("well-being", () => {
  it("is flagged when the latest is 2 or lower, not at 3", () => {
    expect(kinds(active([sent("2026-11-23", { wellBeing: 3 })]), "2026-11-24")).toEqual([]);
    expect(placementFlags(active([sent("2026-11-23", { wellBeing: 2 })]), "2026-11-24")).toEqual([{ kind: "lowWellBeing", wellBeing: 2 }]);
    expect(kinds(active([sent("2026-11-23", { wellBeing: 1 })]), "2026-11-24")).toEqual(["lowWellBeing"]);
  });

  it("reads only the latest: a low week followed by a good one is no flag", () => {
    expect(kinds(active([sent("2026-11-16", { wellBeing: 2 }), sent("2026-11-23", { wellBeing: 4 })]), "2026-11-24")).toEqual([]);
  });

  it("is flagged when it fell twice in a row, not once, not when it held in between", () => {
    const series = (values: number[]) => active(values.map((wellBeing, i) => sent(`2026-11-0${i + 2}`, { wellBeing })));
    expect(placementFlags(series([5, 4, 3]), "2026-11-10")).toEqual([{ kind: "wellBeingFalling", values: [5, 4, 3] }]);
    expect(kinds(series([5, 5, 4]), "2026-11-10")).toEqual([]);
    expect(kinds(series([5, 4, 4]), "2026-11-10")).toEqual([]);
    expect(kinds(series([4, 5, 4]), "2026-11-10")).toEqual([]);
    expect(kinds(series([5, 4, 3, 4]), "2026-11-10")).toEqual([]);
    expect(kinds(series([4, 3, 2]), "2026-11-10")).toEqual(["lowWellBeing", "wellBeingFalling"]);
  });

  it("reads follow-ups in the order of their days, whatever order they come in", () => {
    const p = active([sent("2026-11-09", { wellBeing: 3 }), sent("2026-11-02", { wellBeing: 5 }), sent("2026-11-05", { wellBeing: 4 })]);
    expect(kinds(p, "2026-11-10")).toEqual(["wellBeingFalling"]);
  });
});

describe("attendance under 75 % over the last 3 follow-ups", () => {
  const three = (present: [number, number, number]) => active(present.map((daysPresent, i) => sent(`2026-11-0${i + 2}`, { daysPresent, daysPlanned: 4 })));

  it("is flagged just under 75 %, not at 75 % or above", () => {
    expect(placementFlags(three([3, 3, 2]), "2026-11-10")).toEqual([{ kind: "lowAttendance", present: 8, planned: 12, followUps: 3 }]);
    expect(kinds(three([3, 3, 3]), "2026-11-10")).toEqual([]); // 9 of 12 = 75 %
    expect(kinds(three([4, 3, 3]), "2026-11-10")).toEqual([]);
  });

  it("counts only the last three: an early bad week is forgotten", () => {
    const p = active([sent("2026-11-02", { daysPresent: 0, daysPlanned: 5 }), ...[3, 4, 5].map((d) => sent(`2026-11-0${d + 2}`, { daysPresent: 4, daysPlanned: 5 }))]);
    expect(kinds(p, "2026-11-10")).toEqual([]);
  });

  it("already counts from the first follow-up", () => {
    expect(placementFlags(active([sent("2026-11-02", { daysPresent: 2, daysPlanned: 5 })]), "2026-11-03")).toEqual([{ kind: "lowAttendance", present: 2, planned: 5, followUps: 1 }]);
  });
});

describe("no follow-up since the last adjustment", () => {
  // An adjustment from Monday 2026-11-02: 10 working days later is Monday 2026-11-16.
  const p = (followUps: FlagFollowUp[]) => active(followUps, ["2026-10-19", "2026-11-02"]);

  it("is flagged 10 working days after it took effect, not 9", () => {
    expect(kinds(p([sent("2026-10-30")]), "2026-11-13")).toEqual([]);
    expect(placementFlags(p([sent("2026-10-30")]), "2026-11-16")).toEqual([{ kind: "noFollowUpSinceAdjustment", fromDate: "2026-11-02" }]);
    expect(kinds(p([sent("2026-10-30")]), "2026-11-17")).toEqual(["noFollowUpSinceAdjustment"]);
  });

  it("is not flagged once a follow-up was sent on or after that day", () => {
    expect(kinds(p([sent("2026-11-02")]), "2026-11-20")).toEqual([]);
    expect(kinds(p([sent("2026-10-30", { submittedOn: "2026-11-03" })]), "2026-11-20")).toEqual([]);
  });

  it("waits for an adjustment that has not taken effect yet", () => {
    expect(kinds(active([sent("2026-10-30")], ["2026-12-01"]), "2026-11-20")).toEqual([]);
  });
});
