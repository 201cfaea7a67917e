/**
 * A placement's progression charts and flags kept per placement with the inputs they were worked
 * out from (decision 080): `progressAndFlags` answers as the code before did, which is written
 * here as the reference, after every step of a random history of placements (follow-ups sent in
 * any order with and without figures, a sent follow-up's figures corrected, adjustments approved
 * and declined, the placement's row changed: its hours, its end, its status), for every side on
 * several days, through the page (`placementPage`) and alone. Also: the kept answer is the same
 * object on a repeat view (what lets the charts' geometry be kept), it cannot be changed by a
 * view, and a caller changing its own rows afterwards does not change what is kept.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { lineChartView } from "~/charts/layout.server";
import { getDb } from "~/db/client.server";
import { followUps, placementAdjustments, placements } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { placementFlags } from "~/domain/placements/flags";
import { adjustmentsOf } from "~/domain/placements/follow-up-queries.server";
import { weekOf } from "~/domain/placements/hours-plan";
import { progression } from "~/domain/placements/progression";
import { followUpFigures, KEPT_PROGRESS_MAX, progressAndFlags, sameData } from "~/domain/placements/progress.server";
import { placementPage } from "~/domain/placements/queries.server";
import { approvedOf } from "~/domain/placements/terms.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, makePlacement, makeWorld } from "../factories";
import { random } from "../random";

type PlacementRow = typeof placements.$inferSelect;

/** `progressAndFlags` as it was before decision 080: worked out on every call. */
function reference(p: PlacementRow, today: string, figures: ReturnType<typeof followUpFigures>, approved: ReturnType<typeof approvedOf>) {
  const sent = figures.filter((f) => f.status === "submitted");
  const g = progression(p, approved, sent);
  const flags = placementFlags({ status: p.status, followUps: figures, adjustmentsFrom: approved.map((a) => a.fromDate) }, today);
  const hoursSeries = [
    { id: "agreed" as const, values: g.agreed },
    { id: "worked" as const, values: g.worked, connectGaps: true },
    ...(g.original ? [{ id: "original" as const, values: g.original }] : []),
  ];
  const week = weekOf(p.startDate, today);
  return {
    flags,
    progress: {
      hours: lineChartView({ xs: g.weeks, series: hoursSeries, yMaxAtLeast: Math.max(10, p.targetHours) }),
      attendance: lineChartView({ xs: g.attendance.weeks, series: [{ id: "present" as const, values: g.attendance.present }, { id: "planned" as const, values: g.attendance.planned }], yMaxAtLeast: 5 }),
      wellBeing: lineChartView({ xs: g.wellBeing.weeks, series: [{ id: "wellBeing" as const, values: g.wellBeing.values }], yMin: 1, yMaxAtLeast: 5 }),
      adjustments: g.adjustments.map((a) => ({ week: a.week, fromDate: a.fromDate, hours: a.hours, days: a.days, tasksChanged: a.taskIds !== null })),
      currentWeek: p.status === "active" && week >= 1 && week <= g.weeks.length ? week : null,
      totalWeeks: g.weeks.length,
    },
  };
}

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const DAY = 86_400_000;
/** The days views are on, from today. */
const DAYS = [0, 9, 90];
const inputsOf = (id: number) => {
  const db = getDb();
  const p = db.select().from(placements).where(eq(placements.id, id)).get()!;
  return { p, figures: followUpFigures(db, [id]), approved: approvedOf(adjustmentsOf(db, id)) };
};

beforeAll(async () => {
  w = await makeWorld();
});

