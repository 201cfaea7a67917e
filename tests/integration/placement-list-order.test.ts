/**
 * The placement list at national size (decision 049): read in its index's order, a team and
 * "mine" by the placement's kept copy of the candidate's consultant, "reached 13 weeks" and "at
 * risk" probed along the walk and counted from their kept rows. Compared with the domain's
 * definitions on placements made through the commands: every placement of the scope read with
 * its candidate's *current* consultant, `milestoneReached` for the mark, the live flags
 * (`flagsOf` from the follow-ups) for "at risk", sorted active first, newest start, then id —
 * rows, order and total, every page (page size 3), for each filter alone and in pairs, on days
 * around the marks, for the consultant, the administrator, HR and the mentor; again after a
 * handover. `placements.responsible_user_id` is compared with its definition after each command
 * and after the start-up fill: leaving it out of `startPlacement` or `updateCandidate` fails.
 * The list's queries are kept per shape on the one connection (decision 058): every filter set
 * is asked in turn after the others, so a shape key that left out a filter (status, outcome,
 * reached 13 weeks, at risk, responsible, team) or the side (HR, mentor, jobcentre) would answer
 * with another shape's SQL and fail here (each was tried).
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, followUps, placementAdjustments, placementEndings, placements, placementSignals } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import { addDays } from "~/domain/candidates/consent";
import { startPlacement } from "~/domain/placements/commands.server";
import { milestoneReached, thirteenWeekMark } from "~/domain/placements/ending";
import { endPlacement } from "~/domain/placements/ending-commands.server";
import { decideAdjustment } from "~/domain/placements/follow-up-commands.server";
import { placementFlags } from "~/domain/placements/flags";
import { flagsOf, followUpFigures } from "~/domain/placements/progress.server";
import { approvedAdjustmentsOf } from "~/domain/placements/terms.server";
import type { PlacementStatus } from "~/domain/placements/vocabulary";
import { keptTotal, listPlacements, type PlacementListFilters } from "~/domain/placements/queries.server";
import { clearDashboardCache, dashboardCacheSize } from "~/domain/dashboard/cache.server";
import { bumpDashboardVersion, dashboardVersion } from "~/domain/dashboard/versions.server";
import { backfillPlacementResponsible } from "~/domain/placements/responsible.server";
import { backfillAnswerFlagKinds, flagCountSql, flagDaysOf, flaggedDays, flaggedSql, refreshPlacementSignals } from "~/domain/placements/signals.server";
import { copenhagenDate, copenhagenMidnight } from "~/domain/shared/working-days";
import { setStaffTeam } from "~/domain/users/teams.server";
import { ctxFor, handOver, makeAcceptedProposal, makeOpenSlot, makeUser, makeWorld, placementStartFor, sendFollowUp } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
type User = World["consultant"];
let w: World;
let teammate: User;
let outsider: User;
const PAGE = 3;
const TEAM = "Team Nord";
const today = () => copenhagenDate(new Date());
const at = (day: string) => new Date(copenhagenMidnight(day).getTime() + 10 * 3_600_000);
const ids: number[] = [];
const candidateOf = new Map<number, number>();

/** What the list holds by the domain's definitions, in its order, before pagination. */
function byDefinition(ctx: Ctx, filters: PlacementListFilters): number[] {
  const db = getDb();
  const day = copenhagenDate(ctx.now);
  const where = ctx.actor.companyId != null ? eq(placements.companyId, ctx.actor.companyId) : eq(placements.jobcentreId, ctx.actor.jobcentreId!);
  let rows = db
    .select({ id: placements.id, status: placements.status, startDate: placements.startDate, mentorUserId: placements.mentorUserId, responsible: candidates.responsibleUserId, endedOn: placementEndings.endedOn, outcome: placementEndings.outcome })
    .from(placements)
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .leftJoin(placementEndings, eq(placementEndings.placementId, placements.id))
    .where(where)
    .all();
  if (ctx.actor.role === "mentor") rows = rows.filter((p) => p.mentorUserId === ctx.actor.userId);
  if (filters.status) rows = rows.filter((p) => p.status === filters.status);
  if (filters.outcome) rows = rows.filter((p) => p.outcome === filters.outcome);
  if (filters.reached13Weeks) rows = rows.filter((p) => thirteenWeekMark(p.startDate) <= day && milestoneReached(p, day));
  if (filters.atRisk) {
    const flags = flagsOf(db, rows, day);
    rows = rows.filter((p) => (flags.get(p.id) ?? []).length > 0);
  }
  if (ctx.actor.jobcentreId != null && ctx.actor.companyId == null) {
    if (filters.responsible) rows = rows.filter((p) => p.responsible === filters.responsible);
    if (filters.team) {
      const members = db.select({ id: sql<number>`id` }).from(sql`users`).where(sql`jobcentre_id = ${ctx.actor.jobcentreId} and team = ${filters.team}`).all().map((u) => u.id);
      rows = rows.filter((p) => members.includes(p.responsible));
    }
  }
  const active = (p: { status: string }) => (p.status === "active" ? 0 : 1);
  rows.sort((a, b) => active(a) - active(b) || b.startDate.localeCompare(a.startDate) || b.id - a.id);
  return rows.map((p) => p.id);
}

