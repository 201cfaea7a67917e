import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { consentsFor, distanceCache, fitFor, placedCandidates, slotsForFit } from "~/domain/candidates/fit.server";
import { covers } from "~/domain/candidates/consent";
import { makeCompany } from "../factories";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { rankCandidatesForSlot, RANK_PAGE_SIZE } from "~/domain/proposals/queries.server";
import { orderRows } from "~/domain/candidates/ranking.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, makeCandidate, makeOpenSlot, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let slotId: number;
const today = copenhagenDate(new Date());

/** Every kind of candidate the ranking must tell apart, several of each, with names out of rank order. */
beforeAll(async () => {
  w = await makeWorld();
  slotId = await makeOpenSlot(w, { seats: 1 }); // Aarhus (8000), Monday to Wednesday, 8 → 12 hours
  const other = (await makeCompany(w.jc.id)).company;
  const kinds: [string, Record<string, unknown>, Record<string, unknown> | null][] = [
    ["fits well", { hoursNow: "10", wishIndustries: ["retail"], mentorStyles: ["calm"] }, {}],
    ["fewer hours", { hoursNow: "4", goalHours: "" }, {}],
    ["one common day", { days: ["wed", "thu"] }, {}],
    ["no common day", { days: ["thu", "fri"] }, {}],
    ["no consent", {}, null],
    ["consent for another company", {}, { scope: "listed", companyIds: [String(other.id)] }],
    ["beyond travel", { postcode: "9000", maxTravelKm: "5" }, {}],
    ["no day and no consent", { days: ["sat"] }, null],
    ["same postcode, short range", { postcode: "8000", maxTravelKm: "1" }, {}],
    ["needs short sessions, speaks English", { supportNeeds: ["short_sessions", "seated"], language1: "en", level1: "basic", wishTasks: ["sorting"] }, {}],
  ];
  for (let round = 0; round < 3; round++) {
    for (const [i, [name, over, consent]] of kinds.entries()) {
      await makeCandidate(w.consultant, { alias: `${String.fromCharCode(90 - i - round)} ${name}`, ...over }, consent === null ? null : { givenOn: addDays(today, -30), ...consent });
    }
  }
  // One candidate already placed: accepted on another slot.
  const placed = await makeCandidate(w.consultant, { alias: "A placed" }, { givenOn: addDays(today, -30) });
  const elsewhere = await makeOpenSlot(w, { seats: 2 });
  const p = propose(ctxFor(w.consultant), { candidateId: placed, slotId: elsewhere, motivation: "Stabil og glad for faste opgaver." });
  transitionProposal(ctxFor(w.hr), { proposalId: p, version: 1, command: "inviteToMeeting", meeting: { meetingDate: today, meetingTime: "10:00", meetingPlace: "Butikken" } });
  transitionProposal(ctxFor(w.hr), { proposalId: p, version: 2, command: "accept" });
});

/** The ranking as the issue defines it, the slow way: the pure fit of every candidate. */
function everyFit() {
  const db = getDb();
  const [slot] = slotsForFit(db, w.jc.id, [slotId]);
  const all = db.select().from(candidates).where(eq(candidates.jobcentreId, w.jc.id)).orderBy(asc(candidates.alias), asc(candidates.id)).all();
  const consents = consentsFor(db, all.map((c) => c.id));
  const placed = placedCandidates(db, w.jc.id);
  const distance = distanceCache();
  return all.map((c) => ({ id: c.id, fit: fitFor(c, slot!, { consentCovers: covers(consents.get(c.id) ?? null, slot!.companyId, today), placed: placed.has(c.id), distance }) }));
}

describe("ranking the candidates for a slot", () => {
  it("gives every candidate exactly the pure fit's lines and hard misfits, over every page", () => {
    const expected = new Map(everyFit().map((e) => [e.id, e.fit]));
    const seen: number[] = [];
    for (let page = 1; seen.length < expected.size; page++) {
      const { result } = rankCandidatesForSlot(ctxFor(w.consultant), slotId, page);
      expect(result.total).toBe(expected.size);
      expect(result.rows.length).toBeGreaterThan(0);
      for (const row of result.rows) {
        expect({ lines: row.lines, hardMisfits: row.hardMisfits }, `candidate ${row.id}`).toEqual({ lines: expected.get(row.id)!.lines, hardMisfits: expected.get(row.id)!.hardMisfits });
        seen.push(row.id);
      }
      expect(result.rows.length).toBeLessThanOrEqual(RANK_PAGE_SIZE);
    }
    expect(new Set(seen).size).toBe(expected.size);
  });

  it("ranks those without a hard misfit by the fit, then the hard misfits, fewest first, by name", () => {
    const fits = new Map(everyFit().map((e) => [e.id, e.fit]));
    const ids: number[] = [];
    for (let page = 1; ids.length < fits.size; page++) ids.push(...rankCandidatesForSlot(ctxFor(w.consultant), slotId, page).result.rows.map((r) => r.id));
    const hard = ids.map((id) => fits.get(id)!.hardMisfits.length);
    const firstHard = hard.findIndex((n) => n > 0);
    expect(firstHard).toBeGreaterThan(0);
    // No candidate without a hard misfit after one with; hard misfits never hidden.
    expect(hard.slice(firstHard).every((n) => n > 0)).toBe(true);
    const soft = ids.slice(0, firstHard).map((id) => fits.get(id)!.order);
    expect(soft).toEqual([...soft].sort((a, b) => b - a));
    expect(hard.slice(firstHard)).toEqual([...hard.slice(firstHard)].sort((a, b) => a - b));
    const alias = new Map(getDb().select({ id: candidates.id, alias: candidates.alias }).from(candidates).all().map((c) => [c.id, c.alias]));
    for (let i = firstHard + 1; i < ids.length; i++) {
      if (hard[i] === hard[i - 1]) expect(alias.get(ids[i - 1]!)!.localeCompare(alias.get(ids[i]!)!, "en")).toBeLessThanOrEqual(0);
    }
    const factors = new Set(ids.flatMap((id) => fits.get(id)!.hardMisfits.map((l) => l.factor)));
    expect([...factors].sort()).toEqual(["active_placement", "beyond_travel", "consent", "no_common_day"]);
  });

  it("reads the order's rows from the driver's values as drizzle reads them (decision 091)", () => {
    const db = getDb();
    const where = eq(candidates.jobcentreId, w.jc.id);
    const { id, postcode, hoursNow, goalHours, days, supportNeeds, languages, wishIndustries, wishTasks, maxTravelKm, mentorStyles } = candidates;
    const columns = { id, postcode, hoursNow, goalHours, days, supportNeeds, languages, wishIndustries, wishTasks, maxTravelKm, mentorStyles };
    const expected = db.select(columns).from(candidates).where(where).orderBy(asc(candidates.alias), asc(candidates.id)).all();
    const rows = orderRows(db, where);
    expect(rows).toEqual(expected);
    // Every column differs between some two candidates, so a column read into the wrong field shows.
    for (const key of Object.keys(columns) as (keyof typeof columns)[]) expect(new Set(expected.map((r) => JSON.stringify(r[key]))).size, key).toBeGreaterThan(1);
    // A list parsed once is shared by the rows with the same text, and cannot be changed.
    const twins = rows.filter((r) => JSON.stringify(r.days) === JSON.stringify(rows[0]!.days));
    expect(twins.length).toBeGreaterThan(1);
    expect(twins.every((r) => r.days === twins[0]!.days)).toBe(true);
    expect(Object.isFrozen(rows[0]!.languages)).toBe(true);
  });
});
