/**
 * Decisions 086 and 090: the retention facts of a jobcentre's candidates are read in one statement
 * for the jobcentre, and from a day on only for the candidates whose retention period may have
 * started by then. On a generated dataset with consents (withdrawn, expired, replaced, two current
 * ones, without their copied jobcentre), open and accepted proposals, active and ended placements,
 * every jobcentre's rows must be what reading each candidate on its own gives, and reading from a
 * day must miss no candidate whose period started by it.
 */
import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, openDatabase } from "~/db/client.server";
import { users } from "~/db/schema";
import { placedCandidates } from "~/domain/candidates/fit.server";
import { retentionRows } from "~/domain/retention/facts.server";
import { retentionStartsOn } from "~/domain/retention/rules";
import { addDays } from "~/domain/candidates/consent";
import { RETENTION_PAGE_SIZE, retentionOverview } from "~/domain/retention/queries.server";
import { actorFor } from "~/auth/current-user.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { generate } from "../../scripts/bench/national/generate";
import type { Sizes } from "../../scripts/bench/national/sizes";

const sizes: Sizes = { jobcentres: 3, consultantsPerJobcentre: 2, companies: 30, chainWorkplaces: 4, tasks: 90, slots: 80, candidates: 400, proposals: 60, placements: 120, auditRows: 10, bigCity: 0.5, bigCityAudit: 0.5 };

beforeAll(() => {
  getDb();
  const { sqlite } = openDatabase(process.env.DATABASE_PATH!);
  generate(sqlite, { sizes, passwordHash: "not-a-real-hash", now: new Date("2026-12-02T09:00:00Z") });
  // Some consents withdrawn, some replaced by a newer one (the old one must not count).
  const last = (sqlite.prepare("select max(id) as n from consents").get() as { n: number }).n;
  sqlite.exec(`update consents set withdrawn_at = ${Date.UTC(2026, 5, 1, 22, 30)} where id % 7 = 0 and id <= ${last}`);
  sqlite.exec(`update consents set replaced_at = ${Date.UTC(2026, 8, 1)} where id % 5 = 1 and withdrawn_at is null and replaced_at is null and id <= ${last}`);
  sqlite.exec(`insert into consents (candidate_id, given_on, expires_on, method, scope, sections, recorded_by_user_id, created_at, jobcentre_id)
    select candidate_id, '2026-09-01', '2027-03-01', method, scope, sections, recorded_by_user_id, created_at, jobcentre_id from consents where id % 5 = 1 and replaced_at = ${Date.UTC(2026, 8, 1)}`);
  // Written past the commands (decision 090's superset must hold for them too): a second current
  // consent, the newer one ended long ago while the older is in force, and the reverse; consents
  // without their copied jobcentre; a consent that ended before the profile was created.
  const now = (sqlite.prepare("select max(id) as n from consents").get() as { n: number }).n;
  sqlite.exec(`insert into consents (candidate_id, given_on, expires_on, method, scope, sections, recorded_by_user_id, created_at, jobcentre_id)
    select candidate_id, '2024-01-01', case when expires_on > '2026-12-02' then '2025-02-10' else '2027-05-05' end, method, scope, sections, recorded_by_user_id, created_at, jobcentre_id
    from consents where id % 13 = 0 and replaced_at is null and id <= ${now}`);
  sqlite.exec(`update consents set jobcentre_id = null where id % 11 = 0`);
  sqlite.exec(`update consents set withdrawn_at = ${Date.UTC(2026, 5, 2, 10)} where id % 7 = 3 and replaced_at is null`);
  sqlite.exec(`update candidates set created_at = ${Date.UTC(2026, 10, 30, 23, 30)} where id % 17 = 0`);
  sqlite.close();
});

/** One candidate's facts, read on their own (`placed`: the jobcentre's placed candidates, read once per jobcentre). */
function alone(placed: ReadonlySet<number>, id: number) {
  const db = getDb();
  const c = db.get<{ alias: string; responsible: number; createdAt: number }>(sql`select alias, responsible_user_id as responsible, created_at as createdAt from candidates where id = ${id}`);
  const consent = db.get<{ withdrawnAt: number | null; expiresOn: string } | undefined>(
    sql`select withdrawn_at as withdrawnAt, expires_on as expiresOn from consents where candidate_id = ${id} and replaced_at is null order by id desc limit 1`,
  );
  const open = db.get<{ n: number }>(sql`select count(*) as n from proposals where candidate_id = ${id} and status in ('proposed', 'meeting_planned')`).n;
  const ended = db.get<{ d: string | null }>(sql`select max(e.ended_on) as d from placement_endings e join placements p on p.id = e.placement_id where p.candidate_id = ${id}`).d;
  // Timestamps are stored in milliseconds (columns.ts).
  const day = (ms: number) => copenhagenDate(new Date(ms));
  return {
    id,
    alias: c.alias,
    responsibleUserId: c.responsible,
    facts: {
      createdOn: day(c.createdAt),
      consent: consent ? { withdrawnOn: consent.withdrawnAt ? day(consent.withdrawnAt) : null, expiresOn: consent.expiresOn } : null,
      lastPlacementEndedOn: ended,
      engaged: open > 0 || placed.has(id),
    },
  };
}

