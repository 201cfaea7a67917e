/**
 * The board picks a page on the slots' own index and joins only that page (issue 10): the pages
 * must still hold every matching slot once, in order, with filters on the company and workplace.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { companies, slots, workplaces } from "~/db/schema";
import { parseBoardFilters } from "~/http/filters/board";
import { searchBoard } from "~/domain/slots/queries.server";
import { ctxFor, makeOpenSlot, makeWorld } from "../factories";

let w: Awaited<ReturnType<typeof makeWorld>>;
const ids: number[] = [];
const board = (q: string, pageSize = 4) => searchBoard(ctxFor(w.consultant), parseBoardFilters(new URLSearchParams(q)), pageSize);

beforeAll(async () => {
  w = await makeWorld();
  for (let i = 0; i < 7; i++) ids.push(await makeOpenSlot(w));
  // Spread start dates (page order) against id order, and put three slots at a second workplace far away.
  const far = getDb()
    .insert(workplaces)
    .values({ companyId: w.companyA.id, pNumber: "7770000001", name: "Filial", address: "Vej 1", postcode: "9000", city: "Aalborg", ordinaryFte: 40 })
    .returning()
    .get();
  ids.forEach((id, i) => getDb().update(slots).set({ startDate: `2030-0${9 - i}-01`, ...(i < 3 ? { workplaceId: far.id } : {}) }).where(eq(slots.id, id)).run());
  getDb().update(companies).set({ name: "Boardbageriet ApS", industry: "bakery_food" }).where(eq(companies.id, w.companyA.id)).run();
});

describe("board pages", () => {
  it("holds every open slot once across the pages, soonest start first, with the full count on each", () => {
    const first = board("");
    const second = board("page=2");
    expect(first.total).toBe(7);
    expect(second.total).toBe(7);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual([...ids].reverse());
    expect(second.rows[0]).toMatchObject({ companyName: "Boardbageriet ApS", industry: "bakery_food" });
    expect(board("page=3").rows).toEqual([]);
  });

  it("filters on the company's name and industry without losing the count", () => {
    expect(board("q=boardbager").total).toBe(7);
    expect(board("industry=bakery_food").total).toBe(7);
    expect(board("industry=retail").total).toBe(0);
  });

  it("sorts nearest first across pages, the count only what lies in the radius", () => {
    const near = board("postcode=9000&radius=10&sort=distance", 2);
    expect(near.total).toBe(3);
    const page2 = board("postcode=9000&radius=10&sort=distance&page=2", 2);
    expect([...near.rows, ...page2.rows].map((r) => r.id)).toEqual(ids.slice(0, 3));
    expect(near.rows.every((r) => r.distanceKm === 0)).toBe(true);
    const wide = board("postcode=9000&radius=300&sort=distance", 10);
    expect(wide.rows.map((r) => r.id).slice(0, 3)).toEqual(ids.slice(0, 3));
    expect(wide.rows.at(-1)!.distanceKm!).toBeGreaterThan(100);
  });
});

describe("nearest first, read a postcode at a time", () => {
  it("gives every page size the same order as one long page: distance, then id, equally near postcodes interleaved by id", async () => {
    const v = await makeWorld();
    const place = (postcode: string) =>
      getDb()
        .insert(workplaces)
        .values({ companyId: v.companyA.id, pNumber: `77${postcode}0001`, name: `Butik ${postcode}`, address: "Vej 1", postcode, city: "By", ordinaryFte: 40 })
        .returning()
        .get().id;
    // 1552 is a street-level code without its own centre: it lies where 1550 lies, so the two tie at 0 km.
    const at = { "1550": place("1550"), "1552": place("1552"), "2100": place("2100"), "8000": v.workplaceA.id };
    const made: number[] = [];
    for (const code of ["1552", "8000", "1550", "2100", "1552", "1550", "8000", "2100", "1550"] as const) {
      const id = await makeOpenSlot(v);
      getDb().update(slots).set({ workplaceId: at[code] }).where(eq(slots.id, id)).run();
      made.push(id);
    }
    const search = (page: number, size: number) => searchBoard(ctxFor(v.consultant), parseBoardFilters(new URLSearchParams(`postcode=1552&radius=300&sort=distance&page=${page}`)), size);
    const whole = search(1, 50);
    expect(whole.total).toBe(9);
    const zeroKm = whole.rows.filter((r) => r.distanceKm === 0).map((r) => r.id);
    expect(zeroKm).toEqual([made[0], made[2], made[4], made[5], made[8]]);
    expect(whole.rows.slice(5).map((r) => r.postcode)).toEqual(["2100", "2100", "8000", "8000"]);
    for (let size = 1; size <= 9; size++) {
      const pages = Array.from({ length: Math.ceil(9 / size) + 1 }, (_, i) => search(i + 1, size));
      expect(pages.every((p) => p.total === 9)).toBe(true);
      expect(pages.flatMap((p) => p.rows.map((r) => r.id)), `page size ${size}`).toEqual(whole.rows.map((r) => r.id));
    }
  });
});
