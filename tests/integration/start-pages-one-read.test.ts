/**
 * Decision 050: the start pages and the placement page read less, and show the same.
 * - The placement page (both sides) reads its placement once for its details and its end
 *   section: `placementPage` equals the details and `endingView` read apart, for each side, on an
 *   active, an interrupted and a completed placement with its status recorded, on three days;
 *   it is refused where either was, and writes one `candidate.viewed` row per company view.
 * - HR's start page names the first open workplaces in the workplace list's order and counts
 *   the open ones from one read (`openWorkplacesHead`), and its published stories come from the
 *   company it has read.
 * - Decision 071: the count and the first few are two kept reads; they answer what the one read
 *   with `count(*) over ()` answered, for every limit, as workplaces close and reopen until none
 *   is open, for HR, the mentor and another company.
 */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog, placementEndings, placements, workplaces } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { getOwnCompany, listWorkplaces, openWorkplacesHead, pageWorkplaces, startWorkplaceColumns } from "~/domain/companies/queries.server";
import { endPlacement, recordStatusCheck } from "~/domain/placements/ending-commands.server";
import { endingView } from "~/domain/placements/ending-queries.server";
import { placementDetail, placementPage } from "~/domain/placements/queries.server";
import { publishedStories } from "~/domain/placements/story-queries.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, makePlacement, makeWorld, refusal } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const today = () => copenhagenDate(new Date());
const at = (day: string) => new Date(`${day}T09:00:00Z`);
const version = (id: number) => getDb().select({ v: placements.version }).from(placements).where(eq(placements.id, id)).get()!.v;
const viewed = () => getDb().select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.event, "candidate.viewed")).all().length;
const ids = { active: 0, interrupted: 0, completed: 0 };
let statusDay = "";

beforeAll(async () => {
  w = await makeWorld();
  ids.active = (await makePlacement(w, { daysAgo: 20 })).id;
  ids.interrupted = (await makePlacement(w, { daysAgo: 10 })).id;
  endPlacement(ctxFor(w.hr), {
    placementId: ids.interrupted,
    version: version(ids.interrupted),
    kind: "interrupted",
    endedOn: today(),
    reason: "not_a_match",
    reasonText: "Opgaverne var for ensformige",
    outcome: "continued_search",
    outcomeHours: null,
  });
  ids.completed = (await makePlacement(w, { daysAgo: 30 })).id;
  endPlacement(ctxFor(w.consultant), {
    placementId: ids.completed,
    version: version(ids.completed),
    kind: "completed",
    endedOn: addDays(today(), -1),
    reason: null,
    reasonText: null,
    outcome: "ordinary_job",
    outcomeHours: 25,
  });
  statusDay = getDb().select().from(placementEndings).where(eq(placementEndings.placementId, ids.completed)).get()!.statusDueOn;
  recordStatusCheck(ctxFor(w.consultant, at(statusDay)), { placementId: ids.completed, category: "employee", hours: 20 });
  // A chain: 24 more workplaces with tying names, two closed.
  getDb()
    .insert(workplaces)
    .values(
      Array.from({ length: 24 }, (_, i) => ({
        companyId: w.companyA.id,
        pNumber: String(3_000_000_000 + i),
        name: `Butik ${String(i % 8).padStart(2, "0")}`,
        address: `Butiksgade ${i + 1}`,
        postcode: "8000",
        city: "Aarhus C",
        ordinaryFte: 10 + i,
        closedAt: i % 12 === 3 ? new Date() : null,
      })),
    )
    .run();
});

describe("the placement page reads its placement once", () => {
  it("equals its details and its end section read apart, for each side, on each kind of placement and day", () => {
    const days = [today(), addDays(today(), 1), statusDay];
    for (const user of [w.hr, w.mentor, w.consultant, w.admin]) {
      for (const id of Object.values(ids)) {
        for (const day of days) {
          const ctx = ctxFor(user, at(day));
          expect(placementPage(ctx, id)).toEqual({ ...placementDetail(ctx, id), ending: endingView(ctx, id) });
        }
      }
    }
  });

  it("is refused where the details or the end section were", () => {
    for (const user of [w.hrOther, w.consultantOther]) {
      expect(refusal(() => placementPage(ctxFor(user), ids.active))?.kind).toBe("not_found");
      expect(refusal(() => endingView(ctxFor(user), ids.active))?.kind).toBe("not_found");
    }
  });

  it("records one view of the candidate per company view, none for the jobcentre", () => {
    const before = viewed();
    placementPage(ctxFor(w.hr), ids.active);
    expect(viewed()).toBe(before + 1);
    placementPage(ctxFor(w.consultant), ids.active);
    expect(viewed()).toBe(before + 1);
  });
});

