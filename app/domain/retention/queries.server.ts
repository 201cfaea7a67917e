import { and, asc, count, eq, inArray, isNotNull } from "drizzle-orm";
import { candidates, companies, consentCompanies, consents, proposals, slots, users } from "~/db/schema";
import type { Db } from "~/db/client.server";
import type { Ctx } from "../actor";
import { keptUnderCounter } from "../dashboard/cache.server";
import { forbidden } from "../errors";
import { ownCandidate } from "../candidates/commands.server";
import { mayKeepCandidates } from "../candidates/policy";
import { profileViews } from "../candidates/queries.server";
import { recordAudit } from "../shared/audit.server";
import { copenhagenDate } from "../shared/working-days";
import { pageOffset, type Page } from "../pagination";
import { addDays } from "../candidates/consent";
import { retentionRows } from "./facts.server";
import { placementsForAccessRequest } from "../placements/access-request.server";
import { anonymiseOn, DEFAULT_RETENTION_MONTHS, latestStartFor, RETENTION_LOOKAHEAD_DAYS, type RetentionFacts } from "./rules";

export type RetentionReason = "withdrawn" | "expired" | "noConsent" | "placementEnded";

function reasonOf(f: RetentionFacts): RetentionReason {
  if (f.lastPlacementEndedOn && (!f.consent || f.lastPlacementEndedOn >= (f.consent.withdrawnOn ?? f.consent.expiresOn))) return "placementEnded";
  if (!f.consent) return "noConsent";
  return f.consent.withdrawnOn ? "withdrawn" : "expired";
}

function jobcentreAdminOf(ctx: Ctx): number {
  if (ctx.actor.role !== "jobcentre_admin" || ctx.actor.jobcentreId == null) throw forbidden();
  return ctx.actor.jobcentreId;
}

/** Danish order, one collator kept (`localeCompare(b, "da")` sets one up per comparison). */
const danish = new Intl.Collator("da");

/** Candidates per page of the administrator's "anonymised within 30 days" list. */
export const RETENTION_PAGE_SIZE = 25;

/**
 * What the nightly job anonymises within the next 30 days at the jobcentre, soonest first (then by
 * name), and how many it has anonymised so far: worked out for the candidates whose retention period
 * may have started early enough (decision 090), not every candidate not yet anonymised.
 */
function upcomingAt(db: Db, jobcentreId: number, today: string, horizon: string, months: number) {
  const rows = retentionRows(db, jobcentreId, latestStartFor(horizon, months))
    .map((r) => ({ row: r, on: anonymiseOn(r.facts, today, months) }))
    .filter((x): x is { row: (typeof x)["row"]; on: string } => x.on !== null && x.on <= horizon)
    .sort((a, b) => a.on.localeCompare(b.on) || danish.compare(a.row.alias, b.row.alias) || a.row.id - b.row.id)
    .map(({ row, on }) => ({ id: row.id, alias: row.alias, responsibleUserId: row.responsibleUserId, reason: reasonOf(row.facts), on }));
  const anonymised = db
    .select({ n: count() })
    .from(candidates)
    .where(and(eq(candidates.jobcentreId, jobcentreId), isNotNull(candidates.anonymisedAt)))
    .get()!.n;
  return { rows, anonymised };
}

/**
 * For the jobcentre's administrator: what the nightly job anonymises within the next 30 days,
 * soonest first, a page at a time (at national size a big city has over a thousand in a month).
 * The list is kept in memory (decision 088) under the jobcentre's counter of changes to what
 * decides it (`change_counters` 'retention_changes', migration 0028's triggers, whoever writes),
 * the day and the retention period; `kept: false` works it out anew (the tests' reference).
 */
export function retentionOverview(ctx: Ctx, months = DEFAULT_RETENTION_MONTHS, page = 1, { kept = true }: { kept?: boolean } = {}) {
  const jobcentreId = jobcentreAdminOf(ctx);
  const today = copenhagenDate(ctx.now);
  const horizon = addDays(today, RETENTION_LOOKAHEAD_DAYS);
  const compute = () => upcomingAt(ctx.db, jobcentreId, today, horizon, months);
  const { rows: all, anonymised } = kept ? keptUnderCounter(ctx.db, "retention_changes", jobcentreId, ["retentionUpcoming", today, months], compute) : compute();
  const staff = new Map(ctx.db.select({ id: users.id, name: users.name }).from(users).where(eq(users.jobcentreId, jobcentreId)).all().map((u) => [u.id, u.name]));
  const offset = pageOffset(page, RETENTION_PAGE_SIZE);
  const rows = all.slice(offset, offset + RETENTION_PAGE_SIZE).map((r) => ({ id: r.id, alias: r.alias, responsible: staff.get(r.responsibleUserId) ?? "", reason: r.reason, on: r.on, due: r.on <= today }));
  const upcoming: Page<(typeof rows)[number]> = { rows, total: all.length, page, pageSize: RETENTION_PAGE_SIZE };
  return { months, today, horizon, upcoming, anonymised };
}

