/**
 * The candidate list's "consent of a status, no open proposal" total subtracts the consents of
 * the candidates with an open proposal, kept in memory under the jobcentre's counter of changes to
 * its consents and proposals (`change_counters`, migration 0024's triggers) and the day (decision 081). Kept equals
 * counted anew for every consent status, page and jobcentre, on this day and a later one, after
 * every way the consents and proposals change — a proposal made, met, declined, withdrawn; a
 * consent recorded, renewed, withdrawn; and by hand-written SQL (a last day moved, a status set,
 * a row deleted, a consent moved to another jobcentre, erasure) — each asked right after the same
 * totals were kept.
 */
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { consents, proposals } from "~/db/schema";
import { listCandidates } from "~/domain/candidates/candidate-list.server";
import { recordConsent, withdrawConsent } from "~/domain/candidates/commands.server";
import { addDays, addMonths } from "~/domain/candidates/consent";
import { consentInput } from "~/domain/candidates/schema";
import { dashboardCacheSize } from "~/domain/dashboard/cache.server";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { eraseCandidate } from "~/domain/retention/commands.server";
import { changeCount } from "~/domain/shared/list-counts.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { parseCandidateFilters } from "~/http/filters/candidates";
import { ctxFor, makeCandidate, makeOpenSlot, makeWorld, setConsentDays } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let slotId: number;
const mine: number[] = [];
const theirs: number[] = [];
const STATUSES = ["valid", "expiring", "expired", "withdrawn"] as const;
const today = copenhagenDate(new Date());

/** The list as the page asks for it, kept (the default) or counted anew, on a day `days` from now. */
function list(who: World["consultant"], params: Record<string, string>, keep: boolean, days = 0) {
  const now = new Date(Date.now() + days * 86_400_000);
  const r = listCandidates(ctxFor(who, now), parseCandidateFilters(new URLSearchParams(params)), 3, { keepOpenProposalConsents: keep });
  return { total: r.total, ids: r.rows.map((row) => row.id) };
}

/** Every status, first and last page, both jobcentres, today and in 20 days: kept equals counted. */
function expectKeptEqualsCounted(): number {
  let found = 0;
  for (const who of [w.consultant, w.consultantOther]) {
    for (const consent of STATUSES) {
      for (const days of [0, 20]) {
        const plain = list(who, { consent, noOpenProposal: "1" }, false, days);
        for (const page of ["1", String(Math.max(1, Math.ceil(plain.total / 3)))]) {
          const params = { consent, noOpenProposal: "1", page };
          expect(list(who, params, true, days), `${consent} by ${who.email} in ${days} days, page ${page}`).toEqual(list(who, params, false, days));
        }
        if (plain.total > 0) found++;
      }
    }
  }
  return found;
}

const changesAt = (jobcentreId: number) => changeCount(getDb(), "consent_proposal_changes", jobcentreId);

/** Keeps every total, makes the change (which raises the jobcentre's counter), and compares right after. */
async function afterChange(change: () => unknown | Promise<unknown>) {
  expectKeptEqualsCounted();
  const before = changesAt(w.jc.id);
  await change();
  expect(changesAt(w.jc.id)).toBeGreaterThan(before);
  expectKeptEqualsCounted();
}

const openProposalOf = (candidateId: number) =>
  getDb().select({ id: proposals.id, version: proposals.version }).from(proposals).where(and(eq(proposals.candidateId, candidateId), eq(proposals.status, "proposed"))).get()!;

beforeAll(async () => {
  w = await makeWorld();
  slotId = await makeOpenSlot(w);
  for (let i = 0; i < 14; i++) mine.push(await makeCandidate(w.consultant, { alias: `Kandidat ${i}` }));
  for (let i = 0; i < 6; i++) theirs.push(await makeCandidate(w.consultantOther, { alias: `Kandidat ${i + 20}` }));
  // Some of each status at both jobcentres: expiring within the fortnight, expired, withdrawn.
  for (const [id, expiresOn] of [[mine[0]!, addDays(today, 5)], [mine[1]!, addDays(today, 12)], [theirs[0]!, addDays(today, 3)]] as const) setConsentDays(id, { expiresOn });
  for (const id of [mine[2]!, theirs[1]!]) setConsentDays(id, { givenOn: addDays(today, -200), expiresOn: addDays(today, -2) });
  withdrawConsent(ctxFor(w.consultant), { candidateId: mine[3]! });
  withdrawConsent(ctxFor(w.consultantOther), { candidateId: theirs[2]! });
  // Open proposals for some valid and some expiring ones.
  for (const id of [mine[0]!, mine[1]!, mine[4]!, mine[5]!, mine[6]!, mine[7]!]) propose(ctxFor(w.consultant), { candidateId: id, slotId, motivation: "Stabil og motiveret." });
}, 120_000);