const FILTERS = (): PlacementListFilters[] => [
  {},
  { status: "active" },
  { status: "completed" },
  { status: "interrupted" },
  { outcome: "fleksjob" },
  { reached13Weeks: true },
  { atRisk: true },
  { team: TEAM },
  { responsible: w.consultant.id },
  { responsible: outsider.id },
  { team: "Nobody's team" },
  { reached13Weeks: true, team: TEAM },
  { reached13Weeks: true, status: "active" },
  { reached13Weeks: true, status: "completed" },
  { atRisk: true, team: TEAM },
  { atRisk: true, responsible: outsider.id },
  { atRisk: true, reached13Weeks: true },
  { status: "active", team: TEAM },
];
// Days around the marks of placements started between 31 days ago and 40 days ahead.
const DAYS = [0, 30, 58, 59, 60, 61, 90, 91, 100, 131, 200];

function expectAsDefined(users: User[], label: string) {
  for (const offset of DAYS) {
    const day = addDays(today(), offset);
    for (const user of users) {
      const ctx = ctxFor(user, at(day));
      for (const filters of FILTERS()) {
        const expected = byDefinition(ctx, filters);
        const what = `${label}, ${user.role} on +${offset}, ${JSON.stringify(filters)}`;
        const first = listPlacements(ctx, { page: 1, ...filters }, PAGE);
        expect(first.total, what).toBe(expected.length);
        const pages = Math.max(1, Math.ceil(expected.length / PAGE));
        const found = [...first.rows.map((r) => r.id)];
        for (let page = 2; page <= pages + 1; page++) found.push(...listPlacements(ctx, { page, ...filters }, PAGE).rows.map((r) => r.id));
        expect(found, what).toEqual(expected);
        // Each row's flags are the kinds of the live ones from all its follow-ups (the list reads its kept signals).
        for (const r of first.rows) expect(r.flags, `${what}: flags of ${r.id}`).toEqual(liveFlags(r.id, r.status, day).map((f) => ({ kind: f.kind })));
      }
    }
  }
}

/** A placement's flags on `day` from every follow-up and approved adjustment it has, as its own page computes them. */
function liveFlags(id: number, status: PlacementStatus, day: string) {
  const adjustments = approvedAdjustmentsOf(getDb(), [id]).get(id) ?? [];
  return placementFlags({ status, followUps: followUpFigures(getDb(), [id]), adjustmentsFrom: adjustments.map((a) => a.fromDate) }, day);
}

/** Placements whose kept consultant is not their candidate's current one (the definition). */
function wrongResponsible(): number {
  return getDb().get<{ n: number }>(sql`select count(*) as n from placements p join candidates c on c.id = p.candidate_id where p.responsible_user_id is not c.responsible_user_id`).n;
}

