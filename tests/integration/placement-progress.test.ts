import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { followUps, placementAdjustments } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { decideAdjustment } from "~/domain/placements/follow-up-commands.server";
import type { FollowUpAnswers } from "~/domain/placements/follow-up-schema";
import { weekOf } from "~/domain/placements/hours-plan";
import { placementsNeedingAttention } from "~/domain/placements/progress.server";
import { listPlacements, placementDetail } from "~/domain/placements/queries.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, sendFollowUp, makePlacement, makeUser, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
beforeAll(async () => {
  w = await makeWorld();
});
const today = () => copenhagenDate(new Date());
const rows = (placementId: number) => getDb().select().from(followUps).where(eq(followUps.placementId, placementId)).orderBy(followUps.dueDate).all();
const kinds = (flags: { kind: string }[]) => flags.map((f) => f.kind);

/** A placement of A's mentor that started 27 days ago (8 hours, 10 after 4 weeks; mon–wed): its early follow-ups are past. */
async function placement() {
  return (await makePlacement(w, { daysAgo: 27 })).id;
}

function send(placementId: number, followUpId: number, over: Partial<FollowUpAnswers>) {
  sendFollowUp(w.mentor, placementId, followUpId, { wentWell: "Kom til tiden", ...over });
}

describe("a placement's progression and flags, read for each side", () => {
  it("shows the hours worked against the plan, an approved adjustment marked, and well-being and attendance per follow-up", async () => {
    const id = await placement();
    const [first] = rows(id);
    send(id, first!.id, { hoursWorked: 7.5, daysPresent: 2, wellBeing: 3, suggestedHours: 10, suggestionText: "Klar til flere timer" });
    const adjustment = getDb().select().from(placementAdjustments).where(eq(placementAdjustments.placementId, id)).get()!;
    decideAdjustment(ctxFor(w.consultant), { placementId: id, adjustmentId: adjustment.id, decision: "approve", fromDate: today(), hours: 10, days: null, taskIds: null });

    for (const viewer of [w.hr, w.mentor, w.consultant]) {
      const { progress } = placementDetail(ctxFor(viewer), id);
      const series = Object.fromEntries(progress.hours.series.map((s) => [s.id, s.values]));
      expect(series.worked![0]).toBe(7.5);
      expect(series.original!.slice(0, 5)).toEqual([8, 8, 8, 8, 10]);
      const week = weekOf(addDays(today(), -27), today());
      expect(series.agreed![week - 1]).toBe(10);
      expect(progress.adjustments).toEqual([{ week, fromDate: today(), hours: 10, days: null, tasksChanged: false }]);
      expect(progress.attendance.series.map((s) => s.values)).toEqual([[2], [3]]);
      expect(progress.wellBeing.series[0]!.values).toEqual([3]);
      expect(progress.currentWeek).toBe(week);
    }
  });

  it("flags an overdue follow-up and low well-being on the page, in both lists and on the start pages, and the flags go when their causes do", async () => {
    const id = await placement();
    const past = rows(id).filter((f) => f.dueDate < today());
    send(id, past[0]!.id, { wellBeing: 2 });

    const detail = placementDetail(ctxFor(w.hr), id);
    expect(kinds(detail.flags)).toEqual(["followUpOverdue", "lowWellBeing"]);
    expect(detail.flags[0]).toMatchObject({ week: past[1]!.week, dueDate: past[1]!.dueDate });
    expect(kinds(placementDetail(ctxFor(w.consultant), id).flags)).toEqual(["followUpOverdue", "lowWellBeing"]);
    expect(kinds(listPlacements(ctxFor(w.hr), { page: 1 }).rows.find((r) => r.id === id)!.flags)).toEqual(["followUpOverdue", "lowWellBeing"]);
    expect(kinds(listPlacements(ctxFor(w.consultant), { page: 1 }).rows.find((r) => r.id === id)!.flags)).toEqual(["followUpOverdue", "lowWellBeing"]);

    const attention = (user: typeof w.hr) => placementsNeedingAttention(ctxFor(user), 1000).find((r) => r.id === id);
    expect(kinds(attention(w.hr)!.flags)).toEqual(["followUpOverdue", "lowWellBeing"]);
    expect(attention(w.mentor)).toBeDefined();
    expect(attention(w.consultant)).toBeDefined();
    expect(attention(w.admin)).toBeDefined();
    expect(attention(await makeUser("mentor", { companyId: w.companyA.id }))).toBeUndefined();
    expect(attention(w.hrOther)).toBeUndefined();
    expect(attention(w.consultantOther)).toBeUndefined();

    for (const f of past.slice(1)) send(id, f.id, { wellBeing: 4 });
    expect(placementDetail(ctxFor(w.hr), id).flags).toEqual([]);
    expect(attention(w.hr)).toBeUndefined();
  });

  it("flags low attendance over the last three follow-ups", async () => {
    const id = await placement();
    const past = rows(id).filter((f) => f.dueDate < today());
    for (const f of past) send(id, f.id, { daysPresent: 2 });
    expect(kinds(placementDetail(ctxFor(w.consultant), id).flags)).toEqual(["lowAttendance"]);
  });
});
