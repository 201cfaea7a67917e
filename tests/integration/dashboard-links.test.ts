import { beforeAll, describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { auditLog, placementEndings, placements, slots } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { jobcentreDashboard } from "~/domain/dashboard/queries.server";
import { jobcentreWork } from "~/domain/jobcentres/work.server";
import { startPlacement } from "~/domain/placements/commands.server";
import { milestoneReached, thirteenWeekMark } from "~/domain/placements/ending";
import { endPlacement } from "~/domain/placements/ending-commands.server";
import { listPlacements } from "~/domain/placements/queries.server";
import { companyPlacementResults } from "~/domain/placements/start-counts.server";
import { propose } from "~/domain/proposals/commands.server";
import { companyProposals } from "~/domain/proposals/proposal-list.server";
import { companyWaitingCount } from "~/domain/proposals/company-waiting.server";
import { copenhagenDate, copenhagenMidnight } from "~/domain/shared/working-days";
import { openSlotsWithoutProposal, searchBoard } from "~/domain/slots/queries.server";
import { parseBoardFilters } from "~/http/filters/board";
import { parsePlacementFilters } from "~/http/filters/placements";
import { ctxFor, makeAcceptedProposal, makeCandidate, makeOpenSlot, makeWorld, placementStartFor, sessionCookieFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
type Loader = (args: { request: Request; params: Record<string, string>; context: never }) => Response;
let w: World;
const today = () => copenhagenDate(new Date());
const at = (day: string) => new Date(copenhagenMidnight(day).getTime() + 10 * 3_600_000);
const DAY = 86_400_000;

async function download(route: string, url: string, userId: number) {
  const { loader } = (await import(`~/routes/csv/${route}.ts`)) as { loader: Loader };
  const request = new Request(new URL(url, "http://localhost"), { headers: { Cookie: sessionCookieFor(userId) } });
  try {
    return loader({ request, params: {}, context: { nonce: "", clientIp: "10.9.9.9", mode: "test", setCookies: [] } as never });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
const rowsOf = async (res: Response) => (await res.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n").length - 1;

describe("open slots without a proposal: one query for the start page, the dashboard and the board", () => {
  const ids = { old: 0, young: 0, proposed: 0 };
  beforeAll(async () => {
    w = await makeWorld();
    // Opened 12 and 2 days ago (the opening day moved back), and one that has a proposal.
    ids.old = await makeOpenSlot(w);
    ids.young = await makeOpenSlot(w);
    ids.proposed = await makeOpenSlot(w);
    getDb().update(slots).set({ openedAt: new Date(Date.now() - 12 * DAY) }).where(eq(slots.id, ids.old)).run();
    getDb().update(slots).set({ openedAt: new Date(Date.now() - 2 * DAY) }).where(eq(slots.id, ids.young)).run();
    const candidateId = await makeCandidate(w.consultant);
    propose(ctxFor(w.consultant), { candidateId, slotId: ids.proposed, motivation: "Stabil og glad for faste opgaver." });
  });

  it("counts and lists them alike, open longest first with the days open", () => {
    const ctx = ctxFor(w.consultant);
    const shared = openSlotsWithoutProposal(ctx, 5);
    expect(shared.total).toBe(2);
    expect(shared.rows.map((r) => [r.id, r.days])).toEqual([
      [ids.old, 12],
      [ids.young, 2],
    ]);
    expect(jobcentreWork(ctx).openWithoutProposal).toBe(2);
    expect(jobcentreWork(ctx).openSlots).toBe(3);
    const d = jobcentreDashboard(ctx, { from: addDays(today(), -30), to: today(), scope: "jobcentre" });
    expect(d.work.openWithoutProposal).toEqual(shared);
    // Another jobcentre counts none of them.
    expect(openSlotsWithoutProposal(ctxFor(w.consultantOther)).total).toBe(0);
    expect(() => openSlotsWithoutProposal(ctxFor(w.hr))).toThrow();
  });

  it("the board's 'without a proposal' filter and 'open longest' sort show the same slots, and so does its CSV", async () => {
    const board = searchBoard(ctxFor(w.consultant), parseBoardFilters(new URLSearchParams("withoutProposal=1&sort=oldest")));
    expect(board.total).toBe(2);
    expect(board.rows.map((r) => [r.id, r.daysOpen])).toEqual([
      [ids.old, 12],
      [ids.young, 2],
    ]);
    expect(searchBoard(ctxFor(w.consultant), parseBoardFilters(new URLSearchParams(""))).total).toBe(3);
    const csv = await download("board", "/jobcentre/board.csv?withoutProposal=1&sort=oldest", w.consultant.id);
    expect(await rowsOf(csv)).toBe(2);
    const audit = getDb().select().from(auditLog).where(and(eq(auditLog.event, "list.exported"), eq(auditLog.actorUserId, w.consultant.id))).orderBy(desc(auditLog.id)).get()!;
    expect(audit.details).toMatchObject({ list: "board", rows: 2, "filter.withoutProposal": true, "filter.sort": "oldest" });
  });
});

describe("the company dashboard's results, each a link to the filtered placement list", () => {
  const ids = { ranThrough: 0, endedEarly: 0, runningLong: 0, runningShort: 0 };
  // The day the dashboard is read: 100 days from now, so placements started today have passed their mark.
  const readOn = () => at(addDays(today(), 100));
  beforeAll(async () => {
    w = await makeWorld();
    const start = async (startDate: string) => {
      const { proposalId } = await makeAcceptedProposal(w, await makeOpenSlot(w));
      return startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { startDate }));
    };
    const end = (id: number, endedOn: string, outcome: "fleksjob" | "continued_search") => {
      const version = getDb().select({ v: placements.version }).from(placements).where(eq(placements.id, id)).get()!.v;
      endPlacement(ctxFor(w.hr, at(endedOn)), { placementId: id, version, kind: "completed", endedOn, reason: null, reasonText: null, outcome, outcomeHours: outcome === "fleksjob" ? 12 : null });
    };
    ids.ranThrough = await start(today());
    ids.endedEarly = await start(today());
    ids.runningLong = await start(today());
    ids.runningShort = await start(addDays(today(), 30));
    // The mark is day 91 (start + 13 weeks − 1 day): ended on it counts, ended on day 20 does not.
    end(ids.ranThrough, addDays(today(), 90), "fleksjob");
    end(ids.endedEarly, addDays(today(), 20), "continued_search");
  });

  it("counts who reached 13 weeks and how the ended placements ended, for HR; nothing of another company", () => {
    const r = companyPlacementResults(ctxFor(w.hr, readOn()));
    expect(r.reached13Weeks).toBe(2);
    expect(r.ended).toBe(2);
    expect(r.outcomes).toEqual([
      { outcome: "fleksjob", n: 1 },
      { outcome: "continued_search", n: 1 },
    ]);
    // Today nobody has reached the mark yet.
    expect(companyPlacementResults(ctxFor(w.hr)).reached13Weeks).toBe(0);
    expect(companyPlacementResults(ctxFor(w.hrOther, readOn()))).toEqual({ reached13Weeks: 0, ended: 0, outcomes: [] });
    expect(() => companyPlacementResults(ctxFor(w.consultant))).toThrow();
  });

  it("the list behind each figure: reached 13 weeks, an outcome, active", () => {
    const list = (query: string) =>
      listPlacements(ctxFor(w.hr, readOn()), { page: 1, ...parsePlacementFilters(new URLSearchParams(query)) })
        .rows.map((r) => r.id)
        .sort((a, b) => a - b);
    expect(list("reached13Weeks=1")).toEqual([ids.ranThrough, ids.runningLong].sort((a, b) => a - b));
    expect(list("outcome=fleksjob")).toEqual([ids.ranThrough]);
    expect(list("outcome=continued_search")).toEqual([ids.endedEarly]);
    expect(list("status=active")).toEqual([ids.runningLong, ids.runningShort].sort((a, b) => a - b));
    expect(list("outcome=nonsense")).toHaveLength(4);
  });

  it("finds the same placements past 13 weeks as the definition (milestoneReached), on each day around the marks", () => {
    const rows = getDb()
      .select({ id: placements.id, startDate: placements.startDate, status: placements.status, endedOn: placementEndings.endedOn })
      .from(placements)
      .leftJoin(placementEndings, eq(placementEndings.placementId, placements.id))
      .where(eq(placements.companyId, w.companyA.id))
      .all();
    for (const days of [0, 20, 89, 90, 91, 100, 119, 120, 121, 200]) {
      const day = addDays(today(), days);
      const expected = rows.filter((p) => thirteenWeekMark(p.startDate) <= day && milestoneReached(p, day)).map((p) => p.id);
      const found = listPlacements(ctxFor(w.hr, at(day)), { page: 1, ...parsePlacementFilters(new URLSearchParams("reached13Weeks=1")) }).rows.map((r) => r.id);
      expect(found.sort((a, b) => a - b), day).toEqual(expected.sort((a, b) => a - b));
      expect(companyPlacementResults(ctxFor(w.hr, at(day))).reached13Weeks, day).toBe(expected.length);
      // The jobcentre's list walks its order index with the start bound and counts the facts by their mark (decisions 047, 049): the same placements.
      const companyIds = new Set(rows.map((p) => p.id));
      const atJobcentre = listPlacements(ctxFor(w.consultant, at(day)), { page: 1, reached13Weeks: true }, 1000).rows.map((r) => r.id).filter((id) => companyIds.has(id));
      expect(atJobcentre.sort((a, b) => a - b), `jobcentre ${day}`).toEqual(expected.sort((a, b) => a - b));
      expect(listPlacements(ctxFor(w.consultantOther, at(day)), { page: 1, reached13Weeks: true }, 1000).rows.filter((r) => companyIds.has(r.id)), day).toEqual([]);
    }
  });

  it("the company's CSV respects the filter and records it; another company's HR gets none of the rows", async () => {
    const own = await download("company-placements", "/company/placements.csv?outcome=fleksjob", w.hr.id);
    expect(own.status).toBe(200);
    expect(await rowsOf(own)).toBe(1);
    const audit = getDb().select().from(auditLog).where(and(eq(auditLog.event, "list.exported"), eq(auditLog.actorUserId, w.hr.id))).orderBy(desc(auditLog.id)).get()!;
    expect(audit.details).toMatchObject({ list: "company-placements", rows: 1, "filter.outcome": "fleksjob" });
    expect(await rowsOf(await download("company-placements", "/company/placements.csv?outcome=fleksjob", w.hrOther.id))).toBe(0);
    expect((await download("company-placements", "/company/placements.csv", w.consultant.id)).status).toBe(403);
  });

  it("'waiting for an answer': the proposals the start page counts, oldest first", async () => {
    const slot = await makeOpenSlot(w, { seats: 2 });
    const a = await makeCandidate(w.consultant, {}, { givenOn: addDays(today(), -10) });
    const b = await makeCandidate(w.consultant, {}, { givenOn: addDays(today(), -10) });
    const newer = propose(ctxFor(w.consultant, new Date(Date.now() - DAY)), { candidateId: a, slotId: slot, motivation: "Stabil og glad for faste opgaver." });
    const older = propose(ctxFor(w.consultant, new Date(Date.now() - 3 * DAY)), { candidateId: b, slotId: slot, motivation: "Stabil og glad for faste opgaver." });
    const waiting = companyProposals(ctxFor(w.hr), { page: 1, waiting: true });
    expect(waiting.rows.map((r) => r.id)).toEqual([older, newer]);
    expect(waiting.total).toBe(companyWaitingCount(ctxFor(w.hr)));
    // Without the filter the accepted ones are listed too.
    expect(companyProposals(ctxFor(w.hr), { page: 1 }).total).toBeGreaterThan(waiting.total);
  });
});
