import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { companies } from "~/db/schema";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { declineStatistics, monthsBetween } from "~/domain/proposals/queries.server";
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
    getDb().update(companies).set({ industry: "bakery_food" }).where(eq(companies.id, w.companyA.id)).run();
    expect(declineStatistics(ctxFor(w.consultant), { from: "2026-02-10", to: "2026-05-31", industry: "bakery_food" }).total).toBe(4);
    getDb().update(companies).set({ industry: "retail" }).where(eq(companies.id, w.companyA.id)).run();
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
    const body = result.body as { stats: { byReason: { reason: string; n: number }[]; byMonth: { n: number }[] }; byReasonChart: { bars: { id: string; value: number }[] }; byMonthChart: { series: { values: number[] }[] } };
    expect(body.byReasonChart.bars.map((b) => ({ reason: b.id, n: b.value }))).toEqual(body.stats.byReason);
    expect(body.byMonthChart.series[0]!.values).toEqual(body.stats.byMonth.map((m) => m.n));
    expect(body.byReasonChart.bars.map((b) => b.value)).toEqual([2, 1, 1]);
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
});
