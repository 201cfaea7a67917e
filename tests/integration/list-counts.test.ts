/**
 * The lists' kept totals and deep pages (decision 055):
 * - `list_counts`, kept by the triggers of migration 0018, equals `count(*) … group by` of
 *   follow-ups, proposals, placements (per jobcentre and status) and candidates (per jobcentre)
 *   after the commands that make, move, end and erase them and after direct SQL inserts, updates
 *   and deletes, and the candidates per postcode and per consultant (migration 0021, decision
 *   070); dropping any one of the triggers makes it differ.
 * - each list's total equals a fresh count of its rows;
 * - every page read from the nearer end (the back half, in the reversed order) equals the same
 *   page read forwards, with ties in the sort keys;
 * - "consent valid and no open proposal", counted by subtraction, equals the old definition.
 */
import { and, count, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, consents, followUps, placements, proposals } from "~/db/schema";
import { listCandidates } from "~/domain/candidates/candidate-list.server";
import { recordConsent, withdrawConsent } from "~/domain/candidates/commands.server";
import { addDays } from "~/domain/candidates/consent";
import { consentInput } from "~/domain/candidates/schema";
import { endPlacement } from "~/domain/placements/ending-commands.server";
import { listFollowUps } from "~/domain/placements/follow-up-list.server";
import { listPlacements } from "~/domain/placements/queries.server";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { jobcentreProposals } from "~/domain/proposals/proposal-list.server";
import { PROPOSAL_STATUSES } from "~/domain/proposals/vocabulary";
import { PLACEMENT_STATUSES } from "~/domain/placements/vocabulary";
import { eraseCandidate } from "~/domain/retention/commands.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { parseCandidateFilters } from "~/http/filters/candidates";
import { ctxFor, makeCandidate, makeOpenSlot, makePlacement, makeWorld, sendFollowUp, setConsentDays } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const today = () => copenhagenDate(new Date());
const LISTS = [
  ["follow_ups", "status", ""],
  ["proposals", "status", ""],
  ["placements", "status", ""],
  ["candidates", "''", ""],
  // The current consents not withdrawn (migration 0019, decision 059).
  ["consents", "''", "and replaced_at is null and withdrawn_at is null"],
  // The candidates per postcode and per responsible consultant (migration 0021, decision 070).
  ["candidates_postcode", "postcode", "", "candidates"],
  ["candidates_responsible", "cast(responsible_user_id as text)", "", "candidates"],
] as const;

/** The table a kept list counts. */
const tableOf = (list: string): string => {
  const row: readonly string[] = LISTS.find(([l]) => l === list)!;
  return row[3] ?? row[0]!;
};

/** The kept counts (rows with n = 0 left out) and the same counted from the tables. */
function keptAndCounted() {
  const db = getDb();
  const kept = db.all<{ list: string; jobcentre_id: number; status: string; n: number }>(
    sql`select list, jobcentre_id, status, n from list_counts where n <> 0 order by list, jobcentre_id, status`,
  );
  const counted = LISTS.flatMap(([list, status, where]) =>
    db.all<{ list: string; jobcentre_id: number; status: string; n: number }>(
      sql.raw(`select '${list}' as list, jobcentre_id, ${status} as status, count(*) as n from ${tableOf(list)} where jobcentre_id is not null ${where} group by jobcentre_id, ${status}`),
    ),
  ).sort((a, b) => a.list.localeCompare(b.list) || a.jobcentre_id - b.jobcentre_id || a.status.localeCompare(b.status));
  return { kept, counted };
}

function expectKeptCounts(what: string) {
  const { kept, counted } = keptAndCounted();
  expect(kept, what).toEqual(counted);
}

const proposalVersion = (id: number) => getDb().select({ v: proposals.version }).from(proposals).where(eq(proposals.id, id)).get()!.v;
const placementVersion = (id: number) => getDb().select({ v: placements.version }).from(placements).where(eq(placements.id, id)).get()!.v;

const placementIds: number[] = [];
let aliasTie: number[] = [];