/**
 * Everything Fodfæste holds about one candidate, for an access request (GDPR art. 15): the
 * profile, every consent with the companies it named, every proposal with what was written,
 * and who has seen the profile. Handing it over is audited.
 */
export function personalData(ctx: Ctx, candidateId: number) {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  const jobcentreId = ctx.actor.jobcentreId;
  const candidate = ownCandidate(ctx.db, jobcentreId, candidateId);
  const responsible = ctx.db.select({ name: users.name }).from(users).where(eq(users.id, candidate.responsibleUserId)).get();
  const consentRows = ctx.db.select().from(consents).where(eq(consents.candidateId, candidateId)).orderBy(asc(consents.id)).all();
  const named = consentRows.length
    ? ctx.db
        .select({ consentId: consentCompanies.consentId, company: companies.name, withdrawnAt: consentCompanies.withdrawnAt })
        .from(consentCompanies)
        .innerJoin(companies, eq(companies.id, consentCompanies.companyId))
        .where(inArray(consentCompanies.consentId, consentRows.map((c) => c.id)))
        .all()
    : [];
  const proposalRows = ctx.db
    .select({ p: proposals, slotTitle: slots.title, company: companies.name })
    .from(proposals)
    .innerJoin(slots, eq(slots.id, proposals.slotId))
    .innerJoin(companies, eq(companies.id, proposals.companyId))
    .where(eq(proposals.candidateId, candidateId))
    .orderBy(asc(proposals.proposedAt))
    .all();
  const views = profileViews(ctx, candidateId, null);
  recordAudit(ctx.db, ctx, "candidate.data_exported", { type: "candidate", id: candidateId, jobcentreId, companyId: null });
  const { id, jobcentreId: _jc, responsibleUserId: _r, version: _v, ...profile } = candidate;
  return {
    exportedAt: ctx.now.toISOString(),
    jobcentre: ctx.actor.organisationName,
    candidate: { id, ...profile, responsible: responsible?.name ?? "" },
    consents: consentRows.map((c) => ({
      givenOn: c.givenOn,
      expiresOn: c.expiresOn,
      method: c.method,
      scope: c.scope,
      sections: c.sections,
      withdrawnAt: c.withdrawnAt,
      replacedAt: c.replacedAt,
      companies: named.filter((n) => n.consentId === c.id).map((n) => ({ name: n.company, withdrawnAt: n.withdrawnAt })),
    })),
    proposals: proposalRows.map(({ p, slotTitle, company }) => ({
      slot: slotTitle,
      company,
      status: p.status,
      proposedAt: p.proposedAt,
      motivation: p.motivation,
      meeting: p.meetingDate ? { date: p.meetingDate, time: p.meetingTime, place: p.meetingPlace } : null,
      declineReason: p.declineReason,
      declineText: p.declineText,
      withdrawalReason: p.withdrawalReason,
      withdrawalText: p.withdrawalText,
      closedAt: p.closedAt,
    })),
    placements: placementsForAccessRequest(ctx.db, candidateId),
    profileViews: views.map((v) => ({ at: v.at, who: v.who ?? "", organisation: v.organisation ?? "" })),
  };
}

/** The candidate page's privacy box: is it anonymised, and may this actor erase it. */
export function privacyStatus(ctx: Ctx, candidateId: number) {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  const candidate = ownCandidate(ctx.db, ctx.actor.jobcentreId, candidateId);
  const admins = ctx.db
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.jobcentreId, ctx.actor.jobcentreId), eq(users.role, "jobcentre_admin")))
    .orderBy(asc(users.name))
    .all()
    .map((u) => u.name);
  return {
    id: candidate.id,
    alias: candidate.alias,
    anonymisedAt: candidate.anonymisedAt,
    mayErase: ctx.actor.role === "jobcentre_admin" && candidate.anonymisedAt === null,
    admins,
  };
}
