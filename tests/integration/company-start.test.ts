import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "~/domain/candidates/consent";
import { startPlacement } from "~/domain/placements/commands.server";
import { propose } from "~/domain/proposals/commands.server";
import { companyWaitingProposals } from "~/domain/proposals/company-waiting.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { call, testContext } from "../http";
import { ctxFor, makeAcceptedProposal, makeCandidate, makeOpenSlot, makeWorld, placementStartFor, sessionCookieFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const ids = { older: 0, newer: 0, placement: 0 };
const today = () => copenhagenDate(new Date());
const DAY = 86_400_000;

beforeAll(async () => {
  w = await makeWorld();
  const slot = await makeOpenSlot(w, { seats: 2 });
  const consent = { givenOn: addDays(today(), -10) };
  const a = await makeCandidate(w.consultant, {}, consent);
  const b = await makeCandidate(w.consultant, {}, consent);
  // Proposed out of order: the older one was made 3 days ago, after the newer one's id.
  ids.newer = propose(ctxFor(w.consultant, new Date(Date.now() - 1 * DAY)), { candidateId: a, slotId: slot, motivation: "Stabil og glad for faste opgaver." });
  ids.older = propose(ctxFor(w.consultant, new Date(Date.now() - 3 * DAY)), { candidateId: b, slotId: slot, motivation: "Stabil og glad for faste opgaver." });
  const { proposalId } = await makeAcceptedProposal(w, await makeOpenSlot(w));
  ids.placement = startPlacement(ctxFor(w.hr), placementStartFor(proposalId));
});

describe("the company's start page as its dashboard", () => {
  it("lists the proposals waiting for an answer oldest first, with the days they waited; never another company's", () => {
    const rows = companyWaitingProposals(ctxFor(w.hr));
    expect(rows.map((r) => r.id)).toEqual([ids.older, ids.newer]);
    expect(rows.map((r) => r.days)).toEqual([3, 1]);
    expect(companyWaitingProposals(ctxFor(w.hrOther))).toEqual([]);
    expect(() => companyWaitingProposals(ctxFor(w.consultant))).toThrow();
  });

  it("the start page links the waiting proposals and counts the active placements", async () => {
    const { loader } = await import("~/routes/company/start");
    const result = await call(loader as Parameters<typeof call>[0], { url: "/company", cookie: sessionCookieFor(w.hr.id), context: testContext() });
    const body = result.body as { waitingProposals: number; oldestWaiting: { id: number }[]; activePlacements: number };
    expect(body.waitingProposals).toBe(2);
    expect(body.oldestWaiting.map((p) => p.id)).toEqual([ids.older, ids.newer]);
    expect(body.activePlacements).toBe(1);
    const other = await call(loader as Parameters<typeof call>[0], { url: "/company", cookie: sessionCookieFor(w.hrOther.id), context: testContext() });
    expect((other.body as { activePlacements: number; oldestWaiting: unknown[] }).activePlacements).toBe(0);
    expect((other.body as { oldestWaiting: unknown[] }).oldestWaiting).toEqual([]);
  });
});
