import { describe, expect, it } from "vitest";
import { nextActionKey, submitBlockers, type SubmitFacts } from "./next-action";

const ready: SubmitFacts = { repStatus: "confirmed", needsRep: true, companyVerified: true, fits: true, hasActiveTask: true };

describe("only a step that can be taken is offered", () => {
  it("a confirmed, verified slot within the cap may be sent", () => {
    expect(submitBlockers(ready)).toEqual([]);
    expect(nextActionKey("draft", ready)).toBe("slotNext.submit");
    expect(nextActionKey("awaiting_representative", ready)).toBe("slotNext.submit");
  });

  it("a fresh draft asks the representative first, not the jobcentre", () => {
    const fresh = { ...ready, repStatus: "none" as const };
    expect(submitBlockers(fresh)).toEqual(["representative"]);
    expect(nextActionKey("draft", fresh)).toBe("slotNext.askRepresentative");
    expect(nextActionKey("awaiting_representative", { ...ready, repStatus: "pending" })).toBe("slotNext.waitingForRep");
    expect(nextActionKey("awaiting_representative", { ...ready, repStatus: "declined" })).toBe("slotNext.repDeclined");
  });

  it("a workplace without a representative needs none", () => {
    expect(submitBlockers({ ...ready, repStatus: "none", needsRep: false })).toEqual([]);
  });

  it("an over-cap draft is fixed first, before the representative is asked", () => {
    const over = { ...ready, repStatus: "none" as const, fits: false };
    expect(submitBlockers(over)).toEqual(["overCap", "representative"]);
    expect(nextActionKey("draft", over)).toBe("slotNext.fixHours");
  });

  it("a pending company waits for verification and is told so", () => {
    const pending = { ...ready, companyVerified: false };
    expect(submitBlockers(pending)).toEqual(["companyNotVerified"]);
    expect(nextActionKey("draft", pending)).toBe("slotNext.waitingForVerification");
    // A pending company may not e-mail the representative yet, so verification comes first.
    const fresh = { ...pending, repStatus: "none" as const };
    expect(submitBlockers(fresh)).toEqual(["companyNotVerified", "representative"]);
    expect(nextActionKey("draft", fresh)).toBe("slotNext.waitingForVerification");
  });

  it("a slot whose tasks were archived needs an active task", () => {
    expect(nextActionKey("changes_requested", { ...ready, hasActiveTask: false })).toBe("slotNext.chooseTasks");
  });

  it("says what happens once it has left the company", () => {
    expect(nextActionKey("submitted", ready)).toBe("slotNext.waitingForReview");
    expect(nextActionKey("changes_requested", ready)).toBe("slotNext.changesRequested");
    expect(nextActionKey("withdrawn", ready)).toBe("slotNext.none");
  });
});
