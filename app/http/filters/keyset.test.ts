import { describe, expect, it } from "vitest";
import { encodeCursor, keysetPage, parseCursor, readsAscending, type KeysetRequest } from "~/domain/keyset";
import { keysetRequest } from "./keyset";

/** Rows newest first, as the log holds them: ids 1..n at times 1000·id (two share a time). */
const ALL = Array.from({ length: 12 }, (_, i) => ({ id: 12 - i, at: (12 - i) * 1000 - (12 - i === 6 ? 1000 : 0) }));
const desc = (a: { at: number; id: number }, b: { at: number; id: number }) => b.at - a.at || b.id - a.id;
ALL.sort(desc);

/** What the SQL does: filter by the cursor, order, limit size + 1. */
function query(request: KeysetRequest, size: number) {
  const before = (r: { at: number; id: number }, c: { at: number; id: number }) => r.at < c.at || (r.at === c.at && r.id < c.id);
  let rows = [...ALL];
  if (request.kind === "older") rows = rows.filter((r) => before(r, request.than));
  if (request.kind === "newer") rows = rows.filter((r) => before(request.than, r));
  if (readsAscending(request)) rows.reverse();
  return rows.slice(0, size + 1);
}
function follow(search: string, size = 5) {
  const request = keysetRequest(new URLSearchParams(search));
  return keysetPage(query(request, size), size, request);
}

describe("keyset pagination", () => {
  it("walks from the newest page to the oldest and back with every row once, in order", () => {
    const seen: number[] = [];
    let page = follow("");
    expect(page.links.newer).toBeNull();
    for (;;) {
      seen.push(...page.rows.map((r) => r.id));
      if (!page.links.older) break;
      page = follow(`older=${page.links.older}`);
    }
    expect(seen).toEqual(ALL.map((r) => r.id));
    const back: number[] = [];
    for (;;) {
      back.unshift(...page.rows.map((r) => r.id));
      if (!page.links.newer) break;
      page = follow(`newer=${page.links.newer}`);
    }
    expect(back).toEqual(ALL.map((r) => r.id));
  });

  it("keeps rows that share a time apart by id", () => {
    expect(follow("older=6000.7", 2).rows.map((r) => r.id)).toEqual([6, 5]);
    // 6 and 5 share a time: after 6 comes 5, not a skip to 4.
    expect(follow("older=5000.6", 2).rows.map((r) => r.id)).toEqual([5, 4]);
    expect(follow("newer=5000.5", 1).rows.map((r) => r.id)).toEqual([6]);
  });

  it("shows the oldest page newest first, with no older link", () => {
    const page = follow("oldest=1");
    expect(page.rows.map((r) => r.id)).toEqual([5, 4, 3, 2, 1]);
    expect(page.links).toEqual({ newer: "5000.5", older: null });
  });

  it("offers the way back from an empty page past the end", () => {
    expect(follow("older=1.0").links).toEqual({ newer: "1.0", older: null });
    expect(follow("newer=99999.99").links).toEqual({ newer: null, older: "99999.99" });
  });

  it("reads only whole-number cursors; anything else is the newest page", () => {
    expect(parseCursor("1764662400000.42")).toEqual({ at: 1764662400000, id: 42 });
    for (const bad of ["", "1.2.3", "-1.2", "1e3.2", "abc", "1.", ".1", "1".repeat(16) + ".1", null]) expect(parseCursor(bad), String(bad)).toBeNull();
    expect(keysetRequest(new URLSearchParams("older=x&oldest=2"))).toEqual({ kind: "newest" });
    expect(encodeCursor({ at: new Date(5), id: 3 })).toBe("5.3");
  });
});
