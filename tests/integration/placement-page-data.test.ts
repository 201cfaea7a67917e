/**
 * The placement page's data (decision 069) carries what the page shows and answers as the code
 * before did: the candidate read by its columns, not its whole row; each follow-up as the page's
 * table shows it (not its figures or when it was sent: the CSV is its own route); the hours plan
 * as the weeks in which the hours change (the rows its table showed of the whole plan); the
 * adjustments without their follow-up and time. The code before is written here as the
 * reference; both are asked by HR, the mentor, the consultant and the administrator on several
 * days, for placements with a stepped plan, an even one, sent follow-ups with figures, an
 * approved adjustment, and a candidate with support needs and experience
 * (`placement-follow-ups.test.tsx` renders the section from rows with and without the fields left out).
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, followUps, placementAdjustments, placements } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { decideAdjustment } from "~/domain/placements/follow-up-commands.server";
import { adjustmentsOf, openState } from "~/domain/placements/follow-up-queries.server";
import { plannedHoursInWeek, weekOf } from "~/domain/placements/hours-plan";
import { followUpFigures } from "~/domain/placements/progress.server";
import { placementPage, planChanges } from "~/domain/placements/queries.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, makePlacement, makeWorld, sendFollowUp } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const ids: number[] = [];
const today = () => copenhagenDate(new Date());
const at = (day: string) => new Date(`${day}T10:00:00Z`);

beforeAll(async () => {
  w = await makeWorld();
  const db = getDb();
  // Stepped (the factory's plan: 8 hours, 10 after four weeks), sent follow-ups with figures, an approved adjustment.
  const a = (await makePlacement(w, { daysAgo: 27 })).id;
  const due = db.select().from(followUps).where(eq(followUps.placementId, a)).orderBy(followUps.dueDate).all();
  sendFollowUp(w.mentor, a, due[0]!.id, { hoursWorked: 7.5, daysPresent: 2, wellBeing: 3, suggestedHours: 10, suggestionText: "Klar til flere timer" });
  sendFollowUp(w.mentor, a, due[2]!.id, { hoursWorked: 9, wellBeing: 2 });
  const adjustment = db.select().from(placementAdjustments).where(eq(placementAdjustments.placementId, a)).get()!;
  decideAdjustment(ctxFor(w.consultant), { placementId: a, adjustmentId: adjustment.id, decision: "approve", fromDate: addDays(today(), -3), hours: 11, days: null, taskIds: null });
  // Even hours all through, starting today.
  const b = (await makePlacement(w, { over: { steps: [] } })).id;
  // Several steps.
  const c = (await makePlacement(w, { daysAgo: 10, over: { startHours: 6, targetHours: 12, steps: [{ afterWeeks: 2, hours: 8 }, { afterWeeks: 5, hours: 10 }] } })).id;
  ids.push(a, b, c);
  // A candidate with support needs, a text and experience (the whole row's other columns filled too).
  const candidateId = db.select({ id: placements.candidateId }).from(placements).where(eq(placements.id, c)).get()!.id;
  db.update(candidates).set({ supportNeeds: ["short_days"] as never, supportText: "Korte dage i starten", experience: "Lager, 2 år", experienceIndustries: ["retail"] as never }).where(eq(candidates.id, candidateId)).run();
});

/** The parts of `placementPage` that changed, as they were. */
function reference(ctx: ReturnType<typeof ctxFor>, id: number) {
  const db = getDb();
  const day = copenhagenDate(ctx.now);
  const p = db.select().from(placements).where(eq(placements.id, id)).get()!;
  const weeks = weekOf(p.startDate, p.plannedEndDate);
  return {
    candidate: db.select().from(candidates).where(eq(candidates.id, p.candidateId)).get()!,
    plan: Array.from({ length: weeks }, (_, i) => ({ week: i + 1, hours: plannedHoursInWeek(p, i + 1) })),
    followUps: followUpFigures(db, [p.id]).map(({ placementId: _placementId, submittedOn: _submittedOn, ...f }) => ({ ...f, ...openState(f, day) })),
    adjustments: adjustmentsOf(db, p.id).map((a) => ({ id: a.id, followUpId: a.followUpId, status: a.status, hours: a.hours, days: a.days, taskIds: a.taskIds, fromDate: a.fromDate, createdAt: a.createdAt })),
  };
}

describe("the placement page's data", () => {
  it("shows what the whole rows showed, for every side, placement and day", () => {
    let compared = 0;
    let sentWithFigures = 0;
    for (const user of [w.hr, w.mentor, w.consultant, w.admin]) {
      for (const id of ids) {
        for (const day of [today(), addDays(today(), 9), addDays(today(), 40)]) {
          const ctx = ctxFor(user, at(day));
          const page = placementPage(ctx, id);
          const before = reference(ctx, id);
          // The plan: the rows its table showed, as it picked them from the whole plan.
          expect(page.plan).toEqual(before.plan.filter((w, i, all) => i === 0 || all[i - 1]!.hours !== w.hours));
          expect(planChanges(before.plan)).toEqual(page.plan);
          // The follow-ups and adjustments: the fields the page reads.
          expect(page.followUps).toEqual(before.followUps.map((f) => ({ id: f.id, week: f.week, dueDate: f.dueDate, status: f.status, open: f.open, overdue: f.overdue })));
          expect(page.adjustments).toEqual(before.adjustments.map(({ followUpId: _f, createdAt: _c, ...a }) => a));
          sentWithFigures += before.followUps.filter((f) => f.hoursWorked !== null).length;
          // The candidate's fields from its columns equal the whole row's.
          const c = before.candidate;
          expect(page.profile.alias).toBe(c.alias);
          expect(page.profile.ageBand).toBe(c.ageBand);
          expect(page.profile.strengths).toBe(c.strengths);
          expect(page.profile.languages).toEqual(c.languages);
          if (page.profile.support) expect(page.profile.support).toEqual({ needs: c.supportNeeds, text: c.supportText });
          if (page.profile.experience !== null) expect(page.profile.experience).toBe(c.experience);
          if (page.jobcentre) expect(page.jobcentre.targetGroup).toBe(c.targetGroup);
          compared++;
        }
      }
    }
    expect(compared).toBe(36);
    expect(sentWithFigures).toBeGreaterThan(0);
  });

  it("sees the support needs and experience where the consultant did before (the whole row's)", () => {
    const page = placementPage(ctxFor(w.consultant), ids[2]!);
    expect(page.profile.support).toEqual({ needs: ["short_days"], text: "Korte dage i starten" });
    expect(page.profile.experience).toBe("Lager, 2 år");
    expect(page.plan.map((p) => p.hours)).toEqual([6, 8, 10]);
  });
});
