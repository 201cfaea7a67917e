/**
 * `slots.first_proposed_at` (decision 045): "open without a proposal" is read from the slot
 * instead of probing its proposals, with exactly the meaning it had: no proposal at all for the
 * slot, whatever became of it (withdrawn, declined, ended with the consent, accepted). Compared
 * with the old definition over slots in every state; and the start-up fill gives the value
 * `propose` stamps.
 */
import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { proposals, slots } from "~/db/schema";
import { withdrawConsent } from "~/domain/candidates/commands.server";
import { backfillFirstProposals } from "~/domain/dashboard/facts.server";
import { jobcentreWork } from "~/domain/jobcentres/work.server";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { openSlotsWithoutProposal, searchBoard, withoutProposalSql } from "~/domain/slots/queries.server";
import { parseBoardFilters } from "~/http/filters/board";
import { ctxFor, makeAcceptedProposal, makeCandidate, makeOpenSlot, makeSlot, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const motivation = "Stabil og glad for faste opgaver.";
/** The definition before decision 045: no proposal row for the slot. */
const oldWithoutProposal = sql`not exists (select 1 from ${proposals} p where p.slot_id = ${slots.id})`;
const idsWhere = (condition: ReturnType<typeof sql>) =>
  getDb()
    .select({ id: slots.id })
    .from(slots)
    .where(sql`${slots.jobcentreId} = ${w.jc.id} and ${condition}`)
    .orderBy(asc(slots.id))
    .all()
    .map((r) => r.id);

beforeAll(async () => {
  w = await makeWorld();
  const consultant = ctxFor(w.consultant);
  // Open, never proposed to (two), and slots in other states without proposals.
  await makeOpenSlot(w);
  await makeOpenSlot(w);
  await makeSlot({ hr: w.hr, status: "submitted" });
  await makeSlot({ hr: w.hr, status: "draft" });
  // Proposed to, the proposal still waiting.
  propose(consultant, { candidateId: await makeCandidate(w.consultant), slotId: await makeOpenSlot(w), motivation });
  // Withdrawn by the consultant: the slot has had a proposal all the same.
  const withdrawn = propose(consultant, { candidateId: await makeCandidate(w.consultant), slotId: await makeOpenSlot(w), motivation });
  transitionProposal(consultant, { proposalId: withdrawn, version: 1, command: "withdraw" });
  // Declined by the company.
  const declined = propose(consultant, { candidateId: await makeCandidate(w.consultant), slotId: await makeOpenSlot(w), motivation });
  transitionProposal(ctxFor(w.hr), { proposalId: declined, version: 1, command: "decline", decline: { reason: "other", reasonText: "Vi har ikke plads lige nu", shareWithCandidate: false } });
  // Ended when the candidate withdrew their consent.
  const withdrawing = await makeCandidate(w.consultant);
  propose(consultant, { candidateId: withdrawing, slotId: await makeOpenSlot(w), motivation });
  withdrawConsent(consultant, { candidateId: withdrawing });
  // Accepted on a slot with two seats (still open), and a second proposal to an already proposed slot.
  const twoSeats = await makeOpenSlot(w, { seats: 2 });
  await makeAcceptedProposal(w, twoSeats);
  propose(consultant, { candidateId: await makeCandidate(w.consultant), slotId: twoSeats, motivation });
});

describe("open slots without a proposal, read from the slot", () => {
  it("mean what they meant: no proposal at all, whatever became of it, in every state", () => {
    const fresh = idsWhere(oldWithoutProposal);
    expect(fresh.length).toBeGreaterThanOrEqual(4);
    expect(idsWhere(withoutProposalSql())).toEqual(fresh);
    const open = idsWhere(sql`${slots.status} = 'open' and ${oldWithoutProposal}`);
    expect(open).toHaveLength(2);
    const ctx = ctxFor(w.consultant);
    const list = openSlotsWithoutProposal(ctx, 50);
    expect(list.total).toBe(open.length);
    expect(list.rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(open);
    expect(jobcentreWork(ctx).openWithoutProposal).toBe(open.length);
    expect(searchBoard(ctx, parseBoardFilters(new URLSearchParams("withoutProposal=1&sort=oldest"))).total).toBe(open.length);
  });

  it("are stamped by propose with the first proposal's instant, and the start-up fill gives the same", () => {
    const db = getDb();
    // (The slot's id written out: drizzle leaves the table off a one-table query's selected columns, which would bind it inside.)
    const firsts = () =>
      db
        .select({ id: slots.id, first: slots.firstProposedAt, earliest: sql<number | null>`(select min(p.proposed_at) from ${proposals} p where p.slot_id = "slots"."id")` })
        .from(slots)
        .where(eq(slots.jobcentreId, w.jc.id))
        .orderBy(asc(slots.id))
        .all();
    const stamped = firsts();
    for (const r of stamped) expect(r.first?.getTime() ?? null, `slot ${r.id}`).toBe(r.earliest);
    // A database from before the column: the fill at start-up stamps the same instants.
    db.update(slots).set({ firstProposedAt: null }).run();
    expect(backfillFirstProposals(db)).toBe(stamped.filter((r) => r.first !== null).length);
    expect(firsts()).toEqual(stamped);
    expect(backfillFirstProposals(db)).toBe(0);
  });
});
