import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { followUps, notifications, placementAdjustments, placements } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { addConsultantNote, commentOnFollowUp, decideAdjustment, saveFollowUp, syncFollowUpSchedule } from "~/domain/placements/follow-up-commands.server";
import { followUpView } from "~/domain/placements/follow-up-queries.server";
import { listFollowUps } from "~/domain/placements/follow-up-list.server";
import type { Ctx } from "~/domain/actor";
import type { FollowUpAnswers } from "~/domain/placements/follow-up-schema";
import { placementDetail } from "~/domain/placements/queries.server";
import { workplaceMeter } from "~/domain/slots/meter.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, expectAudit, followUpAnswersFor, makePlacement, makeUser, makeWorld, refusal, sessionCookieFor } from "../factories";
import { call } from "../http";

type World = Awaited<ReturnType<typeof makeWorld>>;
const today = () => copenhagenDate(new Date());
const rows = (placementId: number) => getDb().select().from(followUps).where(eq(followUps.placementId, placementId)).orderBy(followUps.dueDate).all();

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

/** A placement of A's mentor that started `daysAgo` days ago (13 weeks, mon–wed, 8 → 12 hours). */
async function placement(daysAgo = 0) {
  return (await makePlacement(w, { daysAgo })).id;
}

function answersFor(placementId: number, over: Partial<FollowUpAnswers> = {}): FollowUpAnswers {
  return followUpAnswersFor(w.mentor, placementId, rows(placementId)[0]!.id, over);
}

