/**
 * The board's queries are kept per shape (decision 056): built once per connection for the set
 * of filters present and the sort, with every value a placeholder; the day filter looks for the
 * days left out in the stored JSON instead of reading it with json_each; nearest first reads the
 * slots in the radius once. None of it may change which slots the board finds or their order:
 * every filter, alone and in the bench's combinations, on several pages and page sizes, gives
 * what the board's search gave before (tests/board-before.ts, the old code word for word), over
 * slots with odd data (no tasks, a task without demands, all seven days, days repeated and out
 * of order, weekend only, an empty accessibility note), on pages read from either end.
 *
 * All the searches run on one connection, one after the other, each shape right after one that
 * differs from it in a single filter: a shape key that missed a filter (or the number of values
 * of a list) would serve the earlier search's statement and fail here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { companies, slots, slotTasks, tasks, workplaces } from "~/db/schema";
import { parseBoardFilters } from "~/http/filters/board";
import { searchBoard } from "~/domain/slots/queries.server";
import { searchBoardBefore } from "../board-before";
import { ctxFor, makeCompany, makeOpenSlot, makeTask, makeWorld } from "../factories";

let w: Awaited<ReturnType<typeof makeWorld>>;

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

beforeAll(async () => {
  w = await makeWorld();
  const db = getDb();
  const place = (postcode: string) =>
    db
      .insert(workplaces)
      .values({ companyId: w.companyA.id, pNumber: `78${postcode}0001`, name: `Butik ${postcode}`, address: "Vej 1", postcode, city: "By", ordinaryFte: 40 })
      .returning()
      .get().id;
  const at = [w.workplaceA.id, place("8200"), place("1552"), place("1550"), place("9000"), place("8000")];
  const other = await makeCompany(w.jc.id);
  db.update(companies).set({ industry: "bakery_food" }).where(eq(companies.id, w.companyA.id)).run();
  db.update(companies).set({ industry: "retail", name: "Lagerhuset A/S" }).where(eq(companies.id, other.company.id)).run();
  const ids: number[] = [];
  for (let i = 0; i < 16; i++) ids.push(await makeOpenSlot(w));
  const taskOf = (slotId: number) => db.select({ id: slotTasks.taskId }).from(slotTasks).where(eq(slotTasks.slotId, slotId)).get()!.id;
  const workingDays: (typeof DAYS)[number][][] = [
    ["mon", "tue", "wed", "thu", "fri"],
    ["fri", "mon", "wed"],
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    ["sat", "sun"],
    ["mon"],
    ["tue", "tue", "thu"],
    ["sun", "mon", "tue", "wed", "thu", "fri", "sat"],
    [],
  ];
  const kinds = ["praktik", "loentilskud", "fleksjob", "smaajob"] as const;
  ids.forEach((id, i) => {
    db.update(slots)
      .set({
        kind: kinds[i % 4],
        workingDays: workingDays[i % workingDays.length],
        startHours: [8, 10, 20, 25, 12][i % 5],
        // Start dates, opening times and hours that tie, so the ids decide.
        startDate: `2030-0${1 + (i % 3)}-01`,
        openedAt: new Date(Date.UTC(2026, 10, 1 + (i % 4), 9 + (i % 7))),
        firstProposedAt: i % 3 === 0 ? new Date(Date.UTC(2026, 10, 20)) : null,
        accessibility: [null, "", "   ", "Elevator og handicaptoilet"][i % 4],
        title: i % 5 === 0 ? `Lagerarbejde ${i}` : `Praktik ${i}`,
        workplaceId: at[i % at.length],
        companyId: i % 4 === 3 ? other.company.id : w.companyA.id,
      })
      .where(eq(slots.id, id))
      .run();
    const task = taskOf(id);
    db.update(tasks)
      .set({
        physical: [1, 2, 3, null][i % 4],
        pace: [1, 3, null, 2, 1][i % 5],
        social: i % 6 === 0 ? null : 1 + (i % 3),
        adaptations: ([["quiet_place"], ["quiet_place", "seated"], [], ["seated", "flexible_hours"]] as const)[i % 4]!.slice(),
      })
      .where(eq(tasks.id, task))
      .run();
  });
  // A slot without tasks, slots with a second task (one asking a lot, one without demands).
  db.delete(slotTasks).where(eq(slotTasks.slotId, ids[1]!)).run();
  const heavy = makeTask(w.hr, { physical: "3", pace: "3", adaptations: ["seated"] });
  const blank = makeTask(w.hr);
  db.update(tasks).set({ physical: null, social: null, language: null, pace: null, precision: null }).where(eq(tasks.id, blank)).run();
  db.insert(slotTasks).values([
    { slotId: ids[4]!, taskId: heavy },
    { slotId: ids[8]!, taskId: blank },
    { slotId: ids[12]!, taskId: heavy },
    { slotId: ids[12]!, taskId: blank },
  ]).run();
  // Not on this board: another jobcentre's slot and a closed one.
  db.update(slots).set({ jobcentreId: w.otherJc.id }).where(eq(slots.id, ids[14]!)).run();
  db.update(slots).set({ status: "closed" }).where(inArray(slots.id, [ids[15]!])).run();
});

const WEEK = DAYS.slice(0, 5).map((d) => `day=${d}`).join("&");
const ALL_DAYS = DAYS.map((d) => `day=${d}`).join("&");

/** Each search differs from the one before it in one filter, a value's count or the sort. */
const SEARCHES = [
  "",
  "kind=praktik",
  "kind=praktik&kind=fleksjob",
  "kind=praktik&kind=praktik",
  "withoutProposal=1",
  "withoutProposal=1&sort=oldest",
  "industry=bakery_food",
  "industry=retail",
  "hours=10",
  "hours=20",
  "access=described",
  "access=quiet_place",
  "access=seated",
  "access=quiet_place&access=seated",
  "access=described&access=seated",
  WEEK,
  "day=mon",
  "day=mon&day=mon",
  "day=sat&day=sun",
  ALL_DAYS,
  "day=tue&day=thu",
  "max_physical=1",
  "max_physical=2",
  "max_pace=1",
  "max_physical=2&max_pace=2",
  "max_social=1&max_precision=1",
  "max_language=1",
  "q=lager",
  "q=la",
  "q=rh",
  "q=Lagerhuset",
  "q=%25",
  "q=zzz",
  "sort=newest",
  "sort=oldest",
  "sort=hours",
  "sort=distance",
  "postcode=8000&radius=25",
  "postcode=8000&radius=25&sort=hours",
  "postcode=8000&radius=25&sort=distance",
  "postcode=8000&radius=300&sort=distance",
  "postcode=1552&radius=300&sort=distance",
  "postcode=1552&radius=0&sort=distance",
  "postcode=0001&radius=25&sort=distance",
  "postcode=9000&radius=300&sort=distance&kind=praktik",
  "postcode=9000&radius=300&sort=distance&max_physical=2",
  "postcode=9000&radius=300&sort=distance&q=lager",
  "postcode=9000&radius=300&sort=distance&industry=bakery_food&day=mon&day=tue&day=wed&day=thu&day=fri",
  `kind=praktik&hours=20&${WEEK}`,
  `kind=praktik&kind=loentilskud&hours=20&${WEEK}&sort=newest`,
  "q=lager&industry=retail&access=described",
  "withoutProposal=1&max_physical=2&access=quiet_place&postcode=8000&radius=100",
];

