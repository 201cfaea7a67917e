/**
 * The CSVs of issue 13's newer lists: the follow-ups across placements (both sides) and the
 * company's proposals. Same columns as the pages, the page's filter, Danish-Excel format, audited;
 * candidate data (the citizen, the reported figures) only in the jobcentre's file; another
 * tenant sees none of the rows; a wrong role is refused.
 */
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, followUps, placements } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { startPlacement } from "~/domain/placements/commands.server";
import { listFollowUps } from "~/domain/placements/follow-up-list.server";
import { propose } from "~/domain/proposals/commands.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { WEEKDAYS } from "~/domain/slots/vocabulary";
import { followUpListColumns } from "~/components/lists/follow-up-list-columns";
import { companyProposalColumns } from "~/components/lists/proposal-columns";
import { translate } from "~/i18n/translate";
import { ctxFor, sendFollowUp, expectAudit, makeAcceptedProposal, makeCandidate, makeOpenSlot, makeUser, makeWorld, placementStartFor, sessionCookieFor } from "../factories";
import { type call, testContext } from "../http";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let otherMentor: Awaited<ReturnType<typeof makeUser>>;
let placementId: number;
let alias: string;
/** The weeks to do now: not sent, from 6 days before their day (the schedule falls on working days). */
let todoWeeks: number[];
const today = () => copenhagenDate(new Date());

type CsvRoute = "company-follow-ups" | "jobcentre-all-follow-ups" | "company-proposals";

/** The download as the browser gets it: the bytes (the BOM first), then the lines. */
async function csv(route: CsvRoute, url: string, userId: number): Promise<{ status: number; bom: boolean; lines: string[] }> {
  const { loader } = (await import(`~/routes/csv/${route}.ts`)) as { loader: Parameters<typeof call>[0] };
  try {
    const request = new Request(new URL(url, "http://localhost"), { headers: { Cookie: sessionCookieFor(userId) } });
    const response = (loader as unknown as (a: unknown) => Response)({ request, params: {}, context: testContext() });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, "");
    return { status: response.status, bom, lines: text.trimEnd().split("\r\n") };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, bom: false, lines: [] };
    throw thrown;
  }
}

const headers = (columns: readonly { header: Parameters<typeof translate>[1]; csv?: unknown }[]) =>
  columns
    .filter((c) => c.csv)
    .map((c) => translate("da", c.header))
    .join(";");

beforeAll(async () => {
  w = await makeWorld();
  otherMentor = await makeUser("mentor", { companyId: w.companyA.id });
  const slot = await makeOpenSlot(w, { seats: 2 });
  const { proposalId, candidateId } = await makeAcceptedProposal(w, slot);
  alias = getDb().select({ alias: candidates.alias }).from(candidates).where(eq(candidates.id, candidateId)).get()!.alias;
  // Started 20 days ago, working every day, so each week's follow-up day is its 7th day whatever
  // weekday today is: weeks 1 and 2 are past their day, week 3's day is today; week 1 is sent.
  placementId = startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { startDate: addDays(today(), -20), workingDays: [...WEEKDAYS] }));
  const first = getDb().select().from(followUps).where(eq(followUps.placementId, placementId)).orderBy(asc(followUps.dueDate)).get()!;
  sendFollowUp(w.mentor, placementId, first.id);
  todoWeeks = getDb()
    .select()
    .from(followUps)
    .where(eq(followUps.placementId, placementId))
    .orderBy(asc(followUps.dueDate))
    .all()
    .filter((f) => f.status !== "submitted" && f.dueDate <= addDays(today(), 6))
    .map((f) => f.week);
  // A second proposal, still waiting for the company's answer.
  const bo = await makeCandidate(w.consultant, { alias: "Proposal Bo" });
  propose(ctxFor(w.consultant), { candidateId: bo, slotId: slot, motivation: "Stabil og glad for faste opgaver." });
});

