/**
 * The jobcentre start page's work figures are kept in memory under the jobcentre's counter of
 * changes to its companies and slots (`change_counters`, migration 0025's triggers) and the day
 * (decision 082). Kept equals read anew for both jobcentres, today and on later days, after every
 * way the figures change — a company's sign-up, its verification, rejection and request for a new
 * review, its new name; a slot submitted after the representative's answer, approved, proposed
 * to for the first time, filled; and by hand-written SQL (a title, a time submitted or signed up,
 * a status, a row deleted, a slot or a company moved to the other jobcentre, a company renamed
 * whose slots are at another jobcentre) — each asked right after the same figures were kept.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { companies, slots } from "~/db/schema";
import { decideCompany, updateCompanyProfile } from "~/domain/companies/commands.server";
import { requestCompanyReview } from "~/domain/companies/review-request.server";
import { dashboardCacheSize } from "~/domain/dashboard/cache.server";
import { jobcentreWork } from "~/domain/jobcentres/work.server";
import { propose } from "~/domain/proposals/commands.server";
import { transitionSlot } from "~/domain/slots/commands.server";
import { changeCount } from "~/domain/shared/list-counts.server";
import { askRepresentative, answerAsRepresentative, ctxFor, makeCandidate, makeCompany, makeSlot, makeWorld, slotVersion } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const DAY = 86_400_000;

/** The figures as the page asks for them (kept) and read anew, for both jobcentres, today and 1 and 9 days on. */
function expectKeptEqualsRead(): void {
  for (const who of [w.consultant, w.admin, w.consultantOther]) {
    for (const days of [0, 1, 9]) {
      const now = new Date(Date.now() + days * DAY);
      const kept = jobcentreWork(ctxFor(who, now));
      expect(kept, `${who.email} in ${days} days`).toEqual(jobcentreWork(ctxFor(who, now), { kept: false }));
      // Asked again: from memory, and still the same.
      expect(jobcentreWork(ctxFor(who, now))).toEqual(kept);
    }
  }
}

const changesAt = (jobcentreId: number) => changeCount(getDb(), "start_work_changes", jobcentreId);

/** Keeps every figure, makes the change (which raises the jobcentre's counter), and compares right after. */
async function afterChange(change: () => unknown | Promise<unknown>) {
  expectKeptEqualsRead();
  const before = changesAt(w.jc.id);
  await change();
  expect(changesAt(w.jc.id)).toBeGreaterThan(before);
  expectKeptEqualsRead();
}

const slotOf = (id: number) => getDb().select().from(slots).where(eq(slots.id, id)).get()!;
const companyOf = (id: number) => getDb().select().from(companies).where(eq(companies.id, id)).get()!;
const submitted: number[] = [];
const open: number[] = [];

beforeAll(async () => {
  w = await makeWorld();
  // Something of each figure at the first jobcentre, less at the other.
  for (let i = 0; i < 3; i++) submitted.push(await makeSlot({ hr: w.hr, status: "submitted", over: { title: `Til vurdering ${i}` } }));
  for (let i = 0; i < 3; i++) open.push(await makeSlot({ hr: w.hr, status: "open", consultant: w.consultant, over: { title: `Åben ${i}` } }));
  await makeSlot({ hr: w.hrOther, status: "open", consultant: w.consultantOther });
  await makeCompany(w.jc.id, { status: "pending", at: new Date(Date.now() - 4 * DAY) });
  getDb().update(slots).set({ submittedAt: new Date(Date.now() - 3 * DAY) }).where(eq(slots.id, submitted[1]!)).run();
}, 120_000);

