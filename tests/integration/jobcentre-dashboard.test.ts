import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "~/domain/candidates/consent";
import { jobcentreDashboard } from "~/domain/dashboard/queries.server";
import { startPlacement } from "~/domain/placements/commands.server";
import { listPlacements } from "~/domain/placements/queries.server";
import { endPlacement } from "~/domain/placements/ending-commands.server";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { call, testContext } from "../http";
import { getDb } from "~/db/client.server";
import { placements } from "~/db/schema";
import { eq } from "drizzle-orm";
import { ctxFor, makeAcceptedProposal, makeCandidate, makeOpenSlot, makeSlot, makeUser, makeWorld, placementStartFor, sessionCookieFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let colleague: Awaited<ReturnType<typeof makeUser>>;
const ids = { submitted: 0, openEmpty: 0, placement: 0, expiring: 0 };
const today = () => copenhagenDate(new Date());
const period = () => ({ from: addDays(today(), -60), to: today() });

beforeAll(async () => {
  w = await makeWorld();
  colleague = await makeUser("consultant", { jobcentreId: w.jc.id });
  ids.submitted = await makeSlot({ hr: w.hr, status: "submitted" });
  ids.openEmpty = await makeOpenSlot(w);
  // A placement of the consultant's candidate: 8 hours at the start, 10 from week 4 (it is in week 4 now).
  const slot = await makeOpenSlot(w);
  const { proposalId } = await makeAcceptedProposal(w, slot);
  ids.placement = startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { startDate: addDays(today(), -27), steps: [{ afterWeeks: 3, hours: 10 }] }));
  // A consent that ends in 10 days.
  ids.expiring = await makeCandidate(w.consultant, {}, { expiresOn: addDays(today(), 10) });
  // A decline by the company.
  const declined = await makeOpenSlot(w);
  const candidateId = await makeCandidate(w.consultant);
  const id = propose(ctxFor(w.consultant), { candidateId, slotId: declined, motivation: "Stabil og glad for faste opgaver." });
  transitionProposal(ctxFor(w.hr), { proposalId: id, version: 1, command: "decline", decline: { reason: "tasks", reasonText: null, shareWithCandidate: false } });
});

