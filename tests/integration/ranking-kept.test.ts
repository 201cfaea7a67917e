/**
 * The order of the candidates without a hard misfit for a slot is kept in memory under the
 * jobcentre's counter of changes to what it reads (`change_counters` 'candidate_fit_changes',
 * migration 0026's triggers), the slot's fit facts as read on each view, and the day (decision
 * 087). Kept equals worked out anew, page by page, today and two days on, after every way the
 * ranking changes — a profile edited, a name, consent given, withdrawn, withdrawn for the slot's
 * company, a proposal accepted, a placement ended, a new candidate; by hand-written SQL (the
 * days, a consent's expiry, its scope, a company's withdrawal, a placement's status, a proposal's
 * status, a candidate moved to another jobcentre); a slot's working days changed (no counter: the
 * slot is part of the key) — each asked right after the same order was kept, and each change
 * checked to change the ranking, so a kept order that missed it would show.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, consentCompanies, consents, placements, proposals, slots } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { recordConsent, updateCandidate, withdrawConsent } from "~/domain/candidates/commands.server";
import { consentInput } from "~/domain/candidates/schema";
import { dashboardCacheSize } from "~/domain/dashboard/cache.server";
import { endPlacement } from "~/domain/placements/ending-commands.server";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { rankCandidatesForSlot, RANK_PAGE_SIZE } from "~/domain/proposals/queries.server";
import { changeCount } from "~/domain/shared/list-counts.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, makeCandidate, makeCompany, makeOpenSlot, makePlacement, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let slotId: number;
const DAY = 86_400_000;
const today = copenhagenDate(new Date());
const ids: Record<string, number> = {};

/** Every page of the ranking as the consultant sees it, kept or worked out anew. */
function allPages(now: Date, kept: boolean) {
  const pages = [];
  for (let page = 1; ; page++) {
    const { result } = rankCandidatesForSlot(ctxFor(w.consultant, now), slotId, page, { kept });
    pages.push(result);
    if (page * RANK_PAGE_SIZE >= result.total) return pages;
  }
}

/** Kept equals anew on every page, today and in two days (a consent runs out tomorrow); asked again, the same. */
function expectKeptEqualsFresh() {
  for (const days of [0, 2]) {
    const now = new Date(Date.now() + days * DAY);
    const kept = allPages(now, true);
    expect(kept, `in ${days} days`).toEqual(allPages(now, false));
    expect(allPages(now, true)).toEqual(kept);
  }
}

const ranking = () => allPages(new Date(), false);
const changesAt = (jobcentreId: number) => changeCount(getDb(), "candidate_fit_changes", jobcentreId);

/** Keeps the order, makes the change (which must raise the counter, unless told, and change the ranking), and compares right after. */
async function afterChange(change: () => unknown, { raises = true } = {}) {
  expectKeptEqualsFresh();
  const [before, shown] = [changesAt(w.jc.id), ranking()];
  await change();
  if (raises) expect(changesAt(w.jc.id)).toBeGreaterThan(before);
  else expect(changesAt(w.jc.id)).toBe(before);
  expect(ranking(), "the change changes the ranking").not.toEqual(shown);
  expectKeptEqualsFresh();
}

const row = (id: number) => getDb().select().from(candidates).where(eq(candidates.id, id)).get()!;

/** The profile command with some fields changed, the rest as stored. */
function editProfile(id: number, over: Partial<typeof candidates.$inferSelect>) {
  const { id: _id, jobcentreId: _j, anonymisedAt: _a, version, createdAt: _c, updatedAt: _u, consentExpiresOn: _e, ...profile } = row(id);
  updateCandidate(ctxFor(w.consultant), { ...profile, ...over, candidateId: id, version } as Parameters<typeof updateCandidate>[1]);
}

const consentOf = (candidateId: number) => getDb().select().from(consents).where(eq(consents.candidateId, candidateId)).all().find((c) => c.replacedAt == null)!;

beforeAll(async () => {
  w = await makeWorld();
  slotId = await makeOpenSlot(w, { seats: 3 }); // Aarhus (8000), Monday to Wednesday, 8 → 12 hours
  // More than a page of candidates who fit in different degrees, and some with a hard misfit.
  for (let i = 0; i < 24; i++) {
    ids[`c${i}`] = await makeCandidate(w.consultant, { alias: `Kandidat ${String(i).padStart(2, "0")}`, hoursNow: String(4 + (i % 8)), goalHours: i % 3 ? "20" : "" });
  }
  ids.noConsent = await makeCandidate(w.consultant, { alias: "Uden samtykke" }, null);
  ids.listed = await makeCandidate(w.consultant, { alias: "Kun firma A" }, { scope: "listed", companyIds: [String(w.companyA.id)] });
  const other = (await makeCompany(w.jc.id)).company;
  ids.listedOther = await makeCandidate(w.consultant, { alias: "Kun et andet firma" }, { scope: "listed", companyIds: [String(other.id)] });
  ids.expiring = await makeCandidate(w.consultant, { alias: "Udløber i morgen" }, { givenOn: addDays(today, -30), expiresOn: addDays(today, 1) });
  ids.placement = (await makePlacement(w)).id;
  ids.elsewhere = await makeOpenSlot(w, { seats: 2 });
}, 120_000);

