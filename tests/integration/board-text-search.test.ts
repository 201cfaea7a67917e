/**
 * The board's free text from the `board_text` trigram index (decision 037) finds exactly the
 * slots whose texts contain it in any case (decision 057): the same slots for every query (long,
 * short, æøå in either case, wildcard characters), and it stays so after slots are edited,
 * opened, filled, sent back to review, deleted, and after a company is renamed. The reference is
 * written out here in JavaScript.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { companies, representativeLinks, slotEvents, slotFacts, slots, slotTasks } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import { updateCompanyProfile } from "~/domain/companies/commands.server";
import { transitionSlot, updateSlot } from "~/domain/slots/commands.server";
import { searchBoard } from "~/domain/slots/queries.server";
import type { SlotInput } from "~/domain/slots/schema";
import { searchText } from "~/domain/shared/fields";
import { parseBoardFilters } from "~/http/filters/board";
import { answerAsRepresentative, askRepresentative, ctxFor, makeCompany, makeSlot, makeTask, makeUser, makeWorld, slotInputFor, slotVersion } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let second: Awaited<ReturnType<typeof makeCompany>>;
let secondConsultant: World["consultant"];

/**
 * What the board finds, written out: the open slots of the jobcentre whose title, purpose,
 * wishes, accessibility note or company name contain the text in any case of every letter, æ, ø
 * and å included (decision 057; before it, LIKE's A–Z only).
 */
function reference(jobcentreId: number, q: string): number[] {
  const needle = (searchText(q) ?? "").replace(/[%_]/g, "").toLowerCase();
  return getDb()
    .select({ id: slots.id, title: slots.title, purpose: slots.purpose, wishes: slots.wishes, accessibility: slots.accessibility, company: companies.name })
    .from(slots)
    .innerJoin(companies, eq(companies.id, slots.companyId))
    .where(and(eq(slots.jobcentreId, jobcentreId), eq(slots.status, "open")))
    .all()
    .filter((r) => [r.title, r.purpose, r.wishes ?? "", r.accessibility ?? "", r.company].some((field) => field.toLowerCase().includes(needle)))
    .map((r) => r.id)
    .sort((a, b) => a - b);
}

function board(who: World["consultant"] | Ctx, q: string) {
  const result = searchBoard("actor" in who ? who : ctxFor(who), parseBoardFilters(new URLSearchParams({ q })), 1000);
  return { ids: result.rows.map((r) => r.id).sort((a, b) => a - b), total: result.total };
}

/** Every text the board reads, for the open slots of both jobcentres. */
function texts(): string[] {
  return getDb()
    .select({ title: slots.title, purpose: slots.purpose, wishes: slots.wishes, accessibility: slots.accessibility, company: companies.name })
    .from(slots)
    .innerJoin(companies, eq(companies.id, slots.companyId))
    .all()
    .flatMap((r) => [r.title, r.purpose, r.wishes ?? "", r.accessibility ?? "", r.company]);
}

/** Pieces of the texts (2 and 4 characters from three places), as typed and in either case. */
function queriesFrom(source: string[]): string[] {
  const out = new Set<string>();
  for (const text of source) {
    const chars = [...text];
    for (const start of [0, Math.floor(chars.length / 2), Math.max(0, chars.length - 4)]) {
      for (const length of [2, 4]) {
        const piece = chars.slice(start, start + length).join("");
        if (piece.trim() === "") continue;
        out.add(piece);
        out.add(piece.toUpperCase());
        out.add(piece.toLowerCase());
      }
    }
  }
  return [...out];
}

const FIXED = [
  "æble", "ÆBLE", "Æble", "æBLE", "smørrebrød", "SMØRREBRØD", "Smørrebrød", "ØSTERBRO", "østerbro", "Østerbro",
  "år", "ÅR", "å", "Å", "ø", "aa", "é", "café", "CAFÉ", "cafe",
  "praktik", "PRAKTIK", "elevator", "trappefri", "1. sal", "100%", "50 %", "a_b", "a%b", "%", "_", "%%%",
  "linje\nanden", "ingenting-her", "qqq", "ab", "xy", "d",
];

function expectSameAsReference(queries: string[]) {
  let found = 0;
  const ctxs = [
    [ctxFor(w.consultant), w.jc.id],
    [ctxFor(w.consultantOther), w.otherJc.id],
  ] as const;
  for (const q of queries) {
    for (const [ctx, jobcentreId] of ctxs) {
      const expected = reference(jobcentreId, q);
      const got = board(ctx, q);
      expect(got.ids, `"${q}" at jobcentre ${jobcentreId}`).toEqual(expected);
      expect(got.total, `"${q}" at jobcentre ${jobcentreId}`).toBe(expected.length);
      if (expected.length) found++;
    }
  }
  // The comparison means something only if many queries find slots and some do not.
  expect(found).toBeGreaterThan(queries.length / 2);
}