describe("the jobcentre dashboard", () => {
  it("lists what waits: slots to review, open slots without a proposal, flagged placements, expiring consents", () => {
    const d = jobcentreDashboard(ctxFor(w.consultant), { ...period(), scope: "jobcentre" });
    expect(d.work.review.rows.map((r) => r.id)).toEqual([ids.submitted]);
    expect(d.work.review.rows[0]!.days).toBe(0);
    // Slots with a proposal (the placement's, the declined one) are not "without a proposal".
    expect(d.work.openWithoutProposal.rows.map((r) => r.id)).toEqual([ids.openEmpty]);
    expect(d.work.atRisk.rows.map((r) => r.id)).toEqual([ids.placement]);
    expect(d.work.atRisk.rows[0]!.flags.map((f) => f.kind)).toContain("followUpOverdue");
    expect(d.work.expiringConsents.rows.map((r) => r.id)).toEqual([ids.expiring]);
    // The list behind "at risk": the placement list's atRisk filter holds the same placements.
    expect(listPlacements(ctxFor(w.consultant), { page: 1, atRisk: true }).rows.map((r) => r.id)).toEqual([ids.placement]);
    expect(listPlacements(ctxFor(w.consultantOther), { page: 1, atRisk: true }).total).toBe(0);
  });

  it("counts the period's figures from the jobcentre's rows", () => {
    const d = jobcentreDashboard(ctxFor(w.consultant), { ...period(), scope: "jobcentre" });
    expect(d.hours).toEqual({ placements: 1, medianStart: 8, medianLatest: 10, lowRaised: { n: 1, of: 1, share: 1 } });
    // Three slots opened today; two got a proposal the same day, one a start 27 days before it opened.
    expect(d.timing).toMatchObject({ opened: 3, proposed: 2, medianDaysToProposal: 0, started: 1, medianDaysToStart: 0 });
    expect(d.declines).toEqual({ total: 1, byReason: [{ reason: "tasks", n: 1 }] });
    expect(d.trends.proposals.reduce((a, b) => a + b, 0)).toBe(2);
    expect(d.trends.starts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(d.trends.declines.reduce((a, b) => a + b, 0)).toBe(1);
    // A period that ends before anything happened counts nothing.
    const before = jobcentreDashboard(ctxFor(w.consultant), { from: addDays(today(), -400), to: addDays(today(), -300), scope: "jobcentre" });
    expect(before.hours.placements).toBe(0);
    expect(before.timing.opened).toBe(0);
    expect(before.declines.total).toBe(0);
  });

  it("'mine' counts only the candidates the consultant is responsible for; slots stay the jobcentre's", () => {
    const mine = jobcentreDashboard(ctxFor(colleague), { ...period(), scope: "mine" });
    expect(mine.hours.placements).toBe(0);
    expect(mine.declines.total).toBe(0);
    expect(mine.work.atRisk.total).toBe(0);
    expect(mine.work.expiringConsents.total).toBe(0);
    expect(mine.work.review.total).toBe(1);
    expect(jobcentreDashboard(ctxFor(w.consultant), { ...period(), scope: "mine" }).hours.placements).toBe(1);
  });

  it("the lists behind 'mine' and 'my team' keep the scope: the placement list narrows to a consultant or a team", async () => {
    const { setStaffTeam } = await import("~/domain/users/teams.server");
    const { companyPlacementsList, jobcentrePlacementsList } = await import("~/http/lists/placements.server");
    const { loader: placementsPage } = await import("~/routes/jobcentre/placements/index");
    const atRisk = (ctx: ReturnType<typeof ctxFor>, over: { responsible?: number; team?: string }) => listPlacements(ctx, { page: 1, atRisk: true, ...over }).rows.map((r) => r.id);
    expect(atRisk(ctxFor(w.consultant), { responsible: w.consultant.id })).toEqual([ids.placement]);
    expect(atRisk(ctxFor(w.consultant), { responsible: colleague.id })).toEqual([]);
    // Another jobcentre's consultant naming ours sees nothing of ours.
    expect(atRisk(ctxFor(w.consultantOther), { responsible: w.consultant.id })).toEqual([]);
    setStaffTeam(ctxFor(w.admin), { userId: w.consultant.id, team: "Team Vest" });
    setStaffTeam(ctxFor(w.admin), { userId: colleague.id, team: "Team Øst" });
    expect(atRisk(ctxFor(colleague), { team: "Team Vest" })).toEqual([ids.placement]);
    expect(atRisk(ctxFor(colleague), { team: "Team Øst" })).toEqual([]);
    expect(atRisk(ctxFor(w.consultantOther), { team: "Team Vest" })).toEqual([]);
    // The URL carries them on the jobcentre's list; the company's list ignores them (they name the jobcentre's people).
    const search = (q: string) => ({ search: new URLSearchParams(q), params: {}, page: 1, pageSize: 20 });
    expect(jobcentrePlacementsList.load(ctxFor(colleague), search("atRisk=1&team=Team%20%C3%98st")).result.total).toBe(0);
    expect(jobcentrePlacementsList.load(ctxFor(colleague), search(`atRisk=1&responsible=${w.consultant.id}`)).result.total).toBe(1);
    expect(companyPlacementsList.load(ctxFor(w.hr), search(`responsible=${colleague.id}&team=Team%20%C3%98st`)).result.rows.map((r) => r.id)).toContain(ids.placement);
    // The placement page reads them from the URL and keeps them (its form sends them on).
    const list = await call(placementsPage as Parameters<typeof call>[0], { url: "/jobcentre/placements?atRisk=1&team=Team%20Vest", cookie: sessionCookieFor(w.consultant.id), context: testContext() });
    const body = list.body as { result: { rows: { id: number }[] }; filters: { team?: string } };
    expect(body.filters.team).toBe("Team Vest");
    expect(body.result.rows.map((r) => r.id)).toEqual([ids.placement]);
  });

  it("counts an ended placement's outcome: paid hours, and 13 weeks not reached when it ended before the mark", async () => {
    const w2 = await makeWorld();
    const { proposalId } = await makeAcceptedProposal(w2, await makeOpenSlot(w2));
    // 8 hours, 10 from week 2; it ended in week 1, so its latest hours are 8, not today's 10.
    const id = startPlacement(ctxFor(w2.hr), placementStartFor(proposalId, { startDate: addDays(today(), -27), steps: [{ afterWeeks: 1, hours: 10 }] }));
    const version = getDb().select({ v: placements.version }).from(placements).where(eq(placements.id, id)).get()!.v;
    endPlacement(ctxFor(w2.consultant), { placementId: id, version, kind: "completed", endedOn: addDays(today(), -24), reason: null, reasonText: null, outcome: "smajob", outcomeHours: 8 });
    const d = jobcentreDashboard(ctxFor(w2.consultant), { ...period(), scope: "jobcentre" });
    expect(d.outcomes.paidHours).toEqual({ n: 1, of: 1, share: 1 });
    expect(d.outcomes.reached13Weeks).toEqual({ n: 0, of: 1, share: 0 });
    expect(d.outcomes.inWorkAfter3Months.of).toBe(0);
    expect(d.hours).toMatchObject({ placements: 1, medianStart: 8, medianLatest: 8, lowRaised: { n: 0, of: 1 } });
    // The first world's running placement has no answer yet, and w2's end is not its business.
    const first = jobcentreDashboard(ctxFor(w.consultant), { ...period(), scope: "jobcentre" });
    expect([first.outcomes.paidHours.of, first.outcomes.reached13Weeks.of]).toEqual([0, 0]);
  });

  it("never counts another jobcentre's rows, and refuses a company's people", () => {
    for (const user of [w.consultantOther, w.adminOther]) {
      const d = jobcentreDashboard(ctxFor(user), { ...period(), scope: "jobcentre" });
      expect([d.work.review.total, d.work.openWithoutProposal.total, d.work.atRisk.total, d.work.expiringConsents.total]).toEqual([0, 0, 0, 0]);
      expect([d.hours.placements, d.timing.opened, d.declines.total]).toEqual([0, 0, 0]);
    }
    expect(() => jobcentreDashboard(ctxFor(w.hr), { ...period(), scope: "jobcentre" })).toThrow();
    expect(() => jobcentreDashboard(ctxFor(w.mentor), { ...period(), scope: "jobcentre" })).toThrow();
  });

  it("the page's charts show the same figures as the counts", async () => {
    const { loader } = await import("~/routes/jobcentre/dashboard");
    const result = await call(loader as Parameters<typeof call>[0], { url: "/jobcentre/dashboard?period=thisYear&scope=mine", cookie: sessionCookieFor(w.admin.id), context: testContext() });
    expect(result.status).toBe(200);
    const body = result.body as { filters: { scope: string; from: string; to: string }; declines: { total: number }; declineChart: { bars: { id: string; value: number }[] }; trendChart: { series: { id: string; values: number[] }[] } };
    // The administrator is responsible for nobody here: their own figures are empty.
    expect(body.filters.scope).toBe("mine");
    const d = jobcentreDashboard(ctxFor(w.admin), { from: body.filters.from, to: body.filters.to, scope: "mine" });
    expect(body.declineChart.bars.map((b) => ({ reason: b.id, n: b.value }))).toEqual(d.declines.byReason);
    expect(body.declines).toEqual({ total: d.declines.total });
    expect(body.trendChart.series.map((s) => s.id)).toEqual(["proposals", "starts", "declines"]);
  });

  it("lays out the page once per kept figures: a repeat view reuses the charts, a change at the jobcentre lays them out afresh (decision 052)", async () => {
    const { loader } = await import("~/routes/jobcentre/dashboard");
    const url = "/jobcentre/dashboard?period=thisYear&scope=jobcentre";
    const view = async () => (await call(loader as Parameters<typeof call>[0], { url, cookie: sessionCookieFor(w.consultant.id), context: testContext() })).body as { trendChart: { series: { id: string; values: (number | null)[] }[] }; declineChart: unknown; declines: { total: number } };
    const first = await view();
    const again = await view();
    expect(again.trendChart).toBe(first.trendChart);
    expect(again.declineChart).toBe(first.declineChart);

    // A new decline this month: the next view's charts are made from the new figures.
    const slotId = await makeOpenSlot(w);
    const candidateId = await makeCandidate(w.consultant);
    const id = propose(ctxFor(w.consultant), { candidateId, slotId, motivation: "Stabil og glad for faste opgaver." });
    transitionProposal(ctxFor(w.hr), { proposalId: id, version: 1, command: "decline", decline: { reason: "hours_days", reasonText: null, shareWithCandidate: false } });
    const after = await view();
    expect(after.trendChart).not.toBe(first.trendChart);
    expect(after.declines.total).toBe(first.declines.total + 1);
    const body = after as unknown as { filters: { from: string; to: string } };
    const d = jobcentreDashboard(ctxFor(w.consultant), { from: body.filters.from, to: body.filters.to, scope: "jobcentre" });
    expect(after.trendChart.series.map((s) => s.values)).toEqual([d.trends.proposals, d.trends.starts, d.trends.declines]);
    const sum = (s: { values: (number | null)[] }) => s.values.reduce<number>((a, v) => a + (v ?? 0), 0);
    expect(sum(after.trendChart.series[2]!)).toBe(sum(first.trendChart.series[2]!) + 1);
  });
});
