import { describe, expect, it } from "vitest";
import { canTransition } from "../shared/transitions";
import { endErrors, moveEndErrors, statusErrors } from "./end-errors";
import { milestoneReached, PLACEMENT_TRANSITIONS, statusDueOn, statusTaskOpen, thirteenWeekMark, type EndAnswers } from "./ending";

const p = { startDate: "2026-09-07" };
const ok: EndAnswers = { kind: "completed", endedOn: "2026-12-04", reason: null, reasonText: null, outcome: "education", outcomeHours: null };

describe("the end of a placement", () => {
  it("is a transition from active only, to completed or interrupted", () => {
    expect(canTransition(PLACEMENT_TRANSITIONS, "complete", "active")).toBe(true);
    expect(canTransition(PLACEMENT_TRANSITIONS, "interrupt", "active")).toBe(true);
    expect(canTransition(PLACEMENT_TRANSITIONS, "complete", "interrupted")).toBe(false);
    expect(canTransition(PLACEMENT_TRANSITIONS, "interrupt", "completed")).toBe(false);
  });

  it("lies between the start and today", () => {
    expect(endErrors(ok, p, "2026-12-04")).toEqual({});
    expect(endErrors({ ...ok, endedOn: "2026-09-06" }, p, "2026-12-04")).toEqual({ endedOn: "error.ending.beforeStart" });
    expect(endErrors({ ...ok, endedOn: "2026-12-05" }, p, "2026-12-04")).toEqual({ endedOn: "error.ending.future" });
  });

  it("needs a reason when interrupted, none when completed, and words for «other»", () => {
    const cut = { ...ok, kind: "interrupted" as const, outcome: "interrupted" as const };
    expect(endErrors(cut, p, "2026-12-04")).toEqual({ reason: "error.ending.reason" });
    expect(endErrors({ ...cut, reason: "illness" }, p, "2026-12-04")).toEqual({});
    expect(endErrors({ ...cut, reason: "other" }, p, "2026-12-04")).toEqual({ reasonText: "error.ending.otherText" });
    expect(endErrors({ ...ok, reason: "illness" }, p, "2026-12-04")).toEqual({ reason: "error.ending.reasonCompleted" });
  });

  it("has «interrupted» as outcome only when interrupted, and hours exactly where the outcome is work", () => {
    expect(endErrors({ ...ok, outcome: "interrupted" }, p, "2026-12-04")).toEqual({ outcome: "error.ending.outcomeCompleted" });
    expect(endErrors({ ...ok, kind: "interrupted", reason: "got_job", outcome: "ordinary_job", outcomeHours: 30 }, p, "2026-12-04")).toEqual({});
    for (const outcome of ["ordinary_job", "smajob", "fleksjob"] as const) expect(endErrors({ ...ok, outcome }, p, "2026-12-04")).toEqual({ outcomeHours: "error.ending.hours" });
    expect(endErrors({ ...ok, outcome: "smajob", outcomeHours: 6 }, p, "2026-12-04")).toEqual({});
    expect(endErrors({ ...ok, outcomeHours: 6 }, p, "2026-12-04")).toEqual({ outcomeHours: "error.ending.noHours" });
  });
});

describe("the status three months after the end", () => {
  it("is due three calendar months on, clamped to the month's end", () => {
    expect(statusDueOn("2026-12-04")).toBe("2027-03-04");
    expect(statusDueOn("2026-11-30")).toBe("2027-02-28");
  });

  it("opens on its day, not the day before, and closes when recorded", () => {
    const ending = { statusDueOn: "2027-03-04" };
    expect(statusTaskOpen(ending, false, "2027-03-03")).toBe(false);
    expect(statusTaskOpen(ending, false, "2027-03-04")).toBe(true);
    expect(statusTaskOpen(ending, true, "2027-03-05")).toBe(false);
    expect(statusTaskOpen(null, false, "2027-03-05")).toBe(false);
  });

  it("is recorded from its day, with hours exactly for an employee", () => {
    expect(statusErrors({ category: "education", hours: null }, "2027-03-04", "2027-03-03")).toEqual({ category: "error.ending.statusNotYet" });
    expect(statusErrors({ category: "education", hours: null }, "2027-03-04", "2027-03-04")).toEqual({});
    expect(statusErrors({ category: "employee", hours: null }, "2027-03-04", "2027-03-04")).toEqual({ hours: "error.ending.hours" });
    expect(statusErrors({ category: "benefit", hours: 10 }, "2027-03-04", "2027-03-04")).toEqual({ hours: "error.ending.noHours" });
  });
});

describe("the 13-week mark", () => {
  it("is the last day of the 13th week from the start", () => {
    expect(thirteenWeekMark("2026-09-07")).toBe("2026-12-06");
  });

  it("is reached by an active placement on that day, and by an ended one only if it ran through it", () => {
    const start = "2026-09-07";
    expect(milestoneReached({ startDate: start, status: "active", endedOn: null }, "2026-12-05")).toBe(false);
    expect(milestoneReached({ startDate: start, status: "active", endedOn: null }, "2026-12-06")).toBe(true);
    expect(milestoneReached({ startDate: start, status: "interrupted", endedOn: "2026-12-05" }, "2026-12-20")).toBe(false);
    expect(milestoneReached({ startDate: start, status: "completed", endedOn: "2026-12-06" }, "2026-12-20")).toBe(true);
  });
});

describe("moving the planned end", () => {
  const q = { startDate: "2026-09-07", plannedEndDate: "2026-12-06" };
  it("refuses the same day and a day in the past", () => {
    expect(moveEndErrors("2026-12-06", q, "2026-11-01")).toEqual({ plannedEndDate: "error.ending.sameEnd" });
    expect(moveEndErrors("2026-10-31", q, "2026-11-01")).toEqual({ plannedEndDate: "error.ending.endInPast" });
    expect(moveEndErrors("2026-11-01", q, "2026-11-01")).toEqual({});
  });
});

describe("the end form's words", () => {
  it("refuse a CPR number or a diagnosis, like every free text about a citizen", async () => {
    const { endInput } = await import("./ending-schema");
    const form = { version: "1", kind: "interrupted", endedOn: "2026-12-02", reason: "other", outcome: "interrupted" };
    expect(endInput.safeParse({ ...form, reasonText: "Flyttede til Odense" }).success).toBe(true);
    const cpr = endInput.safeParse({ ...form, reasonText: "Cpr 010190-1234" });
    expect(cpr.success ? [] : cpr.error.issues.map((i) => i.message)).toEqual(["error.sensitive.cpr"]);
    const diagnosis = endInput.safeParse({ ...form, reasonText: "Hun fik en depression" });
    expect(diagnosis.success ? [] : diagnosis.error.issues.map((i) => i.message)).toEqual(["error.sensitive.diagnosis"]);
  });

  it("read hours the Danish way and only as a number from 1 to 60", async () => {
    const { endInput } = await import("./ending-schema");
    const form = { version: "1", kind: "completed", endedOn: "2026-12-02", outcome: "fleksjob" };
    expect(endInput.parse({ ...form, outcomeHours: "12,5" }).outcomeHours).toBe(12.5);
    expect(endInput.parse({ ...form, outcomeHours: "" }).outcomeHours).toBeNull();
    expect(endInput.safeParse({ ...form, outcomeHours: "61" }).success).toBe(false);
  });
});
