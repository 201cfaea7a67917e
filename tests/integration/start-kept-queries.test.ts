/**
 * The start pages' figures read through queries kept per connection and reader (decision 063)
 * answer as the queries built per call did: each function against a plain query written here
 * (the code before), for HR, a mentor, another mentor, another company and the jobcentre's
 * consultants, asked in turn (so a kept query of one reader answering for another fails), on
 * several days.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { and, asc, count, eq, inArray, sql, sum, type SQL } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { candidates, companies, placementEndings, placements, proposals, slots, tasks, users, workplaces } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import { addDays } from "~/domain/candidates/consent";
import { consentCoversSql } from "~/domain/candidates/consent.server";
import { endPlacement } from "~/domain/placements/ending-commands.server";
import { OUTCOMES } from "~/domain/placements/ending-vocabulary";
import { startPlacement } from "~/domain/placements/commands.server";
import { reached13WeeksSql } from "~/domain/placements/outcome-queries.server";
import { activePlacementCount, companyPlacementResults } from "~/domain/placements/start-counts.server";
import { propose } from "~/domain/proposals/commands.server";
import { companyWaitingCount, companyWaitingProposals } from "~/domain/proposals/company-waiting.server";
import { copenhagenDate, copenhagenMidnight, daysWaiting } from "~/domain/shared/working-days";
import { openSlotsWithoutProposal, slotStatusCounts, slotsWaitingForReview, withoutProposalSql } from "~/domain/slots/queries.server";
import { hoursRelieved } from "~/domain/tasks/queries.server";
import { assertCompanyMay } from "~/domain/companies/policy.server";
import { getCompany, listWorkplaceChoices } from "~/domain/companies/queries.server";
import { activeTaskOptions, mentorOptions } from "~/domain/slots/queries.server";
import { tenantScope } from "~/domain/shared/tenancy.server";
import { ctxFor, makeAcceptedProposal, makeCandidate, makeJobcentre, makeOpenSlot, makeTask, makeUser, makeWorld, placementStartFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let otherMentor: World["mentor"];
const today = () => copenhagenDate(new Date());
const at = (day: string) => new Date(copenhagenMidnight(day).getTime() + 10 * 3_600_000);
const DAYS = [-5, 0, 20, 89, 90, 91, 100, 200];

/** The company side's scope as the code before built it per call. */
function scopeOf(ctx: Ctx, mentorColumn: typeof slots.mentorUserId | typeof placements.mentorUserId, companyColumn: typeof proposals.companyId | typeof placements.companyId): SQL {
  const where = [eq(companyColumn, ctx.actor.companyId!)];
  if (ctx.actor.role === "mentor") where.push(eq(mentorColumn, ctx.actor.userId));
  return and(...where)!;
}

function reference(ctx: Ctx) {
  const db = getDb();
  const day = copenhagenDate(ctx.now);
  const waiting = and(scopeOf(ctx, slots.mentorUserId, proposals.companyId), eq(proposals.status, "proposed"), consentCoversSql(proposals.candidateId, proposals.companyId, day));
  const placementScope = scopeOf(ctx, placements.mentorUserId, placements.companyId);
  const byOutcome = new Map(
    db
      .select({ outcome: placementEndings.outcome, n: count() })
      .from(placements)
      .innerJoin(placementEndings, eq(placementEndings.placementId, placements.id))
      .where(placementScope)
      .groupBy(placementEndings.outcome)
      .all()
      .map((r) => [r.outcome, r.n]),
  );
  const outcomes = OUTCOMES.filter((o) => (byOutcome.get(o) ?? 0) > 0).map((outcome) => ({ outcome, n: byOutcome.get(outcome)! }));
  const relieved = db.select({ hours: sum(tasks.hoursFreed), n: count() }).from(tasks).where(and(eq(tasks.companyId, ctx.actor.companyId!), eq(tasks.status, "active"))).get();
  const slotWhere = [eq(slots.companyId, ctx.actor.companyId!)];
  if (ctx.actor.role === "mentor") slotWhere.push(eq(slots.mentorUserId, ctx.actor.userId));
  return {
    waitingCount: db.select({ n: count() }).from(proposals).innerJoin(slots, eq(slots.id, proposals.slotId)).where(waiting).get()?.n ?? 0,
    waitingRows: db
      .select({ id: proposals.id, alias: candidates.alias, slotTitle: slots.title, proposedAt: proposals.proposedAt })
      .from(proposals)
      .innerJoin(slots, eq(slots.id, proposals.slotId))
      .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
      .where(waiting)
      .orderBy(asc(proposals.proposedAt), asc(proposals.id))
      .limit(5)
      .all()
      .map(({ proposedAt, ...r }) => ({ ...r, days: daysWaiting(proposedAt, ctx.now) })),
    active: db.select({ n: count() }).from(placements).where(and(placementScope, eq(placements.status, "active"))).get()?.n ?? 0,
    results: {
      reached13Weeks: db.select({ n: count() }).from(placements).where(and(placementScope, reached13WeeksSql(day))).get()?.n ?? 0,
      ended: outcomes.reduce((s, o) => s + o.n, 0),
      outcomes,
    },
    relieved: { hours: Number(relieved?.hours ?? 0), activeTasks: relieved?.n ?? 0 },
    slotCounts: Object.fromEntries(db.select({ status: slots.status, n: count() }).from(slots).where(and(...slotWhere)).groupBy(slots.status).all().map((r) => [r.status, r.n])),
  };
}

