/**
 * The national-size generator (scripts/bench-data.ts) at a small size: what it writes must be
 * what the portal could have written, or the benchmark measures data no user can make.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb, openDatabase } from "~/db/client.server";
import {
  auditLog,
  candidates,
  companies,
  consents,
  followUps,
  notifications,
  placementEndings,
  placementGoals,
  placementMilestones,
  placements,
  placementStatusChecks,
  placementStatusTasks,
  placementStories,
  placementTasks,
  placementSignals,
  proposals,
  slots,
  slotTasks,
  tasks,
  users,
  workplaces,
} from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { durationBreach, lastDayAfterWeeks } from "~/domain/placements/duration";
import { endErrors, statusErrors } from "~/domain/placements/end-errors";
import { statusDueOn } from "~/domain/placements/ending";
import { STORY_SECTIONS } from "~/domain/placements/ending-vocabulary";
import { weekOf } from "~/domain/placements/hours-plan";
import { followUpSchedule } from "~/domain/placements/schedule";
import { refreshPlacementSignals } from "~/domain/placements/signals.server";
import { RULES } from "~/domain/rules/rules";
import { copenhagenDate } from "~/domain/shared/working-days";
import { covers } from "~/domain/candidates/consent";
import { currentConsent } from "~/domain/candidates/consent.server";
import { workplaceMeter } from "~/domain/slots/meter.server";
import { slotRuleErrors } from "~/domain/slots/schema";
import { completenessErrors } from "~/domain/tasks/schema";
import { generate } from "../../scripts/bench/national/generate";
import { portion, scaled, share, type Sizes } from "../../scripts/bench/national/sizes";

const sizes: Sizes = { jobcentres: 3, consultantsPerJobcentre: 2, companies: 41, chainWorkplaces: 7, tasks: 205, slots: 103, candidates: 90, proposals: 37, placements: 30, auditRows: 601, bigCity: 0.5, bigCityAudit: 0.6 };
const now = new Date("2026-12-02T09:00:00Z");
const today = "2026-12-02";
let result: ReturnType<typeof generate>;

/** A consent of the candidate (current or replaced later) that covered any company on the day. */
function consentOn(candidateId: number, day: string): boolean {
  return getDb()
    .select()
    .from(consents)
    .where(eq(consents.candidateId, candidateId))
    .all()
    .some((c) => c.scope === "any" && c.withdrawnAt === null && c.givenOn <= day && day <= c.expiresOn);
}

beforeAll(() => {
  getDb(); // migrated first, as the generator expects
  const { sqlite } = openDatabase(process.env.DATABASE_PATH!);
  result = generate(sqlite, { sizes, passwordHash: "not-a-real-hash", now });
  sqlite.close();
});

