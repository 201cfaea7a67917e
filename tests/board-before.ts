/**
 * The board's search as it was before its queries were kept per shape (decision 056), word for
 * word: tests/integration/board-shapes.test.ts compares the kept queries with it, filter by filter.
 */
import { and, asc, count, desc, eq, exists, inArray, like, lte, notExists, or, sql, type SQL } from "drizzle-orm";
import { companies, slots, slotTasks, tasks, workplaces } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import { forbidden } from "~/domain/errors";
// The radius computed afresh, as the old code did (postcodesWithin keeps its answers since decision 060).
import { computePostcodesWithin as postcodesWithin, postcodeDistance } from "~/domain/geo/postcodes.server";
import { pageOffset } from "~/domain/pagination";
import { daysWaiting } from "~/domain/shared/working-days";
import type { BoardFilters } from "~/domain/slots/board-filters";
import { INDEXED_TEXT_FROM } from "~/domain/shared/search-text";
import { SLOT_PAGE_SIZE, withoutProposalSql } from "~/domain/slots/queries.server";
import { DEMANDS } from "~/domain/tasks/vocabulary";

const listColumns = {
  id: slots.id,
  title: slots.title,
  kind: slots.kind,
  status: slots.status,
  seats: slots.seats,
  startDate: slots.startDate,
  startHours: slots.startHours,
  targetHours: slots.targetHours,
  repStatus: slots.repStatus,
  workplaceName: workplaces.name,
  workplaceFte: workplaces.ordinaryFte,
  updatedAt: slots.updatedAt,
};

function boardTextCondition(db: Ctx["db"], jobcentreId: number, q: string): SQL {
  const text = q.replace(/[%_]/g, "");
  const pattern = `%${text}%`;
  if ([...text].length >= INDEXED_TEXT_FROM) {
    return sql`${slots.id} in (select rowid from board_text where board_text match ${`jobcentre : "#${jobcentreId}#"`} and body like ${pattern})`;
  }
  return or(
    like(slots.title, pattern),
    like(slots.purpose, pattern),
    like(slots.wishes, pattern),
    like(slots.accessibility, pattern),
    exists(db.select({ one: sql`1` }).from(companies).where(sql`${companies.id} = ${slots.companyId} and ${like(companies.name, pattern)}`)),
  )!;
}

