import { and, asc, count, desc, eq, inArray, isNull, lte, notExists, notInArray, sql, type SQL } from "drizzle-orm";
import { tenantScope } from "../shared/tenancy.server";
import { companies, slotEvents, slots, slotTasks, tasks, users, workplaces } from "~/db/schema";
import { daysWaiting, daysWaitingTill } from "../shared/working-days";
import type { Ctx } from "../actor";
import type { Db } from "~/db/client.server";
import { idsParams, listParams, listPlaceholders, preparedForIds, preparedPerConnection, preparedPerShape } from "~/db/prepared.server";
import { forbidden, notFound } from "../errors";
import { postcodeDistance, postcodesWithin } from "../geo/postcodes.server";
import { pageOffset, pageWindow, type Page } from "../pagination";
import { idsInWindow, orderOf, type OrderTerm } from "../shared/page-order.server";
import { DEMANDS, type Demand } from "../tasks/vocabulary";
import type { BoardFilters } from "./board-filters";
import { boardText, boardTextSql } from "./board-text.server";
import { workplaceMeter } from "./meter.server";
import type { SlotStatus } from "./schema";
import { FINISHED_STATUSES } from "./status";
import { WEEKDAYS } from "./vocabulary";

export const SLOT_PAGE_SIZE = 20;

/**
 * An open slot no candidate has been proposed to yet (any proposal, whatever became of it):
 * the one definition the start page's count, the dashboard's work list and the board's
 * "without a proposal" filter share. `propose` stamps the slot's first proposal and proposals
 * are never deleted, so this is "no proposal row for the slot" read from the slot itself, an
 * index range with `slots_jobcentre_status_proposed_opened_idx` (decision 045;
 * tests/integration/first-proposal.test.ts compares it with the proposals).
 */
export function withoutProposalSql(): SQL {
  return isNull(slots.firstProposedAt);
}

/**
 * A work list of slots: how many match, and the first `limit` that have waited longest, with
 * their days waited. The count and the rows each come from the index (no row read to count
 * them). Built once per connection and list (decision 063): the start page asks for the count
 * on every view.
 */
function longestWaiting(ctx: Ctx, list: "withoutProposal" | "review", limit: number) {
  if (ctx.actor.jobcentreId == null) throw forbidden();
  const values = { jobcentreId: ctx.actor.jobcentreId };
  const queries = waitingQueries(ctx.db, { list });
  const total = queries.count.get(values)?.n ?? 0;
  const rows =
    limit > 0 ? queries.rows.all({ ...values, limit }).map((r) => ({ id: r.id, title: r.title, companyName: r.companyName, days: r.since ? daysWaiting(r.since, ctx.now) : 0 })) : [];
  return { total, rows };
}

const waitingQueries = preparedPerShape((db: Db, shape: { list: "withoutProposal" | "review" }) => {
  const jobcentre = eq(slots.jobcentreId, sql.placeholder("jobcentreId"));
  const condition = shape.list === "review" ? and(jobcentre, eq(slots.status, "submitted")) : and(jobcentre, eq(slots.status, "open"), withoutProposalSql());
  const since = shape.list === "review" ? slots.submittedAt : slots.openedAt;
  return {
    count: db.select({ n: count() }).from(slots).where(condition).prepare(),
    rows: db
      .select({ id: slots.id, title: slots.title, companyName: companies.name, since })
      .from(slots)
      .innerJoin(companies, eq(companies.id, slots.companyId))
      .where(condition)
      .orderBy(asc(since), asc(slots.id))
      .limit(sql.placeholder("limit"))
      .prepare(),
  };
}, 2);

/**
 * The jobcentre's open slots without a proposal: how many, and the first `limit` that have
 * been open longest with their days open. The start page shows the count, the dashboard the
 * rows; the board's filter lists them all.
 */
export function openSlotsWithoutProposal(ctx: Ctx, limit = 5) {
  return longestWaiting(ctx, "withoutProposal", limit);
}