describe("bench data generator", () => {
  it("writes exactly the sizes asked for, and the database's own checks hold", () => {
    const db = getDb();
    const n = (table: typeof companies | typeof tasks | typeof slots | typeof candidates | typeof proposals | typeof placements | typeof auditLog | typeof workplaces) =>
      db.get<{ n: number }>(sql`select count(*) as n from ${table}`).n;
    // Each placement brings the slot it filled and its accepted proposal.
    expect([n(companies), n(tasks), n(slots), n(candidates), n(proposals), n(placements), n(auditLog)]).toEqual([
      sizes.companies,
      sizes.tasks,
      sizes.slots + sizes.placements,
      sizes.candidates,
      sizes.proposals + sizes.placements,
      sizes.placements,
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
    for (const w of db.select({ id: workplaces.id }).from(workplaces).all()) expect(workplaceMeter(db, w.id, null, undefined, now)!.fits, `workplace ${w.id}`).toBe(true);
  });

  it("writes active tasks complete, as an active task must be", () => {
    for (const t of getDb().select().from(tasks).where(eq(tasks.status, "active")).all()) expect(completenessErrors(t), `task ${t.id}`).toEqual({});
  });

  it("proposes only consented candidates of the same jobcentre to open slots, each pair once; accepted ones filled their slot", () => {
    const db = getDb();
    const rows = db
      .select({ p: proposals, slot: slots, candidateJobcentre: candidates.jobcentreId })
      .from(proposals)
      .innerJoin(slots, eq(slots.id, proposals.slotId))
      .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
      .all();
    expect(rows.length).toBe(sizes.proposals + sizes.placements);
    const pairs = new Set<string>();
    for (const { p, slot, candidateJobcentre } of rows) {
      pairs.add(`${p.candidateId}-${p.slotId}`);
      if (p.status === "accepted") {
        // Accepted while the slot was open, which its one seat then filled; consent covered the company that day.
        expect([p.companyId, p.jobcentreId, candidateJobcentre, slot.seats]).toEqual([slot.companyId, slot.jobcentreId, slot.jobcentreId, 1]);
        expect(["filled", "closed"]).toContain(slot.status);
        expect(slot.openedAt!.getTime()).toBeLessThanOrEqual(p.proposedAt.getTime());
        expect(p.closedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(consentOn(p.candidateId, copenhagenDate(p.proposedAt)), `proposal ${p.id}`).toBe(true);
        continue;
      }
      expect([p.companyId, p.jobcentreId, candidateJobcentre, slot.status]).toEqual([slot.companyId, slot.jobcentreId, slot.jobcentreId, "open"]);
      expect(covers(currentConsent(db, p.candidateId), p.companyId, today), `proposal ${p.id}`).toBe(true);
    }
    expect(pairs.size).toBe(rows.length);
    const responsible = db.all(sql`select c.id from ${candidates} c join ${users} u on u.id = c.responsible_user_id where u.role <> 'consultant' or u.jobcentre_id <> c.jobcentre_id`);
    expect(responsible).toEqual([]);
  });

  it("starts placements as startPlacement would: from the accepted proposal, consent on the day, the slot rules, the duration rule, one at a time per citizen", () => {
    const db = getDb();
    const rows = db
      .select({ p: placements, proposal: proposals, slot: slots, candidate: candidates })
      .from(placements)
      .innerJoin(proposals, eq(proposals.id, placements.proposalId))
      .innerJoin(slots, eq(slots.id, placements.slotId))
      .innerJoin(candidates, eq(candidates.id, placements.candidateId))
      .all();
    expect(rows.length).toBe(sizes.placements);
    expect(new Set(rows.map((r) => r.p.candidateId)).size).toBe(rows.length);
    const statuses = new Set<string>();
    for (const { p, proposal, slot, candidate } of rows) {
      statuses.add(p.status);
      expect(proposal.status, `placement ${p.id}`).toBe("accepted");
      expect([p.candidateId, p.slotId, p.companyId, p.jobcentreId, candidate.jobcentreId]).toEqual([proposal.candidateId, proposal.slotId, proposal.companyId, proposal.jobcentreId, proposal.jobcentreId]);
      expect([p.workplaceId, p.mentorUserId, p.kind]).toEqual([slot.workplaceId, slot.mentorUserId, slot.kind]);
      expect(consentOn(p.candidateId, p.startDate), `placement ${p.id}`).toBe(true);
      const startedOn = copenhagenDate(p.startedAt);
      expect(p.startDate >= addDays(startedOn, -RULES.placements.startBackDays) && p.startDate <= addDays(startedOn, RULES.placements.startAheadDays), `placement ${p.id}`).toBe(true);
      const weeks = weekOf(p.startDate, p.plannedEndDate);
      expect(p.plannedEndDate).toBe(lastDayAfterWeeks(p.startDate, weeks));
      const taskIds = db.select({ id: placementTasks.taskId }).from(placementTasks).where(eq(placementTasks.placementId, p.id)).all().map((t) => t.id);
      const plan = { startHours: p.startHours, targetHours: p.targetHours, taskIds, lengthWeeks: weeks, steps: p.steps, workingDays: p.workingDays, dayStart: slot.dayStart, dayEnd: slot.dayEnd };
      expect(slotRuleErrors(plan, new Date(p.startedAt.getTime() - 86_400_000)), `placement ${p.id}`).toEqual({});
      expect(durationBreach({ kind: p.kind, targetGroup: candidate.targetGroup, hasWorkExperience: candidate.experienceIndustries.length > 0, assessed: false, employer: "private", startDate: p.startDate }, p.plannedEndDate), `placement ${p.id}`).toBeNull();
      expect(db.select({ n: sql<number>`count(*)` }).from(placementGoals).where(eq(placementGoals.placementId, p.id)).get()!.n).toBeGreaterThan(0);
    }
    expect(statuses).toEqual(new Set(["active", "completed", "interrupted"]));
    const badTasks = db.all(sql`select pt.placement_id from ${placementTasks} pt join ${placements} p on p.id = pt.placement_id join ${tasks} t on t.id = pt.task_id where t.company_id <> p.company_id or t.status <> 'active'`);
    expect(badTasks).toEqual([]);
  });

  it("writes the follow-ups of each placement's schedule, answered only when past, none after an end", () => {
    const db = getDb();
    for (const p of db.select().from(placements).all()) {
      const ending = db.select().from(placementEndings).where(eq(placementEndings.placementId, p.id)).get();
      const expected = followUpSchedule(p).filter((f) => !ending || f.dueDate <= ending.endedOn);
      const rows = db.select().from(followUps).where(eq(followUps.placementId, p.id)).orderBy(followUps.dueDate).all();
      expect(rows.map((f) => [f.week, f.dueDate]), `placement ${p.id}`).toEqual(expected.map((f) => [f.week, f.dueDate]));
      for (const f of rows) {
        if (f.status === "submitted") expect(f.dueDate < today && f.submittedAt!.getTime() <= now.getTime(), `follow-up ${f.id}`).toBe(true);
        else expect([f.status, f.submittedAt]).toEqual(["due", null]);
      }
    }
    expect(db.get<{ n: number }>(sql`select count(*) as n from ${followUps} where status = 'submitted'`)!.n).toBeGreaterThan(0);
  });

  it("ends exactly the placements that are over, by the ending rules, with the status after three months only when due", () => {
    const db = getDb();
    const rows = db.select({ p: placements, e: placementEndings }).from(placements).leftJoin(placementEndings, eq(placementEndings.placementId, placements.id)).all();
    for (const { p, e } of rows) {
      expect(e === null, `placement ${p.id}`).toBe(p.status === "active");
      if (!e) {
        expect(p.plannedEndDate >= today).toBe(true);
        continue;
      }
      expect(e.kind).toBe(p.status);
      expect(endErrors({ kind: e.kind, endedOn: e.endedOn, reason: e.reason, reasonText: e.reasonText, outcome: e.outcome, outcomeHours: e.outcomeHours }, p, today), `placement ${p.id}`).toEqual({});
      expect(e.statusDueOn).toBe(statusDueOn(e.endedOn));
      const check = db.select().from(placementStatusChecks).where(eq(placementStatusChecks.placementId, p.id)).get();
      if (check) expect(statusErrors({ category: check.category, hours: check.hours }, e.statusDueOn, today), `placement ${p.id}`).toEqual({});
    }
    for (const m of db.select({ m: placementMilestones, p: placements }).from(placementMilestones).innerJoin(placements, eq(placements.id, placementMilestones.placementId)).all()) {
      expect(m.m.reachedOn).toBe(addDays(m.p.startDate, 90));
      expect(m.m.reachedOn <= today).toBe(true);
    }
    const stories = db.select({ s: placementStories, p: placements }).from(placementStories).innerJoin(placements, eq(placements.id, placementStories.placementId)).all();
    expect(stories.length).toBeGreaterThan(0);
    for (const { s, p } of stories) {
      expect([s.kind, s.jobcentreId]).toEqual([p.status === "interrupted" ? "learning_case" : "citizen_story", p.jobcentreId]);
      expect(Object.keys(s.sections)).toEqual([...STORY_SECTIONS[s.kind]]);
    }
  });

  it("keeps the attention signals of every active placement, as the commands would", () => {
    const db = getDb();
    const kept = db.select().from(placementSignals).orderBy(placementSignals.placementId).all();
    expect(kept.map((s) => s.placementId)).toEqual(db.select({ id: placements.id }).from(placements).where(eq(placements.status, "active")).orderBy(placements.id).all().map((p) => p.id));
    for (const s of kept) refreshPlacementSignals(db, s.placementId);
    expect(db.select().from(placementSignals).orderBy(placementSignals.placementId).all()).toEqual(kept);
  });

  it("keeps the open three-month status tasks and the consents' jobcentre as the commands would (decision 040)", () => {
    const db = getDb();
    const open = db.all<{ placementId: number; jobcentreId: number; consultantUserId: number; dueOn: string }>(sql`
      select e.placement_id as placementId, p.jobcentre_id as jobcentreId, pr.proposed_by_user_id as consultantUserId, e.status_due_on as dueOn
      from placement_endings e join placements p on p.id = e.placement_id join proposals pr on pr.id = p.proposal_id
      where not exists (select 1 from placement_status_checks c where c.placement_id = e.placement_id) order by e.placement_id`);
    expect(open.length).toBeGreaterThan(0);
    expect(db.select().from(placementStatusTasks).orderBy(placementStatusTasks.placementId).all()).toEqual(open);
    expect(db.get<{ n: number }>(sql`select count(*) as n from consents s join candidates c on c.id = s.candidate_id where s.jobcentre_id is not c.jobcentre_id`).n).toBe(0);
  });

  it("gives the follow-ups their jobcentre and open day and the candidates their consent's last day, as the commands keep them (decision 044)", () => {
    const db = getDb();
    const wrongFollowUps = sql`select count(*) as n from follow_ups f join placements p on p.id = f.placement_id
      where f.jobcentre_id is not p.jobcentre_id or f.open_on is not (case when p.status = 'active' and f.status <> 'submitted' then f.due_date end)`;
    expect(db.get<{ n: number }>(wrongFollowUps).n).toBe(0);
    expect(db.get<{ n: number }>(sql`select count(*) as n from follow_ups where open_on is not null`).n).toBeGreaterThan(0);
    const wrongCandidates = sql`select count(*) as n from candidates c
      where c.consent_expires_on is not (select s.expires_on from consents s where s.candidate_id = c.id and s.replaced_at is null and s.withdrawn_at is null)`;
    expect(db.get<{ n: number }>(wrongCandidates).n).toBe(0);
    expect(db.get<{ n: number }>(sql`select count(*) as n from candidates where consent_expires_on is not null`).n).toBeGreaterThan(0);
  });

  it("leaves the lists' kept counts equal to counting the rows: the triggers fire on its inserts and updates (decision 055)", () => {
    const db = getDb();
    const counted = `select 'follow_ups' as list, jobcentre_id, status, count(*) as n from follow_ups where jobcentre_id is not null group by 2, 3
      union all select 'proposals', jobcentre_id, status, count(*) from proposals group by 2, 3
      union all select 'placements', jobcentre_id, status, count(*) from placements group by 2, 3
      union all select 'candidates', jobcentre_id, '', count(*) from candidates group by 2, 3
      union all select 'consents', jobcentre_id, '', count(*) from consents where jobcentre_id is not null and replaced_at is null and withdrawn_at is null group by 2, 3
      union all select 'candidates_postcode', jobcentre_id, postcode, count(*) from candidates group by 2, 3
      union all select 'candidates_responsible', jobcentre_id, cast(responsible_user_id as text), count(*) from candidates group by 2, 3`;
    const kept = "select list, jobcentre_id, status, n from list_counts where n <> 0";
    expect(db.get<{ n: number }>(sql.raw(`select count(*) as n from (${counted} except ${kept})`)).n).toBe(0);
    expect(db.get<{ n: number }>(sql.raw(`select count(*) as n from (${kept} except select * from (${counted}))`)).n).toBe(0);
    expect(db.get<{ n: number }>(sql.raw("select count(*) as n from list_counts where list = 'follow_ups' and n > 0")).n).toBeGreaterThan(3);
  });

  it("gives each placement its candidate's responsible consultant, as startPlacement does (decision 049)", () => {
    const db = getDb();
    const wrong = sql`select count(*) as n from placements p join candidates c on c.id = p.candidate_id where p.responsible_user_id is not c.responsible_user_id`;
    expect(db.get<{ n: number }>(wrong).n).toBe(0);
    expect(db.get<{ n: number }>(sql`select count(*) as n from placements`).n).toBeGreaterThan(0);
  });

  it("puts each jobcentre's consultants two to a team, the administrator in none (decision 033)", () => {
    const staff = getDb().select({ jobcentreId: users.jobcentreId, role: users.role, team: users.team }).from(users).where(sql`${users.jobcentreId} is not null`).all();
    expect(staff.filter((u) => u.role === "jobcentre_admin").every((u) => u.team === null)).toBe(true);
    const consultants = staff.filter((u) => u.role === "consultant");
    expect(consultants.every((u) => u.team !== null)).toBe(true);
    const perTeam = new Map<string, number>();
    for (const u of consultants) perTeam.set(`${u.jobcentreId} ${u.team}`, (perTeam.get(`${u.jobcentreId} ${u.team}`) ?? 0) + 1);
    expect([...perTeam.values()].every((n) => n === 2)).toBe(true);
  });

  it("tells each side of a placement in the portal, only people of that side", () => {
    const db = getDb();
    const wrong = db.all(sql`
      select n.id from ${notifications} n join ${users} u on u.id = n.user_id
      join ${placements} p on n.link in ('/company/placements/' || p.id, '/jobcentre/placements/' || p.id)
      where (n.kind = 'placementForCompany' and (u.company_id is not p.company_id or n.link <> '/company/placements/' || p.id))
         or (n.kind = 'placementForJobcentre' and (u.jobcentre_id is not p.jobcentre_id or n.link <> '/jobcentre/placements/' || p.id))`);
    expect(wrong).toEqual([]);
    const total = db.get<{ n: number }>(sql`select count(*) as n from ${notifications}`)!.n;
    const linked = db.get<{ n: number }>(sql`select count(*) as n from ${notifications} n join ${placements} p on n.link in ('/company/placements/' || p.id, '/jobcentre/placements/' || p.id)`)!.n;
    expect(linked).toBe(total);
    expect(total).toBeGreaterThanOrEqual(3 * sizes.placements);
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
