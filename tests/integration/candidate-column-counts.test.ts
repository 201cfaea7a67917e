/**
 * The candidate list's totals of "near a postcode" alone and "responsible consultant" alone, read
 * from the counts per postcode and per consultant that migration 0021's triggers keep (decision
 * 070), are the totals counted anew: for many centres and radii, every consultant (of both
 * jobcentres and none), every sort, the first, second and last page, at both jobcentres, with other
 * filters beside them (counted as before); and after every way a candidate's postcode,
 * consultant or jobcentre changes — creation, an edit and a handover by the command,
 * anonymisation by retention, erasure, hand-written SQL (a postcode, a consultant, a move between
 * jobcentres and back, an update to the same values, a deletion). The kept rows themselves equal
 * a count of the candidates grouped by jobcentre and postcode or consultant.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates } from "~/db/schema";
import { listCandidates } from "~/domain/candidates/candidate-list.server";
import { updateCandidate } from "~/domain/candidates/commands.server";
import { anonymiseCandidate, eraseCandidate } from "~/domain/retention/commands.server";
import { parseCandidateFilters } from "~/http/filters/candidates";
import { ctxFor, makeCandidate, makeUser, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let colleague: World["consultant"];

const POSTCODES = ["8000", "8200", "8210", "8230", "8260", "8600", "2100", "5000"];
const CENTRES = ["8000", "8210", "2100", "5000", "9000"];
const RADII = ["0", "5", "10", "25", "50", "100"];
const SORTS = ["alias", "hours", "consent"];

function list(who: World["consultant"], params: Record<string, string>, keptColumnCounts: boolean) {
  const r = listCandidates(ctxFor(who), parseCandidateFilters(new URLSearchParams(params)), 5, { keptColumnCounts });
  return { total: r.total, ids: r.rows.map((row) => row.id) };
}

/** The list with the kept counts equals the list counted anew, first, second and last page. */
function expectSame(who: World["consultant"], params: Record<string, string>): number {
  const plain = list(who, params, false);
  for (const page of ["1", "2", String(Math.max(1, Math.ceil(plain.total / 5)))]) {
    expect(list(who, { ...params, page }, true), `${JSON.stringify(params)} by ${who.email}, page ${page}`).toEqual(list(who, { ...params, page }, false));
  }
  return plain.total;
}

/**
 * Every shape, both jobcentres; and the kept rows equal the candidates counted by group. Returns
 * how many shapes found more than one. After a change one sort is enough: the totals do not
 * depend on it, and every sort's pages were compared before the changes.
 */
function expectKeptEqualsCounted(sorts: readonly string[] = SORTS): number {
  let found = 0;
  const consultants = [w.consultant, w.consultantOther, colleague, w.admin];
  for (const who of [w.consultant, w.consultantOther]) {
    for (const sort of sorts) {
      for (const postcode of CENTRES) {
        for (const radius of RADII) if (expectSame(who, { postcode, radius, sort }) > 1) found++;
        expectSame(who, { postcode, radius: "25", sort, q: "kandidat" });
        expectSame(who, { postcode, radius: "10", sort, responsible: String(w.consultant.id) });
      }
      for (const responsible of [...consultants.map((c) => String(c.id)), "999999"]) {
        if (expectSame(who, { responsible, sort }) > 1) found++;
        expectSame(who, { responsible, sort, minHours: "10" });
        expectSame(who, { responsible, sort, consent: "none" });
      }
    }
  }
  const db = getDb();
  const kept = db.all<{ list: string; jobcentre: number; status: string; n: number }>(
    sql`select list, jobcentre_id as jobcentre, status, n from list_counts where list in ('candidates_postcode', 'candidates_responsible') and n <> 0 order by 1, 2, 3`,
  );
  const counted = db.all<{ list: string; jobcentre: number; status: string; n: number }>(sql`
    select 'candidates_postcode' as list, jobcentre_id as jobcentre, postcode as status, count(*) as n from candidates group by jobcentre_id, postcode
    union all
    select 'candidates_responsible', jobcentre_id, cast(responsible_user_id as text), count(*) from candidates group by jobcentre_id, responsible_user_id
    order by 1, 2, 3`);
  expect(kept).toEqual(counted);
  return found;
}