function kept(ctx: Ctx) {
  return {
    waitingCount: companyWaitingCount(ctx),
    waitingRows: companyWaitingProposals(ctx),
    active: activePlacementCount(ctx),
    results: companyPlacementResults(ctx),
    relieved: hoursRelieved(ctx, ctx.actor.companyId!),
    slotCounts: slotStatusCounts(ctx),
  };
}

/** The jobcentre's work lists as the code before built them per call. */
function slotWorkReference(ctx: Ctx, list: "withoutProposal" | "review", limit: number) {
  const db = getDb();
  const jobcentre = eq(slots.jobcentreId, ctx.actor.jobcentreId!);
  const condition = list === "review" ? and(jobcentre, eq(slots.status, "submitted")) : and(jobcentre, eq(slots.status, "open"), withoutProposalSql());
  const since = list === "review" ? slots.submittedAt : slots.openedAt;
  const total = db.select({ n: count() }).from(slots).where(condition).get()?.n ?? 0;
  const rows =
    limit > 0
      ? db
          .select({ id: slots.id, title: slots.title, companyName: companies.name, since })
          .from(slots)
          .innerJoin(companies, eq(companies.id, slots.companyId))
          .where(condition)
          .orderBy(asc(since), asc(slots.id))
          .limit(limit)
          .all()
          .map((r) => ({ id: r.id, title: r.title, companyName: r.companyName, days: r.since ? daysWaiting(r.since, ctx.now) : 0 }))
      : [];
  return { total, rows };
}

beforeAll(async () => {
  // A jobcentre first, so no jobcentre has the id of a company (a query of the wrong side would not match by chance).
  await makeJobcentre();
  w = await makeWorld();
  otherMentor = await makeUser("mentor", { companyId: w.companyA.id });
  const consent = { givenOn: addDays(today(), -10), expiresOn: addDays(today(), 60) };
  const waitingSlot = await makeOpenSlot(w, { seats: 3 });
  const otherSlot = await makeOpenSlot(w, { seats: 2 });
  getDb().update(slots).set({ mentorUserId: otherMentor.id }).where(eq(slots.id, otherSlot)).run();
  for (const [slotId, daysAgo] of [[waitingSlot, 3], [waitingSlot, 1], [otherSlot, 2], [otherSlot, 2]] as const) {
    const candidateId = await makeCandidate(w.consultant, {}, consent);
    propose(ctxFor(w.consultant, new Date(Date.now() - daysAgo * 86_400_000)), { candidateId, slotId, motivation: "Stabil og glad for faste opgaver." });
  }
  await makeOpenSlot(w);
  const start = async (startDate: string, mentor = w.mentor) => {
    const { proposalId } = await makeAcceptedProposal(w, await makeOpenSlot(w));
    const id = startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { startDate }));
    getDb().update(placements).set({ mentorUserId: mentor.id }).where(eq(placements.id, id)).run();
    return id;
  };
  const end = (id: number, endedOn: string, outcome: "fleksjob" | "continued_search") => {
    const version = getDb().select({ v: placements.version }).from(placements).where(eq(placements.id, id)).get()!.v;
    endPlacement(ctxFor(w.hr, at(endedOn)), { placementId: id, version, kind: "completed", endedOn, reason: null, reasonText: null, outcome, outcomeHours: outcome === "fleksjob" ? 12 : null });
  };
  const ids = [await start(today()), await start(today(), otherMentor), await start(today()), await start(addDays(today(), 30), otherMentor)];
  end(ids[0]!, addDays(today(), 90), "fleksjob");
  end(ids[1]!, addDays(today(), 20), "continued_search");
  makeTask(w.hr);
  makeTask(w.hr, { hoursFreed: "3" });
});