describe("the follow-ups across placements", () => {
  it("the views: to do now (overdue first), overdue, sent; only the actor's own", () => {
    const todo = listFollowUps(ctxFor(w.hr), { page: 1, view: "todo" }).rows;
    expect(todo.map((f) => f.week)).toEqual(todoWeeks);
    expect(todoWeeks.slice(0, 2)).toEqual([2, 3]);
    expect(todo[0]).toMatchObject({ overdue: true, open: true, alias });
    expect(listFollowUps(ctxFor(w.consultant), { page: 1, view: "overdue" }).rows.map((f) => f.week)).toEqual([2]);
    expect(listFollowUps(ctxFor(w.mentor), { page: 1, view: "submitted" }).rows.map((f) => f.week)).toEqual([1]);
    expect(listFollowUps(ctxFor(w.mentor), { page: 1, view: "all" }).total).toBe(8);
    expect(listFollowUps(ctxFor(otherMentor), { page: 1, view: "all" }).total).toBe(0);
    expect(listFollowUps(ctxFor(w.hrOther), { page: 1, view: "all" }).total).toBe(0);
    expect(listFollowUps(ctxFor(w.consultantOther), { page: 1, view: "all" }).total).toBe(0);
  });

  it("the jobcentre's CSV: the page's columns with the citizen and the figures, the filter, Danish Excel, audited", async () => {
    const { status, bom, lines } = await csv("jobcentre-all-follow-ups", "/jobcentre/follow-ups.csv?view=submitted", w.consultant.id);
    expect(status).toBe(200);
    expect(bom).toBe(true);
    expect(lines[0]).toBe(headers(followUpListColumns("jobcentre")));
    expect(lines[0]).toContain("Borger;Virksomhed;Titel;Mentor;Uge;Dato;Status");
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]!.startsWith(`${alias};${w.companyA.name};`)).toBe(true);
    expect(lines[1]).toMatch(/;1;\d{4}-\d{2}-\d{2};Sendt;\d{4}-\d{2}-\d{2};3;3;8;4$/);
    expectAudit("list.exported", { actorUserId: w.consultant.id, details: { list: "follow-ups-all", rows: 1, "filter.view": "submitted" } });
    // Overdue only: week 2, marked overdue.
    const overdue = await csv("jobcentre-all-follow-ups", "/jobcentre/follow-ups.csv?view=overdue", w.admin.id);
    expect(overdue.lines.slice(1)).toHaveLength(1);
    expect(overdue.lines[1]).toContain(";2;");
    expect(overdue.lines[1]).toContain("Ikke sendt – Overskredet");
  });

  it("the company's CSV is a to-do list without candidate data", async () => {
    const { status, lines } = await csv("company-follow-ups", "/company/follow-ups.csv", w.hr.id);
    expect(status).toBe(200);
    expect(lines[0]).toBe(headers(followUpListColumns("company")));
    expect(lines[0]).toBe("Titel;Mentor;Uge;Dato;Status;Sendt den");
    expect(lines.slice(1)).toHaveLength(todoWeeks.length);
    expect(lines.join("\n")).not.toContain(alias);
    expectAudit("list.exported", { actorUserId: w.hr.id, details: { list: "company-follow-ups", rows: todoWeeks.length, "filter.view": "todo" } });
    // The mentor: their own; another mentor of the company and another company: none.
    expect((await csv("company-follow-ups", "/company/follow-ups.csv?view=all", w.mentor.id)).lines.slice(1)).toHaveLength(8);
    expect((await csv("company-follow-ups", "/company/follow-ups.csv?view=all", otherMentor.id)).lines).toHaveLength(1);
    expect((await csv("company-follow-ups", "/company/follow-ups.csv?view=all", w.hrOther.id)).lines).toHaveLength(1);
  });

  it("an unknown view is the default, never an error; wrong roles are refused", async () => {
    expect((await csv("company-follow-ups", "/company/follow-ups.csv?view=x", w.hr.id)).lines.slice(1)).toHaveLength(todoWeeks.length);
    expect((await csv("jobcentre-all-follow-ups", "/jobcentre/follow-ups.csv", w.hr.id)).status).toBe(403);
    expect((await csv("jobcentre-all-follow-ups", "/jobcentre/follow-ups.csv", w.mentor.id)).status).toBe(403);
    expect((await csv("company-follow-ups", "/company/follow-ups.csv", w.consultant.id)).status).toBe(403);
  });
});

describe("the company's proposals as CSV", () => {
  it("holds the page's columns but never the citizen", async () => {
    const { status, bom, lines } = await csv("company-proposals", "/company/proposals.csv", w.hr.id);
    expect(status).toBe(200);
    expect(bom).toBe(true);
    expect(lines[0]).toBe(headers(companyProposalColumns));
    expect(lines[0]).not.toContain(translate("da", "field.candidateAlias"));
    expect(lines.slice(1)).toHaveLength(2);
    expect(lines.join("\n")).not.toContain(alias);
    expect(lines.join("\n")).not.toContain("Proposal Bo");
    expect(lines.some((l) => /;Foreslået;nej;;\d{4}-\d{2}-\d{2}$/.test(l))).toBe(true);
    expect(lines.some((l) => /;Accepteret;nej;\d{4}-\d{2}-\d{2} \d{2}:\d{2};/.test(l))).toBe(true);
    expectAudit("list.exported", { actorUserId: w.hr.id, details: { list: "company-proposals", rows: 2 } });
  });

  it("gives another company none of the rows and refuses the jobcentre (it has its own list)", async () => {
    expect((await csv("company-proposals", "/company/proposals.csv", w.hrOther.id)).lines).toHaveLength(1);
    expect((await csv("company-proposals", "/company/proposals.csv", w.consultant.id)).status).toBe(403);
  });
});

describe("a placement's rows are the actor's own", () => {
  it("keeps the placement in company A", () => {
    expect(getDb().select({ c: placements.companyId }).from(placements).where(eq(placements.id, placementId)).get()!.c).toBe(w.companyA.id);
  });
});