beforeAll(async () => {
  w = await makeWorld();
  // Candidates whose aliases tie, some without a consent (the consent sort's NULL and CASE).
  aliasTie = [];
  for (let i = 0; i < 8; i++) aliasTie.push(await makeCandidate(w.consultant, { alias: "Samme Navn" }, i % 2 ? null : {}));
  // Proposals made at the same instant, before the rest (ties at the end of the newest-first order).
  const at = new Date();
  const tiedSlot = await makeOpenSlot(w, { seats: 1 });
  for (const candidateId of aliasTie.filter((_, i) => i % 2 === 0)) propose(ctxFor(w.consultant, at), { candidateId, slotId: tiedSlot, motivation: "Passer godt." });
  // Placements started on the same days (ties in the start date), each with its schedule of follow-ups.
  for (let i = 0; i < 11; i++) placementIds.push((await makePlacement(w, { daysAgo: [0, 7, 7, 14, 0, 21, 7, 28, 0, 14, 21][i]! })).id);
  // Sent follow-ups on tied due days (the placements that started on the same day).
  for (const id of placementIds.slice(4)) {
    const f = getDb().select({ id: followUps.id }).from(followUps).where(eq(followUps.placementId, id)).orderBy(followUps.dueDate).get()!;
    sendFollowUp(w.mentor, id, f.id);
  }
});

