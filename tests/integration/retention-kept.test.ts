/**
 * The administrator's list of what is anonymised within 30 days is kept in memory under the
 * jobcentre's counter of changes to what decides it (`change_counters` 'retention_changes',
 * migration 0028's triggers), the day and the retention period (decision 088). Kept equals worked
 * out anew, page by page, today and on later days and for two periods, after every way the list
 * changes — a new consent, an erasure, a hand-over, a new name, the nightly job; by hand-written
 * SQL (a consent's expiry, withdrawal and replacement, a placement's status and ending, a proposal
 * accepted, a candidate anonymised or created earlier) — each checked to change the list.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, consents, placementEndings, placements, proposals } from "~/db/schema";
import { recordConsent, updateCandidate } from "~/domain/candidates/commands.server";
import { addDays, addMonths } from "~/domain/candidates/consent";
import { consentInput } from "~/domain/candidates/schema";
import { dashboardCacheSize } from "~/domain/dashboard/cache.server";
import { endPlacement } from "~/domain/placements/ending-commands.server";
import { propose } from "~/domain/proposals/commands.server";
import { anonymiseDueCandidates, eraseCandidate } from "~/domain/retention/commands.server";
import { retentionOverview, RETENTION_PAGE_SIZE } from "~/domain/retention/queries.server";
import { changeCount } from "~/domain/shared/list-counts.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, handOver, makeCandidate, makeOpenSlot, makePlacement, makeUser, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const DAY = 86_400_000;
const today = copenhagenDate(new Date());
const ids: number[] = [];

/** Every page of the list as the administrator sees it, kept or worked out anew. */
function allPages(now: Date, months: number, kept: boolean) {
  const pages = [];
  for (let page = 1; ; page++) {
    const view = retentionOverview(ctxFor(w.admin, now), months, page, { kept });
    pages.push(view);
    if (page * RETENTION_PAGE_SIZE >= view.upcoming.total) return pages;
  }
}

/** Kept equals anew on every page, today and 5 and 40 days on, for 12 months and for 1; asked again, the same. */
function expectKeptEqualsFresh() {
  for (const days of [0, 5, 40]) {
    for (const months of [12, 1]) {
      const now = new Date(Date.now() + days * DAY);
      const kept = allPages(now, months, true);
      expect(kept, `in ${days} days, ${months} months`).toEqual(allPages(now, months, false));
      expect(allPages(now, months, true)).toEqual(kept);
    }
  }
}

const list = () => allPages(new Date(), 12, false);
const changesAt = (jobcentreId: number) => changeCount(getDb(), "retention_changes", jobcentreId);

/** Keeps the list, makes the change (which must raise the counter and change the list), and compares right after. */
async function afterChange(change: () => unknown) {
  expectKeptEqualsFresh();
  const [before, shown] = [changesAt(w.jc.id), list()];
  await change();
  expect(changesAt(w.jc.id)).toBeGreaterThan(before);
  expect(list(), "the change changes the list").not.toEqual(shown);
  expectKeptEqualsFresh();
}

const consentOf = (candidateId: number) => getDb().select().from(consents).where(eq(consents.candidateId, candidateId)).all().find((c) => c.replacedAt == null)!;
/** The consent ran out 12 months ago less `days`: anonymised in `days` days. */
const expiredAgo = (candidateId: number, days: number) =>
  getDb().update(consents).set({ expiresOn: addDays(addMonths(today, -12), days) }).where(eq(consents.id, consentOf(candidateId).id)).run();

beforeAll(async () => {
  w = await makeWorld();
  // More than a page due within 30 days, on different days, with names out of order.
  for (let i = 0; i < 30; i++) {
    const id = await makeCandidate(w.consultant, { alias: `Kandidat ${String(30 - i).padStart(2, "0")}` });
    expiredAgo(id, i % 12);
    ids.push(id);
  }
}, 120_000);

