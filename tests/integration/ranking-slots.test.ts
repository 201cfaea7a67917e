/**
 * The board's open slots ranked for one candidate (decision 087): every open slot of the
 * jobcentre ordered by its fit's verdicts (best first, then by start date), a page of 25 with
 * their lines, each line exactly what the pure fit says; a placed candidate (the one-candidate
 * rule `isPlaced`, the same as `placedCandidates`) gets the hard misfit on every slot.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, catalogueTasks, companies, consents, mentorProfiles, slots, slotTasks, tasks, users, workplaces } from "~/db/schema";
import { currentConsent } from "~/domain/candidates/consent.server";
import { addDays, covers } from "~/domain/candidates/consent";
import { distanceCache, fitFor, isPlaced, placedCandidates, slotsForFit } from "~/domain/candidates/fit.server";
import { endPlacement } from "~/domain/placements/ending-commands.server";
import { rankSlotsForCandidate, SLOTS_FOR_CANDIDATE_PAGE_SIZE } from "~/domain/proposals/queries.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { recordConsent, withdrawConsent } from "~/domain/candidates/commands.server";
import { consentInput } from "~/domain/candidates/schema";
import { updateCompanyProfile } from "~/domain/companies/commands.server";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { dashboardCacheSize } from "~/domain/dashboard/cache.server";
import { changeCount } from "~/domain/shared/list-counts.server";
import { transitionSlot } from "~/domain/slots/commands.server";
import { ctxFor, makeAcceptedProposal, makeCandidate, makeCompany, makeOpenSlot, makePlacement, makeSlot, makeWorld, slotVersion } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let candidateId: number;
const companyIds: number[] = [];
const slotIds: number[] = [];
const today = copenhagenDate(new Date());
// Three days each (12 hours of 4-hour days); the candidate works Monday and Tuesday.
const DAYS = [["mon", "tue", "wed"], ["wed", "thu", "fri"], ["mon", "tue", "thu"], ["tue", "wed", "thu"], ["mon", "wed", "fri"]] as const;

beforeAll(async () => {
  w = await makeWorld();
  // More than a page of open slots, fitting the candidate in different degrees, some not at all.
  // Spread over eight companies (one company's meter allows only so many) and a week of start dates.
  for (let c = 0; c < 8; c++) {
    const { hr, company } = await makeCompany(w.jc.id, { fte: 200 });
    companyIds.push(company.id);
    for (let i = 0; i < 4; i++) {
      const n = c * 4 + i;
      slotIds.push(await makeSlot({ hr, status: "open", consultant: w.consultant, over: { workingDays: [...DAYS[n % DAYS.length]!], startHours: 8, targetHours: 12, startDate: addDays(today, 20 + (n % 7)) } }));
    }
  }
  candidateId = await makeCandidate(w.consultant, { alias: "Under armen", days: ["mon", "tue"], wishTasks: ["labelling"], wishIndustries: ["retail"] });
}, 120_000);

/** Every page of the ranking, as the consultant sees it. */
function allRows(id: number, kept = true) {
  const rows = [];
  for (let page = 1; ; page++) {
    const { result } = rankSlotsForCandidate(ctxFor(w.consultant), id, page, { kept });
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

  it("shows on a slot's card the candidate's latest proposal there: open, then withdrawn, and none on the other slots", async () => {
    const id = await makeCandidate(w.consultant, { alias: "Foreslået før", days: ["mon", "tue"] }, { givenOn: addDays(today, -30) });
    const slotId = slotIds[3]!;
    const proposalOf = () => allRows(id).rows.find((r) => r.id === slotId)!.proposal;
    expect(proposalOf()).toBeNull();
    const first = propose(ctxFor(w.consultant), { candidateId: id, slotId, motivation: "Stabil og glad for faste opgaver." });
    expect(proposalOf()).toEqual({ id: first, status: "proposed", on: today });
    transitionProposal(ctxFor(w.consultant), { proposalId: first, version: 1, command: "withdraw" });
    expect(proposalOf()).toEqual({ id: first, status: "withdrawn", on: today });
    // Proposed again: the newer one is shown.
    const second = propose(ctxFor(w.consultant), { candidateId: id, slotId, motivation: "Nu passer tiderne bedre." });
    expect(proposalOf()).toEqual({ id: second, status: "proposed", on: today });
    expect(allRows(id).rows.filter((r) => r.proposal !== null).map((r) => r.id)).toEqual([slotId]);
    expect(allRows(id, false).rows).toEqual(allRows(id).rows);
  });

  it("refuses another jobcentre's consultant", () => {
    expect(() => rankSlotsForCandidate(ctxFor(w.consultantOther), candidateId)).toThrow();
  });
});

