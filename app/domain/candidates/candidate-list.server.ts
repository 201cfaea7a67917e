/**
 * The consultant's candidate list, its expiring consents and the staff of its filter, apart from
 * the profile's queries: the page's messages are found by following its imports (decision 043),
 * and queries.server.ts reaches the commands of candidates and proposals through the profile,
 * whose messages the list never shows (decision 053).
 */
import { and, asc, count, eq, inArray, isNull, lte, gte, notInArray, sql, type SQL } from "drizzle-orm";
import { candidates, consents, proposals, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { teamMemberIds } from "../users/teams.server";
import { forbidden } from "../errors";
import { postcodesWithin } from "../geo/postcodes.server";
import { pageWindow, type Page } from "../pagination";
import { keptListCount, keptListCountIn } from "../shared/list-counts.server";
import { idsInWindow, orderOf, type OrderTerm } from "../shared/page-order.server";
import { RULES } from "../rules/rules";
import { copenhagenDate } from "../shared/working-days";
import { indexable, likeAny, patternPlaceholders, patternValues, searchPatterns, trigramMatch } from "../shared/search-text";
import { addDays, consentStatus } from "./consent";
import type { CandidateFilters, CandidateSort } from "./candidate-filters";
import type { ConsentStatus } from "./vocabulary";
import type { Db } from "~/db/client.server";
import { idsParams, listParams, listPlaceholders, preparedForIds, preparedPerConnection, preparedPerShape } from "~/db/prepared.server";
import { mayKeepCandidates } from "./policy";
import { cachedFigures, keptUnderCounter } from "../dashboard/cache.server";

export const CANDIDATE_PAGE_SIZE = 25;

/**
 * A search of 3+ characters is answered by the trigram index when it finds at most this many
 * candidates of the jobcentre (decision 059): the index costs what it finds, and LIKE on the
 * jobcentre's aliases costs their number (~1.3 ms for 20,000), so a text in most aliases
 * ("kandidat 1" in 11,000) is cheaper by LIKE. The bound is what the look-up may waste: finding
 * 201 hits costs ~0.2 ms, 1,001 ~0.8 ms (national copy).
 */
export const TEXT_FROM_INDEX_UP_TO = 200;

/**
 * "No open proposal" on a page that starts before this many rows asks each candidate walked for
 * an open proposal of its own (their index by candidate) instead of reading the jobcentre's open
 * proposals into a list first (1,200 at the big city): the first page's ids 0.30 → 0.05 ms; from
 * ~500 rows skipped the list is cheaper (offset 2,000: 1.3 against 2.6 ms), decision 059.
 */
export const PROBE_OPEN_PROPOSALS_BELOW = 500;

/** The jobcentre's candidates whose alias holds the text (its phrase `textMatch`), up to `limit` (decision 059). */
const textHitsQuery = preparedPerConnection((db) =>
  db
    .select({ id: sql<number>`rowid` })
    .from(sql`candidate_text`)
    .where(sql`candidate_text match ${sql.placeholder("textMatch")}`)
    .limit(sql.placeholder("limit"))
    .prepare(),
);

/**
 * The state of the `candidate_text` index: its FTS5 structure record (row 10 of its `_data`
 * table), which every write to the index rewrites with a larger write counter (decision 067).
 * Every insert, deletion, and change of alias or jobcentre of a candidate writes to the index by
 * its triggers (decision 059), by a command, a job, a script or hand-written SQL, in this process
 * or another, so the same record means the same aliases at every jobcentre.
 */
const textIndexStateQuery = preparedPerConnection((db) =>
  db
    .select({ block: sql<Buffer>`block` })
    .from(sql`candidate_text_data`)
    .where(sql`id = 10`)
    .prepare(),
);

function textIndexState(db: Db): string {
  return textIndexStateQuery(db).get()?.block.toString("hex") ?? "";
}

function jobcentreOf(ctx: Ctx): number {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  return ctx.actor.jobcentreId;
}

const openProposalSql = sql`exists (select 1 from ${proposals} op where op.candidate_id = ${candidates.id} and op.status in ('proposed','meeting_planned'))`;

/** What changes the SQL of the list's queries: which filters are set, not their values. */
type ListShape = {
  /**
   * The search: "indexed" for a text of 3+ characters, asked of the `candidate_text` trigram
   * index (decision 059); otherwise how many case variants LIKE asks for (one placeholder each,
   * decision 057); 0: no search.
   */
  q: number | "indexed";
  targetGroup: boolean;
  minHours: boolean;
  maxHours: boolean;
  responsible: boolean;
  team: boolean;
  /** How many postcodes are in the radius (one placeholder each); null: no postcode filter. */
  postcodes: number | null;
  noOpenProposal: boolean;
  consent: ConsentStatus | null;
  sort: CandidateSort;
};

const p = sql.placeholder;

/** The conditions for a consent status of the joined current consent, on the day `today`. */
const consentIs: Record<ConsentStatus, SQL> = {
  none: sql`${consents.id} is null`,
  withdrawn: sql`${consents.withdrawnAt} is not null`,
  expired: sql`${consents.withdrawnAt} is null and ${consents.expiresOn} < ${p("today")}`,
  expiring: sql`${consents.withdrawnAt} is null and ${consents.expiresOn} >= ${p("today")} and ${consents.expiresOn} <= ${p("soon")}`,
  valid: sql`${consents.withdrawnAt} is null and ${consents.expiresOn} > ${p("soon")}`,
};

const joinConsent = and(eq(consents.candidateId, candidates.id), isNull(consents.replacedAt));

/**
 * The list's two queries for one shape, built once per connection and shape (decision 053): the
 * count and the page's ids. Values are placeholders: jobcentreId, pattern0…, targetGroup, minHours,
 * maxHours, responsible, team, pc0…, today, soon, limit, offset.
 */
const listQueries = preparedPerShape((db: Db, shape: ListShape) => {
  // What narrows the candidates by their own columns (the jobcentre apart).
  const own: SQL[] = [];
  // A text of 3+ characters: the candidates of the jobcentre whose alias holds it as a phrase of
  // the trigram index, the case of every letter folded (decision 059), so the search costs what
  // it finds instead of a LIKE on every alias of the jobcentre. A phrase has no wildcards: "50%"
  // finds "50%".
  if (shape.q === "indexed") own.push(sql`${candidates.id} in (select rowid from candidate_text where candidate_text match ${p("textMatch")})`);
  // Shorter: LIKE once per case variant of its æ, ø and å (decision 057). The search's % and _ are
  // escaped with a backslash (listCandidates), which LIKE reads as an escape only when told so: a
  // search for "50%" finds "50%", not every alias holding "50".
  else if (shape.q) own.push(likeAny([candidates.alias], patternPlaceholders(shape.q), { escape: true }));
  if (shape.targetGroup) own.push(eq(candidates.targetGroup, p("targetGroup")));
  if (shape.minHours) own.push(gte(candidates.hoursNow, p("minHours")));
  if (shape.maxHours) own.push(lte(candidates.hoursNow, p("maxHours")));
  if (shape.responsible) own.push(eq(candidates.responsibleUserId, p("responsible")));
  if (shape.team) own.push(inArray(candidates.responsibleUserId, teamMemberIds({ db }, p("jobcentreId"), p("team"))));
  if (shape.postcodes != null) own.push(inArray(candidates.postcode, listPlaceholders("pc", shape.postcodes)));
  // No open proposal: not among the candidates of the jobcentre's open proposals, one list read
  // once from the proposals' index instead of a probe per candidate (a candidate's proposals are
  // made at its own jobcentre).
  const openCandidates = db
    .select({ id: proposals.candidateId })
    .from(proposals)
    .where(and(eq(proposals.jobcentreId, p("jobcentreId")), inArray(proposals.status, ["proposed", "meeting_planned"])));
  // With the index's hits (at most TEXT_FROM_INDEX_UP_TO) the unary + keeps SQLite off the
  // jobcentre's indexes, which it would walk whole (20,000 at the big city) probing the hits:
  // it reads the hits by id and sorts the few it finds.
  const where: SQL[] = [shape.q === "indexed" ? sql`+${candidates.jobcentreId} = ${p("jobcentreId")}` : eq(candidates.jobcentreId, p("jobcentreId")), ...own];
  const noOpen = notInArray(candidates.id, openCandidates);
  if (shape.noOpenProposal) where.push(noOpen);
  if (shape.consent) where.push(consentIs[shape.consent]);
  const condition = and(...where);
  // A candidate has at most one current consent: the count joins it only for a consent filter,
  // not for the sort. A filter on a status of a consent (every one but "none") counts from the
  // jobcentre's current consents (their index, decision 040), joining the candidates only when
  // their own columns narrow the list.
  const countQuery = (): ((values: Record<string, string | number>, keep?: boolean) => number) => {
    const n = (q: { get: (values: Record<string, string | number>) => { n: number } | undefined }) => (values: Record<string, string | number>) => q.get(values)?.n ?? 0;
    if (shape.consent == null) return n(db.select({ n: count() }).from(candidates).where(condition).prepare());
    if (shape.consent === "none") return n(db.select({ n: count() }).from(candidates).leftJoin(consents, joinConsent).where(condition).prepare());
    const current = [eq(consents.jobcentreId, p("jobcentreId")), isNull(consents.replacedAt), consentIs[shape.consent]];
    // Valid, the jobcentre's current consents alone: the kept number of those not withdrawn
    // (decision 059) less those whose last day is near or past, a short range of the index where
    // counting the valid ones reads nearly all of it (16,000 at the big city).
    const validByKept = (): ((values: Record<string, string | number>) => number) => {
      const ending = n(
        db
          .select({ n: count() })
          .from(consents)
          .where(and(eq(consents.jobcentreId, p("jobcentreId")), isNull(consents.replacedAt), isNull(consents.withdrawnAt), lte(consents.expiresOn, p("soon"))))
          .prepare(),
      );
      return (values) => keptListCount(db, "consents", values.jobcentreId as number, "") - ending(values);
    };
    if (own.length === 0 && shape.noOpenProposal) {
      // Without an open proposal, by subtraction (decision 055): the jobcentre's current consents
      // of the status (one range of their index) less those of the candidates with an open
      // proposal, driven from those proposals (each candidate once: `in` reads a set), instead of
      // probing the list of open proposals for every consent (16,000 at the big city).
      const all = shape.consent === "valid" ? validByKept() : n(db.select({ n: count() }).from(consents).where(and(...current)).prepare());
      // The unary + keeps SQLite off the jobcentre's index here: it reads the open proposals' candidates and seeks each one's consent.
      const ofOpen = [sql`+${consents.jobcentreId} = ${p("jobcentreId")}`, isNull(consents.replacedAt), consentIs[shape.consent], inArray(consents.candidateId, openCandidates)];
      const open = n(db.select({ n: count() }).from(consents).where(and(...ofOpen)).prepare());
      const status = shape.consent;
      return (values, keep = true) => all(values) - (keep ? keptOpenProposalConsents(db, status, values, open) : open(values));
    }
    if (shape.noOpenProposal) current.push(notInArray(consents.candidateId, openCandidates));
    if (own.length === 0) return shape.consent === "valid" ? validByKept() : n(db.select({ n: count() }).from(consents).where(and(...current)).prepare());
    return n(
      db
        .select({ n: count() })
        .from(consents)
        .innerJoin(candidates, eq(candidates.id, consents.candidateId))
        .where(and(...current, ...own))
        .prepare(),
    );
  };
  const order: OrderTerm[] = (
    {
      alias: [[candidates.alias, "asc"], [candidates.id, "asc"]],
      updated: [[candidates.updatedAt, "desc"], [candidates.id, "desc"]],
      hours: [[candidates.hoursNow, "desc"], [candidates.alias, "asc"], [candidates.id, "asc"]],
      // Soonest last day first, withdrawn and none last: the order of `candidates_jobcentre_consent_idx` (the same CASE).
      consent: [[sql`(case when ${candidates.consentExpiresOn} is null then 1 else 0 end)`, "asc"], [candidates.consentExpiresOn, "asc"], [candidates.alias, "asc"], [candidates.id, "asc"]],
    } satisfies Record<CandidateSort, OrderTerm[]>
  )[shape.sort];
  // The consent sort reads the candidates' kept last day (decision 044): no join for it.
  // Near the start of the order, no open proposal probed per candidate (PROBE_OPEN_PROPOSALS_BELOW).
  const probed = shape.noOpenProposal ? and(...where.map((w) => (w === noOpen ? sql`not ${openProposalSql}` : w))) : condition;
  const ids = (reversed: boolean, probe = false) => {
    const q = db.select({ id: candidates.id }).from(candidates).$dynamic();
    return (shape.consent != null ? q.leftJoin(consents, joinConsent) : q)
      .where(probe ? probed : condition)
      .orderBy(...orderOf(order, reversed))
      .limit(p("limit"))
      .offset(p("offset"))
      .prepare();
  };
  return {
    // No filter at all: the jobcentre's kept count of candidates (decision 055).
    count: own.length === 0 && !shape.noOpenProposal && shape.consent == null ? (values: Record<string, string | number>) => keptListCount(db, "candidates", values.jobcentreId as number, "") : countQuery(),
    ids: ids(false),
    // The same ids in the reversed order, for a page read from the end (decision 055).
    idsReversed: ids(true),
    // The same ids with each candidate's open proposals probed (a page near the start, no open proposal).
    probed: shape.noOpenProposal ? { ids: ids(false, true), idsReversed: ids(true, true) } : null,
  };
});

/**
 * The jobcentre's current consents of a status among the candidates with an open proposal there,
 * kept in memory under the jobcentre's counter of changes to its consents and proposals
 * (`change_counters`, kept by the triggers of migration 0024 whoever writes: a command, a job,
 * retention, a script) and the day's dates (decision 081): counting them reads the open proposals'
 * candidates and seeks each one's consent, 0.4–0.8 ms at the big city on every view of "consent,
 * no open proposal". The counter is read again afterwards: a change committed meanwhile is shown
 * once but not kept.
 */
function keptOpenProposalConsents(db: Db, status: ConsentStatus, values: Record<string, string | number>, count: (values: Record<string, string | number>) => number): number {
  const key = ["candidates-open-proposal-consents", status, values.today, values.soon];
  return keptUnderCounter(db, "consent_proposal_changes", values.jobcentreId as number, key, () => count(values));
}

/** The page's rows by their ids (one placeholder per id), kept per number of ids up to a page. */
const rowsQuery = preparedForIds((db, ids) =>
  db
    .select({
      id: candidates.id,
      alias: candidates.alias,
      ageBand: candidates.ageBand,
      postcode: candidates.postcode,
      targetGroup: candidates.targetGroup,
      hoursNow: candidates.hoursNow,
      goalHours: candidates.goalHours,
      responsible: users.name,
      consentExpiresOn: consents.expiresOn,
      consentWithdrawnAt: consents.withdrawnAt,
      openProposal: sql<number>`${openProposalSql}`,
    })
    .from(candidates)
    .leftJoin(consents, joinConsent)
    .innerJoin(users, eq(users.id, candidates.responsibleUserId))
    .where(inArray(candidates.id, ids))
    .prepare(),
);

/**
 * The list's shape, its kept queries and their values for the filters, the text found by the
 * index (its MATCH) or not (`textMatch` null: LIKE's case variants, decision 057).
 */
function listPlan(ctx: Ctx, jobcentreId: number, filters: CandidateFilters, textMatch: string | null, { today, soon }: { today: string; soon: string }) {
  const values: Record<string, string | number> = { jobcentreId, today, soon };
  const indexed = textMatch != null;
  if (indexed) values.textMatch = textMatch;
  const patterns = filters.q && !indexed ? searchPatterns(filters.q, { escape: true }) : [];
  Object.assign(values, patternValues(patterns));
  if (filters.targetGroup) values.targetGroup = filters.targetGroup;
  if (filters.minHours != null) values.minHours = filters.minHours;
  if (filters.maxHours != null) values.maxHours = filters.maxHours;
  if (filters.responsible) values.responsible = filters.responsible;
  if (filters.team) values.team = filters.team;
  let unknownPostcode = false;
  let postcodes: string[] | null = null;
  if (filters.postcode) {
    const within = postcodesWithin(filters.postcode, filters.radiusKm);
    if (!within) unknownPostcode = true;
    else {
      postcodes = [...within.keys()];
      Object.assign(values, listParams("pc", postcodes));
    }
  }
  const shape: ListShape = {
    q: indexed ? "indexed" : patterns.length,
    targetGroup: Boolean(filters.targetGroup),
    minHours: filters.minHours != null,
    maxHours: filters.maxHours != null,
    responsible: Boolean(filters.responsible),
    team: Boolean(filters.team),
    postcodes: postcodes?.length ?? null,
    noOpenProposal: filters.noOpenProposal,
    consent: filters.consent ?? null,
    sort: filters.sort,
  };
  return { shape, queries: listQueries(ctx.db, shape), values, unknownPostcode, postcodes };
}

/**
 * The consultant's list: search, filters, sort and a page; consent status computed for today.
 * Ids first (decision 040, as the placement and proposal lists, decision 035): the count and the
 * page's ids come from the candidates alone, with the current consent joined only when a filter
 * or the sort needs it, and the jobcentre's open proposals read once for their filter; then only
 * the page's rows are joined to their consultant, consent and open proposals. Ties in a sort go by id.
 * The queries are built once per shape of filters (decision 053); the values are bound.
 */
export function listCandidates(
  ctx: Ctx,
  filters: CandidateFilters,
  pageSize = CANDIDATE_PAGE_SIZE,
  {
    textFromIndexUpTo = TEXT_FROM_INDEX_UP_TO,
    probeOpenProposalsBelow = PROBE_OPEN_PROPOSALS_BELOW,
    keepTextTotals = true,
    keptColumnCounts = true,
    keepOpenProposalConsents = true,
  }: { textFromIndexUpTo?: number; probeOpenProposalsBelow?: number; keepTextTotals?: boolean; keptColumnCounts?: boolean; keepOpenProposalConsents?: boolean } = {},
) {
  const jobcentreId = jobcentreOf(ctx);
  const today = copenhagenDate(ctx.now);
  const soon = addDays(today, RULES.consent.expiringSoonDays);
  // A text of 3+ characters is looked up in the trigram index first, up to a bound (decision 059):
  // one phrase of the jobcentre's rows, its double quotes doubled (FTS5's own escape), the text as
  // typed, no operators. If it finds more, LIKE on the jobcentre's aliases is the cheaper way.
  const lookUp = (): { hits: number; textMatch: string } | null => {
    if (filters.q == null || !indexable(filters.q)) return null;
    const textMatch = trigramMatch(jobcentreId, "alias", filters.q);
    const hits = textHitsQuery(ctx.db).all({ textMatch, limit: textFromIndexUpTo + 1 }).length;
    return hits <= textFromIndexUpTo ? { hits, textMatch } : null;
  };
  // Which filters narrow the list, to know when one is alone (any sort and page).
  const narrowing = {
    q: Boolean(filters.q),
    targetGroup: Boolean(filters.targetGroup),
    minHours: filters.minHours != null,
    maxHours: filters.maxHours != null,
    responsible: Boolean(filters.responsible),
    team: Boolean(filters.team),
    postcode: Boolean(filters.postcode),
    noOpenProposal: filters.noOpenProposal,
    consent: filters.consent != null,
  };
  const alone = (filter: keyof typeof narrowing) => Object.entries(narrowing).every(([k, set]) => set === (k === filter));
  const textAlone = alone("q");
  // The text alone, found in more aliases than the index answers for ("kandidat 1" in 11,111 of
  // the big city's 20,000): its total is counted by LIKE over every alias (~1.3 ms) after the
  // look-up (~0.3 ms), so it is kept in memory under the state of the text index (decision 067),
  // which any write of an alias or of a candidate's jobcentre changes; a text the index answers
  // costs what it finds and is not kept (it would push the dashboards' figures out).
  let kept: number | null = null;
  let text: ReturnType<typeof lookUp> = null;
  if (textAlone && keepTextTotals) {
    const state = textIndexState(ctx.db);
    kept = cachedFigures(
      ctx.db,
      JSON.stringify(["candidate-text-total", jobcentreId, filters.q, textFromIndexUpTo, state]),
      () => {
        text = lookUp();
        if (text) return text.hits;
        const { queries, values } = listPlan(ctx, jobcentreId, filters, null, { today, soon });
        return queries.count(values);
      },
      () => text == null && textIndexState(ctx.db) === state,
    );
  } else text = lookUp();
  // A kept total is of a text in more aliases than the bound: LIKE, no look-up (`text` null).
  const { queries, values, unknownPostcode, postcodes } = listPlan(ctx, jobcentreId, filters, text?.textMatch ?? null, { today, soon });
  // The postcodes of a radius alone, or the responsible consultant alone: the jobcentre's
  // candidates per postcode and per consultant kept by the triggers of migration 0021 (decision
  // 070), a row per postcode instead of counting their index entries (20,000 at the big city).
  const keptColumn = (): number | null => {
    if (!keptColumnCounts) return null;
    if (alone("postcode") && postcodes) return keptListCountIn(ctx.db, "candidates_postcode", jobcentreId, postcodes);
    if (alone("responsible") && filters.responsible) return keptListCount(ctx.db, "candidates_responsible", jobcentreId, String(filters.responsible));
    return null;
  };
  // The text alone from the index: its number of hits is the total.
  const total = kept ?? (textAlone && text ? text.hits : (keptColumn() ?? queries.count(values, keepOpenProposalConsents)));
  // A page in the back half is read from the end (decision 055).
  const window = pageWindow(total, filters.page, pageSize);
  // Nothing found, nothing to read (a search that finds nothing walked the aliases a second time).
  const probe = window.offset < probeOpenProposalsBelow;
  const ids = idsInWindow(window, (probe && queries.probed) || queries, values);
  const found = ids.length === 0 ? [] : rowsQuery(ctx.db, ids.length).all(idsParams(ids));
  const byId = new Map(found.map((r) => [r.id, r]));
  // Each row once, with exactly the page's and the CSV's fields (the list's \`load\` sends them as
  // they are): no date of the last change, which no column shows.
  const rows = ids.map((id) => {
    const r = byId.get(id)!;
    return {
      id: r.id,
      alias: r.alias,
      ageBand: r.ageBand,
      postcode: r.postcode,
      targetGroup: r.targetGroup,
      hoursNow: r.hoursNow,
      goalHours: r.goalHours,
      responsible: r.responsible,
      consentExpiresOn: r.consentExpiresOn,
      consentStatus: consentStatus(r.consentExpiresOn ? { expiresOn: r.consentExpiresOn, withdrawnAt: r.consentWithdrawnAt } : null, today),
      openProposal: Boolean(r.openProposal),
    };
  });
  const page: Page<(typeof rows)[number]> = { rows, total, page: filters.page, pageSize };
  return { ...page, unknownPostcode };
}

/**
 * Consents that end within 14 days, for the consultant to renew in time: one range of the
 * jobcentre's current consents by their last day (decision 040), ties by alias and id.
 */
export function expiringConsents(ctx: Ctx) {
  const jobcentreId = jobcentreOf(ctx);
  const today = copenhagenDate(ctx.now);
  return expiringQuery(ctx.db).all({ jobcentreId, today, soon: addDays(today, RULES.consent.expiringSoonDays) });
}

// Built once (decision 053): the list asks on every view.
const expiringQuery = preparedPerConnection((db) =>
  db
    .select({ id: candidates.id, alias: candidates.alias, expiresOn: consents.expiresOn, responsible: users.name })
    .from(consents)
    .innerJoin(candidates, eq(candidates.id, consents.candidateId))
    .innerJoin(users, eq(users.id, candidates.responsibleUserId))
    .where(
      and(
        eq(consents.jobcentreId, p("jobcentreId")),
        eq(candidates.jobcentreId, p("jobcentreId")),
        isNull(consents.replacedAt),
        isNull(consents.withdrawnAt),
        gte(consents.expiresOn, p("today")),
        lte(consents.expiresOn, p("soon")),
      ),
    )
    .orderBy(asc(consents.expiresOn), asc(candidates.alias), asc(candidates.id))
    .limit(50)
    .prepare(),
);

/** Jobcentre staff who may be responsible for a candidate. */
export function jobcentreStaff(ctx: Ctx) {
  return staffQuery(ctx.db).all({ jobcentreId: jobcentreOf(ctx) });
}

const staffQuery = preparedPerConnection((db) =>
  db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.jobcentreId, p("jobcentreId")), isNull(users.deactivatedAt)))
    .orderBy(asc(users.name))
    .prepare(),
);
