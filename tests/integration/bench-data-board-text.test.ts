/**
 * The national-size generator fills the board's text index (migration 0010) although it sets the
 * row-by-row trigger aside while it inserts (scripts/bench/national/board-text.ts): afterwards
 * every open slot is in the index with what the trigger would have written, nothing else is,
 * and the trigger is back for whatever writes next.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, openDatabase } from "~/db/client.server";
import { generate } from "../../scripts/bench/national/generate";
import type { Sizes } from "../../scripts/bench/national/sizes";
import { slotsWithStaleDemands, slotsWithStalePostcode } from "../slot-demands";

const sizes: Sizes = { jobcentres: 3, consultantsPerJobcentre: 1, companies: 30, chainWorkplaces: 5, tasks: 120, slots: 90, candidates: 20, proposals: 8, placements: 4, auditRows: 50, bigCity: 0.5, bigCityAudit: 0.6 };

beforeAll(() => {
  getDb(); // migrated first, as the generator expects
  const { sqlite } = openDatabase(process.env.DATABASE_PATH!);
  generate(sqlite, { sizes, passwordHash: "not-a-real-hash", now: new Date("2026-12-02T09:00:00Z") });
  sqlite.close();
});

describe("bench data and the board's text index", () => {
  it("indexes exactly the open slots, each with its own text and its company's name", () => {
    const db = getDb();
    const open = db.all<{ id: number }>(sql`select id from slots where status = 'open' order by id`).map((r) => r.id);
    expect(open.length).toBeGreaterThan(10);
    expect(db.all<{ id: number }>(sql`select rowid as id from board_text order by rowid`).map((r) => r.id)).toEqual(open);
    const wrong = db.all(sql`
      select s.id from slots s join companies c on c.id = s.company_id join board_text b on b.rowid = s.id
      where b.jobcentre <> '#' || s.jobcentre_id || '#'
         or b.body <> s.title || char(10) || s.purpose || char(10) || coalesce(s.wishes, '') || char(10) || coalesce(s.accessibility, '') || char(10) || c.name`);
    expect(wrong).toEqual([]);
  });

  it("puts the insert trigger back, so a slot added afterwards is indexed", () => {
    const db = getDb();
    expect(db.all(sql`select name from sqlite_master where type = 'trigger' and name = 'board_text_slot_insert'`)).toHaveLength(1);
    const columns = sql.raw(
      "company_id, jobcentre_id, workplace_id, kind, title, purpose, start_date, length_weeks, start_hours, target_hours, working_days, day_start, day_end, mentor_user_id, seats, updated_at",
    );
    const added = db.get<{ id: number }>(sql`insert into slots (status, ${columns}) select 'open', ${columns} from slots order by id limit 1 returning id`);
    expect(db.all(sql`select rowid from board_text where rowid = ${added.id}`)).toHaveLength(1);
  });
});

describe("bench data and the candidates' text index (decision 059)", () => {
  it("indexes every candidate with its jobcentre and alias, nothing else", () => {
    const db = getDb();
    const all = db.all<{ id: number }>(sql`select id from candidates order by id`).map((r) => r.id);
    expect(all.length).toBeGreaterThan(10);
    expect(db.all<{ id: number }>(sql`select rowid as id from candidate_text order by rowid`).map((r) => r.id)).toEqual(all);
    const wrong = db.all(sql`
      select c.id from candidates c join candidate_text t on t.rowid = c.id
      where t.jobcentre <> '#' || c.jobcentre_id || '#' or t.alias <> c.alias`);
    expect(wrong).toEqual([]);
  });

  it("puts the insert trigger back", () => {
    expect(getDb().all(sql`select name from sqlite_master where type = 'trigger' and name = 'candidate_text_insert'`)).toHaveLength(1);
  });
});

describe("bench data and the slots' kept demand levels and postcodes (decision 060)", () => {
  it("leaves every slot's kept levels equal to its tasks' highest, and slots with tasks that demand something", () => {
    const db = getDb();
    expect(slotsWithStaleDemands(db)).toEqual([]);
    expect(slotsWithStalePostcode(db)).toEqual([]);
    expect(db.get<{ n: number }>(sql`select count(*) as n from slots where max_physical > 0 and max_pace > 0`).n).toBeGreaterThan(10);
  });
});
