/**
 * The candidate list's search from the `candidate_text` trigram index (decision 059) finds
 * exactly the candidates whose alias contains the text in any case (decision 057): the same
 * candidates for every query (long, short, æøå in either case, % _ \ and "), and it stays so after
 * aliases are edited, a candidate moves between jobcentres, is anonymised by retention, erased,
 * or deleted. The reference is written out here in JavaScript.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates } from "~/db/schema";
import { listCandidates, TEXT_FROM_INDEX_UP_TO } from "~/domain/candidates/candidate-list.server";
import { anonymiseCandidate, eraseCandidate } from "~/domain/retention/commands.server";
import { parseCandidateFilters } from "~/http/filters/candidates";
import { ctxFor, makeCandidate, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

/** What the list finds, written out: the jobcentre's candidates whose alias contains the text, any letter in any case. */
function reference(jobcentreId: number, q: string): number[] {
  const needle = q.trim().toLowerCase();
  return getDb()
    .select({ id: candidates.id, alias: candidates.alias })
    .from(candidates)
    .where(eq(candidates.jobcentreId, jobcentreId))
    .all()
    .filter((r) => r.alias.toLowerCase().includes(needle))
    .map((r) => r.id)
    .sort((a, b) => a - b);
}

function list(who: World["consultant"], q: string, upTo = TEXT_FROM_INDEX_UP_TO) {
  const result = listCandidates(ctxFor(who), parseCandidateFilters(new URLSearchParams({ q })), 1000, { textFromIndexUpTo: upTo });
  return { ids: result.rows.map((r) => r.id).sort((a, b) => a - b), total: result.total };
}

function aliases(): string[] {
  return getDb().select({ alias: candidates.alias }).from(candidates).all().map((r) => r.alias);
}

/** Pieces of the aliases (2 and 4 characters from three places), as typed and in either case. */
function queriesFrom(source: string[]): string[] {
  const out = new Set<string>();
  for (const text of source) {
    const chars = [...text];
    for (const start of [0, Math.floor(chars.length / 2), Math.max(0, chars.length - 4)]) {
      for (const length of [2, 4]) {
        const piece = chars.slice(start, start + length).join("");
        if (piece.trim() === "" || piece.trim() !== piece) continue;
        out.add(piece);
        out.add(piece.toUpperCase());
        out.add(piece.toLowerCase());
      }
    }
  }
  return [...out];
}

const FIXED = [
  "ærø", "ÆRØ", "Ærø", "æRø", "søren", "SØREN", "Søren", "ÅSE", "åse", "Åse", "øst", "ØST",
  "å", "Å", "ø", "æb", "ÆB", "aa", "é", "café", "CAFÉ", "cafe",
  "kandidat", "KANDIDAT", "50%", "50 %", "%", "%%%", "_", "a_b", "axb", "a%b", "\\", "a\\b", "\\b", '"', 'q"t', 'Q"T"',
  "sørensen", "ÆRLIG", "åkjær", "ingenting-her", "qqq", "xy", "d", "#", "#1",
];

function expectSameAsReference(queries: string[]) {
  let found = 0;
  for (const q of queries) {
    for (const [who, jobcentreId] of [
      [w.consultant, w.jc.id],
      [w.consultantOther, w.otherJc.id],
    ] as const) {
      const expected = reference(jobcentreId, q);
      // From the index, and by LIKE when the index finds more than a bound (here 0 or 1 hits).
      for (const upTo of [TEXT_FROM_INDEX_UP_TO, 1]) {
        const got = list(who, q, upTo);
        expect(got.ids, `"${q}" at jobcentre ${jobcentreId}, index up to ${upTo}`).toEqual(expected);
        expect(got.total, `"${q}" at jobcentre ${jobcentreId}, index up to ${upTo}`).toBe(expected.length);
      }
      if (expected.length) found++;
    }
  }
  // The comparison means something only if many queries find candidates and some do not.
  expect(found).toBeGreaterThan(queries.length / 2);
}

const mine: number[] = [];
const theirs: number[] = [];
const odd = ["Søg 50% tid", "Søg a_b", "Søg 500 axb", "Back\\slash a\\b", 'Citat q"t"', "Ærø Bager", "ÅSE østerbro", "Café Æblegård", "søren SØREN", "Kandidat med 100 %"];

