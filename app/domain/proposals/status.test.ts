import { describe, expect, it } from "vitest";
import { PROPOSAL_STATUSES } from "./schema";
import { canTransition, commandsFrom, fillsSlot, mayGive, PROPOSAL_TRANSITIONS } from "./status";
import { isUnanswered } from "./unanswered";

describe("the proposal transition table", () => {
  it("goes proposed → meeting planned → accepted, and never accepts without a meeting", () => {
    expect(canTransition("inviteToMeeting", "proposed")).toBe(true);
    expect(canTransition("accept", "meeting_planned")).toBe(true);
    expect(canTransition("accept", "proposed")).toBe(false);
  });
  it("ends in accepted, declined or withdrawn, and nothing leaves an end state", () => {
    for (const end of ["accepted", "declined", "withdrawn"] as const) {
      for (const command of Object.keys(PROPOSAL_TRANSITIONS) as (keyof typeof PROPOSAL_TRANSITIONS)[]) {
        expect(canTransition(command, end), `${command} from ${end}`).toBe(false);
      }
    }
    const reachable = new Set(Object.values(PROPOSAL_TRANSITIONS).map((t) => t.to));
    expect([...PROPOSAL_STATUSES].filter((s) => s !== "proposed" && !reachable.has(s))).toEqual([]);
  });
  it("lets the company answer and the jobcentre withdraw, not the other way round", () => {
    expect(mayGive("decline", "company_admin")).toBe(true);
    expect(mayGive("decline", "mentor")).toBe(true);
    expect(mayGive("decline", "consultant")).toBe(false);
    expect(mayGive("withdraw", "company_admin")).toBe(false);
    expect(mayGive("withdraw", "consultant")).toBe(true);
    expect(mayGive("confirmMeeting", "mentor")).toBe(false);
    expect(mayGive("consentEnded", "jobcentre_admin")).toBe(false);
  });
  it("offers each side exactly its commands", () => {
    expect(commandsFrom("proposed", "company_admin")).toEqual(["inviteToMeeting", "decline"]);
    expect(commandsFrom("meeting_planned", "mentor")).toEqual(["moveMeeting", "accept", "decline"]);
    expect(commandsFrom("meeting_planned", "consultant")).toEqual(["moveMeeting", "confirmMeeting", "withdraw", "recordCandidateDeclined"]);
    expect(commandsFrom("accepted", "consultant")).toEqual([]);
  });
  it("fills the slot with the last free seat", () => {
    expect(fillsSlot(0, 1)).toBe(true);
    expect(fillsSlot(0, 2)).toBe(false);
    expect(fillsSlot(1, 2)).toBe(true);
  });
});

describe("unanswered for 5 working days", () => {
  // Sent Wednesday 1 April 2026 at 10:00 Danish time; Easter holidays follow.
  const proposedAt = new Date("2026-04-01T08:00:00Z");
  it("counts Danish working days, Easter included", () => {
    expect(isUnanswered({ status: "proposed", proposedAt }, new Date("2026-04-10T10:00:00Z"))).toBe(false);
    expect(isUnanswered({ status: "proposed", proposedAt }, new Date("2026-04-13T06:00:00Z"))).toBe(true);
  });
  it("is about the first answer only", () => {
    expect(isUnanswered({ status: "meeting_planned", proposedAt }, new Date("2026-05-13T06:00:00Z"))).toBe(false);
  });
});
