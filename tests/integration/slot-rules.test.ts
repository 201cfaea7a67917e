/**
 * The rules the slot commands own, whoever calls them: each test here fails when its rule
 * is removed from the command.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { slots } from "~/db/schema";
import { updateWorkplace } from "~/domain/companies/commands.server";
import { createSlot, OverCapacity, SlotRulesBroken, transitionSlot, updateSlot } from "~/domain/slots/commands.server";
import { slotTaskIds } from "~/domain/slots/queries.server";
import type { SlotStatus } from "~/domain/slots/schema";
import { answerAsRepresentative, askRepresentative, ctxFor, expectAudit, makeCompany, makeSlot, makeUser, makeWorld, slotInputFor, slotVersion } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const row = (id: number) => getDb().select().from(slots).where(eq(slots.id, id)).get()!;

describe("the slot's own rules are the commands'", () => {
  it("createSlot refuses a target below the start hours, every problem at its field", () => {
    expect(() => createSlot(ctxFor(w.hr), slotInputFor(w.hr, { startHours: 20, targetHours: 10, taskIds: [] }))).toThrow(
      expect.objectContaining({ fieldErrors: expect.objectContaining({ targetHours: "error.slot.targetBelowStart", taskIds: "error.slot.tasks" }) }),
    );
  });

  it("createSlot refuses hours the schedule cannot hold and a start in the past", () => {
    const yesterday = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    try {
      createSlot(ctxFor(w.hr), slotInputFor(w.hr, { workingDays: ["mon"], startDate: yesterday }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SlotRulesBroken);
      expect((e as SlotRulesBroken).fieldErrors).toMatchObject({ targetHours: "error.slot.hoursExceedSchedule", startDate: "error.slot.startInPast" });
    }
  });

  it("updateSlot refuses progression steps out of order and keeps the slot as it was", async () => {
    const id = await makeSlot({ hr: w.hr });
    const before = row(id);
    expect(() =>
      updateSlot(ctxFor(w.hr), {
        ...slotInputFor(w.hr, { steps: [{ afterWeeks: 6, hours: 15 }, { afterWeeks: 4, hours: 18 }] }),
        slotId: id,
        version: slotVersion(id),
      }),
    ).toThrow(expect.objectContaining({ fieldErrors: { step2Weeks: "error.slot.stepWeeks" } }));
    expect(row(id)).toEqual(before);
  });
});

describe("a review comment", () => {
  it.each(["requestChanges", "reject"] as const)("is required to %s, by the command itself", async (command) => {
    const id = await makeSlot({ hr: w.hr, status: "submitted" });
    for (const comment of [undefined, "", "   ", "for kort"]) {
      expect(() => transitionSlot(ctxFor(w.consultant), { slotId: id, command, version: slotVersion(id), comment })).toThrow(
        expect.objectContaining({ messageKey: "error.review.comment", field: "comment" }),
      );
    }
    expect(row(id).status).toBe("submitted");
    transitionSlot(ctxFor(w.consultant), { slotId: id, command, version: slotVersion(id), comment: "  Beskriv opgaverne mere konkret.  " });
    expect(row(id).reviewComment).toBe("Beskriv opgaverne mere konkret.");
    expectAudit(`slot.${command}`, { subjectId: id, actorUserId: w.consultant.id, companyId: w.companyA.id, jobcentreId: w.jc.id });
  });
});

describe("the representative's confirmation", () => {
  it("is withdrawn when HR changes what the representative confirmed, and kept for text", async () => {
    const id = await makeSlot({ hr: w.hr, status: "rep_confirmed" });
    updateSlot(ctxFor(w.hr), { ...slotInputFor(w.hr, { title: "Ny titel", taskIds: taskIdsOf(id) }), slotId: id, version: slotVersion(id) });
    expect(row(id)).toMatchObject({ status: "awaiting_representative", repStatus: "confirmed" });
    updateSlot(ctxFor(w.hr), { ...slotInputFor(w.hr, { seats: 2, taskIds: taskIdsOf(id) }), slotId: id, version: slotVersion(id) });
    expect(row(id)).toMatchObject({ status: "draft", repStatus: "none" });
    expect(() => transitionSlot(ctxFor(w.hr), { slotId: id, command: "submit", version: slotVersion(id) })).toThrow(
      expect.objectContaining({ messageKey: "error.slot.needsRepresentative" }),
    );
  });

  it("is withdrawn from a draft that was confirmed before changes were asked for", async () => {
    const id = await makeSlot({ hr: w.hr, status: "changes_requested", consultant: w.consultant });
    expect(row(id).repStatus).toBe("confirmed");
    updateSlot(ctxFor(w.hr), { ...slotInputFor(w.hr, { startHours: 12, taskIds: taskIdsOf(id) }), slotId: id, version: slotVersion(id) });
    expect(row(id)).toMatchObject({ status: "changes_requested", repStatus: "none" });
  });
});

function taskIdsOf(slotId: number): number[] {
  return getDb().query.slotTasks.findMany({ where: (t, { eq }) => eq(t.slotId, slotId) }).sync().map((t) => t.taskId);
}

describe("editing an open slot (issue 8, item 5)", () => {
  it("refuses an edit over the cap and leaves the open slot as it was", async () => {
    const id = await makeSlot({ hr: w.hr, status: "open", consultant: w.consultant });
    const before = row(id);
    expect(() =>
      updateSlot(ctxFor(w.hr), {
        ...slotInputFor(w.hr, { seats: 10, startHours: 30, targetHours: 30, dayStart: "07:00", dayEnd: "15:00", taskIds: taskIdsOf(id) }),
        slotId: id,
        version: slotVersion(id),
      }),
    ).toThrow(OverCapacity);
    expect(row(id)).toEqual(before);
  });

  it("sends it back to the representative first where the workplace has one", async () => {
    const id = await makeSlot({ hr: w.hr, status: "open", consultant: w.consultant });
    const result = updateSlot(ctxFor(w.hr), { ...slotInputFor(w.hr, { startHours: 12, taskIds: taskIdsOf(id) }), slotId: id, version: slotVersion(id) });
    expect(result.outcome).toBe("backToRepresentative");
    expect(row(id)).toMatchObject({ status: "draft", repStatus: "none" });
    expectAudit("slot.reopened_for_review", { subjectId: id, details: { to: "draft", representativeReset: true } });
    // HR asks again, the representative confirms, and it goes to review.
    answerAsRepresentative(id, askRepresentative(w.hr, id));
    transitionSlot(ctxFor(w.hr), { slotId: id, command: "submit", version: slotVersion(id) });
    expect(row(id).status).toBe("submitted");
  });

  it("goes straight back to review where there is no one to consult", async () => {
    const { company } = await makeCompany(w.jc.id, { fte: 1 });
    const hr = await makeUser("company_admin", { companyId: company.id });
    const id = await makeSlot({ hr, status: "open", consultant: w.consultant });
    const result = updateSlot(ctxFor(hr), { ...slotInputFor(hr, { startHours: 12, taskIds: taskIdsOf(id) }), slotId: id, version: slotVersion(id) });
    expect(result.outcome).toBe("backToReview");
    expect(row(id).status).toBe("submitted");
  });

  it("approving checks the cap again: a workplace that shrank after submission is refused", async () => {
    const { company, workplace } = await makeCompany(w.jc.id, { fte: 10 });
    const hr = await makeUser("company_admin", { companyId: company.id });
    // Two people at 30 hours: 1.6 of the 2 places 10 FTE allow; 5 FTE allow only 1.
    const id = await makeSlot({ hr, status: "submitted", over: { seats: 2, startHours: 30, targetHours: 30, dayStart: "07:00", dayEnd: "15:00" } });
    const wp = getDb().query.workplaces.findFirst({ where: (t, { eq }) => eq(t.id, workplace.id) }).sync()!;
    updateWorkplace(ctxFor(hr), {
      pNumber: wp.pNumber,
      name: wp.name,
      address: wp.address,
      postcode: wp.postcode,
      city: wp.city,
      ordinaryFte: 5,
      workplaceId: wp.id,
      version: wp.version,
    });
    expect(() => transitionSlot(ctxFor(w.consultant), { slotId: id, command: "approve", version: slotVersion(id) })).toThrow(OverCapacity);
    expect(row(id).status).toBe("submitted");
  });
});

describe("withdrawing", () => {
  const before: (SlotStatus | "rep_confirmed")[] = ["draft", "awaiting_representative", "rep_confirmed", "submitted", "changes_requested", "open"];
  it.each(before)("is possible from %s", async (status) => {
    const id = await makeSlot({ hr: w.hr, status, consultant: w.consultant });
    transitionSlot(ctxFor(w.hr), { slotId: id, command: "withdraw", version: slotVersion(id) });
    expect(row(id).status).toBe("withdrawn");
    expectAudit("slot.withdraw", { subjectId: id, actorUserId: w.hr.id });
  });
  it.each(["filled", "closed", "rejected", "withdrawn"] as const)("is refused from %s", async (status) => {
    const id = await makeSlot({ hr: w.hr, status, consultant: w.consultant });
    expect(() => transitionSlot(ctxFor(w.hr), { slotId: id, command: "withdraw", version: slotVersion(id) })).toThrow(
      expect.objectContaining({ kind: "conflict" }),
    );
    expect(row(id).status).toBe(status);
  });
});

describe("tenancy of the slot's reads", () => {
  it("gives another company's HR none of a slot's tasks", async () => {
    const id = await makeSlot({ hr: w.hr });
    expect(slotTaskIds(ctxFor(w.hr), id)).toHaveLength(1);
    expect(slotTaskIds(ctxFor(w.hrOther), id)).toEqual([]);
    expect(slotTaskIds(ctxFor(w.consultantOther), id)).toEqual([]);
  });
});