/** The jobcentre's slots waiting for review: how many, and the first `limit` that have waited longest. */
export function slotsWaitingForReview(ctx: Ctx, limit = 5) {
  return longestWaiting(ctx, "review", limit);
}

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

/**
 * HR sees the company's slots; a mentor only the slots they mentor. Without a status filter
 * the finished ones are left out; "all" shows everything.
 */
export function listCompanySlots(ctx: Ctx, input: { page: number; status?: SlotStatus | "all"; pageSize?: number }) {
  const size = input.pageSize ?? SLOT_PAGE_SIZE;
  if (ctx.actor.companyId == null) throw forbidden();
  const values: Record<string, string | number> = { companyId: ctx.actor.companyId, userId: ctx.actor.userId, limit: size, offset: pageOffset(input.page, size) };
  if (input.status !== undefined && input.status !== "all") values.status = input.status;
  const status = input.status === undefined ? "unfinished" : input.status === "all" ? "all" : "one";
  const queries = companySlotQueries(ctx.db, { mentor: ctx.actor.role === "mentor", status });
  const total = queries.count.get(values)?.n ?? 0;
  const rows = queries.rows.all(values);
  const page: Page<(typeof rows)[number]> = { rows, total, page: input.page, pageSize: size };
  return page;
}

/**
 * The company's slots for HR (all) or a mentor (their own), unfinished, all or of one status,
 * built once per connection (decision 053). Values: companyId, userId, status, limit, offset.
 */
const companySlotQueries = preparedPerShape((db: Db, shape: { mentor: boolean; status: "unfinished" | "all" | "one" }) => {
  const p = sql.placeholder;
  const where: SQL[] = [eq(slots.companyId, p("companyId"))];
  if (shape.mentor) where.push(eq(slots.mentorUserId, p("userId")));
  if (shape.status === "unfinished") where.push(notInArray(slots.status, [...FINISHED_STATUSES]));
  else if (shape.status === "one") where.push(eq(slots.status, p("status")));
  const condition = and(...where);
  return {
    count: db.select({ n: count() }).from(slots).where(condition).prepare(),
    rows: db
      .select(listColumns)
      .from(slots)
      .innerJoin(workplaces, eq(slots.workplaceId, workplaces.id))
      .where(condition)
      .orderBy(desc(slots.updatedAt), desc(slots.id))
      .limit(p("limit"))
      .offset(p("offset"))
      .prepare(),
  };
}, 12);

/**
 * A slot in full, as the actor may see it: HR of the company, the slot's mentor, or staff
 * of the company's jobcentre (not drafts, which are the company's own work).
 */
export function getSlot(ctx: Ctx, slotId: number) {
  const slot = slotById(ctx.db).get({ id: slotId });
  if (!slot) throw notFound();
  const { actor } = ctx;
  const visible =
    actor.companyId != null
      ? slot.companyId === actor.companyId && (actor.role === "company_admin" || slot.mentorUserId === actor.userId)
      : slot.jobcentreId === actor.jobcentreId && slot.status !== "draft" && slot.status !== "awaiting_representative";
  if (!visible) throw notFound();
  return withDetails(ctx.db, slot, ctx.now);
}

/** A slot with everything its page shows. Callers have checked who may see it. */
export function withDetails(db: Ctx["db"], slot: typeof slots.$inferSelect, now: Date) {
  return { ...slot, ...slotDetails({ db, now }, slot) };
}

