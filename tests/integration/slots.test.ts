import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { slots, workplaces } from "~/db/schema";
import { createSlot, OverCapacity, transitionSlot, updateSlot } from "~/domain/slots/commands.server";
import { parseBoardFilters } from "~/http/filters/board";
import { getSlot, reviewQueue, searchBoard } from "~/domain/slots/queries.server";
import { findRepresentativeLink, requestRepresentative, respondAsRepresentative, slotForRepresentative } from "~/domain/slots/representative.server";
import { danishToday, type SlotInput } from "~/domain/slots/schema";
import { createTask } from "~/domain/tasks/commands.server";
import { draftTaskInput } from "~/domain/tasks/schema";
import { answerAsRepresentative, askRepresentative, ctxFor, makeCompany, makeWorld, slotInputFor } from "../factories";
import { lastMailTo, mailsTo } from "../mail";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let taskId: number;

beforeAll(async () => {
  w = await makeWorld();
  taskId = createTask(ctxFor(w.hr), {
    ...draftTaskInput.parse({
      title: "Opvask",
      description: "Vaske bageplader og forme efter morgenbagningen hver dag.",
      workplaceId: String(w.workplaceA.id),
      relievedRole: "Bager",
      hoursFreed: "5",
      frequency: "daily",
      learningTime: "days",
      physical: "3",
      social: "1",
      language: "1",
      pace: "2",
      precision: "1",
    }),
    activate: true,
  });
});

function input(over: Partial<SlotInput> = {}): SlotInput {
  return {
    kind: "praktik",
    title: "Praktik i bageriet",
    purposeKind: "job_goal",
    purpose: "Aflaste bagerne med opvask og pakning.",
    workplaceId: w.workplaceA.id,
    taskIds: [taskId],
    startDate: danishToday(new Date(Date.now() + 20 * 86_400_000)),
    lengthWeeks: 13,
    startHours: 10,
    targetHours: 20,
    steps: [],
    workingDays: ["mon", "tue", "wed", "thu", "fri"],
    dayStart: "08:00",
    dayEnd: "12:00",
    mentorUserId: w.mentor.id,
    seats: 1,
    accessibility: null,
    wishes: null,
    ...over,
  };
}

const version = (id: number) => getDb().select({ v: slots.version }).from(slots).where(eq(slots.id, id)).get()!.v;
const status = (id: number) => getDb().select({ s: slots.status }).from(slots).where(eq(slots.id, id)).get()!.s;

/** The representative's link as the e-mail carries it, read from the delivered mail. */
async function tokenFor(email: string): Promise<{ slotId: number; token: string }> {
  const mail = await lastMailTo(email);
  const m = /\/representative\/(\d+)\/(\w+)/.exec(mail.text)!;
  return { slotId: Number(m[1]), token: m[2]! };
}
const link = (id: number, token: string) => `http://localhost/representative/${id}/${token}`;

/** Creates a slot and walks it to `submitted` through the real commands. */
function submitted(over: Partial<SlotInput> = {}) {
  const id = createSlot(ctxFor(w.hr), input(over));
  answerAsRepresentative(id, askRepresentative(w.hr, id));
  transitionSlot(ctxFor(w.hr), { slotId: id, command: "submit", version: version(id) });
  return id;
}

