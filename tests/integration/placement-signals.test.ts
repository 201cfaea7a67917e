/**
 * The attention signals kept per active placement (decision 035): whatever the commands do to
 * follow-ups and placements, ranking from `placement_signals` gives the same flagged placements,
 * in the same order and the same total, as computing every placement's flags live.
 */
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, followUps, placementAdjustments, placements, placementSignals } from "~/db/schema";
import { atRiskWorkList } from "~/domain/dashboard/queries.server";
import { addDays } from "~/domain/candidates/consent";
import { startPlacement } from "~/domain/placements/commands.server";
import { endPlacement, movePlacementEnd } from "~/domain/placements/ending-commands.server";
import { decideAdjustment } from "~/domain/placements/follow-up-commands.server";
import type { FollowUpAnswers } from "~/domain/placements/follow-up-schema";
import { flagsOf } from "~/domain/placements/progress.server";
import { backfillPlacementSignals, flaggedIds, latestDayWorkingDaysBefore, rankByFlags } from "~/domain/placements/signals.server";
import { copenhagenDate, workingDaysBetween } from "~/domain/shared/working-days";
import { ctxFor, sendFollowUp, makeAcceptedProposal, makeOpenSlot, makeWorld, placementStartFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const today = () => copenhagenDate(new Date());
const due = (id: number) => getDb().select().from(followUps).where(eq(followUps.placementId, id)).orderBy(followUps.dueDate).all();
const version = (id: number) => getDb().select({ v: placements.version }).from(placements).where(eq(placements.id, id)).get()!.v;

async function placement(daysAgo: number) {
  const slot = await makeOpenSlot(w);
  const { proposalId } = await makeAcceptedProposal(w, slot);
  return startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { startDate: addDays(today(), -daysAgo) }));
}

function send(placementId: number, followUpId: number, over: Partial<FollowUpAnswers> = {}) {
  sendFollowUp(w.mentor, placementId, followUpId, { wentWell: "Kom til tiden", ...over });
}

/** The live computation the start pages and the dashboard did before: every active placement's flags, most first, stable on the start order. */
function live(scope: "jobcentre" | "company", day: string, order: "newest" | "oldest") {
  const db = getDb();
  const active = db
    .select({ id: placements.id, status: placements.status, startDate: placements.startDate })
    .from(placements)
    .where(scope === "jobcentre" ? eq(placements.jobcentreId, w.jc.id) : eq(placements.companyId, w.companyA.id))
    .orderBy(asc(placements.startDate), asc(placements.id))
    .all()
    .filter((p) => p.status === "active");
  if (order === "newest") active.reverse();
  const flags = flagsOf(db, active, day);
  const flagged = active.map((p) => ({ id: p.id, n: flags.get(p.id)!.length })).filter((p) => p.n > 0);
  return { total: flagged.length, ids: flagged.sort((a, b) => b.n - a.n).map((p) => p.id) };
}

function expectSameAsLive() {
  for (const offset of [0, 1, 3, 6, 15, 30, 60]) {
    const day = addDays(today(), offset);
    expect(rankByFlags(getDb(), [eq(placementSignals.jobcentreId, w.jc.id)], day, "oldest", 1000), `jobcentre on ${day}`).toEqual(live("jobcentre", day, "oldest"));
    expect(rankByFlags(getDb(), [eq(placementSignals.companyId, w.companyA.id)], day, "newest", 1000), `company on ${day}`).toEqual(live("company", day, "newest"));
    // The start pages' ids without the count (decision 040): the same, the first few too.
    expect(flaggedIds(getDb(), [eq(placementSignals.jobcentreId, w.jc.id)], day, "newest", 1000), `start page on ${day}`).toEqual(live("jobcentre", day, "newest").ids);
    expect(flaggedIds(getDb(), [eq(placementSignals.companyId, w.companyA.id)], day, "oldest", 2), `first two on ${day}`).toEqual(live("company", day, "oldest").ids.slice(0, 2));
    // The dashboard's "at risk" list in one query (decision 045): the same ranking and total, each row with its live flags.
    const jobcentre = live("jobcentre", day, "oldest");
    const ctx = ctxFor(w.consultant, new Date(`${day}T10:00:00Z`));
    for (const [people, limit] of [[undefined, 1000], [eq(candidates.responsibleUserId, w.consultant.id), 2]] as const) {
      const list = atRiskWorkList(ctx, w.jc.id, people, day, limit);
      expect({ total: list.total, ids: list.rows.map((r) => r.id) }, `dashboard on ${day}`).toEqual({ total: jobcentre.total, ids: jobcentre.ids.slice(0, limit) });
      const flags = flagsOf(getDb(), list.rows.map((r) => ({ id: r.id, status: "active" as const })), day);
      for (const r of list.rows) expect(r.flags).toEqual(flags.get(r.id));
    }
  }
}

