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