// The slot page's queries, built once per connection (decision 054): building a query cost
// drizzle about as much as running it.
const slotById = preparedPerConnection((db) => db.select().from(slots).where(eq(slots.id, sql.placeholder("id"))).prepare());
const companyOfSlot = preparedPerConnection((db) =>
  db.select({ name: companies.name, industry: companies.industry }).from(companies).where(eq(companies.id, sql.placeholder("id"))).prepare(),
);
const workplaceOfSlot = preparedPerConnection((db) =>
  db
    .select({ name: workplaces.name, address: workplaces.address, postcode: workplaces.postcode, city: workplaces.city, ordinaryFte: workplaces.ordinaryFte })
    .from(workplaces)
    .where(eq(workplaces.id, sql.placeholder("id")))
    .prepare(),
);
const mentorOfSlot = preparedPerConnection((db) => db.select({ name: users.name }).from(users).where(eq(users.id, sql.placeholder("id"))).prepare());
const tasksOfSlot = preparedPerConnection((db) =>
  db
    .select({
      id: tasks.id,
      title: tasks.title,
      description: tasks.description,
      hoursFreed: tasks.hoursFreed,
      status: tasks.status,
      physical: tasks.physical,
      social: tasks.social,
      language: tasks.language,
      pace: tasks.pace,
      precision: tasks.precision,
      adaptations: tasks.adaptations,
    })
    .from(slotTasks)
    .innerJoin(tasks, eq(slotTasks.taskId, tasks.id))
    .where(eq(slotTasks.slotId, sql.placeholder("slotId")))
    .orderBy(asc(tasks.title))
    .prepare(),
);
const historyOfSlot = preparedPerConnection((db) =>
  db.select().from(slotEvents).where(eq(slotEvents.slotId, sql.placeholder("slotId"))).orderBy(asc(slotEvents.at), asc(slotEvents.id)).prepare(),
);

function slotDetails(ctx: Pick<Ctx, "db" | "now">, slot: typeof slots.$inferSelect) {
  const company = companyOfSlot(ctx.db).get({ id: slot.companyId })!;
  const workplace = workplaceOfSlot(ctx.db).get({ id: slot.workplaceId })!;
  const mentor = mentorOfSlot(ctx.db).get({ id: slot.mentorUserId });
  const slotTaskRows = tasksOfSlot(ctx.db).all({ slotId: slot.id });
  const history = historyOfSlot(ctx.db).all({ slotId: slot.id });
  return {
    companyName: company.name,
    industry: company.industry,
    workplace,
    // Only the first name leaves the company: enough to introduce, no more.
    mentorFirstName: mentor?.name.split(" ")[0] ?? "",
    mentorName: mentor?.name ?? "",
    tasks: slotTaskRows,
    history,
    meter: workplaceMeter(ctx.db, slot.workplaceId, { kind: slot.kind, seats: slot.seats, weeklyHours: slot.startHours, targetHours: slot.targetHours }, slot.id, ctx.now),
  };
}