beforeAll(async () => {
  w = await makeWorld();
  for (let i = 0; i < odd.length; i++) mine.push(await makeCandidate(w.consultant, {}, null));
  for (let i = 3; i < odd.length; i++) theirs.push(await makeCandidate(w.consultantOther, {}, null));
  // The aliases written directly: what the form accepts is the form's business, the search finds any text.
  const db = getDb();
  mine.forEach((id, i) => db.update(candidates).set({ alias: odd[i]! }).where(eq(candidates.id, id)).run());
  theirs.forEach((id, i) => db.update(candidates).set({ alias: odd[i + 3]! }).where(eq(candidates.id, id)).run());
  // And some only as the form created them (the insert's trigger alone).
  for (const alias of ["Østergård Ærlig", "Bente Åkjær", "Kim Sørensen"]) mine.push(await makeCandidate(w.consultant, { alias }, null));
}, 120_000);

describe("the candidate list's search from the index", () => {
  it("finds the same candidates as the reference, for long and short queries, æøå, case and % _ \\ \"", () => {
    expectSameAsReference([...FIXED, ...queriesFrom(aliases())]);
  });

  it("answers queries of 3+ characters from the index, shorter ones from the aliases", () => {
    const db = getDb();
    expect(db.all<{ id: number }>(sql`select rowid as id from candidate_text order by rowid`).map((r) => r.id)).toEqual(
      db.all<{ id: number }>(sql`select id from candidates order by id`).map((r) => r.id),
    );
    db.run(sql`create temp table candidate_text_saved as select rowid as id, jobcentre, alias from candidate_text`);
    db.run(sql`delete from candidate_text`);
    try {
      expect(list(w.consultant, "ærø").total).toBe(0);
      expect(list(w.consultant, "ÆR").total).toBe(reference(w.jc.id, "ÆR").length);
      expect(reference(w.jc.id, "ÆR").length).toBeGreaterThan(0);
    } finally {
      db.run(sql`insert into candidate_text (rowid, jobcentre, alias) select id, jobcentre, alias from candidate_text_saved`);
      db.run(sql`drop table candidate_text_saved`);
    }
    expect(list(w.consultant, "ærø").total).toBeGreaterThan(0);
  });

  it("stays in step when aliases are edited, a candidate moves, is anonymised, erased or deleted", async () => {
    const before = aliases();
    const db = getDb();
    // An edit by the command's own statement shape (every column set) and by a single column.
    db.update(candidates).set({ alias: "Åge Ølstykke", updatedAt: new Date() }).where(eq(candidates.id, mine[5]!)).run();
    db.update(candidates).set({ alias: "Nyt navn 75%" }).where(eq(candidates.id, theirs[0]!)).run();
    // Moved to the other jobcentre (as an operator would).
    db.update(candidates).set({ jobcentreId: w.otherJc.id }).where(eq(candidates.id, mine[6]!)).run();
    // Anonymised by retention and erased by the admin: the alias becomes "#<id>".
    const row = db.select().from(candidates).where(eq(candidates.id, mine[7]!)).get()!;
    db.transaction((tx) => anonymiseCandidate(tx, ctxFor(w.admin), row, "retention"));
    eraseCandidate(ctxFor(w.admin), { candidateId: mine[8]! });
    // Deleted from the database.
    const gone = await makeCandidate(w.consultant, {}, null);
    db.update(candidates).set({ alias: "Slettes snart" }).where(eq(candidates.id, gone)).run();
    expect(list(w.consultant, "slettes").total).toBe(1);
    db.delete(candidates).where(eq(candidates.id, gone)).run();

    expect(list(w.consultant, "slettes").total).toBe(0);
    expect(list(w.consultant, "ølstykke").ids).toEqual([mine[5]]);
    expect(list(w.consultant, "ærø bager").total).toBe(0);
    expect(list(w.consultantOther, "75%").ids).toEqual([theirs[0]]);
    expect(list(w.consultantOther, "åse øst").ids).toEqual([mine[6]!, theirs[3]!].sort((a, b) => a - b));
    expect(list(w.consultant, "åse øst").total).toBe(0);
    expect(list(w.consultant, "Æblegård").total).toBe(0);
    expect(list(w.consultant, `#${mine[7]}`).ids).toEqual([mine[7]]);
    expect(list(w.consultant, `#${mine[8]}`).ids).toEqual([mine[8]]);
    expectSameAsReference([...FIXED, ...queriesFrom([...before, ...aliases()])]);
    // The index holds exactly the candidates, each with its jobcentre and alias.
    expect(db.all<{ id: number }>(sql`select rowid as id from candidate_text order by rowid`).map((r) => r.id)).toEqual(
      db.all<{ id: number }>(sql`select id from candidates order by id`).map((r) => r.id),
    );
    expect(db.all(sql`select c.id from candidates c join candidate_text t on t.rowid = c.id where t.jobcentre <> '#' || c.jobcentre_id || '#' or t.alias <> c.alias`)).toEqual([]);
  });
});
