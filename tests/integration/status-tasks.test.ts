/**
 * The open three-month status tasks kept by the commands (decision 040): whatever is ended and
 * recorded, the start page's `dueStatusTasks` gives the same rows in the same order as the join
 * it replaced (every ending of the jobcentre through its placement and proposal), for each
 * consultant and on each day; a command that forgets to open or close a task fails here.
 */
import { and, asc, eq, isNull, lte } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, companies, placementEndings, placements, placementStatusChecks, placementStatusTasks, proposals, slots, type users } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { endPlacement, recordStatusCheck } from "~/domain/placements/ending-commands.server";
import { dueStatusTasks, dueStatusTasksFromTable } from "~/domain/placements/ending-queries.server";
import { updateCompanyProfile } from "~/domain/companies/commands.server";
import { dashboardVersion } from "~/domain/dashboard/versions.server";
import { backfillStatusTasks } from "~/domain/placements/status-tasks.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, makePlacement, makeUser, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
type User = typeof users.$inferSelect;
let w: World;
let second: User;
const today = () => copenhagenDate(new Date());
const at = (day: string) => new Date(`${day}T09:00:00Z`);
const version = (id: number) => getDb().select({ v: placements.version }).from(placements).where(eq(placements.id, id)).get()!.v;

/** The query the start page ran before decision 040, with the placement id to break ties of the due day. */
function joined(user: User, day: string) {
  return getDb()
    .select({ placementId: placements.id, alias: candidates.alias, slotTitle: slots.title, companyName: companies.name, dueOn: placementEndings.statusDueOn })
    .from(placementEndings)
    .innerJoin(placements, eq(placements.id, placementEndings.placementId))
    .innerJoin(proposals, eq(proposals.id, placements.proposalId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(companies, eq(companies.id, placements.companyId))
    .leftJoin(placementStatusChecks, eq(placementStatusChecks.placementId, placements.id))
    .where(and(eq(placements.jobcentreId, user.jobcentreId!), eq(proposals.proposedByUserId, user.id), lte(placementEndings.statusDueOn, day), isNull(placementStatusChecks.id)))
    .orderBy(asc(placementEndings.statusDueOn), asc(placements.id))
    .limit(50)
    .all();
}

/**
 * Each user on each day, asked in turn twice (the second time from memory, decision 066): the
 * same rows as the join and as the table read without the memory; a key that left out the user
 * or the day, or a command that did not raise the version, fails here.
 */
function expectSameAsJoined() {
  for (let round = 0; round < 2; round++) {
    for (const user of [w.consultant, second, w.admin, w.consultantOther]) {
      for (const offset of [0, 80, 89, 90, 91, 95, 100, 120]) {
        const day = addDays(today(), offset);
        const kept = dueStatusTasks(ctxFor(user, at(day)));
        expect(kept, `${user.email} on ${day}`).toEqual(joined(user, day));
        expect(kept, `${user.email} on ${day}, without the memory`).toEqual(dueStatusTasksFromTable(getDb(), user.id, user.jobcentreId!, day));
      }
    }
  }
}

/** A placement proposed by `consultant`, started `daysAgo`, ended `endedAgo` days ago. */
async function ended(consultant: User, daysAgo: number, endedAgo: number) {
  const { id } = await makePlacement({ ...w, consultant }, { daysAgo });
  endPlacement(ctxFor(w.hr), { placementId: id, version: version(id), kind: "completed", endedOn: addDays(today(), -endedAgo), reason: null, reasonText: null, outcome: "ordinary_job", outcomeHours: 25 });
  return id;
}

beforeAll(async () => {
  w = await makeWorld();
  second = await makeUser("consultant", { jobcentreId: w.jc.id });
});

describe("the three-month status tasks kept by the commands", () => {
  it("are the same rows in the same order as the join they replaced, as placements end and statuses are recorded", async () => {
    const active = await makePlacement(w, { daysAgo: 10 });
    const ids = [
      await ended(w.consultant, 30, 1),
      await ended(w.consultant, 30, 10),
      await ended(second, 25, 10),
      await ended(w.consultant, 20, 10),
      await ended(second, 28, 0),
      await ended(w.consultant, 12, 5),
    ];
    expectSameAsJoined();
    // Ties on the due day come in placement order; the oldest end is due first.
    const due = dueStatusTasks(ctxFor(w.consultant, at(addDays(today(), 120))));
    expect(due.map((t) => t.placementId)).toEqual([ids[1], ids[3], ids[5], ids[0]]);
    expect(due.some((t) => t.placementId === active.id)).toBe(false);
    expect(getDb().select().from(placementStatusTasks).all().map((t) => t.placementId).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));

    const dueOn = (id: number) => getDb().select().from(placementEndings).where(eq(placementEndings.placementId, id)).get()!.statusDueOn;
    recordStatusCheck(ctxFor(w.consultant, at(dueOn(ids[3]!))), { placementId: ids[3]!, category: "employee", hours: 20 });
    recordStatusCheck(ctxFor(second, at(addDays(dueOn(ids[4]!), 3))), { placementId: ids[4]!, category: "education", hours: null });
    expectSameAsJoined();
    expect(getDb().select().from(placementStatusTasks).where(eq(placementStatusTasks.placementId, ids[3]!)).get()).toBeUndefined();
  });

  it("are kept until the version or the day moves, and a renamed company shows on the next view (decision 066)", async () => {
    await ended(w.consultant, 30, 12);
    const day = addDays(today(), 120);
    const first = dueStatusTasks(ctxFor(w.consultant, at(day)));
    expect(first.length).toBeGreaterThan(0);
    expect(dueStatusTasks(ctxFor(w.consultant, at(day)))).toBe(first);
    expect(dueStatusTasks(ctxFor(second, at(day)))).not.toBe(first);
    expect(dueStatusTasks(ctxFor(w.consultant, at(addDays(day, 1))))).not.toBe(first);
    const company = getDb().select().from(companies).where(eq(companies.id, w.companyA.id)).get()!;
    const version = dashboardVersion(getDb(), w.jc.id);
    updateCompanyProfile(ctxFor(w.hr), { name: `${company.name} ApS`, industry: company.industry, version: company.version });
    expect(dashboardVersion(getDb(), w.jc.id)).toBeGreaterThan(version);
    const renamed = dueStatusTasks(ctxFor(w.consultant, at(day)));
    expect(renamed).toEqual(joined(w.consultant, day));
    expect(renamed.some((t) => t.companyName === `${company.name} ApS`)).toBe(true);
    expectSameAsJoined();
  });

  it("are what a fresh computation gives, and a database from before them is filled at start-up", () => {
    const db = getDb();
    const kept = db.select().from(placementStatusTasks).orderBy(placementStatusTasks.placementId).all();
    expect(kept.length).toBeGreaterThan(0);
    db.delete(placementStatusTasks).run();
    expect(backfillStatusTasks(db)).toBe(kept.length);
    expect(db.select().from(placementStatusTasks).orderBy(placementStatusTasks.placementId).all()).toEqual(kept);
    expect(backfillStatusTasks(db)).toBe(0);
  });
});
