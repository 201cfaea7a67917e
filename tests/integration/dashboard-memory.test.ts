/**
 * The jobcentre dashboard kept in memory (decision 045): a repeat view is served from memory;
 * a change made through any command that touches what the dashboard shows is seen on the next
 * view (the command raised the jobcentre's dashboard version); the memory never holds more
 * than its bound; one jobcentre's version neither invalidates nor serves another's figures; a
 * new day computes afresh. Data changed behind the commands' back is seen after the next
 * command (the documented limit).
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { companies, slots } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { recordConsent, withdrawConsent } from "~/domain/candidates/commands.server";
import { consentInput } from "~/domain/candidates/schema";
import { updateCompanyProfile } from "~/domain/companies/commands.server";
import { clearDashboardCache, DASHBOARD_CACHE_SIZE, dashboardCacheSize } from "~/domain/dashboard/cache.server";
import { computeDashboard, jobcentreDashboard, type DashboardInput } from "~/domain/dashboard/queries.server";
import { dashboardVersion } from "~/domain/dashboard/versions.server";
import { keptAttention } from "~/domain/placements/attention-kept.server";
import { placementsNeedingAttention } from "~/domain/placements/progress.server";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { eraseCandidate } from "~/domain/retention/commands.server";
import { copenhagenDate, copenhagenMidnight } from "~/domain/shared/working-days";
import { setStaffTeam } from "~/domain/users/teams.server";
import { ctxFor, handOver, makeCandidate, makeOpenSlot, makeSlot, makeUser, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
type User = Awaited<ReturnType<typeof makeUser>>;
let w: World;
let colleague: User;
const today = copenhagenDate(new Date());
const period = { from: addDays(today, -60), to: today };
const view = (user: User, scope: DashboardInput["scope"] = "jobcentre", now = new Date()) => jobcentreDashboard(ctxFor(user, now), { ...period, scope });
const fresh = (user: User, scope: DashboardInput["scope"] = "jobcentre", now = new Date()) => computeDashboard(ctxFor(user, now), { ...period, scope });

beforeAll(async () => {
  w = await makeWorld();
  colleague = await makeUser("consultant", { jobcentreId: w.jc.id });
  await makeOpenSlot(w);
});

describe("the jobcentre dashboard in memory", () => {
  it("serves a repeat view from memory: the same figures, not computed again", () => {
    const first = view(w.consultant);
    expect(view(w.consultant)).toBe(first);
    expect(first).toEqual(fresh(w.consultant));
    // Each scope is its own entry: "mine" is the actor's, not the jobcentre's.
    expect(view(w.consultant, "mine")).not.toBe(first);
  });

  it("shows a change made through a command on the next view, in each work list and scope", async () => {
    /** Views, runs the change, views again: the new view is a fresh computation's and differs from the old one. */
    async function seen(what: string, change: () => unknown, user: User = w.consultant, scope: DashboardInput["scope"] = "jobcentre") {
      const before = view(user, scope);
      const version = dashboardVersion(getDb(), w.jc.id);
      await change();
      expect(dashboardVersion(getDb(), w.jc.id), `${what}: the version`).toBeGreaterThan(version);
      const after = view(user, scope);
      expect(after, `${what}: the next view`).toEqual(fresh(user, scope));
      expect(after, `${what}: the change shows`).not.toEqual(before);
      return after;
    }
    // A slot submitted for review (the review list); an open slot that gets its first proposal.
    await seen("a slot submitted", () => makeSlot({ hr: w.hr, status: "submitted" }));
    const slotId = await makeOpenSlot(w);
    const candidateId = await makeCandidate(w.consultant, {}, null);
    // A consent that runs out within the fortnight (the expiring consents), then withdrawn.
    await seen("a consent recorded", () =>
      recordConsent(ctxFor(w.consultant), { candidateId, ...consentInput.parse({ givenOn: today, method: "signed_form", scope: "any", expiresOn: addDays(today, 5), sections: ["support"] }) }),
    );
    let proposalId = 0;
    await seen("a proposal", () => {
      proposalId = propose(ctxFor(w.consultant), { candidateId, slotId, motivation: "Stabil og glad for faste opgaver." });
    });
    await seen("a decline", () =>
      transitionProposal(ctxFor(w.hr), { proposalId, version: 1, command: "decline", decline: { reason: "other", reasonText: "Vi har ikke plads lige nu", shareWithCandidate: false } }),
    );
    await seen("a consent withdrawn", () => withdrawConsent(ctxFor(w.consultant), { candidateId }));
    // The company's new name on the slot lists.
    const company = getDb().select().from(companies).where(eq(companies.id, w.companyA.id)).get()!;
    await seen("a company renamed", () => updateCompanyProfile(ctxFor(w.hr), { name: `${company.name} ApS`, industry: company.industry, version: company.version }));
    // The people of "mine" and "my team": a consent expiring soon makes the candidate show there.
    const theirs = await makeCandidate(colleague, {}, { expiresOn: addDays(today, 3) });
    await seen("a candidate handed over", () => handOver(w.admin, theirs, w.consultant.id), w.consultant, "mine");
    setStaffTeam(ctxFor(w.admin), { userId: w.consultant.id, team: "Team Nord" });
    const another = await makeCandidate(colleague, {}, { expiresOn: addDays(today, 4) });
    await seen("a colleague joining the team", () => setStaffTeam(ctxFor(w.admin), { userId: colleague.id, team: "Team Nord" }), w.consultant, "team");
    expect(view(w.consultant, "team").work.expiringConsents.rows.map((r) => r.id)).toContain(another);
    // Erased on request: the consent ends and the alias goes (the same anonymiser as the nightly retention job).
    await seen("a candidate erased", () => eraseCandidate(ctxFor(w.admin), { candidateId: another }), w.consultant, "team");
  });

  it("holds at most its bound, the least recently used going first", () => {
    clearDashboardCache(getDb());
    const ctx = ctxFor(w.consultant);
    const kept = view(w.consultant);
    for (let i = 0; i < DASHBOARD_CACHE_SIZE + 50; i++) {
      jobcentreDashboard(ctx, { from: addDays(today, -i - 1), to: today, scope: "jobcentre" });
      // Viewed again now and then: it stays while older entries go.
      if (i % 100 === 0) expect(view(w.consultant)).toBe(kept);
      expect(dashboardCacheSize(getDb())).toBeLessThanOrEqual(DASHBOARD_CACHE_SIZE);
    }
    expect(dashboardCacheSize(getDb())).toBe(DASHBOARD_CACHE_SIZE);
    expect(view(w.consultant)).toBe(kept);
    // The first custom periods were the least recently used: computed again.
    const oldest = { from: addDays(today, -1), to: today, scope: "jobcentre" as const };
    const again = jobcentreDashboard(ctx, oldest);
    expect(jobcentreDashboard(ctx, oldest)).toBe(again);
  });

  it("keeps each jobcentre's figures apart: another's change does not invalidate them, nor are they served to it", async () => {
    clearDashboardCache(getDb());
    const mine = view(w.consultant);
    const theirs = view(w.consultantOther);
    // Different data under equal version numbers and the same period and scope: never each other's.
    expect(theirs).not.toEqual(mine);
    expect(theirs).toEqual(fresh(w.consultantOther));
    // A change at the other jobcentre raises its version only.
    const version = dashboardVersion(getDb(), w.jc.id);
    await makeSlot({ hr: w.hrOther, status: "submitted" });
    expect(dashboardVersion(getDb(), w.jc.id)).toBe(version);
    expect(view(w.consultant)).toBe(mine);
    const theirsAfter = view(w.consultantOther);
    expect(theirsAfter).not.toBe(theirs);
    expect(theirsAfter.work.review.total).toBe(theirs.work.review.total + 1);
  });

  it("computes afresh on a new day: nothing that depends on today outlives midnight", () => {
    const midnight = copenhagenMidnight(addDays(today, 1)).getTime();
    const lateEvening = new Date(midnight - 60_000);
    const nextMorning = new Date(midnight + 60_000);
    const evening = jobcentreDashboard(ctxFor(w.consultant, lateEvening), { ...period, scope: "jobcentre" });
    expect(jobcentreDashboard(ctxFor(w.consultant, lateEvening), { ...period, scope: "jobcentre" })).toBe(evening);
    const morning = jobcentreDashboard(ctxFor(w.consultant, nextMorning), { ...period, scope: "jobcentre" });
    expect(morning).not.toBe(evening);
    expect(morning.today).toBe(addDays(today, 1));
    expect(morning).toEqual(computeDashboard(ctxFor(w.consultant, nextMorning), { ...period, scope: "jobcentre" }));
  });

  it("sees data changed behind the commands' back only after the next command (the documented limit)", async () => {
    const before = view(w.consultant);
    const open = before.work.openWithoutProposal.rows[0]!;
    getDb().update(slots).set({ title: "Ændret i hånden" }).where(eq(slots.id, open.id)).run();
    expect(view(w.consultant)).toBe(before);
    await makeSlot({ hr: w.hr, status: "submitted" });
    expect(view(w.consultant).work.openWithoutProposal.rows.find((r) => r.id === open.id)?.title).toBe("Ændret i hånden");
  });
});

