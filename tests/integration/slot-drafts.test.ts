import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { slots, slotTasks, tasks } from "~/db/schema";
import { createSlot, transitionSlot } from "~/domain/slots/commands.server";
import { copySlot, deleteDraftSlot } from "~/domain/slots/draft-commands.server";
import { listCompanySlots } from "~/domain/slots/queries.server";
import { danishToday, type SlotInput } from "~/domain/slots/schema";
import { ctxFor, makeTask, makeWorld, slotInputFor } from "../factories";

let w: Awaited<ReturnType<typeof makeWorld>>;
let taskIds: number[] = [];

beforeAll(async () => {
  w = await makeWorld();
  taskIds = ["Opvask", "Pakning"].map((title) => makeTask(w.hr, { title, workplaceId: String(w.workplaceA.id), physical: "3" }));
});

/** A sound slot of company A with both tasks, mentored by A's mentor (the shared factory's defaults otherwise). */
const input = (over: Partial<SlotInput> = {}): SlotInput => slotInputFor(w.hr, { workplaceId: w.workplaceA.id, taskIds, mentorUserId: w.mentor.id, ...over });
const row = (id: number) => getDb().select().from(slots).where(eq(slots.id, id)).get();

describe("drafts can be deleted, nothing else", () => {
  it("deletes a draft with its tasks", () => {
    const id = createSlot(ctxFor(w.hr), input());
    deleteDraftSlot(ctxFor(w.hr), { slotId: id, version: row(id)!.version });
    expect(row(id)).toBeUndefined();
    expect(getDb().select().from(slotTasks).where(eq(slotTasks.slotId, id)).all()).toEqual([]);
  });

  it("refuses a withdrawn slot, another company and a mentor", () => {
    const id = createSlot(ctxFor(w.hr), input());
    expect(() => deleteDraftSlot(ctxFor(w.hrOther), { slotId: id, version: 1 })).toThrow(expect.objectContaining({ kind: "not_found" }));
    expect(() => deleteDraftSlot(ctxFor(w.mentor), { slotId: id, version: 1 })).toThrow(expect.objectContaining({ kind: "forbidden" }));
    transitionSlot(ctxFor(w.hr), { slotId: id, command: "withdraw", version: 1 });
    expect(() => deleteDraftSlot(ctxFor(w.hr), { slotId: id, version: 2 })).toThrow(expect.objectContaining({ messageKey: "error.slot.notDeletable" }));
    expect(row(id)?.status).toBe("withdrawn");
  });
});

describe("copying a slot", () => {
  it("makes a fresh draft with the same conditions, without the representative's answer", () => {
    const id = createSlot(ctxFor(w.hr), input({ seats: 2, wishes: "Morgenfrisk" }));
    getDb().update(slots).set({ repStatus: "confirmed", repName: "Rep", status: "awaiting_representative" }).where(eq(slots.id, id)).run();
    const copy = row(copySlot(ctxFor(w.hr), { slotId: id, title: "Kopi af Praktik i bageriet" }))!;
    expect(copy).toMatchObject({ status: "draft", repStatus: "none", repName: null, seats: 2, wishes: "Morgenfrisk", title: "Kopi af Praktik i bageriet", companyId: w.companyA.id });
  });

  it("drops archived tasks and moves a past start date to today", () => {
    const id = createSlot(ctxFor(w.hr), input());
    getDb().update(slots).set({ startDate: "2020-01-06" }).where(eq(slots.id, id)).run();
    getDb().update(tasks).set({ status: "archived" }).where(eq(tasks.id, taskIds[1]!)).run();
    try {
      const copyId = copySlot(ctxFor(w.hr), { slotId: id, title: "Kopi" });
      expect(row(copyId)!.startDate).toBe(danishToday(new Date()));
      expect(getDb().select().from(slotTasks).where(eq(slotTasks.slotId, copyId)).all().map((r) => r.taskId)).toEqual([taskIds[0]]);
    } finally {
      getDb().update(tasks).set({ status: "active" }).where(eq(tasks.id, taskIds[1]!)).run();
    }
  });

  it("refuses another company's slot and a mentor", () => {
    const id = createSlot(ctxFor(w.hr), input());
    expect(() => copySlot(ctxFor(w.hrOther), { slotId: id, title: "Kopi" })).toThrow(expect.objectContaining({ kind: "forbidden" }));
    expect(() => copySlot(ctxFor(w.mentor), { slotId: id, title: "Kopi" })).toThrow(expect.objectContaining({ kind: "forbidden" }));
  });
});

describe("the company's slot list", () => {
  it("hides closed and withdrawn slots unless asked", () => {
    const id = createSlot(ctxFor(w.hr), input({ title: "Skal skjules" }));
    transitionSlot(ctxFor(w.hr), { slotId: id, command: "withdraw", version: 1 });
    const ids = (status?: "all" | "withdrawn") => listCompanySlots(ctxFor(w.hr), { page: 1, status }).rows.map((r) => r.id);
    expect(ids()).not.toContain(id);
    expect(ids("withdrawn")).toContain(id);
    expect(ids("all")).toContain(id);
  });
});
