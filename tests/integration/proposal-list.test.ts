import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "~/domain/candidates/consent";
import { propose } from "~/domain/proposals/commands.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { companyProposals, jobcentreProposals } from "~/domain/proposals/proposal-list.server";
import { ctxFor, makeAcceptedProposal, makeCandidate, makeOpenSlot, makeSlot, makeWorld } from "../factories";

/**
 * The proposal lists keep their queries per shape (decision 053): which filters are set and
 * whether the reader is a mentor. Each shape asked in turn, on one connection, must answer with
 * its own SQL and the reader's own values.
 */
type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeAll(async () => {
  w = await makeWorld();
  const mentors = await makeOpenSlot(w, { seats: 3 });
  const hrs = await makeSlot({ hr: w.hr, consultant: w.consultant, status: "open", over: { seats: 3 } });
  const old = await makeCandidate(w.consultant, { alias: "Kø Gammel" }, { givenOn: addDays(copenhagenDate(new Date()), -40) });
  propose(ctxFor(w.consultant, new Date(Date.now() - 20 * 86_400_000)), { candidateId: old, slotId: mentors, motivation: "Stabil og glad for faste opgaver." });
  const fresh = await makeCandidate(w.consultant, { alias: "Kø Ny" });
  propose(ctxFor(w.consultant), { candidateId: fresh, slotId: hrs, motivation: "Stabil og glad for faste opgaver." });
  await makeAcceptedProposal(w, hrs, { alias: "Kø Accepteret" });
});

describe("the proposal lists through their kept queries", () => {
  it("the jobcentre's: all, by status, unanswered, and another jobcentre's none, each asked after the others", () => {
    const list = (input: Parameters<typeof jobcentreProposals>[1], user = w.consultant) => jobcentreProposals(ctxFor(user), input).rows.map((r) => r.alias).sort();
    for (let round = 0; round < 2; round++) {
      expect(list({ page: 1 })).toEqual(["Kø Accepteret", "Kø Gammel", "Kø Ny"]);
      expect(list({ page: 1, status: "accepted" })).toEqual(["Kø Accepteret"]);
      expect(list({ page: 1, status: "proposed" })).toEqual(["Kø Gammel", "Kø Ny"]);
      expect(list({ page: 1, unanswered: true })).toEqual(["Kø Gammel"]);
      expect(list({ page: 1, status: "accepted", unanswered: true })).toEqual([]);
      expect(jobcentreProposals(ctxFor(w.consultant), { page: 1, status: "proposed" }).total).toBe(2);
      expect(list({ page: 1 }, w.consultantOther)).toEqual([]);
    }
  });

  it("the company's: HR sees every proposal, the mentor those of their own slots, another company none", () => {
    const list = (user: typeof w.hr, waiting = false) => companyProposals(ctxFor(user), { page: 1, waiting }).rows.map((r) => r.alias).sort();
    for (let round = 0; round < 2; round++) {
      expect(list(w.hr)).toEqual(["Kø Accepteret", "Kø Gammel", "Kø Ny"]);
      expect(list(w.mentor)).toEqual(["Kø Gammel"]);
      expect(list(w.hr, true)).toEqual(["Kø Gammel", "Kø Ny"]);
      expect(list(w.mentor, true)).toEqual(["Kø Gammel"]);
      expect(list(w.hrOther)).toEqual([]);
    }
  });
});