describe("the candidate list's kept consents of candidates with an open proposal", () => {
  it("equal the counted ones for every status, page, jobcentre and day, and are kept", () => {
    expect(expectKeptEqualsCounted()).toBeGreaterThan(6);
    // Kept: asking again adds nothing to the cache.
    const size = dashboardCacheSize(getDb());
    list(w.consultant, { consent: "valid", noOpenProposal: "1" }, true);
    expect(dashboardCacheSize(getDb())).toBe(size);
  });

  it("stay equal when a proposal is made, met, declined and withdrawn through the commands", async () => {
    await afterChange(() => propose(ctxFor(w.consultant), { candidateId: mine[8]!, slotId, motivation: "Klar til at starte." }));
    await afterChange(() => {
      const p = openProposalOf(mine[4]!);
      transitionProposal(ctxFor(w.hr), { proposalId: p.id, version: p.version, command: "inviteToMeeting", meeting: { meetingDate: addDays(today, 2), meetingTime: "10:00", meetingPlace: "Butikken" } });
    });
    await afterChange(() => {
      const p = openProposalOf(mine[5]!);
      transitionProposal(ctxFor(w.hr), { proposalId: p.id, version: p.version, command: "decline", decline: { reason: "hours_days", reasonText: null, shareWithCandidate: false } });
    });
    await afterChange(() => {
      const p = openProposalOf(mine[6]!);
      transitionProposal(ctxFor(w.consultant), { proposalId: p.id, version: p.version, command: "withdraw" });
    });
  });

  it("stay equal when a consent is recorded, renewed and withdrawn through the commands", async () => {
    await afterChange(() => withdrawConsent(ctxFor(w.consultant), { candidateId: mine[7]! }));
    await afterChange(() =>
      recordConsent(ctxFor(w.consultant), { candidateId: mine[0]!, ...consentInput.parse({ givenOn: today, method: "signed_form", scope: "any", expiresOn: addMonths(today, 6), sections: ["support"] }) }),
    );
    await afterChange(() =>
      recordConsent(ctxFor(w.consultant), { candidateId: mine[3]!, ...consentInput.parse({ givenOn: today, method: "signed_form", scope: "any", expiresOn: addDays(today, 10), sections: ["support"] }) }),
    );
  });

  it("stay equal after hand-written SQL and erasure, and a change of another column raises nothing", async () => {
    const db = getDb();
    await afterChange(() => setConsentDays(mine[1]!, { expiresOn: addMonths(today, 3) }));
    await afterChange(() => db.update(proposals).set({ status: "declined" }).where(eq(proposals.id, openProposalOf(mine[1]!).id)).run());
    await afterChange(() => db.update(proposals).set({ status: "proposed" }).where(and(eq(proposals.candidateId, mine[5]!))).run());
    await afterChange(() => db.delete(proposals).where(eq(proposals.id, openProposalOf(mine[8]!).id)).run());
    await afterChange(() => db.update(consents).set({ withdrawnAt: new Date() }).where(and(eq(consents.candidateId, mine[9]!), isNull(consents.replacedAt))).run());
    // A consent moved to the other jobcentre by hand raises both counters.
    const [here, there] = [changesAt(w.jc.id), changesAt(w.otherJc.id)];
    await afterChange(() => db.update(consents).set({ jobcentreId: w.otherJc.id }).where(and(eq(consents.candidateId, mine[10]!), isNull(consents.replacedAt))).run());
    expect([changesAt(w.jc.id), changesAt(w.otherJc.id)]).toEqual([here + 1, there + 1]);
    await afterChange(() => eraseCandidate(ctxFor(w.admin), { candidateId: mine[4]! }));
    // What the total does not read writes nothing.
    const before = changesAt(w.jc.id);
    db.update(consents).set({ sections: ["support", "experience"] }).where(eq(consents.candidateId, mine[11]!)).run();
    db.update(proposals).set({ motivation: "Ny begrundelse." }).where(eq(proposals.candidateId, mine[0]!)).run();
    expect(changesAt(w.jc.id)).toBe(before);
  });
});