describe("the start pages' kept queries", () => {
  it("answer as the queries built per call, for each reader in turn, on each day", () => {
    const readers = [w.hr, w.mentor, otherMentor, w.hrOther, w.mentor, w.hr];
    let nonEmpty = 0;
    for (const days of DAYS) {
      for (const reader of readers) {
        const ctx = ctxFor(reader, at(addDays(today(), days)));
        const expected = reference(ctx);
        expect(kept(ctx), `${reader.email} ${days}`).toEqual(expected);
        if (expected.waitingCount > 0 && expected.results.ended > 0) nonEmpty++;
      }
    }
    // The comparison saw figures, not only zeros.
    expect(nonEmpty).toBeGreaterThan(5);
  });

  it("the jobcentre's work lists (the start page's count, the dashboard's rows) answer as built per call", () => {
    const submitted = getDb().select({ id: slots.id }).from(slots).where(eq(slots.companyId, w.companyA.id)).limit(1).get()!.id;
    getDb().update(slots).set({ status: "submitted", submittedAt: new Date(Date.now() - 4 * 86_400_000) }).where(eq(slots.id, submitted)).run();
    for (const reader of [w.consultant, w.consultantOther, w.consultant]) {
      for (const limit of [0, 1, 5]) {
        const ctx = ctxFor(reader);
        expect(openSlotsWithoutProposal(ctx, limit)).toEqual(slotWorkReference(ctx, "withoutProposal", limit));
        expect(slotsWaitingForReview(ctx, limit)).toEqual(slotWorkReference(ctx, "review", limit));
      }
    }
    expect(openSlotsWithoutProposal(ctxFor(w.consultant), 5).total).toBeGreaterThan(0);
    expect(slotsWaitingForReview(ctxFor(w.consultant), 5).total).toBe(1);
    expect(() => openSlotsWithoutProposal(ctxFor(w.hr), 0)).toThrow();
  });
});

/** The answer or the error's kind, so a refusal compares too. */
function outcome<T>(f: () => T): T | { refused: string } {
  try {
    return f();
  } catch (error) {
    return { refused: (error as { kind?: string }).kind ?? String(error) };
  }
}

describe("the company's kept reads for the task list and the slot form", () => {
  it("answer as the queries built per call, for each reader and company in turn", async () => {
    const db = getDb();
    // Two workplaces of the same name (the order's ties), one of them closed.
    const base = db.select().from(workplaces).where(eq(workplaces.id, w.workplaceA.id)).get()!;
    const { id: _id, ...copy } = base;
    db.insert(workplaces).values({ ...copy, name: "Afdeling B", pNumber: "9000000001" }).run();
    db.insert(workplaces).values({ ...copy, name: "Afdeling B", address: "Anden vej 2", pNumber: "9000000002" }).run();
    db.insert(workplaces).values({ ...copy, name: "Afdeling A", closedAt: new Date(), pNumber: "9000000003" }).run();
    const companyIds = [w.companyA.id, w.companyB.id, w.companyA.id];
    for (const reader of [w.hr, w.consultant, w.mentor, w.hrOther, w.consultantOther, w.hr]) {
      const ctx = ctxFor(reader);
      for (const companyId of companyIds) {
        const company = () => {
          const found = db.select().from(companies).where(and(eq(companies.id, companyId), tenantScope(ctx.actor, { company: companies.id, jobcentre: companies.jobcentreId }))).get();
          if (!found) throw Object.assign(new Error("not found"), { kind: "not_found" });
          return found;
        };
        const label = `${reader.email} ${companyId}`;
        expect(outcome(() => getCompany(ctx, companyId)), label).toEqual(outcome(company));
        expect(
          outcome(() => listWorkplaceChoices(ctx, companyId)),
          label,
        ).toEqual(
          outcome(() => {
            company();
            return db
              .select()
              .from(workplaces)
              .where(eq(workplaces.companyId, companyId))
              .orderBy(asc(workplaces.name))
              .all()
              .filter((x) => !x.closedAt)
              .map((x) => ({ id: x.id, name: x.name, address: x.address, postcode: x.postcode, city: x.city }));
          }),
        );
        expect(outcome(() => assertCompanyMay(db, companyId, "prepare")), label).toEqual(outcome(() => undefined));
      }
      if (ctx.actor.companyId == null) continue;
      expect(mentorOptions(ctx)).toEqual(
        db
          .select({ id: users.id, name: users.name, role: users.role })
          .from(users)
          .where(and(eq(users.companyId, ctx.actor.companyId), inArray(users.role, ["mentor", "company_admin"]), sql`${users.deactivatedAt} is null`))
          .orderBy(asc(users.name))
          .all(),
      );
      expect(activeTaskOptions(ctx)).toEqual(
        db
          .select({ id: tasks.id, title: tasks.title, hoursFreed: tasks.hoursFreed, workplaceId: tasks.workplaceId })
          .from(tasks)
          .where(and(eq(tasks.companyId, ctx.actor.companyId), eq(tasks.status, "active")))
          .orderBy(asc(tasks.title))
          .all(),
      );
    }
    expect(listWorkplaceChoices(ctxFor(w.hr), w.companyA.id).length).toBeGreaterThan(2);
    expect(mentorOptions(ctxFor(w.hr)).length).toBeGreaterThan(1);
    expect(activeTaskOptions(ctxFor(w.hr)).length).toBeGreaterThan(1);
    expect(outcome(() => assertCompanyMay(db, 999_999, "prepare"))).toEqual({ refused: "not_found" });
  });
});
