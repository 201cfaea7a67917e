import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import { candidates, companies, placementEndings, placementGoals, placements, placementSignals, placementStatusChecks, placementTasks, proposals, slots, slotTasks, tasks, users } from "~/db/schema";
import type { DbOrTx } from "~/db/client.server";
import { idsParams, preparedForIds, preparedPerConnection, preparedPerShape } from "~/db/prepared.server";
import type { Ctx } from "../actor";
import { teamMemberIds } from "../users/team-members.server";
import { covers, sharedSections } from "../candidates/consent";
import { currentConsent } from "../candidates/consent.server";
import { notFound } from "../errors";
import type { Outcome } from "./ending-vocabulary";
import { reached13WeeksCount, reached13WeeksSql, reached13WeeksValues } from "./outcome-queries.server";
import { pageOffset, pageWindow, type Page } from "../pagination";
import { keptListCount } from "../shared/list-counts.server";
import { idsInWindow, orderOf, type OrderTerm } from "../shared/page-order.server";
import { recordAudit } from "../shared/audit.server";
import { copenhagenDate } from "../shared/working-days";
import { addDays } from "../candidates/consent";
import { RULES } from "../rules/rules";
import { durationLimit } from "./duration";
import { endingViewOf, type EndingSource } from "./ending-queries.server";
import { adjustmentsOf, notesOf, openState } from "./follow-up-queries.server";
import { plannedHoursInWeek, weekOf } from "./hours-plan";
import { approvedAdjustmentsOf, approvedOf, termsOn } from "./terms.server";
import { isCompanySide, maySeePlacement, mayStartPlacement } from "./policy";
import { followUpFigures, progressAndFlags } from "./progress.server";
import { flaggedDays, flaggedSql as flaggedSignalSql, flagKindsOf } from "./signals.server";
import type { PlacementStatus } from "./schema";
import { fromOre } from "./ore";
import type { FlagKind } from "./flags";
import { placementScope as scope } from "./start-counts.server";
import { keptUnderVersion } from "../dashboard/cache.server";


export const PLACEMENT_PAGE_SIZE = 25;

/** The actor's placements: HR the company's, a mentor theirs, the jobcentre's staff theirs. */

/** What the placement lists can be narrowed by: the status, how it ended, whether it reached 13 weeks. */
export interface PlacementListFilters {
  status?: PlacementStatus;
  outcome?: Outcome;
  reached13Weeks?: boolean;
  /** Only running placements with a flag (overdue follow-up, falling well-being, …): the dashboard's "at risk". */
  atRisk?: boolean;
  /** The jobcentre's side only: the citizens this consultant is responsible for (the dashboard's "mine"). */
  responsible?: number;
  /** The jobcentre's side only: the citizens whose responsible consultant is on this team (decision 033). */
  team?: string;
}

/**
 * The list's order: active first, then the newest start, then the id. Written as "active" = 1
 * descending so that one index read backwards gives it (`placements_jobcentre_order_idx`,
 * decision 049); the same CASE as the index, or SQLite would sort every match in a temporary
 * B-tree (5,000–10,000 rows at the big city) for the 25 shown.
 */
const activeFirst = sql`case when ${placements.status} = 'active' then 1 else 0 end`;

