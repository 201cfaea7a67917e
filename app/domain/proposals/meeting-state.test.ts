import { describe, expect, it } from "vitest";
import { meetingState } from "./meeting-state";

const base = { meetingDate: "2026-12-10", meetingConfirmedAt: null, withdrawalReason: null, closedAt: null } as const;

describe("what became of the match meeting", () => {
  it("is awaiting confirmation, then confirmed, while the meeting is planned", () => {
    expect(meetingState({ ...base, status: "meeting_planned" })).toBe("unconfirmed");
    expect(meetingState({ ...base, status: "meeting_planned", meetingConfirmedAt: new Date("2026-12-03T09:00:00Z") })).toBe("confirmed");
  });

  it("was held once the proposal is accepted, confirmed or not", () => {
    expect(meetingState({ ...base, status: "accepted", closedAt: new Date("2026-12-10T13:00:00Z") })).toBe("held");
  });

  it("was cancelled when the proposal closed before the meeting day, held when on or after it", () => {
    expect(meetingState({ ...base, status: "withdrawn", withdrawalReason: "consultant", closedAt: new Date("2026-12-09T23:30:00Z") })).toBe("held"); // 00:30 on the 10th in Copenhagen
    expect(meetingState({ ...base, status: "withdrawn", withdrawalReason: "consultant", closedAt: new Date("2026-12-09T10:00:00Z") })).toBe("cancelled");
    expect(meetingState({ ...base, status: "declined", closedAt: new Date("2026-12-11T10:00:00Z") })).toBe("held");
  });

  it("says when the candidate did not come", () => {
    expect(meetingState({ ...base, status: "withdrawn", withdrawalReason: "candidate_no_show", closedAt: new Date("2026-12-10T12:00:00Z") })).toBe("noShow");
  });

  it("is nothing when no meeting was planned", () => {
    expect(meetingState({ ...base, meetingDate: null, status: "proposed" })).toBeNull();
  });
});