/** What the board page shows of a row (its columns and the CSV's), in the loader's field order. */
const SHOWN = ["id", "title", "companyName", "industry", "kind", "postcode", "city", "distanceKm", "startDate", "startHours", "targetHours", "seats", "daysOpen"] as const;
const shown = (r: Record<string, unknown>) => Object.fromEntries(SHOWN.map((k) => [k, r[k]]));

describe("the board's kept queries", () => {
  it("find the same slots in the same order as before, for every filter and page, one shape after another", () => {
    const ctx = ctxFor(w.consultant);
    let matched = 0;
    for (const search of SEARCHES) {
      // Pages in the back half are read from the other end: whole, partial and past the end.
      for (const [pageSize, page] of [[3, 1], [3, 2], [3, 3], [3, 4], [3, 5], [5, 3], [3, 6], [50, 1]] as const) {
        const filters = { ...parseBoardFilters(new URLSearchParams(search)), page };
        const before = searchBoardBefore(ctx, filters, pageSize);
        const now = searchBoard(ctx, filters, pageSize);
        const label = `${search || "(no filter)"} page ${page} of ${pageSize}`;
        expect({ total: now.total, unknownPostcode: now.unknownPostcode, rows: now.rows.map(shown) }, label).toEqual({
          total: before.total,
          unknownPostcode: before.unknownPostcode,
          rows: before.rows.map(shown),
        });
        // The rows are what the page's loader sends (decision 073): the shown fields and nothing else.
        for (const row of now.rows) expect(row, label).toStrictEqual(shown(row));
        if (pageSize === 50 && before.total > 0) matched++;
      }
    }
    // The data set makes the filters bite: most searches find something, and not everything.
    expect(matched).toBeGreaterThan(SEARCHES.length - 8);
  });

  it("every filter narrows this data set, so a shape key that missed one would be caught above", () => {
    const ctx = ctxFor(w.consultant);
    const all = searchBoard(ctx, parseBoardFilters(new URLSearchParams(""))).total;
    expect(all).toBe(14);
    for (const search of ["kind=praktik", "withoutProposal=1", "industry=retail", "hours=10", "access=described", "access=seated", WEEK, "max_physical=1", "max_pace=1", "q=lager", "q=rh", "postcode=8000&radius=25"]) {
      const n = searchBoard(ctx, parseBoardFilters(new URLSearchParams(search))).total;
      expect(n, search).toBeGreaterThan(0);
      expect(n, search).toBeLessThan(all);
    }
  });
});
