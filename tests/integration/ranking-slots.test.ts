/**
 * The board's open slots ranked for one candidate (decision 087): every open slot of the
 * jobcentre ordered by its fit's verdicts (best first, then by start date), a page of 25 with
 * their lines, each line exactly what the pure fit says; a placed candidate (the one-candidate
 * rule `isPlaced`, the same as `placedCandidates`) gets the hard misfit on every slot.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, slots } from "~/db/schema";
import { currentConsent } from "~/domain/candidates/consent.server";
import { addDays, covers } from "~/domain/candidates/consent";
import { distanceCache, fitFor, isPlaced, placedCandidates, slotsForFit } from "~/domain/candidates/fit.server";
import { endPlacement } from "~/domain/placements/ending-commands.server";
import { rankSlotsForCandidate, SLOTS_FOR_CANDIDATE_PAGE_SIZE } from "~/domain/proposals/queries.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, makeAcceptedProposal, makeCandidate, makeCompany, makeOpenSlot, makePlacement, makeSlot, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let candidateId: number;
const today = copenhagenDate(new Date());
// Three days each (12 hours of 4-hour days); the candidate works Monday and Tuesday.
const DAYS = [["mon", "tue", "wed"], ["wed", "thu", "fri"], ["mon", "tue", "thu"], ["tue", "wed", "thu"], ["mon", "wed", "fri"]] as const;

beforeAll(async () => {
  w = await makeWorld();
  // More than a page of open slots, fitting the candidate in different degrees, some not at all.
  // Spread over eight companies (one company's meter allows only so many) and a week of start dates.
  for (let c = 0; c < 8; c++) {
    const { hr } = await makeCompany(w.jc.id, { fte: 200 });
    for (let i = 0; i < 4; i++) {
      const n = c * 4 + i;
      await makeSlot({ hr, status: "open", consultant: w.consultant, over: { workingDays: [...DAYS[n % DAYS.length]!], startHours: 8, targetHours: 12, startDate: addDays(today, 20 + (n % 7)) } });
    }
  }
  candidateId = await makeCandidate(w.consultant, { alias: "Under armen", days: ["mon", "tue"] });
}, 120_000);

/** Every page of the ranking, as the consultant sees it. */
function allRows(id: number) {
  const rows = [];
  for (let page = 1; ; page++) {
    const { result } = rankSlotsForCandidate(ctxFor(w.consultant), id, page);
    expect(result.rows.length).toBeLessThanOrEqual(SLOTS_FOR_CANDIDATE_PAGE_SIZE);
    rows.push(...result.rows);
    if (page * SLOTS_FOR_CANDIDATE_PAGE_SIZE >= result.total) return { rows, total: result.total };
  }
}

/** The ranking the slow way: the pure fit of every open slot, ordered by it, then by start date and id. */
function everyFit(id: number) {
  const db = getDb();
  const candidate = db.select().from(candidates).where(eq(candidates.id, id)).get()!;
  const consent = currentConsent(db, id);
  const placed = placedCandidates(db, w.jc.id).has(id);
  const distance = distanceCache();
  return slotsForFit(db, w.jc.id)
    .map((s) => ({ s, fit: fitFor(candidate, s, { consentCovers: covers(consent, s.companyId, today), placed, distance }) }))
    .sort((a, b) => b.fit.order - a.fit.order || a.s.startDate.localeCompare(b.s.startDate) || a.s.id - b.s.id);
}

describe("the open slots ranked for a candidate", () => {
  it("pages every open slot exactly once, in the fit's order, each with exactly the pure fit's lines", () => {
    const { rows, total } = allRows(candidateId);
    const expected = everyFit(candidateId);
    expect(total).toBe(expected.length);
    expect(rows.length).toBe(expected.length);
    expect(rows.map((r) => r.id)).toEqual(expected.map((e) => e.s.id));
    rows.forEach((r, i) => expect({ lines: r.lines, hardMisfits: r.hardMisfits }, `slot ${r.id}`).toEqual({ lines: expected[i]!.fit.lines, hardMisfits: expected[i]!.fit.hardMisfits }));
    // Slots without a common day come last, and are shown.
    expect(rows.at(-1)!.hardMisfits.map((l) => l.factor)).toEqual(["no_common_day"]);
    expect(rows[0]!.hardMisfits).toEqual([]);
  });

  it("a filled slot leaves the list", () => {
    const first = allRows(candidateId).rows[0]!.id;
    getDb().update(slots).set({ status: "filled" }).where(eq(slots.id, first)).run();
    expect(allRows(candidateId).rows.map((r) => r.id)).not.toContain(first);
    getDb().update(slots).set({ status: "open" }).where(eq(slots.id, first)).run();
  });

  it("isPlaced says what placedCandidates says: active placement, accepted proposal without one, ended placement, neither", async () => {
    const active = await makePlacement(w);
    const agreed = await makeAcceptedProposal(w, await makeOpenSlot(w));
    const ended = await makePlacement(w);
    const version = getDb().select().from((await import("~/db/schema")).placements).all().find((p) => p.id === ended.id)!.version;
    endPlacement(ctxFor(w.hr), { placementId: ended.id, version, kind: "interrupted", endedOn: today, reason: "not_a_match", reasonText: "For ensformigt", outcome: "continued_search", outcomeHours: null });
    const placed = placedCandidates(getDb(), w.jc.id);
    for (const [id, expected] of [[active.candidateId, true], [agreed.candidateId, true], [ended.candidateId, false], [candidateId, false]] as const) {
      expect(isPlaced(getDb(), id), `candidate ${id}`).toBe(expected);
      expect(placed.has(id)).toBe(expected);
    }
    // Placed: every slot gets the hard misfit, none is hidden.
    const { rows } = allRows(active.candidateId);
    expect(rows.length).toBe(everyFit(active.candidateId).length);
    expect(rows.every((r) => r.hardMisfits.some((l) => l.factor === "active_placement"))).toBe(true);
  });

  it("refuses another jobcentre's consultant", () => {
    expect(() => rankSlotsForCandidate(ctxFor(w.consultantOther), candidateId)).toThrow();
  });
});