describe("the jobcentre start page's kept work figures", () => {
  it("equal the figures read anew for both jobcentres and days, and are kept", () => {
    expectKeptEqualsRead();
    const work = jobcentreWork(ctxFor(w.consultant));
    expect(work).toMatchObject({ companiesToVerify: 1, slotsToReview: 3, openSlots: 3, openWithoutProposal: 3 });
    expect(work.oldestSlot).toMatchObject({ id: submitted[1], daysWaiting: 3 });
    expect(work.oldestCompany).toMatchObject({ daysWaiting: 4 });
    const size = dashboardCacheSize(getDb());
    jobcentreWork(ctxFor(w.consultant));
    expect(dashboardCacheSize(getDb())).toBe(size);
  });

  it("stay equal through a company's sign-up, verification, rejection, request for a new review and new name", async () => {
    let pending = 0;
    await afterChange(async () => {
      pending = (await makeCompany(w.jc.id, { status: "pending", at: new Date(Date.now() - 8 * DAY) })).company.id;
    });
    await afterChange(() => decideCompany(ctxFor(w.consultant), { companyId: pending, decision: "verified" }));
    const { company: rejected, hr } = await makeCompany(w.jc.id, { status: "rejected", at: new Date(Date.now() - 20 * DAY) });
    await afterChange(() => requestCompanyReview(ctxFor(hr), { note: "Rettet adressen.", link: (id) => `/jobcentre/companies/${id}` }));
    await afterChange(() => decideCompany(ctxFor(w.consultant), { companyId: rejected.id, decision: "rejected", reason: "Stadig uden for kommunen." }));
    // The oldest slot to review prints its company's name.
    const a = companyOf(w.companyA.id);
    await afterChange(() => updateCompanyProfile(ctxFor(w.hr), { name: `${a.name} og Søn`, industry: a.industry, version: a.version }));
  });

  it("stay equal through a slot's representative, submission, approval, first proposal and filling", async () => {
    const big = await makeCompany(w.jc.id, { fte: 40 });
    const id = await makeSlot({ hr: big.hr, status: "draft", over: { title: "Med repræsentant" } });
    const token = askRepresentative(big.hr, id);
    // The representative's answer changes no figure (the slot is submitted after it): nothing raised, still equal.
    expectKeptEqualsRead();
    const before = changesAt(w.jc.id);
    answerAsRepresentative(id, token);
    expect(changesAt(w.jc.id)).toBe(before);
    expectKeptEqualsRead();
    await afterChange(() => transitionSlot(ctxFor(big.hr), { slotId: id, command: "submit", version: slotVersion(id) }));
    await afterChange(() => transitionSlot(ctxFor(w.consultant), { slotId: submitted[1]!, command: "approve", version: slotVersion(submitted[1]!) }));
    const candidateId = await makeCandidate(w.consultant);
    await afterChange(() => propose(ctxFor(w.consultant), { candidateId, slotId: open[0]!, motivation: "Stabil og motiveret." }));
    await afterChange(() => transitionSlot(ctxFor(w.hr), { slotId: open[2]!, command: "markFilled", version: slotVersion(open[2]!) }));
  });

  it("stay equal after hand-written SQL, and a change of another column raises nothing", async () => {
    const db = getDb();
    await afterChange(() => db.update(slots).set({ title: "Omdøbt i hånden" }).where(eq(slots.id, submitted[0]!)).run());
    await afterChange(() => db.update(slots).set({ submittedAt: new Date(Date.now() - 30 * DAY) }).where(eq(slots.id, submitted[2]!)).run());
    await afterChange(() => db.update(slots).set({ firstProposedAt: null }).where(eq(slots.id, open[0]!)).run());
    await afterChange(() => db.update(slots).set({ status: "open" }).where(eq(slots.id, open[2]!)).run());
    const pending = (await makeCompany(w.jc.id, { status: "pending" })).company.id;
    await afterChange(() => db.update(companies).set({ createdAt: new Date(Date.now() - 60 * DAY) }).where(eq(companies.id, pending)).run());
    await afterChange(() => db.update(companies).set({ name: "Ældste ApS" }).where(eq(companies.id, pending)).run());
    // A slot and a company moved to the other jobcentre by hand raise both counters.
    for (const move of [
      () => db.update(slots).set({ jobcentreId: w.otherJc.id }).where(eq(slots.id, open[1]!)).run(),
      () => db.update(companies).set({ jobcentreId: w.otherJc.id }).where(eq(companies.id, pending)).run(),
    ]) {
      const [here, there] = [changesAt(w.jc.id), changesAt(w.otherJc.id)];
      await afterChange(move);
      expect([changesAt(w.jc.id), changesAt(w.otherJc.id)]).toEqual([here + 1, there + 1]);
    }
    // A company renamed whose slot to review is at the other jobcentre: that jobcentre's counter moves too.
    db.update(slots).set({ jobcentreId: w.otherJc.id }).where(eq(slots.id, submitted[0]!)).run();
    expectKeptEqualsRead();
    const there = changesAt(w.otherJc.id);
    await afterChange(() => db.update(companies).set({ name: "Firma A i hånden" }).where(eq(companies.id, w.companyA.id)).run());
    expect(changesAt(w.otherJc.id)).toBeGreaterThan(there);
    expectKeptEqualsRead();
    // A slot inserted and deleted by hand (a copy of the oldest to review, so it is the oldest).
    let copy = 0;
    await afterChange(() => {
      const { id: _id, ...row } = slotOf(submitted[2]!);
      copy = db.insert(slots).values({ ...row, submittedAt: new Date(Date.now() - 90 * DAY) }).returning({ id: slots.id }).get().id;
    });
    expect(jobcentreWork(ctxFor(w.consultant)).oldestSlot?.id).toBe(copy);
    await afterChange(() => db.delete(slots).where(eq(slots.id, copy)).run());
    // What the figures do not read writes nothing.
    const before = changesAt(w.jc.id);
    db.update(slots).set({ seats: slotOf(open[0]!).seats + 1, version: slotOf(open[0]!).version + 1, updatedAt: new Date() }).where(eq(slots.id, open[0]!)).run();
    db.update(companies).set({ industry: "cleaning_facility", reviewRequestNote: "x" }).where(eq(companies.id, w.companyA.id)).run();
    expect(changesAt(w.jc.id)).toBe(before);
  });
});
