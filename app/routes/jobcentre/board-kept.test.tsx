import type { ComponentProps } from "react";
import { describe, expect, it, vi } from "vitest";
import { Kept } from "~/components/kept-markup";
import type { BoardRow } from "~/components/lists/board-columns";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import { BOARD_ACCESS, BOARD_SORTS } from "~/domain/slots/board-filters";
import { SLOT_KINDS, WEEKDAYS } from "~/domain/slots/vocabulary";
import { DEMANDS } from "~/domain/tasks/vocabulary";
import { parseBoardFilters } from "~/http/filters/board";
import { translator } from "~/i18n/translate";
import type { Locale } from "~/i18n/locales";
import { keptRendering } from "../../../tests/kept-render";
import { random } from "../../../tests/random";
import Board from "./board";

/*
 * Decision 083: the board's filter form (its parts) and its table's rows are drawn once per
 * language and the values each reads, and then sent as kept markup. Every page here is rendered
 * as the server renders pages (React's stream) three ways — drawn in full (no renderer: the
 * browser's way and main's), drawn and kept, and from what was kept (a repeat view) — and the
 * three must be the same bytes. The kept markup is not cleared between pages: filters that differ
 * in one value, and rows with the same id whose fields differ (a renamed slot, another day's days
 * open, another centre's distance), must each be drawn anew, never served from another's markup.
 */

const page = vi.hoisted(() => ({ data: {} as unknown, locale: "da" as "da" | "en", search: "" }));
vi.mock("@remix-run/react", () => ({
  Form: (props: ComponentProps<"form">) => <form {...props} />,
  useLoaderData: () => page.data,
  useLocation: () => ({ pathname: "/jobcentre/board", search: page.search, hash: "", state: null, key: "default" }),
}));
vi.mock("~/i18n/use-t", async () => {
  const { translator: tr } = await import("~/i18n/translate");
  return { useLocale: () => page.locale, useT: () => tr(page.locale) };
});

const TEXTS = ["Lager", "Køkkenhjælp & opvask", "Café <Øst>", 'Pakkeri "Nord"', "Ældrepleje – nat", "x", "Åben's butik"];

/** A board URL with some filters set (odd values too), and its page of rows. */
function boardPage(seed: number) {
  const r = random(seed);
  const search = new URLSearchParams();
  const some = <T,>(xs: readonly T[]) => xs.filter(() => r.int(4) === 0);
  if (r.int(3) === 0) search.set("q", r.pick(["lager", "Køkken & co", "<b>", "  ", "x"]));
  for (const k of some(SLOT_KINDS)) search.append("kind", k);
  if (r.int(6) === 0) search.append("kind", "praktik");
  if (r.int(3) === 0) search.set("industry", r.pick([...INDUSTRIES, "nonsense"]));
  if (r.int(3) === 0) search.set("postcode", r.pick(["1100", "8000", "9999", "12", "0000"]));
  if (r.int(3) === 0) search.set("radius", r.pick(["0", "5", "25", "37", "300", "x"]));
  if (r.int(3) === 0) search.set("hours", r.pick(["20", "7,5", "37", "0", "y"]));
  for (const d of some(WEEKDAYS)) search.append("day", d);
  for (const d of DEMANDS) if (r.int(5) === 0) search.set(`max_${d}`, r.pick(["1", "2", "3", "9"]));
  for (const a of some(BOARD_ACCESS)) search.append("access", a);
  if (r.int(4) === 0) search.set("withoutProposal", "1");
  if (r.int(2) === 0) search.set("sort", r.pick([...BOARD_SORTS, "odd"]));
  const pageNo = 1 + r.int(3);
  if (pageNo > 1) search.set("page", String(pageNo));
  const filters = { ...parseBoardFilters(search), page: pageNo, unknownPostcode: search.get("postcode") === "9999" };
  // Few ids, so the same slot comes back with other fields.
  const rows: BoardRow[] = Array.from({ length: r.int(8) === 0 ? 0 : 1 + r.int(20) }, () => ({
    id: 1 + r.int(40),
    title: r.pick(TEXTS),
    companyName: r.pick(TEXTS),
    industry: r.pick(INDUSTRIES),
    kind: r.pick(SLOT_KINDS),
    postcode: r.pick(["1100", "8000", "2200"]),
    city: r.pick(["København K", "Aarhus C", "Nørrebro"]),
    distanceKm: r.int(3) === 0 ? null : r.pick([0, 0.4, 0.6, 12.5, 24.49, 1234.5]),
    startDate: r.pick(["2026-12-03", "2027-01-01", "2027-05-23", "0999-02-03"]),
    startHours: r.pick([0, 1, 8, 20, 37]),
    targetHours: r.pick([1, 9, 37, 1000]),
    seats: r.pick([1, 2, 12]),
    daysOpen: r.pick([0, 1, 2, 307, 1000]),
  }));
  const unique = [...new Map(rows.map((row) => [row.id, row])).values()];
  const total = unique.length === 0 ? 0 : unique.length + r.int(3000);
  return {
    search: `?${search.toString()}`,
    data: { filters, result: { rows: unique, total, page: pageNo, pageSize: 20 }, jobcentre: r.pick(["Jobcenter København", "Aarhus & omegn"]) },
  };
}

