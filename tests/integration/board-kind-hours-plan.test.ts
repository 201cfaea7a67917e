/**
 * Decision 073: the board's kind, hours and days filters are counted from
 * `slots_jobcentre_status_kind_hours_days_idx` (migration 0022), and the page's ids keep the
 * start-date index (`+start_hours`): with that index and a kind and hours, SQLite otherwise read
 * the index's range and sorted every match. The plans are those of the statements the board runs,
 * with their values (which slots it finds is board-shapes.test.ts's and slot-demands.test.ts's).
 */
import type BetterSqlite from "better-sqlite3";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "~/db/client.server";
import { searchBoard } from "~/domain/slots/queries.server";
import { parseBoardFilters } from "~/http/filters/board";
import { ctxFor, makeOpenSlot, makeWorld } from "../factories";

let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => {
  w = await makeWorld();
  // Open slots that every search below finds, so each reads its page's ids.
  for (let i = 0; i < 3; i++) await makeOpenSlot(w);
});

const client = () => (getDb() as unknown as { $client: BetterSqlite.Database }).$client;

/** Each statement the board ran for this search (kept or new) with its query plan. */
function plans(search: string, page = 1) {
  const statement = Object.getPrototypeOf(client().prepare("select 1")) as BetterSqlite.Statement;
  const runs = (["get", "all"] as const).map((method) => vi.spyOn(statement, method));
  let ran: { source: string; values: unknown[] }[];
  const ctx = ctxFor(w.consultant);
  try {
    searchBoard(ctx, { ...parseBoardFilters(new URLSearchParams(search)), page }, 1);
    ran = runs.flatMap((spy) => (spy.mock.contexts as BetterSqlite.Statement[]).map((run, i) => ({ source: run.source, values: spy.mock.calls[i] as unknown[] })));
  } finally {
    for (const spy of runs) spy.mockRestore();
  }
  return ran.map(({ source, values }) => ({
    source,
    plan: (client().prepare(`explain query plan ${source}`).all(...values) as { detail: string }[]).map((p) => p.detail).join(" | "),
  }));
}

const WEEK = "day=mon&day=tue&day=wed&day=thu&day=fri";

describe("the board's kind, hours and days", () => {
  it.each([`kind=praktik&hours=20&${WEEK}`, "kind=praktik&hours=20", "hours=10", `kind=praktik&kind=loentilskud&hours=20&${WEEK}`, `hours=20&${WEEK}`])(
    "%s: counted from an index without reading a slot, the page's ids in start-date order from its index",
    (search) => {
      const ran = plans(search);
      const count = ran.find((r) => r.source.startsWith("select count(*)"));
      const ids = ran.find((r) => r.source.includes('order by "slots"."start_date"'));
      expect(count!.plan, count!.source).toMatch(/^SEARCH slots USING COVERING INDEX slots_jobcentre_status_(kind_hours_days|demands)_idx \(jobcentre_id=\? AND status=\?/);
      expect(ids!.plan, ids!.source).toBe("SEARCH slots USING INDEX slots_jobcentre_status_start_idx (jobcentre_id=? AND status=?)");
    },
  );

  it("the kind and hours alone are counted from the new index too", () => {
    expect(plans("kind=praktik&hours=20").find((r) => r.source.startsWith("select count(*)"))!.plan).toBe(
      "SEARCH slots USING COVERING INDEX slots_jobcentre_status_kind_hours_days_idx (jobcentre_id=? AND status=? AND kind=? AND start_hours<?)",
    );
  });
});
