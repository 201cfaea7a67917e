import { describe, expect, it } from "vitest";
import { SLOT_STATUSES, type SlotStatus } from "./schema";
import { canTransition, commandsFrom, mayGive, SLOT_TRANSITIONS, type SlotCommand } from "./status";

const ALLOWED: Record<SlotCommand, SlotStatus[]> = {
  requestRepresentative: ["draft", "changes_requested"],
  submit: ["draft", "awaiting_representative", "changes_requested"],
  requestChanges: ["submitted"],
  approve: ["submitted"],
  reject: ["submitted"],
  reopenForReview: ["open"],
  reopenForRepresentative: ["open"],
  markFilled: ["open"],
  close: ["open", "filled"],
  withdraw: ["draft", "awaiting_representative", "submitted", "changes_requested", "open"],
};

describe("slot transitions", () => {
  const cases = (Object.keys(ALLOWED) as SlotCommand[]).flatMap((command) =>
    SLOT_STATUSES.map((from) => [command, from, ALLOWED[command].includes(from)] as const),
  );
  it.each(cases)("%s from %s: allowed=%s", (command, from, allowed) => {
    expect(canTransition(command, from)).toBe(allowed);
  });

  it("has no command out of the final states", () => {
    for (const final of ["closed", "withdrawn", "rejected"] as const) {
      expect((Object.keys(SLOT_TRANSITIONS) as SlotCommand[]).filter((c) => canTransition(c, final))).toEqual([]);
    }
  });

  it("withdrawing is possible from every state before filled, and from none after", () => {
    const beforeFilled: SlotStatus[] = ["draft", "awaiting_representative", "submitted", "changes_requested", "open"];
    for (const s of SLOT_STATUSES) expect(canTransition("withdraw", s), s).toBe(beforeFilled.includes(s));
  });

  it("never offers the transitions an edit causes as buttons", () => {
    expect(commandsFrom("open", "company_admin").sort()).toEqual(["close", "markFilled", "withdraw"]);
  });

  it("lets the company submit and the jobcentre decide, never the other way", () => {
    expect(mayGive("submit", "company_admin")).toBe(true);
    expect(mayGive("submit", "mentor")).toBe(false);
    expect(mayGive("submit", "consultant")).toBe(false);
    expect(mayGive("approve", "consultant")).toBe(true);
    expect(mayGive("approve", "jobcentre_admin")).toBe(true);
    expect(mayGive("approve", "company_admin")).toBe(false);
    expect(mayGive("approve", "mentor")).toBe(false);
  });

  it("offers a consultant exactly the review commands on a submitted slot", () => {
    expect(commandsFrom("submitted", "consultant").sort()).toEqual(["approve", "reject", "requestChanges"]);
    expect(commandsFrom("submitted", "company_admin")).toEqual(["withdraw"]);
  });
});