describe("HR's start page reads its workplaces once", () => {
  it("names the first open workplaces in the workplace list's order and counts the open ones", () => {
    const ctx = ctxFor(w.hr);
    const company = getOwnCompany(ctx);
    const open = listWorkplaces(ctx, company.id, { includeClosed: false });
    // The workplace list (name, then id; the closed ones too), open ones only.
    const list = pageWorkplaces(ctx, company.id, { page: 1, pageSize: 100 }).rows.filter((r) => r.closedAt === null);
    for (const limit of [1, 10, 100]) {
      const head = openWorkplacesHead(ctx, limit);
      expect(head.total).toBe(open.length);
      expect(head.rows.map((r) => r.id)).toEqual(list.slice(0, limit).map((r) => r.id));
      expect(head.rows[0]).toEqual({ id: list[0]!.id, name: list[0]!.name, address: list[0]!.address, postcode: list[0]!.postcode, city: list[0]!.city, ordinaryFte: list[0]!.ordinaryFte });
    }
    expect(open.length).toBe(getDb().select({ id: workplaces.id }).from(workplaces).where(and(eq(workplaces.companyId, company.id), isNull(workplaces.closedAt))).all().length);
    expect(openWorkplacesHead(ctxFor(w.mentor), 10)).toEqual(openWorkplacesHead(ctx, 10));
    expect(openWorkplacesHead(ctxFor(w.hrOther), 100).rows.every((r) => !open.some((o) => o.id === r.id))).toBe(true);
    expect(refusal(() => openWorkplacesHead(ctxFor(w.consultant), 10))?.kind).toBe("forbidden");
  });

  it("counts and names them in two reads as the one read with a window count did (decision 071)", () => {
    // The read as it was before decision 071, built per call.
    const oneRead = (companyId: number, limit: number) => {
      const rows = getDb()
        .select({ ...startWorkplaceColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
        .from(workplaces)
        .where(and(eq(workplaces.companyId, companyId), isNull(workplaces.closedAt)))
        .orderBy(asc(workplaces.name), asc(workplaces.id))
        .limit(limit)
        .all();
      return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _total, ...r }) => r) };
    };
    const company = getOwnCompany(ctxFor(w.hr));
    const own = getDb().select({ id: workplaces.id }).from(workplaces).where(eq(workplaces.companyId, company.id)).orderBy(asc(workplaces.id)).all();
    const setClosed = (id: number, closed: boolean) => getDb().update(workplaces).set({ closedAt: closed ? new Date() : null }).where(eq(workplaces.id, id)).run();
    const before = getDb().select({ id: workplaces.id, closedAt: workplaces.closedAt }).from(workplaces).where(eq(workplaces.companyId, company.id)).all();
    let compared = 0;
    // Close the workplaces one by one (every third reopened once on the way) until none is open.
    for (const [step, { id }] of own.entries()) {
      setClosed(id, true);
      if (step % 3 === 1) setClosed(own[step - 1]!.id, false);
      for (const user of [w.hr, w.mentor, w.hrOther]) {
        const ctx = ctxFor(user);
        for (const limit of [1, 2, 5, 10, 30, 100]) {
          expect(openWorkplacesHead(ctx, limit)).toEqual(oneRead(ctx.actor.companyId!, limit));
          compared++;
        }
      }
    }
    for (const { id } of own) setClosed(id, true);
    expect(openWorkplacesHead(ctxFor(w.hr), 10)).toEqual({ total: 0, rows: [] });
    expect(oneRead(company.id, 10)).toEqual({ total: 0, rows: [] });
    for (const r of before) getDb().update(workplaces).set({ closedAt: r.closedAt }).where(eq(workplaces.id, r.id)).run();
    expect(openWorkplacesHead(ctxFor(w.hr), 100)).toEqual(oneRead(company.id, 100));
    expect(compared).toBeGreaterThan(400);
  });

  it("shows the stories of the company's own jobcentre, as when it read the company itself", () => {
    const ctx = ctxFor(w.hr);
    expect(publishedStories(ctx, getOwnCompany(ctx).jobcentreId)).toEqual(publishedStories(ctx));
  });
});
