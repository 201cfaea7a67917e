/**
 * The consultant's candidate list, its expiring consents and the staff of its filter, apart from
 * the profile's queries: the page's messages are found by following its imports (decision 043),
 * and queries.server.ts reaches the commands of candidates and proposals through the profile,
 * whose messages the list never shows (decision 053).
 */
import { and, asc, count, desc, eq, inArray, isNull, like, lte, gte, notInArray, sql, type SQL } from "drizzle-orm";
import { candidates, consents, proposals, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { teamMemberIds } from "../users/teams.server";
import { forbidden } from "../errors";
import { postcodesWithin } from "../geo/postcodes.server";
import { pageOffset, type Page } from "../pagination";
import { RULES } from "../rules/rules";
import { copenhagenDate } from "../shared/working-days";
import { addDays, consentStatus } from "./consent";
import type { CandidateFilters } from "./candidate-filters";
import { mayKeepCandidates } from "./policy";

export const CANDIDATE_PAGE_SIZE = 25;

function jobcentreOf(ctx: Ctx): number {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  return ctx.actor.jobcentreId;
}

const openProposalSql = sql`exists (select 1 from ${proposals} op where op.candidate_id = ${candidates.id} and op.status in ('proposed','meeting_planned'))`;

/**
 * The consultant's list: search, filters, sort and a page; consent status computed for today.
 * Ids first (decision 040, as the placement and proposal lists, decision 035): the count and the
 * page's ids come from the candidates alone, with the current consent joined only when a filter
 * or the sort needs it, and the jobcentre's open proposals read once for their filter; then only
 * the page's rows are joined to their consultant, consent and open proposals. Ties in a sort go by id.
 */
export function listCandidates(ctx: Ctx, filters: CandidateFilters, pageSize = CANDIDATE_PAGE_SIZE) {
  const jobcentreId = jobcentreOf(ctx);
  const today = copenhagenDate(ctx.now);
  const soon = addDays(today, RULES.consent.expiringSoonDays);
  // What narrows the candidates by their own columns (the jobcentre apart).
  const own: SQL[] = [];
  if (filters.q) own.push(like(candidates.alias, `%${filters.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  if (filters.targetGroup) own.push(eq(candidates.targetGroup, filters.targetGroup));
  if (filters.minHours != null) own.push(gte(candidates.hoursNow, filters.minHours));
  if (filters.maxHours != null) own.push(lte(candidates.hoursNow, filters.maxHours));
  if (filters.responsible) own.push(eq(candidates.responsibleUserId, filters.responsible));
  if (filters.team) own.push(inArray(candidates.responsibleUserId, teamMemberIds(ctx, jobcentreId, filters.team)));
  let unknownPostcode = false;
  if (filters.postcode) {
    const within = postcodesWithin(filters.postcode, filters.radiusKm);
    if (!within) unknownPostcode = true;
    else own.push(inArray(candidates.postcode, [...within.keys()]));
  }
  // No open proposal: not among the candidates of the jobcentre's open proposals, one list read
  // once from the proposals' index instead of a probe per candidate (a candidate's proposals are
  // made at its own jobcentre).
  const openCandidates = ctx.db
    .select({ id: proposals.candidateId })
    .from(proposals)
    .where(and(eq(proposals.jobcentreId, jobcentreId), inArray(proposals.status, ["proposed", "meeting_planned"])));
  const status: Record<string, SQL> = {
    none: sql`${consents.id} is null`,
    withdrawn: sql`${consents.withdrawnAt} is not null`,
    expired: sql`${consents.withdrawnAt} is null and ${consents.expiresOn} < ${today}`,
    expiring: sql`${consents.withdrawnAt} is null and ${consents.expiresOn} >= ${today} and ${consents.expiresOn} <= ${soon}`,
    valid: sql`${consents.withdrawnAt} is null and ${consents.expiresOn} > ${soon}`,
  };
  const where: SQL[] = [eq(candidates.jobcentreId, jobcentreId), ...own];
  if (filters.noOpenProposal) where.push(notInArray(candidates.id, openCandidates));
  if (filters.consent) where.push(status[filters.consent]!);
  const condition = and(...where);
  const joinConsent = and(eq(consents.candidateId, candidates.id), isNull(consents.replacedAt));
  // The consent sort reads the candidates' kept last day (decision 044): no join for it.
  const needsConsent = filters.consent != null;
  const base = () => {
    const q = ctx.db.select({ id: candidates.id }).from(candidates).$dynamic();
    return needsConsent ? q.leftJoin(consents, joinConsent) : q;
  };
  // A candidate has at most one current consent: the count joins it only for a consent filter,
  // not for the sort. A filter on a status of a consent (every one but "none") counts from the
  // jobcentre's current consents (their index, decision 040), joining the candidates only when
  // their own columns narrow the list.
  const countQuery = () => {
    if (filters.consent == null) return ctx.db.select({ n: count() }).from(candidates).where(condition);
    if (filters.consent === "none") return ctx.db.select({ n: count() }).from(candidates).leftJoin(consents, joinConsent).where(condition);
    const current = [eq(consents.jobcentreId, jobcentreId), isNull(consents.replacedAt), status[filters.consent]!];
    if (filters.noOpenProposal) current.push(notInArray(consents.candidateId, openCandidates));
    if (own.length === 0) return ctx.db.select({ n: count() }).from(consents).where(and(...current));
    return ctx.db
      .select({ n: count() })
      .from(consents)
      .innerJoin(candidates, eq(candidates.id, consents.candidateId))
      .where(and(...current, ...own));
  };
  const total = countQuery().get()?.n ?? 0;
  const order = {
    alias: [asc(candidates.alias), asc(candidates.id)],
    updated: [desc(candidates.updatedAt), desc(candidates.id)],
    hours: [desc(candidates.hoursNow), asc(candidates.alias), asc(candidates.id)],
    // Soonest last day first, withdrawn and none last: the order of `candidates_jobcentre_consent_idx` (the same CASE).
    consent: [sql`(case when ${candidates.consentExpiresOn} is null then 1 else 0 end)`, asc(candidates.consentExpiresOn), asc(candidates.alias), asc(candidates.id)],
  }[filters.sort];
  const ids = base()
    .where(condition)
    .orderBy(...order)
    .limit(pageSize)
    .offset(pageOffset(filters.page, pageSize))
    .all()
    .map((r) => r.id);
  const found = ids.length
    ? ctx.db
        .select({
          id: candidates.id,
          alias: candidates.alias,
          ageBand: candidates.ageBand,
          postcode: candidates.postcode,
          targetGroup: candidates.targetGroup,
          hoursNow: candidates.hoursNow,
          goalHours: candidates.goalHours,
          responsible: users.name,
          updatedAt: candidates.updatedAt,
          consentExpiresOn: consents.expiresOn,
          consentWithdrawnAt: consents.withdrawnAt,
          openProposal: sql<number>`${openProposalSql}`,
        })
        .from(candidates)
        .leftJoin(consents, joinConsent)
        .innerJoin(users, eq(users.id, candidates.responsibleUserId))
        .where(inArray(candidates.id, ids))
        .all()
    : [];
  const byId = new Map(found.map((r) => [r.id, r]));
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
      updatedAt: r.updatedAt,
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
  return ctx.db
    .select({ id: candidates.id, alias: candidates.alias, expiresOn: consents.expiresOn, responsible: users.name })
    .from(consents)
    .innerJoin(candidates, eq(candidates.id, consents.candidateId))
    .innerJoin(users, eq(users.id, candidates.responsibleUserId))
    .where(
      and(
        eq(consents.jobcentreId, jobcentreId),
        eq(candidates.jobcentreId, jobcentreId),
        isNull(consents.replacedAt),
        isNull(consents.withdrawnAt),
        gte(consents.expiresOn, today),
        lte(consents.expiresOn, addDays(today, RULES.consent.expiringSoonDays)),
      ),
    )
    .orderBy(asc(consents.expiresOn), asc(candidates.alias), asc(candidates.id))
    .limit(50)
    .all();
}

/** Jobcentre staff who may be responsible for a candidate. */
export function jobcentreStaff(ctx: Ctx) {
  const jobcentreId = jobcentreOf(ctx);
  return ctx.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.jobcentreId, jobcentreId), isNull(users.deactivatedAt)))
    .orderBy(asc(users.name))
    .all();
}

