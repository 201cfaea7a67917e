import { beforeAll, describe, expect, it } from "vitest";
import { candidateColumns } from "~/components/lists/candidate-columns";
import { jobcentreProposalColumns } from "~/components/lists/proposal-columns";
import { addDays } from "~/domain/candidates/consent";
import { propose } from "~/domain/proposals/commands.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { csvLoader } from "~/http/list.server";
import { candidatesList } from "~/http/lists/candidates.server";
import { companyProposalsList, jobcentreProposalsList } from "~/http/lists/proposals.server";
import { translate } from "~/i18n/translate";
import { ctxFor, expectAudit, makeCandidate, makeOpenSlot, makeWorld, sessionCookieFor } from "../factories";
import { call, testContext } from "../http";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let anna: number;

beforeAll(async () => {
  w = await makeWorld();
  anna = await makeCandidate(w.consultant, { alias: "Liste Anna", hoursNow: "6", goalHours: "12" }, { givenOn: addDays(copenhagenDate(new Date()), -40) });
  await makeCandidate(w.consultant, { alias: "Liste Bo" }, null);
  const slot = await makeOpenSlot(w);
  propose(ctxFor(w.consultant, new Date(Date.now() - 20 * 86_400_000)), { candidateId: anna, slotId: slot, motivation: "Stabil og glad for faste opgaver." });
});

async function status(route: "candidates" | "jobcentre-proposals", url: string, userId: number) {
  const { loader } = (await import(`~/routes/csv/${route}.ts`)) as { loader: Parameters<typeof call>[0] };
  return (await call(loader, { url, cookie: sessionCookieFor(userId), context: testContext() })).status;
}

/** The CSV as lines, read straight from the loader's Response. */
async function csvLines(route: "candidates" | "jobcentre-proposals", url: string, userId: number): Promise<string[]> {
  const { loader } = (await import(`~/routes/csv/${route}.ts`)) as { loader: (args: unknown) => Response };
  const request = new Request(new URL(url, "http://localhost"), { headers: { Cookie: sessionCookieFor(userId) } });
  const response = loader({ request, params: {}, context: testContext() });
  expect(response.status).toBe(200);
  return (await response.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
}

const headers = (columns: readonly { header: Parameters<typeof translate>[1]; csv?: unknown }[]) =>
  columns
    .filter((c) => c.csv)
    .map((c) => translate("da", c.header))
    .join(";");

describe("the candidate and proposal lists as CSV", () => {
  it("the candidates: the page's columns, its filters, and an audit row", async () => {
    const lines = await csvLines("candidates", "/jobcentre/candidates.csv?q=Liste&consent=valid", w.consultant.id);
    expect(lines[0]).toBe(headers(candidateColumns));
    expect(lines.slice(1).map((l) => l.split(";")[0])).toEqual(["Liste Anna"]);
    expect(lines[1]).toContain(";6;12;");
    expectAudit("list.exported", { actorUserId: w.consultant.id, details: { list: "candidates", rows: 1, "filter.q": "Liste", "filter.consent": "valid" } });
    // Another jobcentre's consultant gets their own (empty) list, never these rows.
    expect(await csvLines("candidates", "/jobcentre/candidates.csv?q=Liste", w.consultantOther.id)).toHaveLength(1);
  });

  it("the page's rows carry exactly the candidate row's fields, each sort and filter (the list's load sends them as listCandidates writes them)", () => {
    const fields = ["id", "alias", "ageBand", "postcode", "targetGroup", "hoursNow", "goalHours", "responsible", "consentStatus", "consentExpiresOn", "openProposal"].sort();
    for (const query of ["q=Liste", "q=Liste&sort=consent", "q=Liste&sort=hours", "q=Liste&sort=updated", "q=Liste&consent=valid", "q=Liste&noOpenProposal=1", "consent=none"]) {
      const { result } = candidatesList.load(ctxFor(w.consultant), { search: new URLSearchParams(query), params: {}, page: 1 });
      expect(result.rows.length, query).toBeGreaterThan(0);
      for (const row of result.rows) expect(Object.keys(row).sort(), query).toEqual(fields);
    }
  });

  it("the proposals: the page's columns and the unanswered filter", async () => {
    const lines = await csvLines("jobcentre-proposals", "/jobcentre/proposals.csv?unanswered=1", w.consultant.id);
    expect(lines[0]).toBe(headers(jobcentreProposalColumns));
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toMatch(/^Liste Anna;.*;Foreslået;ja;/);
    expectAudit("list.exported", { actorUserId: w.consultant.id, details: { list: "proposals", rows: 1, "filter.unanswered": true } });
  });

  it("candidate data is exported only to jobcentre staff: a company's list with candidate data cannot become a download", () => {
    expect(candidatesList.candidateData && jobcentreProposalsList.candidateData).toBe(true);
    // The company's proposals download without the citizen (list-csvs.test.ts); marked as candidate data it could not be served.
    expect(() => csvLoader({ ...companyProposalsList, candidateData: true })).toThrow(/only jobcentre staff/);
    expect(() => csvLoader({ ...candidatesList, roles: ["consultant", "company_admin"] })).toThrow(/only jobcentre staff/);
    expect(() => csvLoader(candidatesList)).not.toThrow();
  });

  it("refuses HR and a mentor the candidates' CSV", async () => {
    expect(await status("candidates", "/jobcentre/candidates.csv", w.hr.id)).toBe(403);
    expect(await status("jobcentre-proposals", "/jobcentre/proposals.csv", w.mentor.id)).toBe(403);
  });
});