describe("a placement's progress and flags kept with their inputs", () => {
  it("answer as worked out on every call, over random histories, for every side and day", async () => {
    const db = getDb();
    const r = random(80);
    let compared = 0;
    let kept = 0;
    let lastDay = 0;
    for (const daysAgo of [0, 6, 20, 30, 30]) {
      const { id } = await makePlacement(w, { daysAgo, over: r.next() < 0.5 ? { steps: [] } : {} });
      const start = Date.now() - daysAgo * DAY;
      for (let step = 0; step < 10; step++) {
        const all = db.select({ id: followUps.id, status: followUps.status, dueDate: followUps.dueDate }).from(followUps).where(eq(followUps.placementId, id)).all();
        const what = r.int(7);
        if (what <= 1 && all.length) {
          // Follow-ups sent in any order, with or without their figures, at any hour (the day they were sent counts).
          for (const f of all.filter(() => r.next() < 0.3)) {
            db.update(followUps)
              .set({
                status: "submitted",
                submittedAt: new Date(start + r.int(daysAgo + 20) * DAY + r.int(24) * 3_600_000),
                wellBeing: r.next() < 0.8 ? 1 + r.int(5) : null,
                hoursWorked: r.next() < 0.8 ? r.int(37) + 0.5 * r.int(2) : null,
                daysPresent: r.next() < 0.7 ? r.int(5) : null,
                daysPlanned: r.next() < 0.7 ? 1 + r.int(5) : null,
              })
              .where(eq(followUps.id, f.id))
              .run();
          }
        } else if (what === 2 && all.some((f) => f.status === "submitted")) {
          // A sent follow-up's figure corrected, nothing else changed: no version of anything moves.
          const f = r.pick(all.filter((x) => x.status === "submitted"));
          db.update(followUps).set(r.pick([{ hoursWorked: r.int(37) }, { wellBeing: 1 + r.int(5) }, { daysPresent: r.int(5) }, { daysPlanned: 1 + r.int(5) }])).where(eq(followUps.id, f.id)).run();
        } else if (what === 3) {
          const status = r.pick(["proposed", "approved", "approved", "declined"] as const);
          db.insert(placementAdjustments)
            .values({ placementId: id, status, hours: r.next() < 0.8 ? 5 + r.int(25) : null, days: r.next() < 0.4 ? r.pick([["mon", "tue"], ["wed"], ["mon", "tue", "wed", "thu", "fri"]] as const).slice() : null, taskIds: r.next() < 0.3 ? [] : null, fromDate: status === "approved" ? copenhagenDate(new Date(start + r.int(daysAgo + 60) * DAY)) : null, decidedAt: status !== "proposed" ? new Date() : null, decidedByUserId: status !== "proposed" ? w.consultant.id : null, createdAt: new Date() })
            .run();
        } else if (what === 4) {
          // The placement's own row: its hours, its planned end.
          db.update(placements).set(r.pick([{ targetHours: 10 + r.int(27) }, { startHours: 5 + r.int(10) }, { plannedEndDate: addDays(copenhagenDate(new Date(start)), 7 * (4 + r.int(20))) }])).where(eq(placements.id, id)).run();
        } else if (what === 5 && step > 5) {
          db.update(placements).set({ status: r.pick(["completed", "interrupted", "active"] as const) }).where(eq(placements.id, id)).run();
        } else if (what === 6 && all.length) {
          // A sent follow-up taken back to a draft (as a correction would), or a due one's day moved.
          const f = r.pick(all);
          db.update(followUps).set(r.next() < 0.5 ? { status: "draft" } : { dueDate: addDays(f.dueDate, r.pick([-1, 1])) }).where(eq(followUps.id, f.id)).run();
        }
        // The first view after a step is on the day of the last view before it: a kept answer that
        // missed the step would be given there.
        const others = DAYS.filter((d) => d !== lastDay);
        if (r.next() < 0.5) others.reverse();
        for (const offset of [lastDay, ...others]) {
          lastDay = offset;
          const now = new Date(Date.now() + offset * DAY);
          for (const user of [w.consultant, w.hr, w.mentor, w.admin]) {
            const ctx = ctxFor(user, now);
            const today = copenhagenDate(now);
            const { p, figures, approved } = inputsOf(id);
            const expected = reference(p, today, figures, approved);
            const page = placementPage(ctx, id);
            expect({ progress: page.progress, flags: page.flags }).toEqual(expected);
            const again = progressAndFlags(db, p, today);
            expect(again).toEqual(expected);
            if (again.progress === page.progress) kept++;
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(5 * 10 * 12);
    // The same day's repeat views were given the kept answer.
    expect(kept).toBe(compared);
  });

  it("is the same object on a repeat view, and a new one as soon as any input changes", async () => {
    const db = getDb();
    const { id } = await makePlacement(w, { daysAgo: 14 });
    const today = copenhagenDate(new Date());
    const first = progressAndFlags(db, inputsOf(id).p, today);
    expect(progressAndFlags(db, inputsOf(id).p, today)).toBe(first);
    // Another day: worked out again (the flags and the current week move with the day).
    expect(progressAndFlags(db, inputsOf(id).p, addDays(today, 1))).not.toBe(first);
    const back = progressAndFlags(db, inputsOf(id).p, today);
    expect(back).toEqual(first);
    // A due follow-up's day moved by one, nothing else.
    const f = inputsOf(id).figures[0]!;
    db.update(followUps).set({ dueDate: addDays(f.dueDate, 1) }).where(eq(followUps.id, f.id)).run();
    const moved = progressAndFlags(db, inputsOf(id).p, today);
    expect(moved).not.toBe(back);
    const { p, figures, approved } = inputsOf(id);
    expect(moved).toEqual(reference(p, today, figures, approved));
  });

  it("cannot be changed by a view, nor by the caller's rows changed afterwards", async () => {
    const db = getDb();
    const { id } = await makePlacement(w, { daysAgo: 30 });
    const today = copenhagenDate(new Date());
    const inputs = inputsOf(id);
    const first = progressAndFlags(db, inputs.p, today, { figures: inputs.figures, approved: inputs.approved });
    expect(() => (first.flags as unknown[]).push({})).toThrow();
    expect(() => {
      (first.progress.hours.series[0]!.values as number[])[0] = 99;
    }).toThrow();
    // The caller's own rows changed after the call: the kept inputs are a copy, so the next view (with the database's rows) is not fooled.
    inputs.p.targetHours = 99;
    inputs.figures[0]!.week = 99;
    const fresh = inputsOf(id);
    expect(progressAndFlags(db, fresh.p, today, { figures: fresh.figures, approved: fresh.approved })).toBe(first);
  });

  it("keeps the most recently viewed placements only", async () => {
    const db = getDb();
    const { id } = await makePlacement(w, { daysAgo: 3 });
    const { p } = inputsOf(id);
    const today = copenhagenDate(new Date());
    const first = progressAndFlags(db, p, today);
    // As many other placements (the same row under other ids) viewed after it: it is dropped, then worked out again, equal.
    for (let k = 1; k <= KEPT_PROGRESS_MAX; k++) progressAndFlags(db, { ...p, id: 1_000_000 + k }, today, { figures: [], approved: [] });
    const again = progressAndFlags(db, p, today);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe("sameData", () => {
  it("compares plain data field by field", () => {
    const at = new Date("2026-05-02T09:00:00Z");
    expect(sameData({ a: 1, b: [1, null, "x"], c: at, d: { e: undefined } }, { a: 1, b: [1, null, "x"], c: new Date(at.getTime()), d: { e: undefined } })).toBe(true);
    for (const [a, b] of [
      [{ a: 1 }, { a: 2 }],
      [{ a: 1 }, { a: 1, b: 2 }],
      [{ a: 1, b: undefined }, { a: 1, c: undefined }],
      [[1, 2], [1, 2, 3]],
      [[1], { 0: 1 }],
      [at, new Date(at.getTime() + 1)],
      [at, at.getTime()],
      [{ a: null }, { a: undefined }],
      [{ a: 0 }, { a: -0 }],
      [{ a: "1" }, { a: 1 }],
      [{ a: [["mon"]] }, { a: [["tue"]] }],
    ] as const)
      expect(sameData(a, b)).toBe(false);
    expect(sameData(NaN, NaN)).toBe(true);
  });
});