describe("retention facts through the jobcentre's candidates (decision 086)", () => {
  it("are, for every jobcentre, what each candidate read alone gives", () => {
    const db = getDb();
    const jobcentres = db.all<{ id: number }>(sql`select id from jobcentres order by id`).map((r) => r.id);
    let withConsent = 0;
    let ended = 0;
    let withdrawn = 0;
    let replaced = 0;
    let engaged = 0;
    for (const jobcentreId of jobcentres) {
      const ids = db.all<{ id: number }>(sql`select id from candidates where jobcentre_id = ${jobcentreId} and anonymised_at is null order by id`).map((r) => r.id);
      const rows = retentionRows(db, jobcentreId).sort((a, b) => a.id - b.id);
      const placed = placedCandidates(db, jobcentreId);
      expect(rows.map((r) => r.id)).toEqual(ids);
      for (const row of rows) {
        expect(row, `candidate ${row.id}`).toEqual(alone(placed, row.id));
        if (row.facts.consent) withConsent++;
        if (row.facts.consent?.withdrawnOn) withdrawn++;
        if (row.facts.consent?.expiresOn === "2027-03-01") replaced++;
        if (row.facts.lastPlacementEndedOn) ended++;
        if (row.facts.engaged) engaged++;
      }
    }
    // The dataset holds every kind of fact the rows carry.
    expect(withConsent).toBeGreaterThan(50);
    expect(withdrawn).toBeGreaterThan(0);
    expect(replaced).toBeGreaterThan(0);
    expect(ended).toBeGreaterThan(5);
    expect(engaged).toBeGreaterThan(5);
  });

  it("read from a day on (decision 090), are exactly the rows whose retention started by that day, with the same facts", () => {
    const db = getDb();
    const jobcentres = db.all<{ id: number }>(sql`select id from jobcentres order by id`).map((r) => r.id);
    const startedBy = (day: string, today: string) => (r: ReturnType<typeof retentionRows>[number]) => {
      const start = retentionStartsOn(r.facts, today);
      return start !== null && start <= day;
    };
    const days: string[] = ["2026-05-31", "2026-06-01", "2026-06-02", "2026-11-30", "2026-12-01", "2025-02-10", "2025-02-11"];
    for (let d = "2024-06-01"; d < "2028-01-01"; d = addDays(d, 9)) days.push(d);
    let found = 0;
    let read = 0;
    let all = 0;
    for (const jobcentreId of jobcentres) {
      const every = retentionRows(db, jobcentreId);
      const byId = new Map(every.map((r) => [r.id, r]));
      for (const day of days) {
        const some = retentionRows(db, jobcentreId, day);
        // Every row read is the candidate's full row (a superset of those started, never different facts)…
        for (const r of some) expect(r, `candidate ${r.id} on ${day}`).toEqual(byId.get(r.id));
        for (const today of ["2026-12-04", "2027-06-15"]) {
          // …and no candidate whose period started by the day is missing.
          const expected = every.filter(startedBy(day, today)).map((r) => r.id).sort((a, b) => a - b);
          expect(some.filter(startedBy(day, today)).map((r) => r.id).sort((a, b) => a - b), `${day}, today ${today}`).toEqual(expected);
          found += expected.length;
        }
        read += some.length;
        all += every.length;
      }
    }
    // The dataset holds candidates started on many of the days, and a day reads fewer than all.
    expect(found).toBeGreaterThan(1000);
    expect(read).toBeLessThan(all);
  });

  it("the administrator's list is paged: every candidate due once, soonest first, 25 a page", () => {
    const db = getDb();
    const user = db.select().from(users).where(eq(users.role, "jobcentre_admin")).orderBy(asc(users.jobcentreId), asc(users.id)).limit(1).get()!;
    const ctx = { db, actor: actorFor(db, user), now: new Date("2026-12-04T09:00:00Z") };
    // One month after the reason to keep them: most of the generated candidates are due.
    const first = retentionOverview(ctx, 1, 1).upcoming;
    expect(first.total).toBeGreaterThan(2 * RETENTION_PAGE_SIZE);
    const seen: { id: number; on: string; alias: string }[] = [];
    const pages = Math.ceil(first.total / RETENTION_PAGE_SIZE);
    for (let page = 1; page <= pages; page++) {
      const { rows, total, pageSize } = retentionOverview(ctx, 1, page).upcoming;
      expect(total).toBe(first.total);
      expect(pageSize).toBe(RETENTION_PAGE_SIZE);
      expect(rows.length).toBe(page < pages ? RETENTION_PAGE_SIZE : first.total - (pages - 1) * RETENTION_PAGE_SIZE);
      seen.push(...rows);
    }
    expect(new Set(seen.map((r) => r.id)).size).toBe(first.total);
    for (let i = 1; i < seen.length; i++) expect(seen[i - 1]!.on <= seen[i]!.on, `row ${i} is not sooner than the one before`).toBe(true);
    expect(retentionOverview(ctx, 1, pages + 1).upcoming).toMatchObject({ rows: [], total: first.total });
  });
});