export function searchBoardBefore(ctx: Ctx, f: BoardFilters, pageSize = SLOT_PAGE_SIZE) {
  if (ctx.actor.jobcentreId == null) throw forbidden();
  const where: (SQL | undefined)[] = [eq(slots.jobcentreId, ctx.actor.jobcentreId), eq(slots.status, "open")];
  if (f.kinds.length) where.push(inArray(slots.kind, f.kinds));
  if (f.withoutProposal) where.push(withoutProposalSql());
  if (f.industry) where.push(inArray(slots.companyId, ctx.db.select({ id: companies.id }).from(companies).where(eq(companies.industry, f.industry))));
  if (f.maxStartHours) where.push(lte(slots.startHours, f.maxStartHours));
  let nearby: Map<string, number> | null = null;
  let unknownPostcode = false;
  if (f.postcode) {
    nearby = postcodesWithin(f.postcode, f.radiusKm);
    // A postcode Denmark does not have matches no workplace: the page says so and the list is
    // not narrowed by place, rather than showing an empty board as if nothing were open.
    if (!nearby) unknownPostcode = true;
  }
  if (f.access.includes("described")) where.push(sql`trim(coalesce(${slots.accessibility}, '')) <> ''`);
  for (const adaptation of f.access.filter((a) => a !== "described")) {
    // Every task of the slot can be adapted this way.
    where.push(
      notExists(
        ctx.db
          .select({ one: sql`1` })
          .from(slotTasks)
          .innerJoin(tasks, eq(slotTasks.taskId, tasks.id))
          .where(and(eq(slotTasks.slotId, slots.id), sql`not exists (select 1 from json_each(${tasks.adaptations}) where value = ${adaptation})`)),
      ),
    );
  }
  if (f.days.length) {
    // Only slots whose every working day is among the chosen days.
    const allowed = f.days.map((d) => `'${d}'`).join(",");
    where.push(sql`not exists (select 1 from json_each(${slots.workingDays}) where value not in (${sql.raw(allowed)}))`);
  }
  for (const d of DEMANDS) {
    const max = f.maxDemand[d];
    if (!max) continue;
    // No task of the slot may demand more than the chosen level.
    where.push(
      notExists(
        ctx.db
          .select({ one: sql`1` })
          .from(slotTasks)
          .innerJoin(tasks, eq(slotTasks.taskId, tasks.id))
          .where(and(eq(slotTasks.slotId, slots.id), sql`${tasks[d]} > ${max}`)),
      ),
    );
  }
  if (f.q) where.push(boardTextCondition(ctx.db, ctx.actor.jobcentreId, f.q));
  // In the radius: the lists that join the workplace test its postcode on the row they have
  // (nearest first); the others ask for the workplaces in those postcodes, every company's
  // (at the big city 4,289 ids to collect first: 5.0 against 2.2 ms for the grouped count).
  const inRadius = nearby ? inArray(workplaces.postcode, [...nearby.keys()]) : undefined;
  const condition = and(...where, inRadius && inArray(slots.workplaceId, ctx.db.select({ id: workplaces.id }).from(workplaces).where(inRadius)));
  const joinedCondition = and(...where, inRadius);
  const offset = pageOffset(f.page, pageSize);
  let total: number;
  let pageIds: number[];
  if (f.sort === "distance" && nearby) {
    // Only slots in the radius match. One grouped pass counts them per postcode (the total is
    // the sum); walking the postcodes nearest first finds those the page falls in, and only
    // their slots are read and ranked by distance, then id.
    const distance = nearby;
    const perPostcode = ctx.db
      .select({ postcode: workplaces.postcode, n: count() })
      .from(slots)
      .innerJoin(workplaces, eq(slots.workplaceId, workplaces.id))
      .where(joinedCondition)
      .groupBy(workplaces.postcode)
      .all()
      .sort((a, b) => distance.get(a.postcode)! - distance.get(b.postcode)!);
    total = perPostcode.reduce((sum, p) => sum + p.n, 0);
    // Postcodes equally near share their ranks (ties go by id), so they are walked as one group.
    const groups: { codes: string[]; n: number }[] = [];
    for (const p of perPostcode) {
      const last = groups.at(-1);
      if (last && distance.get(last.codes[0]!) === distance.get(p.postcode)) {
        last.codes.push(p.postcode);
        last.n += p.n;
      } else groups.push({ codes: [p.postcode], n: p.n });
    }
    const onPage: string[] = [];
    let before = 0; // slots nearer than the first postcode read
    let seen = 0;
    for (const g of groups) {
      const start = seen;
      seen += g.n;
      if (seen <= offset) continue;
      if (start >= offset + pageSize) break;
      if (onPage.length === 0) before = start;
      onPage.push(...g.codes);
    }
    const candidates = onPage.length
      ? ctx.db
          .select({ id: slots.id, postcode: workplaces.postcode })
          .from(slots)
          .innerJoin(workplaces, eq(slots.workplaceId, workplaces.id))
          .where(and(joinedCondition, inArray(workplaces.postcode, onPage)))
          .all()
      : [];
    candidates.sort((a, b) => distance.get(a.postcode)! - distance.get(b.postcode)! || a.id - b.id);
    pageIds = candidates.slice(offset - before, offset - before + pageSize).map((r) => r.id);
  } else {
    total = ctx.db.select({ n: count() }).from(slots).where(condition).get()?.n ?? 0;
    const order =
      f.sort === "newest"
        ? [desc(slots.openedAt)]
        : f.sort === "oldest"
          ? [asc(slots.openedAt)]
          : f.sort === "hours"
            ? [asc(slots.startHours), asc(slots.startDate)]
            : [asc(slots.startDate)];
    pageIds = ctx.db
      .select({ id: slots.id })
      .from(slots)
      .where(condition)
      .orderBy(...order, asc(slots.id))
      .limit(pageSize)
      .offset(offset)
      .all()
      .map((r) => r.id);
  }
  const byId = new Map(
    (pageIds.length
      ? ctx.db
          .select({ ...listColumns, companyName: companies.name, industry: companies.industry, postcode: workplaces.postcode, city: workplaces.city, workingDays: slots.workingDays, openedAt: slots.openedAt })
          .from(slots)
          .innerJoin(workplaces, eq(slots.workplaceId, workplaces.id))
          .innerJoin(companies, eq(slots.companyId, companies.id))
          .where(inArray(slots.id, pageIds))
          .all()
      : []
    ).map((r) => [r.id, r]),
  );
  const rows = pageIds
    .map((id) => byId.get(id)!)
    .map((r) => ({ ...r, daysOpen: r.openedAt ? daysWaiting(r.openedAt, ctx.now) : 0, distanceKm: f.postcode ? (nearby?.get(r.postcode) ?? postcodeDistance(f.postcode, r.postcode)) : null }));
  return { rows, total, page: f.page, pageSize, unknownPostcode };
}