describe("the kept list counts", () => {
  it("follow every command and direct SQL, per jobcentre and status", async () => {
    expectKeptCounts("after the placements were started");
    // Follow-ups sent (due → submitted).
    const [first, second] = placementIds;
    for (const id of [first!, second!]) {
      const f = getDb().select({ id: followUps.id }).from(followUps).where(eq(followUps.placementId, id)).orderBy(followUps.dueDate).get()!;
      sendFollowUp(w.mentor, id, f.id);
    }
    expectKeptCounts("after follow-ups were sent");
    // A placement ended early: its schedule is cut (follow-ups deleted), its status changes.
    endPlacement(ctxFor(w.consultant), { placementId: placementIds[3]!, version: placementVersion(placementIds[3]!), kind: "completed", endedOn: today(), reason: null, reasonText: null, outcome: "education", outcomeHours: null });
    expectKeptCounts("after an ending");
    // Proposals through their states: declined, withdrawn, a meeting, two open for one candidate.
    const slot = await makeOpenSlot(w, { seats: 1 });
    const slot2 = await makeOpenSlot(w, { seats: 1 });
    const c1 = await makeCandidate(w.consultant);
    const c2 = await makeCandidate(w.consultant);
    const p1 = propose(ctxFor(w.consultant), { candidateId: c1, slotId: slot, motivation: "Passer godt." });
    const p2 = propose(ctxFor(w.consultant), { candidateId: c1, slotId: slot2, motivation: "Passer også." });
    const p3 = propose(ctxFor(w.consultant), { candidateId: c2, slotId: slot, motivation: "Passer godt." });
    expectKeptCounts("after proposals");
    transitionProposal(ctxFor(w.hr), { proposalId: p1, version: proposalVersion(p1), command: "decline", decline: { reason: "hours_days", reasonText: null, shareWithCandidate: true } });
    transitionProposal(ctxFor(w.consultant), { proposalId: p3, version: proposalVersion(p3), command: "withdraw" });
    transitionProposal(ctxFor(w.hr), {
      proposalId: p2,
      version: proposalVersion(p2),
      command: "inviteToMeeting",
      meeting: { meetingDate: addDays(today(), 2), meetingTime: "10:00", meetingPlace: "Butikken" },
    });
    expectKeptCounts("after declines, a withdrawal and a meeting");
    // Erasure: consent ends, open proposals are withdrawn, the candidate anonymised (stays counted).
    eraseCandidate(ctxFor(w.admin), { candidateId: c1 });
    expectKeptCounts("after an erasure");
    // Direct SQL: a row moved to the other jobcentre, a status changed, rows deleted and inserted.
    const db = getDb();
    db.run(sql`update ${followUps} set jobcentre_id = ${w.otherJc.id} where id = (select min(id) from ${followUps} where placement_id = ${placementIds[5]!})`);
    db.run(sql`update ${followUps} set status = 'draft' where id = (select max(id) from ${followUps} where placement_id = ${placementIds[5]!})`);
    db.run(sql`update ${followUps} set jobcentre_id = null where id = (select max(id) from ${followUps} where placement_id = ${placementIds[6]!})`);
    db.run(sql`update ${followUps} set jobcentre_id = ${w.jc.id}, status = 'submitted' where id = (select max(id) from ${followUps} where placement_id = ${placementIds[6]!})`);
    db.run(sql`delete from ${followUps} where id = (select max(id) from ${followUps} where placement_id = ${placementIds[7]!})`);
    db.run(sql.raw(copyRow("follow_ups", { week: "99", due_date: "'2099-01-01'", status: "'draft'" })));
    db.run(sql.raw(copyRow("follow_ups", { week: "98", due_date: "'2099-01-02'", jobcentre_id: "null" })));
    db.run(sql`update ${proposals} set status = 'accepted', jobcentre_id = ${w.otherJc.id} where id = ${p3}`);
    db.run(sql`update ${placements} set status = 'completed' where id = ${placementIds[8]!}`);
    db.run(sql`update ${candidates} set jobcentre_id = ${w.otherJc.id} where id = ${c2}`);
    db.run(sql`update ${candidates} set alias = 'Nyt navn' where id = ${c2}`);
    expectKeptCounts("after direct updates, inserts and deletes");
    // Put back what the lists below rely on.
    db.run(sql`update ${candidates} set jobcentre_id = ${w.jc.id} where id = ${c2}`);
    db.run(sql`update ${proposals} set status = 'withdrawn', jobcentre_id = ${w.jc.id} where id = ${p3}`);
    db.run(sql`delete from ${followUps} where week in (98, 99)`);
    expectKeptCounts("after putting them back");
  });

  it("differ from the tables when any one trigger is dropped", () => {
    const db = getDb();
    const triggers = db.all<{ name: string; sql: string }>(sql`select name, sql from sqlite_master where type = 'trigger' and name like 'list_counts_%' order by name`);
    expect(triggers.map((t) => t.name)).toHaveLength(21);
    const currentConsent = `(select max(id) from consents where jobcentre_id = ${w.jc.id} and replaced_at is null and withdrawn_at is null)`;
    const consentColumns = getDb()
      .all<{ name: string }>(sql.raw("select name from pragma_table_info('consents')"))
      .map((c) => c.name)
      .filter((c) => c !== "id");
    const change: Record<string, string[]> = {
      insert: [
        "copy",
        "copy",
        "copy",
        "copy",
        // A current consent copied to a candidate without one.
        `insert into consents (${consentColumns.join(", ")}) select ${consentColumns.map((c) => (c === "candidate_id" ? aliasTie[1] : c)).join(", ")} from consents where id = ${currentConsent}`,
        "copy",
        "copy",
      ],
      delete: [
        `delete from follow_ups where placement_id = ${placementIds[0]}`,
        `delete from proposals where id = (select max(id) from proposals where jobcentre_id = ${w.jc.id} and id not in (select proposal_id from placements))`,
        `delete from placements where id = (select max(id) from placements where jobcentre_id = ${w.jc.id})`,
        `delete from candidates where id = ${aliasTie[1]}`,
        `delete from consents where id = ${currentConsent}`,
        `delete from candidates where id = ${aliasTie[1]}`,
        `delete from candidates where id = ${aliasTie[1]}`,
      ],
      update: [
        `update follow_ups set status = 'draft' where placement_id = ${placementIds[1]} and status = 'due'`,
        `update proposals set status = 'declined' where jobcentre_id = ${w.jc.id} and status = 'withdrawn'`,
        `update placements set status = 'interrupted' where id = ${placementIds[2]}`,
        `update candidates set jobcentre_id = ${w.otherJc.id} where id = ${aliasTie[0]}`,
        `update consents set withdrawn_at = 1 where id = ${currentConsent}`,
        `update candidates set postcode = '9990' where id = ${aliasTie[0]}`,
        `update candidates set responsible_user_id = ${w.consultantOther.id} where id = ${aliasTie[0]}`,
      ],
    };
    for (const trigger of triggers) {
      const [, list, event] = /^list_counts_(.+)_(insert|delete|update)$/.exec(trigger.name)!;
      const index = LISTS.findIndex(([t]) => t === list);
      let statement = change[event!]![index]!;
      // A table whose rows cannot simply be inserted by hand (many required columns): copy a row of it.
      if (statement === "copy") statement = copyRow(tableOf(list!));
      // Inside a transaction rolled back, so the other cases start from the kept state.
      const rolledBack = new Error("rolled back");
      try {
        db.transaction((tx) => {
          tx.run(sql.raw(`drop trigger ${trigger.name}`));
          // Rows the statement may not delete for their references are left aside: foreign keys are checked per statement.
          tx.run(sql.raw("pragma defer_foreign_keys = on"));
          tx.run(sql.raw(statement));
          const { kept, counted } = keptAndCounted();
          expect(kept, `${trigger.name} dropped: ${statement}`).not.toEqual(counted);
          throw rolledBack;
        });
      } catch (error) {
        if (error !== rolledBack) throw error;
      }
      expectKeptCounts(`after ${trigger.name}'s case was rolled back`);
    }
  });
});