describe("the follow-up schedule of a placement", () => {
  it("is made at the start: weeks 1–4, then every second week", async () => {
    const id = await placement();
    expect(rows(id).map((f) => f.week)).toEqual([1, 2, 3, 4, 6, 8, 10, 12]);
  });

  it("is remade when the end moves, keeping follow-ups already begun", async () => {
    const id = await placement(8);
    const first = rows(id)[0]!;
    saveFollowUp(ctxFor(w.mentor), { placementId: id, followUpId: first.id, version: first.version, intent: "draft", answers: answersFor(id, { wellBeing: null }) });
    const p = getDb().select().from(placements).where(eq(placements.id, id)).get()!;
    const shorter = { ...p, plannedEndDate: addDays(p.startDate, 4 * 7 - 1) };
    syncFollowUpSchedule(getDb(), shorter, new Date());
    expect(rows(id).map((f) => f.week)).toEqual([1, 2, 3, 4]);
    syncFollowUpSchedule(getDb(), { ...p, plannedEndDate: addDays(p.startDate, 20 * 7 - 1) }, new Date());
    expect(rows(id).map((f) => f.week)).toEqual([1, 2, 3, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    expect(rows(id)[0]).toMatchObject({ id: first.id, status: "draft" });
  });
});

describe("the mentor's follow-up", () => {
  it("keeps a draft, then submits it with a suggested adjustment; the consultant is told", async () => {
    const id = await placement(6);
    const f = rows(id)[0]!;
    saveFollowUp(ctxFor(w.mentor), { placementId: id, followUpId: f.id, version: 1, intent: "draft", answers: answersFor(id, { hoursWorked: null, wellBeing: null }) });
    expect(rows(id)[0]).toMatchObject({ status: "draft", daysPresent: 3, hoursWorked: null });
    const missing = refusal(() => saveFollowUp(ctxFor(w.mentor), { placementId: id, followUpId: f.id, version: 2, intent: "submit", answers: answersFor(id, { hoursWorked: null, wellBeing: null, daysPresent: 4 }) }));
    expect(missing?.fieldErrors).toMatchObject({ hoursWorked: "error.followUp.hoursWorked", wellBeing: "error.followUp.wellBeingMissing", daysPresent: "error.followUp.presentOverPlanned" });
    const noTask = answersFor(id);
    const firstTask = Object.keys(noTask.taskProgress)[0]!;
    delete noTask.taskProgress[firstTask];
    expect(refusal(() => saveFollowUp(ctxFor(w.mentor), { placementId: id, followUpId: f.id, version: 2, intent: "submit", answers: noTask }))?.fieldErrors?.[`task_${firstTask}`]).toBe("error.followUp.taskProgress");
    saveFollowUp(ctxFor(w.mentor), { placementId: id, followUpId: f.id, version: 2, intent: "submit", answers: answersFor(id, { suggestedHours: 10, suggestionText: "Hun er klar til flere timer" }) });
    expect(rows(id)[0]).toMatchObject({ status: "submitted", wellBeing: 4 });
    expect(getDb().select().from(placementAdjustments).where(eq(placementAdjustments.placementId, id)).get()).toMatchObject({ status: "proposed", hours: 10 });
    expectAudit("follow_up.submitted", { subjectId: id, actorUserId: w.mentor.id, details: { suggestsAdjustment: true } });
    expect(getDb().select().from(notifications).where(and(eq(notifications.userId, w.consultant.id), eq(notifications.titleKey, "mail.followUpSubmitted.subject"))).all().length).toBeGreaterThan(0);
    expect(refusal(() => saveFollowUp(ctxFor(w.mentor), { placementId: id, followUpId: f.id, version: 3, intent: "submit", answers: answersFor(id) }))?.messageKey).toBe("error.followUp.alreadySubmitted");
  });

  it("is only for the placement's mentor and HR, and only from the week before its day", async () => {
    const id = await placement();
    const [first, , third] = rows(id);
    const other = await makeUser("mentor", { companyId: w.companyA.id });
    expect(refusal(() => saveFollowUp(ctxFor(other), { placementId: id, followUpId: first!.id, version: 1, intent: "draft", answers: answersFor(id) }))?.kind).toBe("not_found");
    expect(refusal(() => saveFollowUp(ctxFor(w.hrOther), { placementId: id, followUpId: first!.id, version: 1, intent: "draft", answers: answersFor(id) }))?.kind).toBe("not_found");
    expect(refusal(() => saveFollowUp(ctxFor(w.consultant), { placementId: id, followUpId: first!.id, version: 1, intent: "draft", answers: answersFor(id) }))?.kind).toBe("forbidden");
    expect(refusal(() => saveFollowUp(ctxFor(w.hr), { placementId: id, followUpId: third!.id, version: 1, intent: "draft", answers: answersFor(id) }))?.messageKey).toBe("error.followUp.notYet");
    saveFollowUp(ctxFor(w.hr), { placementId: id, followUpId: first!.id, version: 1, intent: "draft", answers: answersFor(id) });
  });

  it("is listed as due for the mentor and HR from its day, not for another mentor", async () => {
    const id = await placement(10);
    const other = await makeUser("mentor", { companyId: w.companyA.id });
    const todo = (ctx: Ctx) => listFollowUps(ctx, { page: 1, view: "todo" }, 100).rows.filter((f) => f.placementId === id);
    expect(todo(ctxFor(w.mentor))[0]).toMatchObject({ week: 1, overdue: true });
    expect(todo(ctxFor(w.mentor)).every((f) => f.dueDate <= addDays(today(), 6))).toBe(true);
    expect(todo(ctxFor(w.hr)).length).toBeGreaterThan(0);
    expect(todo(ctxFor(other))).toEqual([]);
  });

  it("the start page counts what the follow-ups page lists, and shows the first few", async () => {
    // Both in the past and in the coming days: more than the start page shows.
    await placement(20);
    await placement(20);
    await placement(3);
    const start = await import("~/routes/company/start");
    const list = await import("~/routes/company/follow-ups");
    for (const user of [w.mentor, w.hr]) {
      const cookie = sessionCookieFor(user.id);
      const due = ((await call(start.loader as never, { url: "/company", cookie })).body as { dueFollowUps: { total: number; rows: { dueDate: string }[] } }).dueFollowUps;
      const page = ((await call(list.loader as never, { url: "/company/follow-ups", cookie })).body as { result: { total: number; rows: { id: number }[] } }).result;
      expect(due.total).toBe(page.total);
      expect(due.total).toBeGreaterThan(5);
      expect(due.rows).toHaveLength(5);
      expect(due.rows.map((r) => r.dueDate)).toEqual([...due.rows.map((r) => r.dueDate)].sort());
    }
  });
});

describe("the consultant on a follow-up", () => {
  async function submitted(over: Partial<FollowUpAnswers> = { suggestedHours: 10 }) {
    const id = await placement(6);
    const f = rows(id)[0]!;
    saveFollowUp(ctxFor(w.mentor), { placementId: id, followUpId: f.id, version: 1, intent: "submit", answers: answersFor(id, over) });
    const adj = getDb().select().from(placementAdjustments).where(eq(placementAdjustments.placementId, id)).get();
    return { id, followUpId: f.id, adjustmentId: adj?.id ?? 0 };
  }

  it("approves an adjustment: the hours change from its date, logged, the company told", async () => {
    const { id, adjustmentId } = await submitted();
    const from = addDays(today(), 3);
    decideAdjustment(ctxFor(w.consultant), { placementId: id, adjustmentId, decision: "approve", fromDate: from, hours: 10, days: null, taskIds: null });
    expect(placementDetail(ctxFor(w.hr), id).hoursNow).toBe(8);
    expect(placementDetail(ctxFor(w.hr, new Date(`${from}T12:00:00Z`)), id).hoursNow).toBe(10);
    expectAudit("adjustment.approved", { subjectId: id, actorUserId: w.consultant.id, details: { fromDate: from, hours: 10 } });
    const meter = workplaceMeter(getDb(), w.workplaceA.id, null, undefined, new Date(`${from}T12:00:00Z`))!;
    const meterBefore = workplaceMeter(getDb(), w.workplaceA.id, null)!;
    expect(meter.used - meterBefore.used).toBeCloseTo(2 / 37, 2);
    expect(refusal(() => decideAdjustment(ctxFor(w.consultant), { placementId: id, adjustmentId, decision: "decline", reason: "Nej" }))?.messageKey).toBe("error.adjustment.decided");
  });

  it("refuses an approval outside the placement, with nothing changed, or beyond the slot's times", async () => {
    const { id, adjustmentId } = await submitted();
    const approve = (over: object) => refusal(() => decideAdjustment(ctxFor(w.consultant), { placementId: id, adjustmentId, decision: "approve", fromDate: today(), hours: 10, days: null, taskIds: null, ...over }));
    expect(approve({ fromDate: addDays(today(), 400) })?.fieldErrors?.fromDate).toBe("error.adjustment.fromDate");
    expect(approve({ hours: 8 })?.fieldErrors?.hours).toBe("error.adjustment.nothing");
    expect(approve({ hours: 13 })?.fieldErrors?.hours).toBe("error.slot.hoursExceedSchedule");
    expect(refusal(() => decideAdjustment(ctxFor(w.hr), { placementId: id, adjustmentId, decision: "decline", reason: "Nej" }))?.kind).toBe("forbidden");
    expect(refusal(() => decideAdjustment(ctxFor(w.consultantOther), { placementId: id, adjustmentId, decision: "decline", reason: "Nej" }))?.kind).toBe("not_found");
  });

  it("declines with a reason, and comments for the company to see", async () => {
    const { id, followUpId, adjustmentId } = await submitted({ suggestedDays: ["mon", "tue"] });
    decideAdjustment(ctxFor(w.consultant), { placementId: id, adjustmentId, decision: "decline", reason: "Vi venter til næste samtale" });
    expectAudit("adjustment.declined", { subjectId: id });
    commentOnFollowUp(ctxFor(w.consultant), { placementId: id, followUpId, text: "Godt at høre, at det går fremad." });
    const view = followUpView(ctxFor(w.mentor), id, followUpId);
    expect(view.comments.map((c) => c.text)).toEqual(["Godt at høre, at det går fremad."]);
    expect(view.adjustment).toMatchObject({ status: "declined", reason: "Vi venter til næste samtale" });
  });

  it("keeps conversation notes from the company", async () => {
    const id = await placement();
    addConsultantNote(ctxFor(w.consultant), { placementId: id, text: "Borgeren er glad for opgaverne." });
    expect(placementDetail(ctxFor(w.consultant), id).notes?.map((n) => n.text)).toEqual(["Borgeren er glad for opgaverne."]);
    expect(placementDetail(ctxFor(w.hr), id).notes).toBeNull();
    expect(JSON.stringify(placementDetail(ctxFor(w.mentor), id))).not.toContain("glad for opgaverne");
    expect(refusal(() => addConsultantNote(ctxFor(w.mentor), { placementId: id, text: "x" }))?.kind).toBe("forbidden");
  });
});