describe("the representative's link", () => {
  it("is single use", async () => {
    const id = createSlot(ctxFor(w.hr), input());
    requestRepresentative(ctxFor(w.hr), { slotId: id, version: version(id), repName: "Rep", repEmail: "rep1@test.dk", link });
    const t = await tokenFor("rep1@test.dk");
    respondAsRepresentative({ db: getDb(), now: new Date() }, { ...t, decision: "confirmed", comment: null });
    expect(() => respondAsRepresentative({ db: getDb(), now: new Date() }, { ...t, decision: "declined", comment: "Nej tak" })).toThrow(
      expect.objectContaining({ messageKey: "error.rep.invalidLink" }),
    );
  });

  it("expires after 14 days", async () => {
    const id = createSlot(ctxFor(w.hr), input());
    requestRepresentative(ctxFor(w.hr), { slotId: id, version: version(id), repName: "Rep", repEmail: "rep2@test.dk", link });
    const t = await tokenFor("rep2@test.dk");
    const later = new Date(Date.now() + 15 * 86_400_000);
    expect(findRepresentativeLink(getDb(), t.slotId, t.token, later)).toBeUndefined();
    expect(() => respondAsRepresentative({ db: getDb(), now: later }, { ...t, decision: "confirmed", comment: null })).toThrow();
  });

  it("does not work for another slot that is also waiting for its representative", () => {
    const a = createSlot(ctxFor(w.hr), input());
    const b = createSlot(ctxFor(w.hr), input());
    const tokenA = askRepresentative(w.hr, a);
    askRepresentative(w.hr, b);
    // B is waiting too, so only the link's binding to its own slot stands in the way.
    expect(findRepresentativeLink(getDb(), b, tokenA, new Date())).toBeUndefined();
    expect(slotForRepresentative(getDb(), b, tokenA, new Date())).toBeNull();
    expect(() => answerAsRepresentative(b, tokenA)).toThrow(expect.objectContaining({ messageKey: "error.rep.invalidLink" }));
    expect(getDb().select({ r: slots.repStatus }).from(slots).where(eq(slots.id, b)).get()!.r).toBe("pending");
    // The link still works for its own slot.
    answerAsRepresentative(a, tokenA);
    expect(getDb().select({ r: slots.repStatus }).from(slots).where(eq(slots.id, a)).get()!.r).toBe("confirmed");
  });

  it("stops working after a resend", () => {
    const a = createSlot(ctxFor(w.hr), input());
    const first = askRepresentative(w.hr, a);
    askRepresentative(w.hr, a);
    expect(() => answerAsRepresentative(a, first)).toThrow(expect.objectContaining({ messageKey: "error.rep.invalidLink" }));
  });

  it("a decline needs a comment", () => {
    const id = createSlot(ctxFor(w.hr), input());
    const token = askRepresentative(w.hr, id);
    expect(() => respondAsRepresentative({ db: getDb(), now: new Date() }, { slotId: id, token, decision: "declined", comment: null })).toThrow(
      expect.objectContaining({ field: "comment" }),
    );
  });
});

describe("submitting and reviewing", () => {
  it("needs the representative's confirmation", () => {
    const id = createSlot(ctxFor(w.hr), input());
    expect(() => transitionSlot(ctxFor(w.hr), { slotId: id, command: "submit", version: version(id) })).toThrow(
      expect.objectContaining({ messageKey: "error.slot.needsRepresentative" }),
    );
  });

  it("refuses a slot over the reasonableness cap, with what would fit", () => {
    // 20 FTE: capacity 4. Ten full-time places do not fit.
    const id = createSlot(ctxFor(w.hr), input({ seats: 10, startHours: 37, targetHours: 37, dayStart: "07:00", dayEnd: "15:00" }));
    try {
      requestRepresentative(ctxFor(w.hr), { slotId: id, version: version(id), repName: "Rep", repEmail: "rep5@test.dk", link });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OverCapacity);
      expect((e as OverCapacity).meter.capacity).toBe(4);
      expect((e as OverCapacity).meter.seatsThatFit).toBeGreaterThan(0);
    }
  });

  it("a pending company cannot submit", async () => {
    // A one-person workplace needs no representative, so only the company's status stands in the way.
    const { hr } = await makeCompany(w.jc.id, { status: "pending", fte: 1 });
    const id = createSlot(ctxFor(hr), slotInputFor(hr));
    expect(() => transitionSlot(ctxFor(hr), { slotId: id, command: "submit", version: version(id) })).toThrow(
      expect.objectContaining({ messageKey: "error.slot.companyNotVerified" }),
    );
    expect(status(id)).toBe("draft");
  });

  it("goes to the company's jobcentre, oldest first, and each decision notifies HR", async () => {
    const first = submitted({ title: "Først" });
    const second = submitted({ title: "Dernæst" });
    const queue = reviewQueue(ctxFor(w.consultant), 1).rows.map((r) => r.id);
    expect(queue.indexOf(first)).toBeLessThan(queue.indexOf(second));
    expect(reviewQueue(ctxFor(w.consultantOther), 1).rows.map((r) => r.id)).not.toContain(first);

    const before = (await mailsTo(w.hr.email)).length;
    transitionSlot(ctxFor(w.consultant), { slotId: first, command: "requestChanges", version: version(first), comment: "Skriv mere om opgaverne." });
    expect(status(first)).toBe("changes_requested");
    transitionSlot(ctxFor(w.hr), { slotId: first, command: "submit", version: version(first) });
    transitionSlot(ctxFor(w.consultant), { slotId: first, command: "approve", version: version(first) });
    expect(status(first)).toBe("open");
    transitionSlot(ctxFor(w.admin), { slotId: second, command: "reject", version: version(second), comment: "Opgaverne kræver uddannelse." });
    const mails = (await mailsTo(w.hr.email)).slice(before);
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringContaining("beder om ændringer"),
      expect.stringContaining("er godkendt"),
      expect.stringContaining("er afvist"),
    ]);
    const history = getSlot(ctxFor(w.hr), first).history.map((h) => h.event);
    expect(history).toEqual(["created", "representative_requested", "representative_confirmed", "submit", "requestChanges", "submit", "approve"]);
  });

  it("refuses the wrong roles and tenants", () => {
    const id = submitted();
    expect(() => transitionSlot(ctxFor(w.mentor), { slotId: id, command: "approve", version: version(id) })).toThrow(
      expect.objectContaining({ kind: "forbidden" }),
    );
    expect(() => transitionSlot(ctxFor(w.mentor), { slotId: id, command: "withdraw", version: version(id) })).toThrow(
      expect.objectContaining({ kind: "forbidden" }),
    );
    expect(() => transitionSlot(ctxFor(w.hr), { slotId: id, command: "approve", version: version(id) })).toThrow(
      expect.objectContaining({ kind: "forbidden" }),
    );
    expect(() => transitionSlot(ctxFor(w.consultantOther), { slotId: id, command: "approve", version: version(id) })).toThrow(
      expect.objectContaining({ kind: "not_found" }),
    );
    expect(() => transitionSlot(ctxFor(w.hrOther), { slotId: id, command: "withdraw", version: version(id) })).toThrow(
      expect.objectContaining({ kind: "not_found" }),
    );
  });
});