/** How many of the company's slots (a mentor: their own) are in each status. */
export function slotStatusCounts(ctx: Ctx): Partial<Record<SlotStatus, number>> {
  if (ctx.actor.companyId == null) throw forbidden();
  const rows = statusCountsQuery(ctx.db, { mentor: ctx.actor.role === "mentor" }).all({ companyId: ctx.actor.companyId, userId: ctx.actor.userId });
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
// On the company's start page: built once per connection and reader (decision 063).
const statusCountsQuery = preparedPerShape((db: Db, shape: { mentor: boolean }) => {
  const where: SQL[] = [eq(slots.companyId, sql.placeholder("companyId"))];
  if (shape.mentor) where.push(eq(slots.mentorUserId, sql.placeholder("userId")));
  return db.select({ status: slots.status, n: count() }).from(slots).where(and(...where)).groupBy(slots.status).prepare();
}, 2);

/** The jobcentre's review queue: submitted slots, oldest first. */
export function reviewQueue(ctx: Ctx, page: number, pageSize = SLOT_PAGE_SIZE) {
  if (ctx.actor.jobcentreId == null) throw forbidden();
  const values = { jobcentreId: ctx.actor.jobcentreId, limit: pageSize, offset: pageOffset(page, pageSize) };
  const queries = reviewQueries(ctx.db);
  const total = queries.count.get(values)?.n ?? 0;
  const rows = queries.rows.all(values);
  return { rows, total, page, pageSize };
}

// The review queue's count and page, built once per connection (decision 054).
const reviewQueries = preparedPerConnection((db) => {
  const condition = and(eq(slots.jobcentreId, sql.placeholder("jobcentreId")), eq(slots.status, "submitted"));
  return {
    count: db.select({ n: count() }).from(slots).where(condition).prepare(),
    rows: db
      .select({ ...listColumns, companyName: companies.name, submittedAt: slots.submittedAt })
      .from(slots)
      .innerJoin(workplaces, eq(slots.workplaceId, workplaces.id))
      .innerJoin(companies, eq(slots.companyId, companies.id))
      .where(condition)
      .orderBy(asc(slots.submittedAt), asc(slots.id))
      .limit(sql.placeholder("limit"))
      .offset(sql.placeholder("offset"))
      .prepare(),
  };
});

/**
 * The shared board: every open slot of every company in the jobcentre, filtered in SQL so a
 * page costs the same at national size. Distance uses postcode centres. What each step costs
 * at national size is in docs/performance.md:
 * - filters on the company or workplace are subqueries, so the count reads only slots;
 * - the page is chosen on the slots' own index (ids only) and only its rows are joined,
 *   so the last page skips index entries, not joined rows;
 * - free text of 3+ characters is looked up in the `board_text` trigram index (board-text.server.ts);
 * - nearest first reads the slots in the radius with their postcode once (id and postcode): the
 *   count is how many, and only the slots of the postcodes the page falls in are ranked.
 * The queries are built once per connection and shape (decision 056): `boardShape` says which
 * filters are set, `boardValues` gives their values.
 */
export function searchBoard(ctx: Ctx, f: BoardFilters, pageSize = SLOT_PAGE_SIZE) {
  if (ctx.actor.jobcentreId == null) throw forbidden();
  let nearby: ReadonlyMap<string, number> | null = null;
  let unknownPostcode = false;
  if (f.postcode) {
    nearby = postcodesWithin(f.postcode, f.radiusKm);
    // A postcode Denmark does not have matches no workplace: the page says so and the list is
    // not narrowed by place, rather than showing an empty board as if nothing were open.
    if (!nearby) unknownPostcode = true;
  }
  const offset = pageOffset(f.page, pageSize);
  const text = f.q ? boardText(ctx.actor.jobcentreId, f.q) : null;
  const shape = boardShape(f, text, nearby);
  const values = boardValues(ctx.actor.jobcentreId, f, text, nearby, { limit: pageSize, offset });
  const queries = boardQueries(ctx.db, shape);
  let total: number;
  let pageIds: number[];
  if (shape.order === "distance") {
    // Only slots in the radius match: one grouped pass counts them per postcode (the total is
    // the sum); walking the postcodes nearest first finds the groups of equally near postcodes
    // the page falls in, and each such group's part of the page is read by id (decision 060).
    const distance = nearby!;
    const perPostcode = queries.perPostcode!.values(values) as [postcode: string, n: number][];
    total = 0;
    for (const [, n] of perPostcode) total += n;
    const byDistance = perPostcode.map(([postcode, n]) => ({ postcode, n, km: distance.get(postcode)! })).sort((a, b) => a.km - b.km);
    pageIds = [];
    let seen = 0;
    // Postcodes equally near share their ranks (ties go by id), so they are walked as one group.
    for (let i = 0; i < byDistance.length && seen < offset + pageSize; ) {
      let end = i;
      let n = 0;
      while (end < byDistance.length && byDistance[end]!.km === byDistance[i]!.km) n += byDistance[end++]!.n;
      const start = seen;
      seen += n;
      if (seen > offset) {
        const group = byDistance.slice(i, end).map((g) => g.postcode);
        const from = Math.max(offset, start) - start;
        const groupValues = { ...values, ...listParams("g", group), limit: Math.min(offset + pageSize, seen) - start - from, offset: from };
        const ids = boardQueries(ctx.db, { ...shape, group: group.length }).groupIds!.values(groupValues) as [number][];
        for (const [id] of ids) pageIds.push(id);
      }
      i = end;
    }
  } else if (queries.allIds) {
    // A text from the trigram index: its matches are read once, in the page's order (the count is how many).
    const ids = (queries.allIds.values(values) as [number][]).map((r) => r[0]);
    total = ids.length;
    pageIds = ids.slice(offset, offset + pageSize);
  } else {
    total = queries.count!.get(values)?.n ?? 0;
    // A page in the back half is read from the end (decision 055).
    pageIds = idsInWindow(pageWindow(total, f.page, pageSize), { ids: queries.ids!, idsReversed: queries.idsReversed! }, values);
  }
  const byId = new Map((pageIds.length ? boardRowsQuery(ctx.db, pageIds.length).all(idsParams(pageIds)) : []).map((r) => [r.id, r]));
  const daysOpen = daysWaitingTill(ctx.now);
  // One object per row, with what the page shows and nothing else (decision 073: the loader sent these fields only).
  const rows = pageIds.map((id) => {
    const r = byId.get(id)!;
    return {
      id: r.id,
      title: r.title,
      companyName: r.companyName,
      industry: r.industry,
      kind: r.kind,
      postcode: r.postcode,
      city: r.city,
      distanceKm: f.postcode ? (nearby?.get(r.postcode) ?? postcodeDistance(f.postcode, r.postcode)) : null,
      startDate: r.startDate,
      startHours: r.startHours,
      targetHours: r.targetHours,
      seats: r.seats,
      daysOpen: r.openedAt ? daysOpen(r.openedAt) : 0,
    };
  });
  return { rows, total, page: f.page, pageSize, unknownPostcode };
}

/** What changes the SQL of the board's queries: which filters are set and how many values a list holds, never the values. */
type BoardShape = {
  /** How many kinds were chosen (placeholders kind0…). */
  kinds: number;
  withoutProposal: boolean;
  industry: boolean;
  maxStartHours: boolean;
  described: boolean;
  /** How many adaptations every task must allow (placeholders access0…). */
  adaptations: number;
  /** How many weekdays were not chosen when days were (placeholders day0…): a slot working on one of them is left out. */
  otherDays: number;
  /** The demands with a ceiling, in DEMANDS order, comma-separated (placeholders max_<demand>). */
  demands: string;
  /** The free text's condition (board-text.server.ts), none without a text. */
  /** "indexed", or the number of case variants asked of the columns (decision 057); null: no text. */
  text: "indexed" | number | null;
  /** How many postcodes lie in the radius (placeholders pc0…); null: no place filter. */
  postcodes: number | null;
  /** The page's order; "distance" only with a known postcode (else the board goes by start date). */
  order: "start" | "newest" | "oldest" | "hours" | "distance";
  /** Nearest first: null for the count per postcode, else how many equally near postcodes a page's ids are read from (placeholders g0…). */
  group?: number;
};

function boardShape(f: BoardFilters, text: ReturnType<typeof boardText> | null, nearby: ReadonlyMap<string, number> | null): BoardShape {
  const days = new Set(f.days);
  return {
    kinds: f.kinds.length,
    withoutProposal: f.withoutProposal,
    industry: !!f.industry,
    maxStartHours: !!f.maxStartHours,
    described: f.access.includes("described"),
    adaptations: f.access.filter((a) => a !== "described").length,
    otherDays: days.size ? WEEKDAYS.filter((d) => !days.has(d)).length : 0,
    demands: DEMANDS.filter((d) => f.maxDemand[d]).join(","),
    text: text ? (text.indexed ? "indexed" : text.patterns) : null,
    postcodes: nearby ? nearby.size : null,
    order: f.sort === "distance" && nearby ? "distance" : f.sort === "newest" || f.sort === "oldest" || f.sort === "hours" ? f.sort : "start",
  };
}

/** The placeholders' values for `boardQueries` (those a shape does not use are ignored). */
function boardValues(
  jobcentreId: number,
  f: BoardFilters,
  text: ReturnType<typeof boardText> | null,
  nearby: ReadonlyMap<string, number> | null,
  page: { limit: number; offset: number },
): Record<string, string | number> {
  const values: Record<string, string | number> = { jobcentreId, ...page, ...text?.values };
  Object.assign(values, listParams("kind", f.kinds));
  if (f.industry) values.industry = f.industry;
  if (f.maxStartHours) values.maxStartHours = f.maxStartHours;
  f.access.filter((a) => a !== "described").forEach((adaptation, i) => (values[`access${i}`] = adaptation));
  if (f.days.length) WEEKDAYS.filter((d) => !f.days.includes(d)).forEach((day, i) => (values[`day${i}`] = `"${day}"`));
  for (const d of DEMANDS) if (f.maxDemand[d]) values[`max_${d}`] = f.maxDemand[d];
  if (nearby) Object.assign(values, listParams("pc", nearby.keys()));
  return values;
}

/** Each demand's column of the slot that keeps its highest level over the slot's tasks (decision 060). */
const KEPT_DEMAND = { physical: "maxPhysical", social: "maxSocial", language: "maxLanguage", pace: "maxPace", precision: "maxPrecision" } as const satisfies Record<Demand, keyof typeof slots.$inferSelect>;

/**
 * The board's queries for one shape, built once per connection and shape (decision 053):
 * nearest first its one pass over the slots in the radius, the other orders the count and the
 * page's ids. Values: jobcentreId, kind0…, industry, maxStartHours, access0…, day0…, max_<demand>,
 * textMatch, pattern0…, pc0…, limit, offset.
 */
const boardQueries = preparedPerShape((db: Db, shape: BoardShape) => {
  const p = sql.placeholder;
  const where: SQL[] = [eq(slots.jobcentreId, p("jobcentreId")), eq(slots.status, "open")];
  if (shape.kinds) where.push(inArray(slots.kind, listPlaceholders("kind", shape.kinds)));
  if (shape.withoutProposal) where.push(withoutProposalSql());
  if (shape.industry) where.push(inArray(slots.companyId, db.select({ id: companies.id }).from(companies).where(eq(companies.industry, p("industry")))));
  if (shape.described) where.push(sql`trim(coalesce(${slots.accessibility}, '')) <> ''`);
  for (let i = 0; i < shape.adaptations; i++) {
    // Every task of the slot can be adapted this way.
    where.push(
      notExists(
        db
          .select({ one: sql`1` })
          .from(slotTasks)
          .innerJoin(tasks, eq(slotTasks.taskId, tasks.id))
          .where(and(eq(slotTasks.slotId, slots.id), sql`not exists (select 1 from json_each(${tasks.adaptations}) where value = ${p(`access${i}`)})`)),
      ),
    );
  }
  // Only slots whose every working day is among the chosen days: none of the other days is in
  // the stored list. The list is JSON of weekday names written by the slot form (validated,
  // `"mon"` quoted as JSON.stringify writes it), so looking for the quoted name finds the same
  // slots as reading the list with json_each, in any order and with repeats, at a third of
  // the cost (decision 056). All seven chosen leaves no day out.
  for (let i = 0; i < shape.otherDays; i++) where.push(sql`instr(${slots.workingDays}, ${p(`day${i}`)}) = 0`);
  // No task of the slot may demand more than the chosen level (1–3): the slot keeps each
  // demand's highest level over its tasks, 0 when none states it (migration 0020, decision 060),
  // so this reads the slot instead of probing every open slot's tasks. The count reads
  // `slots_jobcentre_status_demands_idx` (a range of the first demand); the page's ids keep the
  // order's index and test the slot's row (`+column`, which no index answers: without it SQLite
  // took the demand index and sorted every match, 0.25 against 0.04 ms at the big city).
  const demands = shape.demands ? (shape.demands.split(",") as Demand[]) : [];
  // The most hours at the start likewise (decision 073): the count reads it from
  // `slots_jobcentre_status_kind_hours_days_idx` (covering with the kind and the days); the page's
  // ids write `+start_hours`, or SQLite took that index for a kind and hours and sorted every
  // match (0.42 against 0.03 ms at the big city).
  const demandTerms = (fromIndex: boolean) => [
    ...(shape.maxStartHours ? [fromIndex ? lte(slots.startHours, p("maxStartHours")) : sql`+${slots.startHours} <= ${p("maxStartHours")}`] : []),
    ...demands.map((d) => (fromIndex ? lte(slots[KEPT_DEMAND[d]], p(`max_${d}`)) : sql`+${slots[KEPT_DEMAND[d]]} <= ${p(`max_${d}`)}`)),
  ];
  if (shape.text != null) where.push(boardTextSql(db, shape.text === "indexed", shape.text === "indexed" ? 0 : shape.text));
  // In the radius: nearest first tests the postcode kept on the slot (below); the other orders
  // ask for the workplaces in those postcodes, every company's (at the big city 4,289 ids to
  // collect first: 5.0 against 2.2 ms for the grouped count). A placeholder per postcode: one
  // JSON array read with json_each cost 0.4 ms more at the big city (2,200 slots tested).
  const radiusPostcodes = listPlaceholders("pc", shape.postcodes ?? 0);
  const inRadius = inArray(workplaces.postcode, radiusPostcodes);
  if (shape.order === "distance" && shape.group != null) {
    // A group of equally near postcodes (in the radius by construction): its slots by id, from
    // `slots_jobcentre_status_postcode_idx` (the slot keeps its workplace's postcode, decision 060).
    return {
      groupIds: db
        .select({ id: slots.id })
        .from(slots)
        .where(and(...where, ...demandTerms(false), inArray(slots.workplacePostcode, listPlaceholders("g", shape.group))))
        .orderBy(asc(slots.id))
        .limit(p("limit"))
        .offset(p("offset"))
        .prepare(),
    };
  }
  if (shape.order === "distance") {
    // The slots in the radius counted per postcode from `slots_jobcentre_status_postcode_idx`: a
    // row per postcode, no workplace read. Reading every slot's id and its workplace's postcode
    // (2,200 rows at the big city) cost more in making the rows than in the index (decision 060).
    return {
      perPostcode: db
        .select({ postcode: slots.workplacePostcode, n: count() })
        .from(slots)
        .where(and(...where, ...demandTerms(false), inArray(slots.workplacePostcode, radiusPostcodes)))
        .groupBy(slots.workplacePostcode)
        .prepare(),
    };
  }
  const inPlace = shape.postcodes != null ? inArray(slots.workplaceId, db.select({ id: workplaces.id }).from(workplaces).where(inRadius)) : undefined;
  const condition = and(...where, ...demandTerms(false), inPlace);
  const order = (
    {
      newest: [[slots.openedAt, "desc"], [slots.id, "asc"]],
      oldest: [[slots.openedAt, "asc"], [slots.id, "asc"]],
      hours: [[slots.startHours, "asc"], [slots.startDate, "asc"], [slots.id, "asc"]],
      start: [[slots.startDate, "asc"], [slots.id, "asc"]],
    } satisfies Record<Exclude<BoardShape["order"], "distance">, OrderTerm[]>
  )[shape.order];
  const ids = (reversed: boolean) => db.select({ id: slots.id }).from(slots).where(condition).orderBy(...orderOf(order, reversed));
  // A text the trigram index answers: looking it up in the index cost more than the rest of the
  // count (0.19 of 0.38 ms at the big city) and the page's ids paid it again, so one query reads
  // every match in order and the count is their number (0.46 against 0.38 + 0.27 ms; decision 056).
  if (shape.text === "indexed") return { allIds: ids(false).prepare() };
  return {
    count: db
      .select({ n: count() })
      .from(slots)
      .where(and(...where, ...demandTerms(true), inPlace))
      .prepare(),
    ids: ids(false).limit(p("limit")).offset(p("offset")).prepare(),
    // The same order from the other end, for a page read from the end (every term turned; the id makes it total).
    idsReversed: ids(true).limit(p("limit")).offset(p("offset")).prepare(),
  };
}, 50);

/** The board page's rows by their ids (one placeholder per id), kept per number of ids up to a page. */
const boardRowsQuery = preparedForIds((db, ids) =>
  db
    .select({
      id: slots.id,
      title: slots.title,
      kind: slots.kind,
      seats: slots.seats,
      startDate: slots.startDate,
      startHours: slots.startHours,
      targetHours: slots.targetHours,
      openedAt: slots.openedAt,
      companyName: companies.name,
      industry: companies.industry,
      postcode: workplaces.postcode,
      city: workplaces.city,
    })
    .from(slots)
    .innerJoin(workplaces, eq(slots.workplaceId, workplaces.id))
    .innerJoin(companies, eq(slots.companyId, companies.id))
    .where(inArray(slots.id, ids))
    .prepare(),
);

/** Who may be named mentor: the company's active mentors and HR people. */
export function mentorOptions(ctx: Ctx) {
  if (ctx.actor.companyId == null) throw forbidden();
  return mentorOptionsQuery(ctx.db).all({ companyId: ctx.actor.companyId });
}
// The slot form's options: built once per connection (decision 063).
const mentorOptionsQuery = preparedPerConnection((db) =>
  db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.companyId, sql.placeholder("companyId")), inArray(users.role, ["mentor", "company_admin"]), sql`${users.deactivatedAt} is null`))
    .orderBy(asc(users.name))
    .prepare(),
);