function edit(hr: World["hr"], slotId: number, over: Partial<SlotInput>) {
  const current = getDb().select().from(slots).where(eq(slots.id, slotId)).get()!;
  const taskIds = getDb().select({ id: slotTasks.taskId }).from(slotTasks).where(eq(slotTasks.slotId, slotId)).all().map((r) => r.id);
  return updateSlot(ctxFor(hr), {
    ...slotInputFor(hr, {
      kind: current.kind,
      title: current.title,
      purposeKind: current.purposeKind ?? "job_goal",
      purpose: current.purpose,
      workplaceId: current.workplaceId,
      taskIds,
      startDate: current.startDate,
      lengthWeeks: current.lengthWeeks,
      startHours: current.startHours,
      targetHours: current.targetHours,
      steps: current.steps,
      workingDays: current.workingDays,
      dayStart: current.dayStart,
      dayEnd: current.dayEnd,
      mentorUserId: current.mentorUserId,
      seats: current.seats,
      accessibility: current.accessibility,
      wishes: current.wishes,
      ...over,
    }),
    slotId,
    version: current.version,
  });
}

const open: number[] = [];
const otherOpen: number[] = [];

async function openSlot(hr: World["hr"], consultant: World["consultant"], over: Partial<SlotInput>) {
  return makeSlot({ hr, consultant, status: "open", over: { taskIds: [makeTask(hr)], ...over } });
}

beforeAll(async () => {
  w = await makeWorld();
  second = await makeCompany(w.jc.id);
  secondConsultant = await makeUser("consultant", { jobcentreId: w.jc.id });
  updateCompanyProfile(ctxFor(w.hr), { name: "Ærø Smørrebrød ApS", industry: "bakery_food", version: w.companyA.version });
  updateCompanyProfile(ctxFor(second.hr), { name: "ØSTERBRO CAFÉ I/S", industry: "hotel_restaurant", version: second.company.version });
  updateCompanyProfile(ctxFor(w.hrOther), { name: "Æblehaven Aalborg A/S", industry: "retail", version: w.companyB.version });
  const variants: Partial<SlotInput>[] = [
    { title: "Køkkenhjælp i kantinen", purpose: "Smøre smørrebrød til frokost.\nAnden linje om opvasken.", wishes: "Gerne morgenfrisk", accessibility: "Elevator til 1. sal" },
    { title: "LAGER OG PAKNING", purpose: "Pakke ordrer og holde styr på lageret.", accessibility: "Trappefri adgang, 100% niveaufri" },
    { title: "Æbleplukning", purpose: "Plukke æbler i haven, årstidens arbejde.", wishes: "Ingen krav om erfaring" },
    { title: "Butiksmedhjælper", purpose: "Fylde varer op i butikken og hjælpe kunder.", wishes: "a_b og 50 % tid" },
    { title: "Praktik på kontoret", purpose: "Sortere post og svare på telefonen.", accessibility: "Stille rum; Å-bygning" },
    { title: "Café-hjælp", purpose: "Dække borde og rydde af i caféen.", wishes: "ÅBEN over for nye folk" },
  ];
  for (const v of variants) open.push(await openSlot(w.hr, w.consultant, v));
  for (const v of variants.slice(0, 3)) open.push(await openSlot(second.hr, secondConsultant, { ...v, title: `${v.title} (filial)` }));
  for (const v of variants.slice(2)) otherOpen.push(await openSlot(w.hrOther, w.consultantOther, v));
  // Slots that are not open: the board never shows them, whatever they say.
  await makeSlot({ hr: w.hr, status: "draft", over: { title: "Kladde om smørrebrød", purpose: "Æbler og lager, men ikke åben endnu." } });
  await makeSlot({ hr: w.hr, consultant: w.consultant, status: "submitted", over: { title: "Indsendt lagerjob", purpose: "Venter på jobcentret, ØSTERBRO." } });
  await makeSlot({ hr: w.hr, consultant: w.consultant, status: "filled", over: { title: "Besat køkkenjob", purpose: "Smørrebrød, men pladsen er besat." } });
}, 120_000);