/** The list's rows of a page's placements (a query per number of ids, kept: decision 054). */
const placementRows = preparedForIds((db, ids) =>
  db
    .select({
      id: placements.id,
      status: placements.status,
      startDate: placements.startDate,
      plannedEndDate: placements.plannedEndDate,
      startHours: placements.startHours,
      targetHours: placements.targetHours,
      steps: placements.steps,
      workingDays: placements.workingDays,
      slotTitle: slots.title,
      companyName: companies.name,
      alias: candidates.alias,
      mentorName: users.name,
      // The outcome, and the status three months on: in the jobcentre's CSV (issue 13).
      endKind: placementEndings.kind,
      endedOn: placementEndings.endedOn,
      outcome: placementEndings.outcome,
      outcomeHours: placementEndings.outcomeHours,
      statusCategory: placementStatusChecks.category,
      statusHours: placementStatusChecks.hours,
    })
    .from(placements)
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(companies, eq(companies.id, placements.companyId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(users, eq(users.id, placements.mentorUserId))
    .leftJoin(placementEndings, eq(placementEndings.placementId, placements.id))
    .leftJoin(placementStatusChecks, eq(placementStatusChecks.placementId, placements.id))
    .where(inArray(placements.id, ids))
    .prepare(),
);

/** The list of placements, active first, newest start first. */
export function listPlacements(ctx: Ctx, input: { page: number } & PlacementListFilters, pageSize = PLACEMENT_PAGE_SIZE) {
  const today = copenhagenDate(ctx.now);
  // The jobcentre's own list; a company's (HR, mentor) has no jobcentre filters.
  const jobcentreId = ctx.actor.companyId == null ? ctx.actor.jobcentreId : null;
  // The tenant check as everywhere (refuses an actor of neither side); the kept queries bind its value.
  scope(ctx);
  const side: ListSide = ctx.actor.companyId != null ? (ctx.actor.role === "mentor" ? "mentor" : "company") : "jobcentre";
  // "Mine" and a team by the placement's own copy of the candidate's consultant (decision 049).
  const staff = ctx.actor.jobcentreId != null;
  const shape: ListShape = {
    side,
    status: Boolean(input.status),
    outcome: Boolean(input.outcome),
    reached13Weeks: Boolean(input.reached13Weeks),
    atRisk: Boolean(input.atRisk),
    responsible: staff && Boolean(input.responsible),
    team: staff && !input.responsible && Boolean(input.team),
  };
  const queries = listQueries(ctx.db, shape);
  const flagDays = flaggedDays(today);
  const values = {
    tenant: ctx.actor.companyId ?? ctx.actor.jobcentreId!,
    userId: ctx.actor.userId,
    status: input.status ?? "",
    outcome: input.outcome ?? "",
    ...reached13WeeksValues(today),
    ...flagDays,
    responsible: input.responsible ?? 0,
    team: input.team ?? "",
    jobcentre: ctx.actor.jobcentreId ?? 0,
  };
  const { total, own, kept } = countPlacements(ctx, shape, queries, values, today, jobcentreId);
  // The page's ids from the placements alone (decision 035): joining every row before the sort
  // and the offset cost the big city's last page 0.4 s; now only the page's rows are joined.
  // A page in the back half is read from the end (decision 055), when the total is a count of
  // exactly these rows (the placements' own condition or the kept count); from other kept rows
  // ("at risk", "reached 13 weeks") the page is read forwards as before.
  const window = own ? pageWindow(total, input.page, pageSize) : { reversed: false, offset: pageOffset(input.page, pageSize), limit: pageSize };
  const readIds = () => idsInWindow(window, queries, values);
  // A page of a kept total's list is kept with it (decision 071): its ids are found from the same
  // kept rows and ordered by the placements' status and start, which change only with a command
  // that raises the version too. The rows themselves are read below on every view.
  const ids = kept && jobcentreId != null ? keptUnderVersion(ctx.db, jobcentreId, ["placement-list-ids", kept, today, window.offset, window.limit], readIds) : readIds();
  const found = ids.length ? placementRows(ctx.db, ids.length).all(idsParams(ids)) : [];
  // In the ids' order (the 25 rows sorted here, not again in SQL).
  const at = new Map(ids.map((id, i) => [id, i]));
  found.sort((a, b) => at.get(a.id)! - at.get(b.id)!);
  const adjustments = approvedAdjustmentsOf(ctx.db, found.map((r) => r.id));
  // The kinds of the page's rows' flags (the list shows no more of them), from their 25 kept
  // signal rows rather than their follow-ups (decision 049); an ended placement has none.
  const flags = flagKindsOf(ctx.db, found.filter((r) => r.status === "active").map((r) => r.id), today);
  // Each row written out (decision 062): a rest and a spread of the 20 columns copied every key
  // twice. Typed as the query's row less the plan's columns, so a column added there must be here.
  type Row = Omit<(typeof found)[number], "steps" | "startHours" | "workingDays"> & { week: number | null; hoursNow: number; flags: { kind: FlagKind }[] };
  const rows = found.map(
    (r): Row => ({
      id: r.id,
      status: r.status,
      startDate: r.startDate,
      plannedEndDate: r.plannedEndDate,
      slotTitle: r.slotTitle,
      companyName: r.companyName,
      alias: r.alias,
      mentorName: r.mentorName,
      endKind: r.endKind,
      endedOn: r.endedOn,
      outcome: r.outcome,
      outcomeHours: r.outcomeHours,
      statusCategory: r.statusCategory,
      statusHours: r.statusHours,
      week: r.status === "active" ? weekOf(r.startDate, today) : null,
      hoursNow: termsOn({ startDate: r.startDate, startHours: r.startHours, steps: r.steps, workingDays: r.workingDays }, [], adjustments.get(r.id) ?? [], today).hours,
      targetHours: r.targetHours,
      flags: (flags.get(r.id) ?? []).map((kind) => ({ kind })),
    }),
  );
  const page: Page<(typeof rows)[number]> = { rows, total, page: input.page, pageSize };
  return page;
}

type ListSide = "company" | "mentor" | "jobcentre";
/** Which of the list's conditions a request has: everything that changes the SQL (decision 058). */
interface ListShape extends Record<string, string | boolean> {
  side: ListSide;
  status: boolean;
  outcome: boolean;
  reached13Weeks: boolean;
  atRisk: boolean;
  responsible: boolean;
  team: boolean;
}
const p = sql.placeholder;

/**
 * The list's count, page of ids (forwards and from the end) and "at risk" count for one shape,
 * built once per connection (decision 058; drizzle built them anew on every view, about 0.3 ms
 * each). Values: tenant (the company or the jobcentre), userId (a mentor), status, outcome,
 * the 13-week and flag days, responsible, team, limit, offset. The same SQL as before.
 */
const listQueries = preparedPerShape((db: DbOrTx, s: ListShape) => {
  const where: SQL[] = [s.side === "jobcentre" ? eq(placements.jobcentreId, p("tenant")) : eq(placements.companyId, p("tenant"))];
  if (s.side === "mentor") where.push(eq(placements.mentorUserId, p("userId")));
  if (s.status) where.push(eq(placements.status, p("status")));
  if (s.outcome) where.push(inArray(placements.id, db.select({ id: placementEndings.placementId }).from(placementEndings).where(eq(placementEndings.outcome, p("outcome")))));
  if (s.reached13Weeks) {
    where.push(reached13WeeksSql(REACHED_PLACEHOLDERS));
    // Both values of the order's first column named: SQLite then seeks the start range within
    // each of them in the order index, instead of walking every newer placement (decision 049).
    if (!s.status) where.push(sql`${activeFirst} in (1, 0)`);
  }
  if (s.atRisk) where.push(flaggedSql(FLAG_PLACEHOLDERS));
  if (s.responsible) where.push(eq(placements.responsibleUserId, p("responsible")));
  if (s.team) where.push(inArray(placements.responsibleUserId, teamMemberIds({ db }, p("jobcentre"), p("team"))));
  const cond = and(...where)!;
  // With a status the CASE is the same for every row: the status index is in the order too.
  const order: OrderTerm[] = [...(s.status ? [] : [[activeFirst, "desc"] as const]), [placements.startDate, "desc"], [placements.id, "desc"]];
  const ids = (reversed: boolean) => db.select({ id: placements.id }).from(placements).where(cond).orderBy(...orderOf(order, reversed)).limit(p("limit")).offset(p("offset")).prepare();
  // "At risk" alone counts from the signals, which carry the scope (decision 049).
  const signals = [s.side === "jobcentre" ? eq(placementSignals.jobcentreId, p("tenant")) : eq(placementSignals.companyId, p("tenant")), flaggedSignalSql(FLAG_PLACEHOLDERS)];
  if (s.side === "mentor") signals.push(eq(placementSignals.mentorUserId, p("userId")));
  return {
    count: db.select({ n: count() }).from(placements).where(cond).prepare(),
    ids: ids(false),
    idsReversed: ids(true),
    atRiskCount: db.select({ n: count() }).from(placementSignals).where(and(...signals)).prepare(),
  };
}, 40);
type ListQueries = ReturnType<typeof listQueries>;
const REACHED_PLACEHOLDERS = { today: p("today"), latestStart: p("latestStart") };
const FLAG_PLACEHOLDERS = { today: p("today"), overdueBy: p("overdueBy"), adjustedBy: p("adjustedBy") };

/**
 * The running placements with a flag today, as a condition on each placement's row in
 * `placement_signals` (decision 035): the same count of flags the start pages and the dashboard
 * rank by, without reading every active placement's follow-ups. Probed for the placements the
 * list walks in its order (about 40 for a page of 25 at the big city) rather than listing every
 * flagged placement of the jobcentre first (decision 049); the count reads the signals alone.
 */
function flaggedSql(days: typeof FLAG_PLACEHOLDERS): SQL {
  return sql`exists (select 1 from ${placementSignals} where ${placementSignals.placementId} = "placements"."id" and ${flaggedSignalSql(days)})`;
}

/**
 * How many placements the list holds. A filter that is the only one counts from its own kept
 * rows, which carry the scope (decision 049): "at risk" from `placement_signals` (one row per
 * active placement), "reached 13 weeks" at a jobcentre from the first runs in `placement_facts`
 * (decision 047's range), instead of probing them for each of the jobcentre's placements.
 * Otherwise the placements themselves, each filter applied.
 */
function countPlacements(
  ctx: Ctx,
  s: ListShape,
  queries: ListQueries,
  values: Record<string, string | number>,
  today: string,
  jobcentreId: number | null,
): { total: number; own: boolean; kept?: KeptTotal } {
  const filters = [s.status, s.outcome, s.reached13Weeks, s.atRisk, s.responsible || s.team].filter(Boolean).length;
  const atRisk = () => queries.atRiskCount.get(values)?.n ?? 0;
  if (filters === 1 && s.atRisk) return jobcentreId != null ? { total: keptTotal(ctx, jobcentreId, "atRisk", today, atRisk), own: false, kept: "atRisk" } : { total: atRisk(), own: false };
  if (filters === 1 && s.reached13Weeks && jobcentreId != null)
    return { total: keptTotal(ctx, jobcentreId, "reached13Weeks", today, () => reached13WeeksCount(ctx.db, today, jobcentreId)), own: false, kept: "reached13Weeks" };
  // The jobcentre's list, all or of one status: exactly a kept count (decision 055).
  if (jobcentreId != null && (filters === 0 || (filters === 1 && s.status))) return { total: keptListCount(ctx.db, "placements", jobcentreId, s.status ? String(values.status) : undefined), own: true };
  return { total: queries.count.get(values)?.n ?? 0, own: true };
}


/**
 * The jobcentre's "at risk" and "reached 13 weeks" totals (each filter alone) in memory under the
 * jobcentre's dashboard version and today's date (decision 062), as the start pages' attention box
 * (decision 050): they count kept rows — the placements' signals with their approved adjustments,
 * and the placements' fact runs — that change only through the refresh helpers, which raise that
 * version in their transaction, or with the day, which is in the key. Counting them cost 0.2 ms
 * ("at risk") and 0.67 ms ("reached 13 weeks", 7,800 index entries) a view at the big city; a
 * repeat view reads the version. If another process committed while counting, the total is shown
 * once and not kept.
 */
type KeptTotal = "atRisk" | "reached13Weeks";
export function keptTotal(ctx: Ctx, jobcentreId: number, name: KeptTotal, today: string, count: () => number): number {
  return keptUnderVersion(ctx.db, jobcentreId, ["placement-list", name, today], count);
}

/** The placement started from a proposal, if the actor may see it (for the proposal pages' link). */
export function placementOfProposal(ctx: Ctx, proposalId: number): number | null {
  const row = ctx.db.select({ id: placements.id }).from(placements).where(and(eq(placements.proposalId, proposalId), scope(ctx))).get();
  return row?.id ?? null;
}

/**
 * What the start form is filled with: the slot's plan, its tasks checked among the company's
 * active tasks, a first goal from the plan's target, and the duration the rule allows. The
 * company side sees the limit; only the jobcentre sees the rule's reason and source.
 */
export function startForm(ctx: Ctx, proposalId: number) {
  const today = copenhagenDate(ctx.now);
  const row = ctx.db
    .select({ proposal: proposals, slot: slots, candidate: candidates })
    .from(proposals)
    .innerJoin(slots, eq(slots.id, proposals.slotId))
    .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
    .where(eq(proposals.id, proposalId))
    .get();
  if (!row || !mayStartPlacement(ctx.actor, row.proposal)) throw notFound();
  const { proposal, slot, candidate } = row;
  const companySide = isCompanySide(ctx.actor.role);
  const consentCovers = covers(currentConsent(ctx.db, candidate.id), proposal.companyId, today);
  if (companySide && !consentCovers) throw notFound();
  const existing = ctx.db.select({ id: placements.id }).from(placements).where(eq(placements.proposalId, proposal.id)).get();
  const slotTaskIds = ctx.db.select({ id: slotTasks.taskId }).from(slotTasks).where(eq(slotTasks.slotId, slot.id)).all().map((r) => r.id);
  const taskOptions = ctx.db
    .select({ id: tasks.id, title: tasks.title })
    .from(tasks)
    .where(and(eq(tasks.companyId, proposal.companyId), eq(tasks.status, "active")))
    .orderBy(asc(tasks.title))
    .all();
  const startDate = slot.startDate > today ? slot.startDate : today;
  const limit = durationLimit({
    kind: slot.kind,
    targetGroup: candidate.targetGroup,
    hasWorkExperience: Boolean(candidate.experience) || candidate.experienceIndustries.length > 0,
    assessed: false,
    employer: "private",
    startDate,
  });
  return {
    proposalId: proposal.id,
    status: proposal.status,
    placementId: existing?.id ?? null,
    consentCovers,
    alias: candidate.alias,
    slotTitle: slot.title,
    kind: slot.kind,
    dayStart: slot.dayStart,
    dayEnd: slot.dayEnd,
    defaults: {
      startDate,
      lengthWeeks: slot.lengthWeeks,
      startHours: slot.startHours,
      targetHours: slot.targetHours,
      steps: slot.steps,
      workingDays: slot.workingDays,
      taskIds: slotTaskIds,
    },
    taskOptions,
    limit: limit ? { weeks: limit.weeks, months: limit.months, ...(companySide ? {} : { reason: limit.reason, source: limit.source, appliesFrom: limit.appliesFrom }) } : null,
    earliestStart: addDays(today, -RULES.placements.startBackDays),
    mayAssess: !companySide,
  };
}

/**
 * One placement for the people who may see it, shaped for their side. The company side gets
 * the basic profile, and the consented sections only while consent still covers the company
 * (a withdrawal keeps the placement: it is an agreement); never the target group or the
 * duration rule's reason. The company side's view is audited like a profile view.
 */
export function placementDetail(ctx: Ctx, placementId: number) {
  return readPlacementDetail(ctx, placementId).view;
}

/**
 * The weeks of the hours plan in which the hours change (the first week, then each whose hours
 * differ from the week before): the rows of the page's plan table, which showed only these of a
 * placement's 20–52 weeks from the whole plan it was sent (decision 069).
 */
export function planChanges<W extends { week: number; hours: number }>(plan: W[]): W[] {
  return plan.filter((w, i) => i === 0 || plan[i - 1]!.hours !== w.hours);
}

/**
 * A placement's page (both sides): its details and its end section from one read of the
 * placement, its candidate and its slot (before, `endingView` read them again; decision 050).
 */
export function placementPage(ctx: Ctx, placementId: number) {
  const { view, source } = readPlacementDetail(ctx, placementId);
  return { ...view, ending: endingViewOf(ctx, source) };
}

/*
 * The placement page's own reads, built once per connection (decision 051): drizzle built the
 * SQL of these anew on every view (the first, two whole rows and three joins, about 1 ms of the
 * page under the profiler); the values go in as placeholders.
 */
const detailRow = preparedPerConnection((db) =>
  db
    .select({
      p: placements,
      slotTitle: slots.title,
      companyName: companies.name,
      // The candidate's fields the page and its end section read, not the whole row (decision 069:
      // its other nine JSON columns were parsed on every view).
      candidate: {
        id: candidates.id,
        alias: candidates.alias,
        ageBand: candidates.ageBand,
        strengths: candidates.strengths,
        languages: candidates.languages,
        supportNeeds: candidates.supportNeeds,
        supportText: candidates.supportText,
        experience: candidates.experience,
        experienceIndustries: candidates.experienceIndustries,
        targetGroup: candidates.targetGroup,
      },
      mentorName: users.name,
      mentorEmail: users.email,
    })
    .from(placements)
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(companies, eq(companies.id, placements.companyId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(users, eq(users.id, placements.mentorUserId))
    .where(eq(placements.id, sql.placeholder("placementId")))
    .prepare(),
);
const proposerOf = preparedPerConnection((db) =>
  db
    .select({ name: users.name, email: users.email })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.proposedByUserId))
    .where(eq(proposals.id, sql.placeholder("proposalId")))
    .prepare(),
);
const goalsOf = preparedPerConnection((db) =>
  db
    .select({ id: placementGoals.id, position: placementGoals.position, text: placementGoals.text })
    .from(placementGoals)
    .where(eq(placementGoals.placementId, sql.placeholder("placementId")))
    .orderBy(asc(placementGoals.position))
    .prepare(),
);
/** The placement's tasks by title, kept per number of ids (decision 058; built on every view before). */
const taskTitlesOf = preparedForIds((db, ids) => db.select({ id: tasks.id, title: tasks.title }).from(tasks).where(inArray(tasks.id, ids)).orderBy(asc(tasks.title)).prepare());
const startTasksOf = preparedPerConnection((db) => db.select({ id: placementTasks.taskId }).from(placementTasks).where(eq(placementTasks.placementId, sql.placeholder("placementId"))).prepare());

function readPlacementDetail(ctx: Ctx, placementId: number) {
  const today = copenhagenDate(ctx.now);
  const row = detailRow(ctx.db).get({ placementId });
  if (!row || !maySeePlacement(ctx.actor, row.p)) throw notFound();
  const { p, candidate: c } = row;
  const companySide = isCompanySide(ctx.actor.role);
  const consultant = proposerOf(ctx.db).get({ proposalId: p.proposalId });
  const goals = goalsOf(ctx.db).all({ placementId: p.id });
  const startTaskIds = startTasksOf(ctx.db).all({ placementId: p.id }).map((r) => r.id);
  // The follow-ups and the adjustments read once for the whole page: its list, its charts and
  // flags, and its terms (each was read twice before, decision 044).
  const figures = followUpFigures(ctx.db, [p.id]);
  const adjustmentRows = adjustmentsOf(ctx.db, p.id);
  const approved = approvedOf(adjustmentRows);
  const terms = termsOn(p, startTaskIds, approved, today);
  const taskRows = terms.taskIds.length ? taskTitlesOf(ctx.db, terms.taskIds.length).all(idsParams(terms.taskIds)) : [];
  const weeks = weekOf(p.startDate, p.plannedEndDate);
  const plan = planChanges(Array.from({ length: weeks }, (_, i) => ({ week: i + 1, hours: plannedHoursInWeek(p, i + 1) })));
  const consent = currentConsent(ctx.db, c.id);
  const sections = covers(consent, p.companyId, today) && consent ? sharedSections(consent) : ["basic"];
  const profile = {
    alias: c.alias,
    ageBand: c.ageBand,
    strengths: c.strengths,
    languages: c.languages,
    support: !companySide || sections.includes("support") ? { needs: c.supportNeeds, text: c.supportText } : null,
    experience: !companySide || sections.includes("experience") ? c.experience : null,
  };
  if (companySide) recordAudit(ctx.db, ctx, "candidate.viewed", { type: "candidate", id: c.id, jobcentreId: p.jobcentreId, companyId: p.companyId }, { via: "placement", placementId: p.id });
  const limit = companySide
    ? null
    : durationLimit({ kind: p.kind, targetGroup: c.targetGroup, hasWorkExperience: Boolean(c.experience) || c.experienceIndustries.length > 0, assessed: p.assessmentOn !== null, employer: "private", startDate: p.startDate });
  const view = {
    id: p.id,
    version: p.version,
    status: p.status,
    kind: p.kind,
    slotId: p.slotId,
    slotTitle: row.slotTitle,
    companyName: row.companyName,
    startDate: p.startDate,
    plannedEndDate: p.plannedEndDate,
    week: p.status === "active" ? weekOf(p.startDate, today) : null,
    weeks,
    hoursNow: terms.hours,
    adjustedFrom: terms.adjustedFrom,
    startHours: p.startHours,
    targetHours: p.targetHours,
    workingDays: terms.days,
    plan,
    // What the page's table shows of each follow-up (its CSV is a route of its own): not the figures or when it was sent (decision 069).
    followUps: figures.map((f) => ({ id: f.id, week: f.week, dueDate: f.dueDate, status: f.status, ...openState(f, today) })),
    ...progressAndFlags(ctx.db, p, today, { figures, approved }),
    adjustments: adjustmentRows.map((a) => ({ id: a.id, status: a.status, hours: a.hours, days: a.days, taskIds: a.taskIds, fromDate: a.fromDate })),
    notes: companySide ? null : notesOf(ctx.db, p.id),
    goals,
    tasks: taskRows,
    mentor: { name: row.mentorName, email: row.mentorEmail },
    consultant: consultant ?? null,
    profile,
    consentLimited: companySide && !sections.includes("support") && !sections.includes("experience") && !covers(consent, p.companyId, today),
    proposalId: p.proposalId,
    // Løntilskud's monthly wage cost: HR and the jobcentre, who are party to the agreement; never the mentor.
    wage: p.kind === "loentilskud" && ctx.actor.role !== "mentor" ? { monthlyWageCost: fromOre(p.monthlyWageCostOre), mayChange: p.status === "active" && mayStartPlacement(ctx.actor, p) } : null,
    jobcentre: companySide ? null : { targetGroup: c.targetGroup, assessmentOn: p.assessmentOn, limit: limit ? { reason: limit.reason, weeks: limit.weeks, months: limit.months, lastDay: limit.lastDay, source: limit.source, appliesFrom: limit.appliesFrom } : null },
  };
  const source: EndingSource = { p, alias: c.alias, targetGroup: c.targetGroup, experience: c.experience, experienceIndustries: c.experienceIndustries, slotTitle: row.slotTitle };
  return { view, source };
}