describe("an open slot", () => {
  it("keeps its state and the representative's confirmation for text edits", () => {
    const id = submitted();
    transitionSlot(ctxFor(w.consultant), { slotId: id, command: "approve", version: version(id) });
    expect(updateSlot(ctxFor(w.hr), { ...input({ title: "Ny titel", accessibility: "Rampe" }), slotId: id, version: version(id) }).outcome).toBe("saved");
    expect(status(id)).toBe("open");
    expect(getDb().select({ r: slots.repStatus }).from(slots).where(eq(slots.id, id)).get()!.r).toBe("confirmed");
  });

  it("appears on the board of its own jobcentre only, found by the filters", () => {
    const id = submitted({ title: "Brætsøgning", kind: "loentilskud", workingDays: ["mon", "wed"], dayEnd: "14:00", startHours: 8, targetHours: 12 });
    transitionSlot(ctxFor(w.consultant), { slotId: id, command: "approve", version: version(id) });
    const find = (q: string) => searchBoard(ctxFor(w.consultant), parseBoardFilters(new URLSearchParams(q))).rows.map((r) => r.id);
    expect(find("q=Brætsøgning")).toEqual([id]);
    expect(find("q=Brætsøgning&kind=loentilskud&hours=10&day=mon&day=wed&day=fri&postcode=8000&radius=5")).toEqual([id]);
    expect(find("q=Brætsøgning&kind=praktik")).toEqual([]);
    expect(find("q=Brætsøgning&hours=5")).toEqual([]);
    expect(find("q=Brætsøgning&day=mon")).toEqual([]);
    expect(find("q=Brætsøgning&postcode=2200&radius=25")).toEqual([]);
    // The slot's task demands physical level 3.
    expect(find("q=Brætsøgning&max_physical=2")).toEqual([]);
    expect(searchBoard(ctxFor(w.consultantOther), parseBoardFilters(new URLSearchParams("q=Brætsøgning"))).total).toBe(0);
  });

  it("sorts nearest first from a centre postcode", () => {
    const far = getDb()
      .insert(workplaces)
      .values({ companyId: w.companyA.id, pNumber: "5550000001", name: "Filialen", address: "Vej 2", postcode: "8600", city: "Silkeborg", ordinaryFte: 10 })
      .returning()
      .get();
    const near = submitted({ title: "Afstand nær" });
    const away = submitted({ title: "Afstand fjern", workplaceId: far.id });
    for (const id of [near, away]) transitionSlot(ctxFor(w.consultant), { slotId: id, command: "approve", version: version(id) });
    const rows = searchBoard(ctxFor(w.consultant), parseBoardFilters(new URLSearchParams("q=Afstand&postcode=8600&radius=60&sort=distance"))).rows;
    expect(rows.map((r) => r.id)).toEqual([away, near]);
    expect(rows[0]!.distanceKm).toBe(0);
    expect(rows[1]!.distanceKm).toBeGreaterThan(30);
  });
});
