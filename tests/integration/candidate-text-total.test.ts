/**
 * The candidate list's total of a text found in more aliases than the index answers for, kept in
 * memory under the state of the `candidate_text` index (decision 067), is the total counted anew:
 * for every text (long, short, æøå, any case, found by the index or not), sort and page, at both
 * jobcentres, and after every way a candidate's alias or jobcentre changes — creation, an edit by
 * the command, anonymisation by retention, erasure, hand-written SQL (an edit, a move between
 * jobcentres, a deletion) — each asked right after the same texts were kept.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates } from "~/db/schema";
import { listCandidates } from "~/domain/candidates/candidate-list.server";
import { updateCandidate } from "~/domain/candidates/commands.server";
import { dashboardCacheSize } from "~/domain/dashboard/cache.server";
import { anonymiseCandidate, eraseCandidate } from "~/domain/retention/commands.server";
import { parseCandidateFilters } from "~/http/filters/candidates";
import { ctxFor, makeCandidate, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

const TEXTS = ["kandidat", "KANDIDAT", "Kandidat 1", "andi", "at 1", "ka", "Æ", "ærø", "ÆRØ bager", "Søren", "#", "zzz", "nyt navn"];

/** The list as the page asks for it, kept (the default) or counted anew. */
function list(who: World["consultant"], params: Record<string, string>, upTo: number, keepTextTotals: boolean) {
  const r = listCandidates(ctxFor(who), parseCandidateFilters(new URLSearchParams(params)), 5, { textFromIndexUpTo: upTo, keepTextTotals });
  return { total: r.total, ids: r.rows.map((row) => row.id) };
}

/** Every text, by the index and by LIKE (the bound at 1 and 0), two sorts, first, second and last page, both jobcentres: kept equals counted. */
function expectKeptEqualsCounted(): number {
  let found = 0;
  for (const who of [w.consultant, w.consultantOther]) {
    for (const q of TEXTS) {
      for (const upTo of [200, 1, 0]) {
        for (const sort of ["alias", "hours"]) {
          const plain = list(who, { q, sort }, upTo, false);
          for (const page of ["1", "2", String(Math.max(1, Math.ceil(plain.total / 5)))]) {
            const label = `"${q}" by ${who.email}, index up to ${upTo}, ${sort}, page ${page}`;
            expect(list(who, { q, sort, page }, upTo, true), label).toEqual(list(who, { q, sort, page }, upTo, false));
          }
          if (plain.total > 1) found++;
        }
      }
    }
  }
  return found;
}

/** Keeps every text's total, makes the change, and compares right after. */
async function afterChange(change: () => unknown | Promise<unknown>) {
  expectKeptEqualsCounted();
  await change();
  expectKeptEqualsCounted();
}

const mine: number[] = [];
const theirs: number[] = [];

beforeAll(async () => {
  w = await makeWorld();
  for (let i = 0; i < 12; i++) mine.push(await makeCandidate(w.consultant, { alias: `Kandidat ${i}` }, null));
  for (let i = 0; i < 8; i++) theirs.push(await makeCandidate(w.consultantOther, { alias: `Kandidat ${i + 20}` }, null));
  const db = getDb();
  db.update(candidates).set({ alias: "Ærø Bager" }).where(eq(candidates.id, mine[0]!)).run();
  db.update(candidates).set({ alias: "Søren Kandidat" }).where(eq(candidates.id, theirs[0]!)).run();
}, 120_000);

describe("the candidate list's kept text totals", () => {
  it("equal the counted totals for every text, sort, page and jobcentre, and are kept only for LIKE's totals", () => {
    expect(expectKeptEqualsCounted()).toBeGreaterThan(20);
    // Kept: asking again adds nothing; a text the index answers is not kept.
    const size = dashboardCacheSize(getDb());
    list(w.consultant, { q: "kandidat" }, 1, true);
    expect(dashboardCacheSize(getDb())).toBe(size);
    list(w.consultant, { q: "kandidat 11" }, 200, true);
    expect(dashboardCacheSize(getDb())).toBe(size);
    list(w.consultant, { q: "kandidat 11" }, 0, true);
    expect(dashboardCacheSize(getDb())).toBe(size + 1);
  });

  it("stay equal after a candidate is created by the command", async () => {
    await afterChange(() => makeCandidate(w.consultant, { alias: "Kandidat 99" }, null));
  });

  it("stay equal after an alias is edited by the command", async () => {
    await afterChange(() => {
      const { id, jobcentreId: _j, anonymisedAt: _a, version, createdAt: _c, updatedAt: _u, consentExpiresOn: _e, ...profile } = getDb().select().from(candidates).where(eq(candidates.id, mine[1]!)).get()!;
      updateCandidate(ctxFor(w.consultant), { ...profile, alias: "Nyt navn", candidateId: id, version });
    });
  });

  it("stay equal after anonymisation by retention and erasure", async () => {
    await afterChange(() => {
      const row = getDb().select().from(candidates).where(eq(candidates.id, mine[2]!)).get()!;
      getDb().transaction((tx) => anonymiseCandidate(tx, ctxFor(w.admin), row, "retention"));
    });
    await afterChange(() => eraseCandidate(ctxFor(w.admin), { candidateId: mine[3]! }));
  });

  it("stay equal after hand-written SQL: an edit, a move between jobcentres, a deletion", async () => {
    await afterChange(() => getDb().update(candidates).set({ alias: "Ærø nyt navn" }).where(eq(candidates.id, mine[4]!)).run());
    await afterChange(() => getDb().update(candidates).set({ jobcentreId: w.otherJc.id }).where(eq(candidates.id, mine[5]!)).run());
    await afterChange(() => getDb().delete(candidates).where(eq(candidates.id, mine[6]!)).run());
    await afterChange(() => getDb().update(candidates).set({ jobcentreId: w.jc.id }).where(eq(candidates.id, mine[5]!)).run());
  });
});