const keeping = keptRendering();

async function drawn(p: ReturnType<typeof boardPage>, locale: Locale, kept: boolean) {
  page.data = p.data;
  page.search = p.search;
  page.locale = locale;
  return keeping.draw(<Board />, kept);
}

describe("the board's form and rows drawn once and kept (decision 083)", () => {
  it("sends the same bytes drawn in full, drawn and kept, and from what was kept, over 400 pages in both languages", async () => {
    let keptAtAll = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const p = boardPage(seed);
      for (const locale of ["da", "en"] as const) {
        const plain = await drawn(p, locale, false);
        expect(plain).toContain(translator(locale)("board.filterLabel"));
        const first = await drawn(p, locale, true);
        keeping.reset();
        const repeat = await drawn(p, locale, true);
        // The repeat view draws nothing: every part and row comes from what was kept.
        expect(keeping.rendered()).toBe(0);
        expect(first, `seed ${seed} ${locale} ${p.search}`).toBe(plain);
        expect(repeat, `seed ${seed} ${locale} ${p.search}`).toBe(plain);
        keptAtAll++;
      }
    }
    expect(keptAtAll).toBe(800);
  }, 180_000);

  it("draws a row again when any field it shows changes, and the form when any value it reads changes", async () => {
    const p = boardPage(11);
    const row = { ...p.data.result.rows[0]!, id: 999 };
    const one = (r: BoardRow) => ({ ...p, data: { ...p.data, result: { ...p.data.result, rows: [r] } } });
    await drawn(one(row), "da", true);
    const changes: Partial<BoardRow>[] = [
      { title: "Ny titel" },
      { companyName: "Andet firma" },
      { industry: row.industry === "retail" ? "transport" : "retail" },
      { kind: row.kind === "praktik" ? "fleksjob" : "praktik" },
      { postcode: "9000" },
      { city: "Aalborg" },
      { distanceKm: row.distanceKm === 7 ? 8 : 7 },
      { startDate: "2030-06-01" },
      { startHours: 33 },
      { targetHours: 34 },
      { seats: 5 },
      { daysOpen: 4242 },
    ];
    for (const change of changes) {
      const other = one({ ...row, ...change });
      keeping.reset();
      const kept = await drawn(other, "da", true);
      expect(keeping.rendered(), JSON.stringify(change)).toBeGreaterThan(0);
      expect(kept, JSON.stringify(change)).toBe(await drawn(other, "da", false));
    }
    for (const query of ["q=helt nyt", "industry=retail", "postcode=8000", "radius=50", "hours=12", "max_social=2", "sort=hours", "kind=smaajob", "day=sun", "access=seated", "withoutProposal=1"]) {
      const filters = { ...parseBoardFilters(new URLSearchParams(query)), page: 1, unknownPostcode: false };
      const other = { search: `?${query}`, data: { ...p.data, filters } };
      await drawn({ ...other, data: { ...other.data, filters: { ...parseBoardFilters(new URLSearchParams()), page: 1, unknownPostcode: false } } }, "da", true);
      // Right after the form without filters was kept: a key that left this value out would serve that one.
      expect(await drawn(other, "da", true), query).toBe(await drawn(other, "da", false));
    }
  });

  it("keeps at most `limit` keys, the least recently used dropped first", async () => {
    const on = {};
    const view = (key: string) =>
      keeping.draw(
        <Kept as="div" props={{}} on={on} keptKey={key} limit={2}>
          {() => <span>{key}</span>}
        </Kept>,
        true,
      );
    keeping.reset();
    await view("a");
    await view("b");
    await view("a"); // a is now the most recent
    await view("c"); // drops b
    expect(keeping.rendered()).toBe(3);
    await view("a");
    expect(keeping.rendered()).toBe(3);
    await view("b");
    expect(keeping.rendered()).toBe(4);
    expect(await view("b")).toBe("<div><span>b</span></div>");
  });
});