describe("the open slots kept for the fit", () => {
  const changesAt = (jobcentreId: number) => changeCount(getDb(), "open_slot_fit_changes", jobcentreId);

  /** Kept equals read anew on every page; asked again, the same. */
  function expectKeptEqualsFresh() {
    const kept = allRows(candidateId);
    expect(kept).toEqual(allRows(candidateId, false));
    expect(allRows(candidateId)).toEqual(kept);
  }

  /** Keeps the slots, makes the change (which must raise the counter and change what the candidate sees), and compares right after. */
  async function afterChange(change: () => unknown) {
    expectKeptEqualsFresh();
    const [before, shown] = [changesAt(w.jc.id), allRows(candidateId, false)];
    await change();
    expect(changesAt(w.jc.id)).toBeGreaterThan(before);
    expect(allRows(candidateId, false), "the change changes the ranking").not.toEqual(shown);
    expectKeptEqualsFresh();
  }

  const taskOf = (slotId: number) => getDb().select({ id: slotTasks.taskId }).from(slotTasks).where(eq(slotTasks.slotId, slotId)).get()!.id;
  const slotRow = (id: number) => getDb().select().from(slots).where(eq(slots.id, id)).get()!;

  it("are kept: a second view reads no slot", () => {
    expectKeptEqualsFresh();
    const size = dashboardCacheSize(getDb());
    allRows(candidateId);
    expect(dashboardCacheSize(getDb())).toBe(size);
  });

  it("stay equal through the commands: a slot approved, one filled, a company's new industry", async () => {
    const { hr } = await makeCompany(w.jc.id, { fte: 200 });
    const submitted = await makeSlot({ hr, status: "submitted", over: { workingDays: ["mon", "tue", "wed"], startHours: 8, targetHours: 12 } });
    await afterChange(() => transitionSlot(ctxFor(w.consultant), { slotId: submitted, command: "approve", version: slotVersion(submitted) }));
    await afterChange(() => transitionSlot(ctxFor(hr), { slotId: submitted, command: "markFilled", version: slotVersion(submitted) }));
    const company = getDb().select().from(companies).where(eq(companies.id, companyIds[0]!)).get()!;
    const hrOf = getDb().select().from(users).where(eq(users.companyId, company.id)).get()!;
    await afterChange(() => updateCompanyProfile(ctxFor(hrOf), { name: company.name, industry: company.industry === "retail" ? "cleaning_facility" : "retail", version: company.version }));
  });

  it("stay equal after hand-written SQL on slots, workplaces, mentors, tasks and the catalogue; what they do not hold raises nothing", async () => {
    const db = getDb();
    const [a, b, c] = [slotIds[0]!, slotIds[1]!, slotIds[2]!];
    await afterChange(() => db.update(slots).set({ title: "Omdøbt i hånden" }).where(eq(slots.id, a)).run());
    await afterChange(() => db.update(slots).set({ workingDays: ["mon", "tue", "wed", "thu"] }).where(eq(slots.id, b)).run());
    await afterChange(() => db.update(slots).set({ startDate: addDays(today, 2) }).where(eq(slots.id, c)).run());
    await afterChange(() => db.update(workplaces).set({ postcode: "9000", city: "Aalborg" }).where(eq(workplaces.id, slotRow(a).workplaceId)).run());
    const mentor = slotRow(a).mentorUserId;
    await afterChange(() => db.insert(mentorProfiles).values({ userId: mentor, styles: ["direct"], edgeExperience: false, languages: ["ar"], updatedAt: new Date() }).onConflictDoUpdate({ target: mentorProfiles.userId, set: { styles: ["direct"], languages: ["ar"] } }).run());
    await afterChange(() => db.update(mentorProfiles).set({ languages: ["da"] }).where(eq(mentorProfiles.userId, mentor)).run());
    // The candidate needs a quiet place: offered, then not (or the other way round).
    const offered = db.select({ adaptations: tasks.adaptations }).from(tasks).where(eq(tasks.id, taskOf(a))).get()!.adaptations.includes("quiet_place");
    await afterChange(() => db.update(tasks).set({ adaptations: offered ? [] : ["quiet_place"] }).where(eq(tasks.id, taskOf(a))).run());
    // A catalogue entry without the kind of task the candidate wishes (labelling), which then gets it.
    const key = db.select().from(catalogueTasks).all().find((e) => !e.chores.includes("labelling"))!.key;
    await afterChange(() => db.update(tasks).set({ catalogueKey: key }).where(eq(tasks.id, taskOf(b))).run());
    await afterChange(() => db.update(catalogueTasks).set({ chores: ["labelling"] }).where(eq(catalogueTasks.key, key)).run());
    await afterChange(() => db.delete(slotTasks).where(eq(slotTasks.slotId, b)).run());
    await afterChange(() => db.insert(slotTasks).values({ slotId: b, taskId: taskOf(a) }).run());
    // Moved to the other jobcentre: both counters raised.
    const there = changesAt(w.otherJc.id);
    await afterChange(() => db.update(slots).set({ jobcentreId: w.otherJc.id }).where(eq(slots.id, c)).run());
    expect(changesAt(w.otherJc.id)).toBe(there + 1);
    // What the list does not hold writes nothing: a slot's wishes, a draft slot, a company's phone-free columns.
    const before = changesAt(w.jc.id);
    db.update(slots).set({ wishes: "Gerne morgenfrisk", version: slotRow(a).version + 1 }).where(eq(slots.id, a)).run();
    const { hr } = await makeCompany(w.jc.id, { fte: 200 });
    const draft = await makeSlot({ hr, status: "draft" });
    db.update(slots).set({ title: "Kladde omdøbt" }).where(eq(slots.id, draft)).run();
    db.update(companies).set({ reviewRequestNote: "x" }).where(eq(companies.id, companyIds[1]!)).run();
    expect(changesAt(w.jc.id)).toBe(before);
    expectKeptEqualsFresh();
  });
});