describe("the placement list in its index's order, by the domain's definitions (decision 049)", () => {
  beforeAll(async () => {
    w = await makeWorld();
    teammate = await makeUser("consultant", { jobcentreId: w.jc.id });
    outsider = await makeUser("consultant", { jobcentreId: w.jc.id });
    setStaffTeam(ctxFor(w.admin), { userId: w.consultant.id, team: TEAM });
    setStaffTeam(ctxFor(w.admin), { userId: teammate.id, team: TEAM });
    const consultants = [w.consultant, teammate, outsider];
    // Starts from 31 days back to 40 ahead, two pairs on the same day (the id decides), each
    // candidate with one of three consultants (two on the team).
    const starts = [-31, -31, -20, -7, 0, 0, 3, 10, 25, 40, -25, -14];
    for (const [i, offset] of starts.entries()) {
      const { proposalId, candidateId } = await makeAcceptedProposal(w, await makeOpenSlot(w), { responsibleUserId: String(consultants[i % 3]!.id) });
      const id = startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { startDate: addDays(today(), offset) }));
      ids.push(id);
      candidateOf.set(id, candidateId);
    }
    // Answers that flag: low well-being on the oldest two; a good answer on the third.
    const firstDue = (id: number) => getDb().select().from(followUps).where(eq(followUps.placementId, id)).orderBy(followUps.dueDate).all()[0]!;
    sendFollowUp(w.mentor, ids[0]!, firstDue(ids[0]!).id, { wellBeing: 1 });
    sendFollowUp(w.mentor, ids[1]!, firstDue(ids[1]!).id, { wellBeing: 2 });
    sendFollowUp(w.mentor, ids[2]!, firstDue(ids[2]!).id, { wellBeing: 5, suggestedHours: 10, suggestionText: "Klar til flere timer" });
    // An approved adjustment from +10 days: "no follow-up since an adjustment" on later days.
    const suggestion = getDb().select().from(placementAdjustments).where(eq(placementAdjustments.placementId, ids[2]!)).get()!;
    decideAdjustment(ctxFor(w.consultant), { placementId: ids[2]!, adjustmentId: suggestion.id, decision: "approve", fromDate: addDays(today(), 10), hours: 11, days: null, taskIds: null });
    // Ended: one on its 13-week mark, one before it, one interrupted after it, one ended today.
    const end = (id: number, endedOn: string, kind: "completed" | "interrupted") => {
      const version = getDb().select({ v: placements.version }).from(placements).where(eq(placements.id, id)).get()!.v;
      endPlacement(ctxFor(w.hr, at(endedOn)), { placementId: id, version, kind, endedOn, reason: kind === "interrupted" ? "got_job" : null, reasonText: null, outcome: "fleksjob", outcomeHours: 12 });
    };
    end(ids[10]!, addDays(today(), 65), "completed"); // started −25: the mark is +65
    end(ids[11]!, addDays(today(), 30), "completed"); // started −14: before its mark (+76)
    end(ids[3]!, addDays(today(), 100), "interrupted"); // started −7: after its mark (+83)
    end(ids[4]!, addDays(today(), 200), "completed"); // started today, ended on +200
  });

  it("keeps each placement's consultant as its candidate's, from the start (startPlacement)", () => {
    expect(getDb().select({ n: sql<number>`count(*)` }).from(placements).where(eq(placements.jobcentreId, w.jc.id)).get()!.n).toBe(12);
    expect(wrongResponsible()).toBe(0);
  });

  it("gives the same rows, order and total as the definitions, every page, filter and day, for each role", () => {
    expectAsDefined([w.consultant, w.admin, w.hr, w.mentor], "before the handover");
    // Not empty by accident: each filter alone finds something on some day.
    const far = ctxFor(w.consultant, at(addDays(today(), 100)));
    for (const filters of [{ reached13Weeks: true }, { atRisk: true }, { team: TEAM }, { responsible: outsider.id }, { status: "interrupted" as const }]) {
      expect(listPlacements(far, { page: 1, ...filters }).total, JSON.stringify(filters)).toBeGreaterThan(0);
    }
  });

  it("a handover moves the candidate's placements to the new consultant's 'mine' and team at once (updateCandidate)", async () => {
    const team = (ctx: Ctx) => listPlacements(ctx, { page: 1, team: TEAM }, 100).rows.map((r) => r.id);
    const moved = ids[0]!; // the first candidate's consultant is on the team
    expect(team(ctxFor(w.consultant))).toContain(moved);
    await handOver(w.consultant, candidateOf.get(moved)!, outsider.id);
    expect(wrongResponsible()).toBe(0);
    expect(team(ctxFor(w.consultant))).not.toContain(moved);
    expect(listPlacements(ctxFor(w.consultant), { page: 1, responsible: outsider.id }, 100).rows.map((r) => r.id)).toContain(moved);
    expectAsDefined([w.consultant], "after the handover");
  });

  it("'at risk' as an OR of the flag count's terms is the count above nought, whichever term decides (flaggedSql)", () => {
    const db = getDb();
    const rows = (flagged: SQL) => db.select({ id: placementSignals.placementId }).from(placementSignals).where(and(eq(placementSignals.jobcentreId, w.jc.id), flagged)).orderBy(placementSignals.placementId).all();
    // Every day for 100 days, so each threshold's own day is among them.
    const compare = (what: string) => {
      for (let offset = 0; offset <= 100; offset++) {
        const day = addDays(today(), offset);
        expect(rows(flaggedSql(day)), `${what} on +${offset}`).toEqual(rows(sql`${flagCountSql(day)} > 0`));
      }
    };
    compare("as kept");
    // The adjustment alone deciding: no answer flag, nothing open, the last answer before, on or after the adjustments' days (set by hand, then kept again).
    for (const lastSentOn of [null, addDays(today(), 5), addDays(today(), 10), addDays(today(), 20), addDays(today(), 45)]) {
      db.update(placementSignals).set({ answerFlags: 0, openSince: null, lastSentOn }).where(eq(placementSignals.jobcentreId, w.jc.id)).run();
      compare(`last sent ${lastSentOn}`);
      // Not vacuous: the adjustment decides for the adjusted placement a month on.
      const flagged = db.select({ id: placementSignals.placementId }).from(placementSignals).where(and(eq(placementSignals.placementId, ids[2]!), flaggedSql(addDays(today(), 30)))).all();
      expect(flagged.length, `last sent ${lastSentOn}`).toBe(lastSentOn === null || lastSentOn < addDays(today(), 10) ? 1 : 0);
    }
    for (const id of ids) refreshPlacementSignals(db, id);
  });

  it("keeps the jobcentre's 'at risk' and 'reached 13 weeks' totals in memory, each command and day seen at once (decision 062)", () => {
    // Each filter alone, on days around the marks, for two members of the staff (one kept total
    // each): a second round reads every total from memory, and after each command that changes
    // flags or marks the totals are the definitions' again on the same day (the version moved).
    const totals = (what: string) => {
      for (const offset of DAYS) {
        for (const filters of [{ atRisk: true }, { reached13Weeks: true }]) {
          const now = at(addDays(today(), offset));
          const expected = byDefinition(ctxFor(w.consultant, now), filters).length;
          for (const user of [w.consultant, w.admin]) expect(listPlacements(ctxFor(user, now), { page: 1, ...filters }, PAGE).total, `${what}, ${user.role} on +${offset}, ${JSON.stringify(filters)}`).toBe(expected);
        }
      }
    };
    totals("as made");
    const kept = dashboardCacheSize(getDb());
    totals("again");
    expect(dashboardCacheSize(getDb()), "the second round is read from memory").toBe(kept);
    // A low well-being answer puts a running placement at risk at once.
    const running = ids.find((id) => getDb().select({ s: placements.status }).from(placements).where(eq(placements.id, id)).get()!.s === "active" && liveFlags(id, "active", today()).length === 0)!;
    const due = getDb().select().from(followUps).where(eq(followUps.placementId, running)).orderBy(followUps.dueDate).all()[0]!;
    const atRisk = () => listPlacements(ctxFor(w.consultant), { page: 1, atRisk: true }, PAGE).total;
    const before = atRisk();
    sendFollowUp(w.mentor, running, due.id, { wellBeing: 1 });
    expect(atRisk()).toBe(before + 1);
    totals("after an answer");
    // Ended: it leaves "at risk", and "reached 13 weeks" on the days after its end follows the end.
    const version = getDb().select({ v: placements.version }).from(placements).where(eq(placements.id, running)).get()!.v;
    endPlacement(ctxFor(w.hr), { placementId: running, version, kind: "interrupted", endedOn: today(), reason: "got_job", reasonText: null, outcome: "fleksjob", outcomeHours: 12 });
    expect(atRisk()).toBe(before);
    totals("after an end");
    // Another process committing while a total is counted: the total is shown, not kept.
    const size = dashboardCacheSize(getDb());
    const shown = keptTotal(ctxFor(w.consultant), w.jc.id, "atRisk", "2099-01-01", () => {
      bumpDashboardVersion(getDb(), w.jc.id);
      return 7;
    });
    expect(shown).toBe(7);
    expect(dashboardCacheSize(getDb())).toBe(size);
    expect(dashboardVersion(getDb(), w.jc.id)).toBeGreaterThan(0);
  });

  it("keeps the pages of 'at risk' and 'reached 13 weeks' alone with their totals: the same rows as read anew, each command and day seen at once (decision 071)", () => {
    // Every page (and one past the end) of each filter alone, on days around the marks, for two
    // members of the staff and two page sizes: the kept answer is the definitions' ids and equals
    // the plain read (the memory emptied first); a second round reads the ids from memory.
    const pages = (what: string) => {
      let compared = 0;
      for (const offset of DAYS) {
        const now = at(addDays(today(), offset));
        for (const filters of [{ atRisk: true }, { reached13Weeks: true }]) {
          const expected = byDefinition(ctxFor(w.consultant, now), filters);
          for (const size of [PAGE, 2]) {
            for (let page = 1; page <= Math.ceil(expected.length / size) + 1; page++) {
              for (const user of [w.consultant, w.admin]) {
                const label = `${what}, ${user.role} on +${offset}, ${JSON.stringify(filters)}, page ${page} of ${size}`;
                const kept = listPlacements(ctxFor(user, now), { page, ...filters }, size);
                expect(kept.rows.map((r) => r.id), label).toEqual(expected.slice((page - 1) * size, page * size));
                clearDashboardCache(getDb());
                expect(listPlacements(ctxFor(user, now), { page, ...filters }, size), label).toEqual(kept);
                expect(listPlacements(ctxFor(user, now), { page, ...filters }, size), `${label}, from memory`).toEqual(kept);
                compared++;
              }
            }
          }
        }
      }
      return compared;
    };
    expect(pages("as made")).toBeGreaterThan(100);
    // The second round: the ids come from memory (no entry added) and still equal the definitions.
    const keptPages = () => {
      for (const offset of DAYS) for (const filters of [{ atRisk: true }, { reached13Weeks: true }]) listPlacements(ctxFor(w.consultant, at(addDays(today(), offset))), { page: 1, ...filters }, PAGE);
    };
    keptPages();
    const size = dashboardCacheSize(getDb());
    keptPages();
    expect(dashboardCacheSize(getDb()), "the second round is read from memory").toBe(size);
    // An end, seen on the same day's first page (decision 062's test put the last running
    // placement without a flag at risk by an answer, so one at risk is ended here).
    const started = (id: number) => getDb().select({ s: placements.status, start: placements.startDate }).from(placements).where(eq(placements.id, id)).get()!;
    const flagged = ids.find((id) => started(id).s === "active" && started(id).start < today() && liveFlags(id, "active", today()).length > 0);
    expect(flagged, "a running placement at risk").toBeDefined();
    const firstPage = () => listPlacements(ctxFor(w.consultant), { page: 1, atRisk: true }, 100).rows.map((r) => r.id);
    expect(firstPage()).toContain(flagged);
    const version = getDb().select({ v: placements.version }).from(placements).where(eq(placements.id, flagged!)).get()!.v;
    endPlacement(ctxFor(w.hr), { placementId: flagged!, version, kind: "interrupted", endedOn: today(), reason: "got_job", reasonText: null, outcome: "fleksjob", outcomeHours: 12 });
    expect(firstPage()).not.toContain(flagged);
    pages("after an end");
  });

  it("flaggedDays keeps the last day's days: the same as computed, day after day and back and forth over holidays (decision 062)", () => {
    // Two years from a day before Easter and Christmas, each day asked twice, then every day with the one before it in between.
    const days = Array.from({ length: 730 }, (_, i) => addDays("2026-03-20", i));
    for (const day of days) for (let twice = 0; twice < 2; twice++) expect(flaggedDays(day), day).toEqual(flagDaysOf(day));
    for (const [i, day] of days.entries()) {
      expect(flaggedDays(day), day).toEqual(flagDaysOf(day));
      if (i > 0) expect(flaggedDays(days[i - 1]!), days[i - 1]).toEqual(flagDaysOf(days[i - 1]!));
    }
  });

  it("the start-up fills give what the commands kept, and find nothing once done", () => {
    const kept = getDb().select({ id: placements.id, r: placements.responsibleUserId }).from(placements).orderBy(placements.id).all();
    getDb().update(placements).set({ responsibleUserId: null }).where(eq(placements.jobcentreId, w.jc.id)).run();
    expect(backfillPlacementResponsible(getDb())).toBe(12);
    expect(getDb().select({ id: placements.id, r: placements.responsibleUserId }).from(placements).orderBy(placements.id).all()).toEqual(kept);
    expect(backfillPlacementResponsible(getDb())).toBe(0);
    // The answers' flag kinds on the attention signals, likewise (a database from before them).
    const signals = getDb().select().from(placementSignals).orderBy(placementSignals.placementId).all();
    expect(signals.some((r) => (r.answerFlagKinds ?? []).length > 0)).toBe(true);
    getDb().update(placementSignals).set({ answerFlagKinds: null }).where(eq(placementSignals.jobcentreId, w.jc.id)).run();
    expect(backfillAnswerFlagKinds(getDb())).toBe(signals.filter((r) => r.jobcentreId === w.jc.id).length);
    expect(getDb().select().from(placementSignals).orderBy(placementSignals.placementId).all()).toEqual(signals);
    expect(backfillAnswerFlagKinds(getDb())).toBe(0);
  });
});