describe("the board's free text from the index", () => {
  it("finds the same slots as LIKE on the columns, for long and short queries, æøå and case", () => {
    expectSameAsReference([...FIXED, ...queriesFrom(texts())]);
  });

  it("answers queries of 3+ characters from the index, shorter ones from the columns", () => {
    const db = getDb();
    const indexed = db.all<{ id: number }>(sql`select rowid as id from board_text order by rowid`).map((r) => r.id);
    expect(indexed).toEqual([...open, ...otherOpen].sort((a, b) => a - b));
    // With the index emptied a long query finds nothing while a short one still finds its slots:
    // the long one was answered by the index (and the index rows are put back afterwards).
    db.run(sql`create temp table board_text_saved as select rowid as id, jobcentre, body from board_text`);
    db.run(sql`delete from board_text`);
    try {
      expect(board(w.consultant, "smørrebrød").total).toBe(0);
      expect(board(w.consultant, "ka").total).toBe(reference(w.jc.id, "ka").length);
      expect(reference(w.jc.id, "ka").length).toBeGreaterThan(0);
    } finally {
      db.run(sql`insert into board_text (rowid, jobcentre, body) select id, jobcentre, body from board_text_saved`);
      db.run(sql`drop table board_text_saved`);
    }
    expect(board(w.consultant, "smørrebrød").total).toBeGreaterThan(0);
  });

  it("stays in step when slots are edited, leave the board, come back, and are deleted, and when a company is renamed", async () => {
    const before = texts();
    // A text-only edit of an open slot keeps it open with its new words.
    edit(w.hr, open[0]!, { title: "Opvasker i storkøkkenet", purpose: "Ny tekst om grøntsager og GRYDER.", wishes: null, accessibility: "Rampe ved indgangen" });
    edit(second.hr, open[6]!, { wishes: "Kørekort er en fordel", accessibility: null });
    // A substantive edit takes an open slot off the board (back to the representative) ...
    edit(w.hr, open[1]!, { title: "Lager med flere timer", seats: 2 });
    expect(getDb().select({ s: slots.status }).from(slots).where(eq(slots.id, open[1]!)).get()!.s).not.toBe("open");
    expect(board(w.consultant, "flere timer").total).toBe(0);
    // ... and the representative, the submission and the approval put it back with its new title.
    answerAsRepresentative(open[1]!, askRepresentative(w.hr, open[1]!));
    transitionSlot(ctxFor(w.hr), { slotId: open[1]!, command: "submit", version: slotVersion(open[1]!) });
    transitionSlot(ctxFor(w.consultant), { slotId: open[1]!, command: "approve", version: slotVersion(open[1]!) });
    expect(board(w.consultant, "flere timer").total).toBe(1);
    // Filled and withdrawn slots leave the board.
    transitionSlot(ctxFor(w.hr), { slotId: open[2]!, command: "markFilled", version: slotVersion(open[2]!) });
    transitionSlot(ctxFor(w.hrOther), { slotId: otherOpen[0]!, command: "markFilled", version: slotVersion(otherOpen[0]!) });
    // Renamed companies are found by their new name only, on every open slot they have.
    const a = getDb().select().from(companies).where(eq(companies.id, w.companyA.id)).get()!;
    updateCompanyProfile(ctxFor(w.hr), { name: "Nørrebro Pølsevogn ApS", industry: a.industry, version: a.version });
    const b = getDb().select().from(companies).where(eq(companies.id, w.companyB.id)).get()!;
    updateCompanyProfile(ctxFor(w.hrOther), { name: "Ålborg Æbler A/S", industry: b.industry, version: b.version });
    // Any statement that changes one column the board reads, not only the commands' full updates.
    const db = getDb();
    db.update(slots).set({ accessibility: "Kun ad trapper" }).where(eq(slots.id, open[3]!)).run();
    db.update(slots).set({ wishes: "Hjemmebagt kage" }).where(eq(slots.id, open[4]!)).run();
    db.update(slots).set({ purpose: "Rydde op på værkstedet." }).where(eq(slots.id, open[7]!)).run();
    db.update(slots).set({ title: "Pedel på skolen" }).where(eq(slots.id, otherOpen[1]!)).run();
    db.update(slots).set({ jobcentreId: w.otherJc.id }).where(eq(slots.id, open[8]!)).run();
    // A slot deleted from the database (as an operator would) leaves the index with it.
    const gone = open[5]!;
    db.delete(slotTasks).where(eq(slotTasks.slotId, gone)).run();
    db.delete(slotEvents).where(eq(slotEvents.slotId, gone)).run();
    db.delete(representativeLinks).where(eq(representativeLinks.slotId, gone)).run();
    db.delete(slotFacts).where(eq(slotFacts.slotId, gone)).run();
    db.delete(slots).where(eq(slots.id, gone)).run();

    expect(board(w.consultant, "storkøkken").total).toBe(1);
    expect(board(w.consultant, "Pølsevogn").total).toBe(reference(w.jc.id, "Pølsevogn").length);
    expect(board(w.consultant, "Pølsevogn").total).toBeGreaterThan(2);
    expect(board(w.consultant, "Ærø Smør").total).toBe(0);
    expect(board(w.consultantOther, "Ålborg Æbler").total).toBeGreaterThan(0);
    expect(board(w.consultant, "Café-hjælp").total).toBe(0);
    for (const q of ["ad trapper", "hjemmebagt", "værkstedet", "pedel på"]) expect(board(w.consultant, q).total + board(w.consultantOther, q).total, q).toBe(1);
    expect(board(w.consultantOther, "(filial)").ids).toContain(open[8]);
    expectSameAsReference([...FIXED, ...queriesFrom([...before, ...texts()])]);
  });
});