/** An insert of a copy of one of the jobcentre's rows of `table`, with a new id (every other column as it is but `over`'s). */
function copyRow(table: string, over: Record<string, string> = { due_date: "'2099-01-03'" }): string {
  const columns = getDb()
    .all<{ name: string }>(sql.raw(`select name from pragma_table_info('${table}')`))
    .map((c) => c.name)
    .filter((c) => c !== "id");
  // Unique columns of the copy made unique again.
  const values = columns.map((c) =>
    over[c] != null ? over[c] : c === "proposal_id" ? "(select max(id) from proposals where id not in (select proposal_id from placements where proposal_id is not null))" : c === "alias" ? "alias || ' kopi'" : c,
  );
  return `insert into ${table} (${columns.join(", ")}) select ${values.join(", ")} from ${table} where jobcentre_id = ${w.jc.id} limit 1`;
}

describe("the lists' totals and deep pages", () => {
  const PAGE = 3;

  /**
   * Every page equals the same rows of one forward read of all of them: pages of 3 (a short last
   * page, one past the end) and of 1 (every row of the back half read on its own from the end).
   */
  function expectEveryPage<T>(what: string, read: (page: number, pageSize: number) => { rows: T[]; total: number }, least = PAGE * 2 + 1) {
    const all = read(1, 1000);
    expect(all.rows.length, what).toBe(all.total);
    expect(all.total, `${what}: enough rows for several pages`).toBeGreaterThanOrEqual(least);
    for (const size of [PAGE, 1]) {
      const pages = Math.ceil(all.total / size);
      for (let page = 1; page <= pages + 1; page++) {
        const got = read(page, size);
        expect(got.total, `${what} page ${page}`).toBe(all.total);
        expect(got.rows, `${what} page ${page} of ${pages} (${size} a page)`).toEqual(all.rows.slice((page - 1) * size, page * size));
      }
    }
  }

  it("follow-ups: all and sent, each total a fresh count, every page both ways", () => {
    const ctx = ctxFor(w.consultant);
    const fresh = (status?: string) =>
      getDb()
        .select({ n: count() })
        .from(followUps)
        .where(and(eq(followUps.jobcentreId, w.jc.id), status ? eq(followUps.status, status as "submitted") : undefined))
        .get()!.n;
    expect(listFollowUps(ctx, { page: 1, view: "all" }).total).toBe(fresh());
    expect(listFollowUps(ctx, { page: 1, view: "submitted" }).total).toBe(fresh("submitted"));
    for (const view of ["all", "submitted", "todo", "upcoming"] as const) expectEveryPage(`follow-ups ${view}`, (page, size) => listFollowUps(ctx, { page, view }, size));
    expectEveryPage("HR's follow-ups", (page, size) => listFollowUps(ctxFor(w.hr), { page, view: "all" }, size));
  });

  it("proposals: all and each status, each total a fresh count, every page both ways", () => {
    const ctx = ctxFor(w.consultant);
    const fresh = (status?: string) =>
      getDb()
        .select({ n: count() })
        .from(proposals)
        .where(and(eq(proposals.jobcentreId, w.jc.id), status ? eq(proposals.status, status as "accepted") : undefined))
        .get()!.n;
    expect(jobcentreProposals(ctx, { page: 1 }).total).toBe(fresh());
    for (const status of PROPOSAL_STATUSES) expect(jobcentreProposals(ctx, { page: 1, status }).total, status).toBe(fresh(status));
    expectEveryPage("proposals", (page, size) => jobcentreProposals(ctx, { page }, size));
    expectEveryPage("accepted proposals", (page, size) => jobcentreProposals(ctx, { page, status: "accepted" }, size));
  });

  it("placements: all and each status, each total a fresh count, every page both ways", () => {
    const ctx = ctxFor(w.consultant);
    const fresh = (status?: string) =>
      getDb()
        .select({ n: count() })
        .from(placements)
        .where(and(eq(placements.jobcentreId, w.jc.id), status ? eq(placements.status, status as "active") : undefined))
        .get()!.n;
    expect(listPlacements(ctx, { page: 1 }).total).toBe(fresh());
    for (const status of PLACEMENT_STATUSES) expect(listPlacements(ctx, { page: 1, status }).total, status).toBe(fresh(status));
    expectEveryPage("placements", (page, size) => listPlacements(ctx, { page }, size));
    expectEveryPage("active placements", (page, size) => listPlacements(ctx, { page, status: "active" }, size));
    expectEveryPage("placements, mine", (page, size) => listPlacements(ctx, { page, responsible: w.consultant.id }, size));
    expectEveryPage("HR's placements", (page, size) => listPlacements(ctxFor(w.hr), { page }, size));
  });

  it("candidates: the total a fresh count, every page of every sort both ways (ties, no consent)", () => {
    const ctx = ctxFor(w.consultant);
    const fresh = getDb().select({ n: count() }).from(candidates).where(eq(candidates.jobcentreId, w.jc.id)).get()!.n;
    expect(listCandidates(ctx, parseCandidateFilters(new URLSearchParams(""))).total).toBe(fresh);
    for (const sort of ["alias", "updated", "hours", "consent"]) {
      for (const search of ["", "consent=valid", "consent=none", "q=Samme"]) {
        expectEveryPage(`candidates ${search} by ${sort}`, (page, size) => listCandidates(ctx, parseCandidateFilters(new URLSearchParams(`${search}&sort=${sort}&page=${page}`)), size), search === "consent=none" ? 4 : 7);
      }
    }
  });
});