/** Makes the change and compares right after (the first test compared before any change). */
async function afterChange(change: () => unknown | Promise<unknown>) {
  await change();
  expectKeptEqualsCounted(["alias"]);
}

const mine: number[] = [];
const theirs: number[] = [];

function profileOf(id: number) {
  const { id: candidateId, jobcentreId: _j, anonymisedAt: _a, version, createdAt: _c, updatedAt: _u, consentExpiresOn: _e, ...profile } = getDb().select().from(candidates).where(eq(candidates.id, id)).get()!;
  return { ...profile, candidateId, version };
}

beforeAll(async () => {
  w = await makeWorld();
  colleague = await makeUser("consultant", { jobcentreId: w.jc.id });
  for (let i = 0; i < 16; i++) {
    const who = i % 3 === 2 ? colleague : w.consultant;
    mine.push(await makeCandidate(who, { alias: `Kandidat ${i}`, postcode: POSTCODES[i % POSTCODES.length], hoursNow: String(5 + (i % 4) * 5) }, i % 2 ? null : {}));
  }
  for (let i = 0; i < 8; i++) theirs.push(await makeCandidate(w.consultantOther, { alias: `Kandidat ${i + 20}`, postcode: POSTCODES[(i * 3) % POSTCODES.length] }, null));
}, 120_000);

describe("the candidate list's kept counts per postcode and consultant", () => {
  it("equal the counted totals for every centre, radius, consultant, sort, page and jobcentre", () => {
    expect(expectKeptEqualsCounted()).toBeGreaterThan(40);
  }, 60_000);

  it("stay equal after creation, an edit of the postcode and a handover by the command", async () => {
    await afterChange(() => makeCandidate(w.consultant, { alias: "Kandidat 99", postcode: "8200" }, null));
    await afterChange(() => updateCandidate(ctxFor(w.consultant), { ...profileOf(mine[1]!), postcode: "8000" }));
    await afterChange(() => updateCandidate(ctxFor(w.consultant), { ...profileOf(mine[2]!), responsibleUserId: colleague.id }));
    await afterChange(() => updateCandidate(ctxFor(w.consultant), { ...profileOf(mine[3]!), alias: "Samme sted" }));
  }, 120_000);

  it("stay equal after anonymisation by retention and erasure", async () => {
    await afterChange(() => {
      const row = getDb().select().from(candidates).where(eq(candidates.id, mine[4]!)).get()!;
      getDb().transaction((tx) => anonymiseCandidate(tx, ctxFor(w.admin), row, "retention"));
    });
    await afterChange(() => eraseCandidate(ctxFor(w.admin), { candidateId: mine[5]! }));
  }, 120_000);

  it("stay equal after hand-written SQL: a postcode, a consultant, a move and back, the same values, a deletion", async () => {
    const db = getDb();
    await afterChange(() => db.update(candidates).set({ postcode: "5000" }).where(eq(candidates.id, mine[6]!)).run());
    await afterChange(() => db.update(candidates).set({ responsibleUserId: colleague.id }).where(eq(candidates.id, mine[7]!)).run());
    await afterChange(() => db.update(candidates).set({ jobcentreId: w.otherJc.id, responsibleUserId: w.consultantOther.id }).where(eq(candidates.id, mine[8]!)).run());
    await afterChange(() => db.update(candidates).set({ jobcentreId: w.jc.id, postcode: "8600", responsibleUserId: w.consultant.id }).where(eq(candidates.id, mine[8]!)).run());
    await afterChange(() => db.run(sql`update candidates set postcode = postcode, responsible_user_id = responsible_user_id, jobcentre_id = jobcentre_id`));
    await afterChange(() => db.delete(candidates).where(eq(candidates.id, theirs[1]!)).run());
  }, 120_000);
});
