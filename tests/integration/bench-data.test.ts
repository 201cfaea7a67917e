/**
 * The national-size generator (scripts/bench-data.ts) at a small size: what it writes must be
 * what the portal could have written, or the benchmark measures data no user can make.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb, openDatabase } from "~/db/client.server";
import { auditLog, candidates, companies, proposals, slots, slotTasks, tasks, users, workplaces } from "~/db/schema";
import { covers } from "~/domain/candidates/consent";
import { currentConsent } from "~/domain/candidates/consent.server";
import { workplaceMeter } from "~/domain/slots/meter.server";
import { slotRuleErrors } from "~/domain/slots/schema";
import { completenessErrors } from "~/domain/tasks/schema";
import { generate } from "../../scripts/bench/national/generate";
import { portion, scaled, share, type Sizes } from "../../scripts/bench/national/sizes";

const sizes: Sizes = { jobcentres: 3, consultantsPerJobcentre: 2, companies: 41, chainWorkplaces: 7, tasks: 205, slots: 103, candidates: 90, proposals: 37, auditRows: 601, bigCity: 0.5, bigCityAudit: 0.6 };
const now = new Date("2026-12-02T09:00:00Z");
const today = "2026-12-02";
let result: ReturnType<typeof generate>;

beforeAll(() => {
  getDb(); // migrated first, as the generator expects
  const { sqlite } = openDatabase(process.env.DATABASE_PATH!);
  result = generate(sqlite, { sizes, passwordHash: "not-a-real-hash", now });
  sqlite.close();
});

describe("bench data generator", () => {
  it("writes exactly the sizes asked for, and the database's own checks hold", () => {
    const db = getDb();
    const n = (table: typeof companies | typeof tasks | typeof slots | typeof candidates | typeof proposals | typeof auditLog | typeof workplaces) =>
      db.get<{ n: number }>(sql`select count(*) as n from ${table}`).n;
    expect([n(companies), n(tasks), n(slots), n(candidates), n(proposals), n(auditLog)]).toEqual([
      sizes.companies,
      sizes.tasks,
      sizes.slots,
      sizes.candidates,
      sizes.proposals,
      sizes.auditRows,
    ]);
    expect(n(workplaces)).toBeGreaterThanOrEqual(sizes.companies + sizes.chainWorkplaces - 1);
    expect(db.all(sql`pragma foreign_key_check`)).toEqual([]);
  });

  it("keeps every slot inside its company: jobcentre, workplace, mentor and active tasks of the same company", () => {
    const db = getDb();
    const wrong = db.all(sql`
      select s.id from ${slots} s
      join ${companies} c on c.id = s.company_id
      join ${workplaces} w on w.id = s.workplace_id
      join ${users} m on m.id = s.mentor_user_id
      where s.jobcentre_id <> c.jobcentre_id or w.company_id <> s.company_id or m.company_id <> s.company_id or m.role <> 'mentor'`);
    expect(wrong).toEqual([]);
    const badTasks = db.all(sql`
      select st.slot_id from ${slotTasks} st join ${slots} s on s.id = st.slot_id join ${tasks} t on t.id = st.task_id
      where t.company_id <> s.company_id or t.status <> 'active'`);
    expect(badTasks).toEqual([]);
    expect(db.all(sql`select s.id from ${slots} s where not exists (select 1 from ${slotTasks} st where st.slot_id = s.id)`)).toEqual([]);
  });

  it("writes slots that pass the slot rules, past the draft only at verified companies, within every workplace's meter", () => {
    const db = getDb();
    const all = db.select().from(slots).all();
    for (const s of all) {
      const upcoming = !["filled", "closed", "withdrawn"].includes(s.status);
      const errors = slotRuleErrors({ ...s, purposeKind: s.purposeKind ?? undefined, taskIds: [1], steps: s.steps }, upcoming ? now : new Date(s.createdAt.getTime() - 86_400_000 * 400));
      expect(errors, `slot ${s.id}`).toEqual({});
      if (s.status !== "draft") expect(s.submittedAt, `slot ${s.id}`).not.toBeNull();
      expect(s.openedAt !== null, `slot ${s.id}`).toBe(["open", "filled", "closed"].includes(s.status));
    }
    const unverified = db.all(sql`select s.id from ${slots} s join ${companies} c on c.id = s.company_id where c.status <> 'verified' and s.status <> 'draft'`);
    expect(unverified).toEqual([]);
    expect(all.some((s) => s.status === "open")).toBe(true);
    for (const w of db.select({ id: workplaces.id }).from(workplaces).all()) expect(workplaceMeter(db, w.id, null)!.fits, `workplace ${w.id}`).toBe(true);
  });

  it("writes active tasks complete, as an active task must be", () => {
    for (const t of getDb().select().from(tasks).where(eq(tasks.status, "active")).all()) expect(completenessErrors(t), `task ${t.id}`).toEqual({});
  });

  it("proposes only consented candidates of the same jobcentre to open slots, each pair once", () => {
    const db = getDb();
    const rows = db
      .select({ p: proposals, slot: slots, candidateJobcentre: candidates.jobcentreId })
      .from(proposals)
      .innerJoin(slots, eq(slots.id, proposals.slotId))
      .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
      .all();
    expect(rows.length).toBe(sizes.proposals);
    const pairs = new Set<string>();
    for (const { p, slot, candidateJobcentre } of rows) {
      expect([p.companyId, p.jobcentreId, candidateJobcentre, slot.status]).toEqual([slot.companyId, slot.jobcentreId, slot.jobcentreId, "open"]);
      expect(covers(currentConsent(db, p.candidateId), p.companyId, today), `proposal ${p.id}`).toBe(true);
      pairs.add(`${p.candidateId}-${p.slotId}`);
    }
    expect(pairs.size).toBe(rows.length);
    const responsible = db.all(sql`select c.id from ${candidates} c join ${users} u on u.id = c.responsible_user_id where u.role <> 'consultant' or u.jobcentre_id <> c.jobcentre_id`);
    expect(responsible).toEqual([]);
  });

  it("writes each jobcentre's share of the audit log, company rows naming a company of that jobcentre", () => {
    const db = getDb();
    const perJobcentre = db.all<{ n: number }>(sql`select count(*) as n from ${auditLog} group by jobcentre_id order by jobcentre_id`).map((r) => r.n);
    expect(perJobcentre).toEqual([361, 120, 120]);
    expect(db.all(sql`select a.id from ${auditLog} a join ${companies} c on c.id = a.company_id where c.jobcentre_id <> a.jobcentre_id`)).toEqual([]);
    const latest = db.get<{ at: number }>(sql`select max(at) as at from ${auditLog}`)!.at;
    expect(latest).toBeLessThanOrEqual(now.getTime());
  });

  it("prints logins that exist, one per role, and the chain has its workplaces", () => {
    const db = getDb();
    const roles = result.logins.map((l) => db.select({ role: users.role, companyId: users.companyId }).from(users).where(eq(users.email, l.email)).get());
    expect(new Set(roles.map((r) => r?.role))).toEqual(new Set(["jobcentre_admin", "consultant", "company_admin", "mentor"]));
    const chain = roles[2]!.companyId!;
    expect(db.select({ n: sql<number>`count(*)` }).from(workplaces).where(eq(workplaces.companyId, chain)).get()!.n).toBe(sizes.chainWorkplaces);
  });

  it("scales the national sizes down without losing a part", () => {
    expect(scaled(0.001)).toMatchObject({ jobcentres: 1, companies: 20, slots: 50, auditRows: 1000, chainWorkplaces: 2 });
    expect([0, 1, 2].map((i) => share(10, 3, i))).toEqual([3, 3, 4]);
    expect([0, 1, 2, 3].map((i) => portion(100, 4, i, 0.3))).toEqual([30, 23, 23, 24]);
  });
});