describe("the kept list of what is anonymised within 30 days", () => {
  it("equals the list worked out anew, on every page, day and period, and is kept", () => {
    expectKeptEqualsFresh();
    expect(list()[0]!.upcoming.rows).toHaveLength(RETENTION_PAGE_SIZE);
    const size = dashboardCacheSize(getDb());
    allPages(new Date(), 12, true);
    expect(dashboardCacheSize(getDb())).toBe(size);
  });

  it("stays equal through the commands: a new consent, a new name, a hand-over, an erasure, the nightly job", async () => {
    await afterChange(() =>
      recordConsent(ctxFor(w.consultant), { candidateId: ids[0]!, ...consentInput.parse({ givenOn: today, method: "signed_form", scope: "any", expiresOn: addDays(today, 90), sections: [] }) }),
    );
    await afterChange(() => {
      const { id, jobcentreId: _j, anonymisedAt: _a, version, createdAt: _c, updatedAt: _u, consentExpiresOn: _e, ...profile } = getDb().select().from(candidates).where(eq(candidates.id, ids[1]!)).get()!;
      updateCandidate(ctxFor(w.consultant), { ...profile, alias: "Aaa først nu", candidateId: id, version });
    });
    const colleague = await makeUser("consultant", { jobcentreId: w.jc.id });
    await afterChange(() => handOver(w.consultant, ids[2]!, colleague.id));
    await afterChange(() => eraseCandidate(ctxFor(w.admin), { candidateId: ids[3]! }));
    await afterChange(() => anonymiseDueCandidates({ db: getDb(), now: new Date() }));
  });

  it("stays equal after hand-written SQL, and a column the list does not read raises nothing", async () => {
    const db = getDb();
    await afterChange(() => expiredAgo(ids[5]!, 20));
    await afterChange(() => db.update(consents).set({ withdrawnAt: new Date(Date.now() - 400 * DAY) }).where(eq(consents.id, consentOf(ids[6]!).id)).run());
    await afterChange(() => db.update(consents).set({ replacedAt: new Date() }).where(eq(consents.id, consentOf(ids[7]!).id)).run());
    await afterChange(() => db.update(candidates).set({ createdAt: new Date(`${addDays(addMonths(today, -12), 4)}T10:00:00Z`) }).where(eq(candidates.id, ids[7]!)).run());
    await afterChange(() => db.update(candidates).set({ anonymisedAt: new Date() }).where(eq(candidates.id, ids[8]!)).run());
    // A proposal accepted by hand: the candidate is engaged, and kept.
    const slot = await makeOpenSlot(w, { seats: 2 });
    db.update(consents).set({ expiresOn: addDays(today, 30) }).where(eq(consents.id, consentOf(ids[9]!).id)).run();
    const p = propose(ctxFor(w.consultant), { candidateId: ids[9]!, slotId: slot, motivation: "Stabil og glad for faste opgaver." });
    expiredAgo(ids[9]!, 6);
    await afterChange(() => db.update(proposals).set({ status: "declined" }).where(eq(proposals.id, p)).run());
    // A placement that ended: its day, and its status set back by hand.
    const placed = await makePlacement(w);
    const version = db.select({ v: placements.version }).from(placements).where(eq(placements.id, placed.id)).get()!.v;
    endPlacement(ctxFor(w.hr), { placementId: placed.id, version, kind: "interrupted", endedOn: today, reason: "not_a_match", reasonText: "For ensformigt", outcome: "continued_search", outcomeHours: null });
    expiredAgo(placed.candidateId, 1);
    await afterChange(() => db.update(placementEndings).set({ endedOn: addDays(addMonths(today, -12), 9) }).where(eq(placementEndings.placementId, placed.id)).run());
    await afterChange(() => db.update(placements).set({ status: "active" }).where(eq(placements.id, placed.id)).run());
    // What the list does not read writes nothing.
    const before = changesAt(w.jc.id);
    db.update(candidates).set({ strengths: "Noget andet", supportText: "Andet" }).where(eq(candidates.id, ids[10]!)).run();
    db.update(consents).set({ sections: ["support", "experience"] }).where(eq(consents.id, consentOf(ids[10]!).id)).run();
    expect(changesAt(w.jc.id)).toBe(before);
    expectKeptEqualsFresh();
  });
});
