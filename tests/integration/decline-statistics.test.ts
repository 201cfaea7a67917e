import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { companies, proposals } from "~/db/schema";
import { updateCompanyProfile } from "~/domain/companies/commands.server";
import { clearDashboardCache } from "~/domain/dashboard/cache.server";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { computeDeclineStatistics, declineStatistics, monthsBetween } from "~/domain/proposals/decline-statistics.server";
import { eraseCandidate } from "~/domain/retention/commands.server";
import { parseDeclinePeriod } from "~/http/filters/declines";
import { call, testContext } from "../http";
import { ctxFor, makeCandidate, makeOpenSlot, makeWorld, sessionCookieFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

/** A decline by HR at an exact instant, of a proposal made the day before. */
async function declineAt(iso: string, reason: "hours_days" | "tasks" | "other", text: string | null = null) {
  const slot = await makeOpenSlot(w);
  const candidateId = await makeCandidate(w.consultant, {}, { givenOn: "2026-01-05", expiresOn: "2027-01-04" });
  const at = new Date(iso);
  const id = propose(ctxFor(w.consultant, new Date(at.getTime() - 86_400_000)), { candidateId, slotId: slot, motivation: "Stabil og glad for faste opgaver." });
  transitionProposal(ctxFor(w.hr, at), { proposalId: id, version: 1, command: "decline", decline: { reason, reasonText: text, shareWithCandidate: false } });
}

/** HR renames nothing but the company's industry, through the profile command. */
function setIndustry(industry: "retail" | "bakery_food") {
  const company = getDb().select({ name: companies.name, version: companies.version }).from(companies).where(eq(companies.id, w.companyA.id)).get()!;
  updateCompanyProfile(ctxFor(w.hr), { name: company.name, industry, version: company.version });
}

beforeAll(async () => {
  w = await makeWorld();
  // 00:30 on 1 April in Copenhagen (summer time) is still 31 March in UTC.
  await declineAt("2026-03-31T22:30:00Z", "hours_days");
  await declineAt("2026-03-15T10:00:00Z", "hours_days");
  await declineAt("2026-03-20T10:00:00Z", "tasks");
  await declineAt("2026-05-02T10:00:00Z", "other", "Vi skal bruge en, der kan starte kl. 6");
});

describe("decline reasons counted by reason, industry and month", () => {
  it("counts whole Danish days: a decline at 00:30 Danish time belongs to that day and month", () => {
    const march = declineStatistics(ctxFor(w.consultant), { from: "2026-03-01", to: "2026-03-31" });
    expect(march.total).toBe(2);
    expect(march.byReason).toEqual([
      { reason: "hours_days", n: 1 },
      { reason: "tasks", n: 1 },
    ]);
    const april = declineStatistics(ctxFor(w.consultant), { from: "2026-04-01", to: "2026-04-30" });
    expect(april.byReason).toEqual([{ reason: "hours_days", n: 1 }]);
  });

  it("counts per month over the period, empty months as 0, and by industry", () => {
    const stats = declineStatistics(ctxFor(w.consultant), { from: "2026-02-10", to: "2026-05-31" });
    expect(stats.byMonth).toEqual([
      { month: "2026-02", n: 0 },
      { month: "2026-03", n: 2 },
      { month: "2026-04", n: 1 },
      { month: "2026-05", n: 1 },
    ]);
    expect(stats.byReasonAndIndustry).toEqual([
      { industry: "retail", reason: "hours_days", n: 2 },
      { industry: "retail", reason: "other", n: 1 },
      { industry: "retail", reason: "tasks", n: 1 },
    ]);
    expect(stats.otherTexts).toEqual(["Vi skal bruge en, der kan starte kl. 6"]);
    expect(declineStatistics(ctxFor(w.consultant), { from: "2026-02-10", to: "2026-05-31", industry: "retail" }).total).toBe(4);
    expect(declineStatistics(ctxFor(w.consultant), { from: "2026-02-10", to: "2026-05-31", industry: "bakery_food" }).total).toBe(0);
    // A company's industry changes through its profile (a command: the counts kept in memory follow, decision 052).
    setIndustry("bakery_food");
    expect(declineStatistics(ctxFor(w.consultant), { from: "2026-02-10", to: "2026-05-31", industry: "bakery_food" }).total).toBe(4);
    setIndustry("retail");
    // Another jobcentre counts its own declines only.
    expect(declineStatistics(ctxFor(w.consultantOther), { from: "2026-02-10", to: "2026-05-31" }).total).toBe(0);
  });

  it("reads the period from the address: 90 days by default, swapped when reversed, at most 36 months", () => {
    const today = "2026-12-02";
    expect(parseDeclinePeriod(new URLSearchParams(""), today)).toEqual({ from: "2026-09-03", to: today, industry: undefined });
    expect(parseDeclinePeriod(new URLSearchParams("from=2026-05-01&to=2026-02-01&industry=retail"), today)).toEqual({ from: "2026-02-01", to: "2026-05-01", industry: "retail" });
    expect(parseDeclinePeriod(new URLSearchParams("from=2010-01-01&to=2026-02-30&industry=bank"), today)).toEqual({ from: "2023-12-02", to: today, industry: undefined });
    // A month that does not exist is ignored, not an error page.
    expect(parseDeclinePeriod(new URLSearchParams("from=2026-13-01&to=2026-00-10"), today)).toEqual({ from: "2026-09-03", to: today, industry: undefined });
    expect(monthsBetween("2025-11-20", "2026-02-01")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("the page's chart shows the same figures as the counts", async () => {
    const { loader } = await import("~/routes/jobcentre/decline-reasons");
    const result = await call(loader as Parameters<typeof call>[0], { url: "/jobcentre/decline-reasons?from=2026-03-01&to=2026-05-31", cookie: sessionCookieFor(w.consultant.id), context: testContext() });
    const body = result.body as { stats: Record<string, unknown>; byReasonChart: { bars: { id: string; value: number }[] }; byMonthChart: { series: { values: number[] }[] } };
    const stats = declineStatistics(ctxFor(w.consultant), { from: "2026-03-01", to: "2026-05-31" });
    expect(body.byReasonChart.bars.map((b) => ({ reason: b.id, n: b.value }))).toEqual(stats.byReason);
    expect(body.byMonthChart.series[0]!.values).toEqual(stats.byMonth.map((m) => m.n));
    // The counts by reason and month go to the page once, as the charts' figures (decision 052).
    expect(body.stats).toEqual({ total: stats.total, byReasonAndIndustry: stats.byReasonAndIndustry, otherTexts: stats.otherTexts });
    expect(body.byReasonChart.bars.map((b) => b.value)).toEqual([2, 1, 1]);
    // Laid out once per kept counts (decision 052).
    const again = await call(loader as Parameters<typeof call>[0], { url: "/jobcentre/decline-reasons?from=2026-03-01&to=2026-05-31", cookie: sessionCookieFor(w.consultant.id), context: testContext() });
    expect((again.body as typeof body).byMonthChart).toBe(body.byMonthChart);
  });

  it("lists the declines one by one with their reason, on the page and in the jobcentre's CSV", async () => {
    const { jobcentreProposalsList } = await import("~/http/lists/proposals.server");
    const { loader } = await import("~/routes/csv/jobcentre-proposals");
    const listed = jobcentreProposalsList.load(ctxFor(w.consultant), { search: new URLSearchParams("status=declined"), params: {}, page: 1, pageSize: 20 }).result.rows;
    expect(listed.map((r) => r.declineReason).sort()).toEqual(["hours_days", "hours_days", "other", "tasks"]);
    // Another jobcentre's consultant gets none of them.
    expect(jobcentreProposalsList.load(ctxFor(w.consultantOther), { search: new URLSearchParams("status=declined"), params: {}, page: 1, pageSize: 20 }).result.total).toBe(0);
    const request = new Request("http://localhost/jobcentre/proposals.csv?status=declined", { headers: { Cookie: sessionCookieFor(w.consultant.id) } });
    const response = (loader as unknown as (a: unknown) => Response)({ request, params: {}, context: testContext() });
    const lines = (await response.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/;Grund$/);
    expect(lines.filter((l) => l.includes("Timer eller dage passer ikke"))).toHaveLength(2);
    expect(lines.filter((l) => l.includes("Opgaverne passer ikke"))).toHaveLength(1);
  });

  it("keeps the counts in memory under the dashboard's version: a decline, an erasure and an industry change show on the next view (decision 052)", async () => {
    const period = { from: "2026-01-01", to: "2026-12-31" };
    const fresh = () => computeDeclineStatistics(ctxFor(w.consultant), w.consultant.jobcentreId!, period);
    const first = declineStatistics(ctxFor(w.consultant), period);
    // A repeat view is the kept object itself, equal to a fresh count.
    expect(declineStatistics(ctxFor(w.consultant), period)).toBe(first);
    expect(first).toEqual(fresh());

    // A new decline (a proposal transition).
    await declineAt("2026-06-10T10:00:00Z", "other", "Vi har ikke plads i juni");
    const afterDecline = declineStatistics(ctxFor(w.consultant), period);
    expect(afterDecline.total).toBe(first.total + 1);
    expect(afterDecline.otherTexts).toContain("Vi har ikke plads i juni");
    expect(afterDecline).toEqual(fresh());

    // An erasure empties the company's own words about the candidate.
    const declined = getDb().select({ id: proposals.candidateId }).from(proposals).where(eq(proposals.declineText, "Vi har ikke plads i juni")).get()!;
    eraseCandidate(ctxFor(w.admin), { candidateId: declined.id });
    const afterErasure = declineStatistics(ctxFor(w.consultant), period);
    expect(afterErasure.otherTexts).not.toContain("Vi har ikke plads i juni");
    expect(afterErasure).toEqual(fresh());

    // The company's industry, through its profile.
    const retail = declineStatistics(ctxFor(w.consultant), { ...period, industry: "bakery_food" });
    setIndustry("bakery_food");
    expect(declineStatistics(ctxFor(w.consultant), { ...period, industry: "bakery_food" }).total).toBe(retail.total + afterErasure.total);
    setIndustry("retail");
    expect(declineStatistics(ctxFor(w.consultant), period)).toEqual(fresh());
    clearDashboardCache(getDb());
  });
});