describe("the candidate's kept order of slots", () => {
  /** Kept equals anew for the candidate, today and in two days (their consent runs out tomorrow). */
  function expectKeptEqualsFresh(id: number) {
    for (const days of [0, 2]) {
      const now = new Date(Date.now() + days * 86_400_000);
      const pages = (kept: boolean) => {
        const rows = [];
        for (let page = 1; ; page++) {
          const { result } = rankSlotsForCandidate(ctxFor(w.consultant, now), id, page, { kept });
          rows.push(...result.rows);
          if (page * SLOTS_FOR_CANDIDATE_PAGE_SIZE >= result.total) return rows;
        }
      };
      const kept = pages(true);
      expect(kept, `in ${days} days`).toEqual(pages(false));
      expect(pages(true)).toEqual(kept);
    }
  }

  async function afterChange(id: number, change: () => unknown) {
    expectKeptEqualsFresh(id);
    const shown = allRows(id, false);
    await change();
    expect(allRows(id, false), "the change changes the ranking").not.toEqual(shown);
    expectKeptEqualsFresh(id);
  }

  it("follows the day: a consent from tomorrow for one company moves that company's slots up", async () => {
    // The consent form takes no later day; a consent recorded from tomorrow by hand-written SQL does.
    const id = await makeCandidate(w.consultant, { alias: "Samtykke fra i morgen", days: ["mon", "tue"] }, { scope: "listed", companyIds: [String(companyIds[4]!)] });
    getDb().update(consents).set({ givenOn: addDays(today, 1) }).where(eq(consents.candidateId, id)).run();
    expectKeptEqualsFresh(id);
    const first = (days: number) => rankSlotsForCandidate(ctxFor(w.consultant, new Date(Date.now() + days * 86_400_000)), id, 1).result.rows[0]!;
    expect(first(0).hardMisfits.map((l) => l.factor)).toContain("consent");
    expect(first(2).hardMisfits).toEqual([]);
  });

  it("stays equal through the candidate's profile, consent and placement", async () => {
    const id = await makeCandidate(w.consultant, { alias: "Skifter meget", days: ["mon", "tue"] }, { givenOn: addDays(today, -30), expiresOn: addDays(today, 1) });
    const stored = () => getDb().select().from(candidates).where(eq(candidates.id, id)).get()!;
    await afterChange(id, () => getDb().update(candidates).set({ days: ["wed", "thu", "fri"] }).where(eq(candidates.id, id)).run());
    await afterChange(id, () => getDb().update(candidates).set({ hoursNow: stored().hoursNow + 10, goalHours: 30 }).where(eq(candidates.id, id)).run());
    await afterChange(id, () => withdrawConsent(ctxFor(w.consultant), { candidateId: id }));
    await afterChange(id, () => recordConsent(ctxFor(w.consultant), { candidateId: id, ...consentInput.parse({ givenOn: today, method: "signed_form", scope: "any", expiresOn: addDays(today, 90), sections: [] }) }));
    await afterChange(id, async () => {
      const p = propose(ctxFor(w.consultant), { candidateId: id, slotId: slotIds[3]!, motivation: "Stabil og glad for faste opgaver." });
      const hr = getDb().select().from(users).where(eq(users.companyId, companyIds[0]!)).get()!;
      transitionProposal(ctxFor(hr), { proposalId: p, version: 1, command: "inviteToMeeting", meeting: { meetingDate: today, meetingTime: "10:00", meetingPlace: "Butikken" } });
      transitionProposal(ctxFor(hr), { proposalId: p, version: 2, command: "accept" });
    });
  });
});