describe("consent valid and no open proposal, by subtraction", () => {
  it("counts as the old definition with withdrawn, expired and replaced consents and proposals in every state", async () => {
    const w2 = await makeWorld();
    const made: number[] = [];
    for (let i = 0; i < 12; i++) made.push(await makeCandidate(w2.consultant, { alias: `Sub ${i}` }, i === 11 ? null : {}));
    withdrawConsent(ctxFor(w2.consultant), { candidateId: made[0]! });
    setConsentDays(made[1]!, { givenOn: addDays(today(), -200), expiresOn: addDays(today(), -3) });
    setConsentDays(made[2]!, { expiresOn: addDays(today(), 5) });
    recordConsent(ctxFor(w2.consultant), { candidateId: made[3]!, ...consentInput.parse({ givenOn: today(), method: "digital", scope: "any", expiresOn: addDays(today(), 100), sections: ["support"] }) });
    const slots = [await makeOpenSlot(w2, { seats: 5 }), await makeOpenSlot(w2, { seats: 5 }), await makeOpenSlot(w2, { seats: 5 })];
    const v = (id: number) => proposalVersion(id);
    // Two open proposals for one candidate, one of them with a meeting.
    const a = propose(ctxFor(w2.consultant), { candidateId: made[4]!, slotId: slots[0]!, motivation: "Passer godt." });
    propose(ctxFor(w2.consultant), { candidateId: made[4]!, slotId: slots[1]!, motivation: "Passer godt." });
    transitionProposal(ctxFor(w2.hr), { proposalId: a, version: v(a), command: "inviteToMeeting", meeting: { meetingDate: addDays(today(), 2), meetingTime: "10:00", meetingPlace: "Butikken" } });
    // One open, one closed for the same candidate; accepted, declined, withdrawn.
    propose(ctxFor(w2.consultant), { candidateId: made[5]!, slotId: slots[0]!, motivation: "Passer godt." });
    const d = propose(ctxFor(w2.consultant), { candidateId: made[5]!, slotId: slots[1]!, motivation: "Passer godt." });
    transitionProposal(ctxFor(w2.hr), { proposalId: d, version: v(d), command: "decline", decline: { reason: "hours_days", reasonText: null, shareWithCandidate: true } });
    const acc = propose(ctxFor(w2.consultant), { candidateId: made[6]!, slotId: slots[2]!, motivation: "Passer godt." });
    transitionProposal(ctxFor(w2.hr), { proposalId: acc, version: v(acc), command: "inviteToMeeting", meeting: { meetingDate: addDays(today(), 2), meetingTime: "10:00", meetingPlace: "Butikken" } });
    transitionProposal(ctxFor(w2.hr), { proposalId: acc, version: v(acc), command: "accept" });
    const wd = propose(ctxFor(w2.consultant), { candidateId: made[7]!, slotId: slots[2]!, motivation: "Passer godt." });
    transitionProposal(ctxFor(w2.consultant), { proposalId: wd, version: v(wd), command: "withdraw" });
    // An open proposal of a candidate whose consent was renewed, and one whose consent is about to run out.
    propose(ctxFor(w2.consultant), { candidateId: made[3]!, slotId: slots[2]!, motivation: "Passer godt." });
    propose(ctxFor(w2.consultant), { candidateId: made[2]!, slotId: slots[2]!, motivation: "Passer godt." });
    const statuses = new Set(getDb().select({ s: proposals.status }).from(proposals).where(eq(proposals.jobcentreId, w2.jc.id)).all().map((r) => r.s));
    expect(statuses).toEqual(new Set(PROPOSAL_STATUSES));

    const compared: number[] = [];
    for (const days of [0, 4, 10, 120, 200]) {
      const now = new Date(Date.now() + days * 86_400_000);
      const ctx = ctxFor(w2.consultant, now);
      for (const consent of ["valid", "expiring", "expired", "withdrawn"] as const) {
        const day = copenhagenDate(now);
        const soon = addDays(day, 14);
        const status = {
          valid: sql`${consents.withdrawnAt} is null and ${consents.expiresOn} > ${soon}`,
          expiring: sql`${consents.withdrawnAt} is null and ${consents.expiresOn} >= ${day} and ${consents.expiresOn} <= ${soon}`,
          expired: sql`${consents.withdrawnAt} is null and ${consents.expiresOn} < ${day}`,
          withdrawn: sql`${consents.withdrawnAt} is not null`,
        }[consent];
        const open = getDb()
          .select({ id: proposals.candidateId })
          .from(proposals)
          .where(inArray(proposals.status, ["proposed", "meeting_planned"]));
        const expected = getDb()
          .select({ n: count() })
          .from(consents)
          .where(and(eq(consents.jobcentreId, w2.jc.id), isNull(consents.replacedAt), status, notInArray(consents.candidateId, open)))
          .get()!.n;
        const got = listCandidates(ctx, parseCandidateFilters(new URLSearchParams(`consent=${consent}&noOpenProposal=1`)));
        expect(got.total, `${consent} on day +${days}`).toBe(expected);
        expect(got.rows.length, `${consent} on day +${days}`).toBe(Math.min(expected, 25));
        compared.push(expected);
      }
    }
    expect(compared.some((n) => n > 3)).toBe(true);
  });
});