describe("the jobcentre start page's attention box in memory (decision 050)", () => {
  it("is one entry for the jobcentre's staff, one for a company's HR, one for each mentor, kept until the version or the day moves", async () => {
    const box = keptAttention(ctxFor(w.consultant));
    expect(box).toEqual(placementsNeedingAttention(ctxFor(w.consultant)));
    expect(keptAttention(ctxFor(colleague))).toBe(box);
    expect(keptAttention(ctxFor(w.admin))).toBe(box);
    // Another jobcentre's box is its own entry.
    expect(keptAttention(ctxFor(w.consultantOther))).not.toBe(box);
    // A command that raises the version: the next view computes afresh.
    await makeSlot({ hr: w.hr, status: "submitted" });
    const after = keptAttention(ctxFor(w.consultant));
    expect(after).not.toBe(box);
    expect(after).toEqual(placementsNeedingAttention(ctxFor(w.consultant)));
    // A new day computes afresh (the flags depend on today).
    const nextMorning = new Date(copenhagenMidnight(addDays(today, 1)).getTime() + 60_000);
    expect(keptAttention(ctxFor(w.consultant, nextMorning))).not.toBe(after);
    // HR's box is the company's, the mentor's their own, each its own entry under the same version.
    const hr = keptAttention(ctxFor(w.hr));
    expect(keptAttention(ctxFor(w.hr))).toBe(hr);
    expect(hr).toEqual(placementsNeedingAttention(ctxFor(w.hr)));
    expect(keptAttention(ctxFor(w.mentor))).not.toBe(hr);
    expect(keptAttention(ctxFor(w.mentor))).toEqual(placementsNeedingAttention(ctxFor(w.mentor)));
    expect(keptAttention(ctxFor(w.hrOther))).not.toBe(hr);
    expect(keptAttention(ctxFor(w.consultant))).not.toBe(hr);
    await makeSlot({ hr: w.hr, status: "submitted" });
    expect(keptAttention(ctxFor(w.hr))).not.toBe(hr);
  });
});