describe("the kept order of candidates for a slot", () => {
  it("equals the order worked out anew, on every page and day, and is kept", () => {
    expectKeptEqualsFresh();
    expect(allPages(new Date(), true)[0]!.rows).toHaveLength(RANK_PAGE_SIZE);
    const size = dashboardCacheSize(getDb());
    allPages(new Date(), true);
    expect(dashboardCacheSize(getDb())).toBe(size);
  });

  it("stays equal through the commands: a profile and a name edited, consent given and withdrawn, a proposal accepted, a placement ended, a new candidate", async () => {
    await afterChange(() => editProfile(ids.c0!, { hoursNow: 30 }));
    await afterChange(() => editProfile(ids.c8!, { alias: "Kandidat 00 B" }));
    await afterChange(() =>
      recordConsent(ctxFor(w.consultant), { candidateId: ids.noConsent!, ...consentInput.parse({ givenOn: today, method: "signed_form", scope: "any", expiresOn: addDays(today, 90), sections: [] }) }),
    );
    await afterChange(() => withdrawConsent(ctxFor(w.consultant), { candidateId: ids.c1! }));
    // Withdrawn for one company: only a company the candidate has been proposed to.
    propose(ctxFor(w.consultant), { candidateId: ids.c2!, slotId, motivation: "Stabil og glad for faste opgaver." });
    await afterChange(() => withdrawConsent(ctxFor(w.consultant), { candidateId: ids.c2!, companyId: w.companyA.id }));
    await afterChange(() => {
      const p = propose(ctxFor(w.consultant), { candidateId: ids.c3!, slotId: ids.elsewhere!, motivation: "Stabil og glad for faste opgaver." });
      transitionProposal(ctxFor(w.hr), { proposalId: p, version: 1, command: "inviteToMeeting", meeting: { meetingDate: today, meetingTime: "10:00", meetingPlace: "Butikken" } });
      transitionProposal(ctxFor(w.hr), { proposalId: p, version: 2, command: "accept" });
    });
    await afterChange(() => {
      const version = getDb().select({ v: placements.version }).from(placements).where(eq(placements.id, ids.placement!)).get()!.v;
      endPlacement(ctxFor(w.hr), { placementId: ids.placement!, version, kind: "interrupted", endedOn: today, reason: "not_a_match", reasonText: "For ensformigt", outcome: "continued_search", outcomeHours: null });
    });
    await afterChange(() => makeCandidate(w.consultant, { alias: "Aa ny og stærk", hoursNow: "25", goalHours: "30", wishIndustries: ["retail"] }));
  });

  it("stays equal after hand-written SQL, and a column the ranking does not read raises nothing", async () => {
    const db = getDb();
    await afterChange(() => db.update(candidates).set({ days: ["fri"] }).where(eq(candidates.id, ids.c4!)).run());
    await afterChange(() => db.update(consents).set({ expiresOn: addDays(today, -1) }).where(eq(consents.id, consentOf(ids.c5!).id)).run());
    await afterChange(() => db.update(consentCompanies).set({ withdrawnAt: new Date() }).where(eq(consentCompanies.consentId, consentOf(ids.listed!).id)).run());
    await afterChange(() => db.update(consents).set({ scope: "any" }).where(eq(consents.id, consentOf(ids.listedOther!).id)).run());
    await afterChange(() => db.update(placements).set({ status: "active" }).where(eq(placements.id, ids.placement!)).run());
    await afterChange(() => db.update(proposals).set({ status: "declined" }).where(eq(proposals.candidateId, ids.c3!)).run());
    // Moved to the other jobcentre by hand: both counters raised.
    const there = changesAt(w.otherJc.id);
    await afterChange(() => db.update(candidates).set({ jobcentreId: w.otherJc.id }).where(eq(candidates.id, ids.c6!)).run());
    expect(changesAt(w.otherJc.id)).toBe(there + 1);
    // What the ranking does not read writes nothing.
    const before = changesAt(w.jc.id);
    db.update(candidates).set({ strengths: "Noget andet", supportText: "Andet", version: row(ids.c7!).version + 1 }).where(eq(candidates.id, ids.c7!)).run();
    db.update(consents).set({ sections: ["support", "experience"] }).where(eq(consents.id, consentOf(ids.c7!).id)).run();
    expect(changesAt(w.jc.id)).toBe(before);
    expectKeptEqualsFresh();
  });

  it("stays equal when the slot changes (its fit facts are part of the key, no counter needed)", async () => {
    await afterChange(() => getDb().update(slots).set({ workingDays: ["thu", "fri"] }).where(eq(slots.id, slotId)).run(), { raises: false });
    await afterChange(() => getDb().update(slots).set({ startHours: 20 }).where(eq(slots.id, slotId)).run(), { raises: false });
  });
});