beforeAll(async () => {
  w = await makeWorld();
});

describe("attention signals kept by the commands", () => {
  it("rank the same placements as the live flags, as follow-ups are sent, adjustments approved, ends moved and placements ended", async () => {
    const quiet = await placement(2);
    const late = await placement(27);
    const low = await placement(30);
    const good = await placement(20);
    const adjusted = await placement(25);
    const ending = await placement(28);
    expectSameAsLive();

    for (const f of due(low).filter((f) => f.dueDate < today())) send(low, f.id, { wellBeing: 2, daysPresent: 1 });
    for (const f of due(good).filter((f) => f.dueDate < today())) send(good, f.id);
    expectSameAsLive();

    const [first] = due(adjusted);
    send(adjusted, first!.id, { suggestedHours: 10, suggestionText: "Klar til flere timer" });
    const adjustment = getDb().select().from(placementAdjustments).where(eq(placementAdjustments.placementId, adjusted)).get()!;
    decideAdjustment(ctxFor(w.consultant), { placementId: adjusted, adjustmentId: adjustment.id, decision: "approve", fromDate: today(), hours: 10, days: null, taskIds: null });
    expectSameAsLive();

    const p = getDb().select().from(placements).where(eq(placements.id, late)).get()!;
    movePlacementEnd(ctxFor(w.hr), { placementId: late, version: p.version, plannedEndDate: addDays(p.startDate, 6 * 7 - 1) });
    endPlacement(ctxFor(w.consultant), { placementId: ending, version: version(ending), kind: "interrupted", endedOn: today(), reason: "not_a_match", reasonText: null, outcome: "continued_search", outcomeHours: null });
    expectSameAsLive();
    expect(getDb().select().from(placementSignals).where(eq(placementSignals.placementId, ending)).get()).toBeUndefined();

    // Flagged at all: the late one, the low one (answers and overdue), and not the quiet new one today.
    const ranked = rankByFlags(getDb(), [eq(placementSignals.jobcentreId, w.jc.id)], today(), "oldest", 100).ids;
    expect(ranked).toContain(late);
    expect(ranked[0]).toBe(low);
    expect(ranked).not.toContain(quiet);
  });

  it("are what a fresh computation gives, and a database from before them is filled at start-up", () => {
    const db = getDb();
    const kept = db.select().from(placementSignals).orderBy(placementSignals.placementId).all();
    expect(kept.length).toBeGreaterThan(0);
    db.delete(placementSignals).run();
    expect(backfillPlacementSignals(db)).toBe(kept.length);
    expect(db.select().from(placementSignals).orderBy(placementSignals.placementId).all()).toEqual(kept);
  });

  it("find the latest day that many working days back", () => {
    for (const day of ["2026-12-07", "2026-12-05", "2026-12-28", "2027-01-04"]) {
      for (const n of [1, 3, 10]) {
        const d = latestDayWorkingDaysBefore(day, n);
        expect(workingDaysBetween(d, day)).toBeGreaterThanOrEqual(n);
        expect(workingDaysBetween(addDays(d, 1), day) < n || addDays(d, 1) === day).toBe(true);
      }
    }
  });
});
