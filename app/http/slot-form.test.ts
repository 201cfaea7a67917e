import { describe, expect, it } from "vitest";
import { TIMES_OUTSIDE_HOURS } from "~/domain/slots/schema";
import { parseSlotForm } from "./slot-form.server";

const now = new Date("2026-11-22T10:00:00Z");
function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) data.append(k, one);
  return data;
}

describe("the slot form shows every problem in one round", () => {
  it("reports missing fields, a past date, times and target below start together, in the form's order", () => {
    const result = parseSlotForm(
      form({
        kind: "praktik",
        title: "",
        purposeKind: "job_goal",
        purpose: "Aflaste bagerne med opvask.",
        workplaceId: "1",
        startDate: "2026-01-05",
        lengthWeeks: "13",
        startHours: "20",
        targetHours: "10",
        dayStart: "03:00",
        dayEnd: "12:00",
        mentorUserId: "",
        seats: "1",
      }),
      now,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      title: "error.slot.title",
      taskIds: "error.slot.tasks",
      startDate: "error.slot.startInPast",
      targetHours: "error.slot.targetBelowStart",
      workingDays: "error.slot.days",
      dayStart: TIMES_OUTSIDE_HOURS,
      mentorUserId: "error.slot.mentor",
    });
    expect(Object.keys(result.errors)).toEqual(["title", "taskIds", "startDate", "targetHours", "workingDays", "dayStart", "mentorUserId"]);
  });

  it("checks the target against the schedule even when another field is missing", () => {
    const result = parseSlotForm(
      form({
        kind: "praktik",
        title: "",
        purposeKind: "job_goal",
        purpose: "Aflaste bagerne med opvask.",
        workplaceId: "1",
        taskIds: "3",
        startDate: "2026-12-01",
        lengthWeeks: "13",
        startHours: "10",
        targetHours: "30",
        workingDays: ["mon", "tue"],
        dayStart: "08:00",
        dayEnd: "12:00",
        mentorUserId: "2",
        seats: "1",
      }),
      now,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({ title: "error.slot.title", targetHours: "error.slot.hoursExceedSchedule" });
  });
});