/** The company's active tasks a slot can be built from. */
export function activeTaskOptions(ctx: Ctx) {
  if (ctx.actor.companyId == null) throw forbidden();
  return activeTaskOptionsQuery(ctx.db).all({ companyId: ctx.actor.companyId });
}
const activeTaskOptionsQuery = preparedPerConnection((db) =>
  db
    .select({ id: tasks.id, title: tasks.title, hoursFreed: tasks.hoursFreed, workplaceId: tasks.workplaceId })
    .from(tasks)
    .where(and(eq(tasks.companyId, sql.placeholder("companyId")), eq(tasks.status, "active")))
    .orderBy(asc(tasks.title))
    .prepare(),
);

/** The tasks a slot is built from, for the actor's own company's slot only (else none). */
export function slotTaskIds(ctx: Ctx, slotId: number): number[] {
  return ctx.db
    .select({ id: slotTasks.taskId })
    .from(slotTasks)
    .innerJoin(slots, eq(slotTasks.slotId, slots.id))
    .where(and(eq(slotTasks.slotId, slotId), tenantScope(ctx.actor, { company: slots.companyId, jobcentre: slots.jobcentreId })))
    .all()
    .map((r) => r.id);
}

/** The meter for a workplace of the actor's own company (the workplace page and the live meter). */
export function companyWorkplaceMeter(ctx: Ctx, input: { workplaceId: number; slot: { kind: string; seats: number; weeklyHours: number; targetHours?: number } | null; excludeSlotId?: number }) {
  if (ctx.actor.companyId == null) throw forbidden();
  const workplace = ctx.db
    .select({ id: workplaces.id })
    .from(workplaces)
    .where(and(eq(workplaces.id, input.workplaceId), eq(workplaces.companyId, ctx.actor.companyId)))
    .get();
  if (!workplace) throw notFound();
  return workplaceMeter(ctx.db, input.workplaceId, input.slot, input.excludeSlotId, ctx.now)!;
}
