import { meetingState } from "./meeting-state";
import { type SQL, and, asc, count, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { candidates, companies, mentorProfiles, placements, proposals, slots, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { recordAudit } from "../shared/audit.server";
import { consentStatus, covers, sharedSections } from "../candidates/consent";
import { consentCoversSql, currentConsent } from "../candidates/consent.server";
import { consentsFor, distanceCache, fitFor, placedCandidates, slotsForFit } from "../candidates/fit.server";
import { rank } from "../candidates/fit";
import { rankCandidatesPage } from "../candidates/ranking.server";
import { mayKeepCandidates, maySeeProposalAsCompany } from "../candidates/policy";
import { ownCandidate } from "../candidates/commands.server";
import { forbidden, notFound } from "../errors";
import { pageOffset, type Page } from "../pagination";
import { copenhagenDate } from "../shared/working-days";
import { OPEN_PROPOSAL_STATUSES, type ProposalStatus } from "./schema";
import { commandsFrom } from "./status";
import { isUnanswered, unansweredBefore } from "./unanswered";
import { mayRecordMeetingOutcome, meetingHasHappened } from "./meeting-outcome";
import { meetingOutcomesOf } from "./meeting-outcome.server";
import { companyScope } from "./company-waiting.server";


export const RANK_PAGE_SIZE = 20;
export const PROPOSAL_PAGE_SIZE = 25;

function jobcentreOf(ctx: Ctx): number {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  return ctx.actor.jobcentreId;
}

export function mentorProfileOf(ctx: Pick<Ctx, "db">, userId: number) {
  return (
    ctx.db
      .select({ styles: mentorProfiles.styles, edgeExperience: mentorProfiles.edgeExperience, languages: mentorProfiles.languages, line: mentorProfiles.line })
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, userId))
      .get() ?? null
  );
}

/** The jobcentre's candidates ranked for one open slot; hard misfits last, never hidden. */
export function rankCandidatesForSlot(ctx: Ctx, slotId: number, page: number) {
  const jobcentreId = jobcentreOf(ctx);
  const today = copenhagenDate(ctx.now);
  const [slot] = slotsForFit(ctx.db, jobcentreId, [slotId]);
  if (!slot) throw notFound();
  const ranked = rankCandidatesPage(ctx.db, { jobcentreId, slot, today, page, pageSize: RANK_PAGE_SIZE });
  const ids = ranked.rows.map((r) => r.row.id);
  const consents = consentsFor(ctx.db, ids);
  const proposed = new Map(
    ctx.db
      .select({ candidateId: proposals.candidateId, id: proposals.id })
      .from(proposals)
      .where(and(eq(proposals.slotId, slotId), inArray(proposals.status, OPEN_PROPOSAL_STATUSES), inArray(proposals.candidateId, ids)))
      .all()
      .map((p) => [p.candidateId, p.id]),
  );
  const rows = ranked.rows.map(({ row, fit }) => ({
    id: row.id,
    alias: row.alias,
    ageBand: row.ageBand,
    hoursNow: row.hoursNow,
    consentStatus: consentStatus(consents.get(row.id) ?? null, today),
    openProposalId: proposed.get(row.id) ?? null,
    lines: fit.lines,
    hardMisfits: fit.hardMisfits,
  }));
  const mentorUserId = ctx.db.select({ m: slots.mentorUserId }).from(slots).where(eq(slots.id, slotId)).get()!.m;
  const mentor = ctx.db.select({ name: users.name }).from(users).where(eq(users.id, mentorUserId)).get();
  const result: Page<(typeof rows)[number]> = { rows, total: ranked.total, page, pageSize: RANK_PAGE_SIZE };
  return { slot: { id: slot.id, title: slot.title, companyName: slot.companyName, city: slot.city, startHours: slot.fit.startHours, targetHours: slot.fit.targetHours }, mentor: { name: mentor?.name ?? "", profile: mentorProfileOf(ctx, mentorUserId) }, result };
}

/** The board's open slots ranked for one candidate: "a citizen under the arm". */
export function rankSlotsForCandidate(ctx: Ctx, candidateId: number) {
  const jobcentreId = jobcentreOf(ctx);
  const today = copenhagenDate(ctx.now);
  const candidate = ownCandidate(ctx.db, jobcentreId, candidateId);
  const consent = currentConsent(ctx.db, candidateId);
  const placed = placedCandidates(ctx.db, jobcentreId).has(candidateId);
  const distance = distanceCache();
  const open = slotsForFit(ctx.db, jobcentreId).sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id - b.id);
  const ranked = rank(open, (s) => fitFor(candidate, s, { consentCovers: covers(consent, s.companyId, today), placed, distance }));
  return {
    candidate: { id: candidate.id, alias: candidate.alias },
    rows: ranked.slice(0, 100).map(({ item, fit }) => ({ id: item.id, title: item.title, companyName: item.companyName, city: item.city, startDate: item.startDate, lines: fit.lines, hardMisfits: fit.hardMisfits })),
    total: ranked.length,
  };
}

/** What the consultant sees before proposing: the fit and whether consent allows it. */
export function proposalDraft(ctx: Ctx, candidateId: number, slotId: number) {
  const jobcentreId = jobcentreOf(ctx);
  const today = copenhagenDate(ctx.now);
  const candidate = ownCandidate(ctx.db, jobcentreId, candidateId);
  const [slot] = slotsForFit(ctx.db, jobcentreId, [slotId]);
  if (!slot) throw notFound();
  const consent = currentConsent(ctx.db, candidateId);
  const f = fitFor(candidate, slot, { consentCovers: covers(consent, slot.companyId, today), placed: placedCandidates(ctx.db, jobcentreId).has(candidateId), distance: distanceCache() });
  return { candidate: { id: candidate.id, alias: candidate.alias }, slot: { id: slot.id, title: slot.title, companyName: slot.companyName }, fit: f, consentCovers: covers(consent, slot.companyId, today) };
}

const listColumns = {
  id: proposals.id,
  status: proposals.status,
  proposedAt: proposals.proposedAt,
  meetingDate: proposals.meetingDate,
  meetingTime: proposals.meetingTime,
  slotId: slots.id,
  slotTitle: slots.title,
  companyName: companies.name,
  candidateId: candidates.id,
  alias: candidates.alias,
  // Why the company said no, for the jobcentre's list of declines (the decline-reasons page links to it).
  declineReason: proposals.declineReason,
};

/** The jobcentre's proposals, newest first; "unanswered" keeps those waiting 5 working days or more. */
export function jobcentreProposals(ctx: Ctx, input: { page: number; status?: ProposalStatus; unanswered?: boolean }, pageSize = PROPOSAL_PAGE_SIZE) {
  const jobcentreId = jobcentreOf(ctx);
  const where: SQL[] = [eq(proposals.jobcentreId, jobcentreId)];
  if (input.status) where.push(eq(proposals.status, input.status));
  // Waiting for the company's first answer for the rule's working days: made before the cut-off.
  if (input.unanswered) where.push(eq(proposals.status, "proposed"), lt(proposals.proposedAt, unansweredBefore(ctx.now)));
  const total = ctx.db.select({ n: count() }).from(proposals).where(and(...where)).get()?.n ?? 0;
  // The page's ids from the proposals' own index, then only those rows joined (decision 035).
  const ids = ctx.db
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(...where))
    .orderBy(desc(proposals.proposedAt), desc(proposals.id))
    .limit(pageSize)
    .offset(pageOffset(input.page, pageSize))
    .all()
    .map((r) => r.id);
  if (ids.length === 0) return { rows: [], total, page: input.page, pageSize };
  const rows = ctx.db
    .select(listColumns)
    .from(proposals)
    .innerJoin(slots, eq(slots.id, proposals.slotId))
    .innerJoin(companies, eq(companies.id, proposals.companyId))
    .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
    .where(inArray(proposals.id, ids))
    .orderBy(desc(proposals.proposedAt), desc(proposals.id))
    .all()
    .map((r) => ({ ...r, unanswered: isUnanswered(r, ctx.now) }));
  return { rows, total, page: input.page, pageSize };
}

/**
 * A candidate's profile as a company reads it through a proposal: the basic section and the
 * sections consent shares; never the target group, the responsible consultant or notes.
 * The jobcentre's proposal page shows the same, so the consultant sees what HR sees.
 */
function sharedProfile(c: typeof candidates.$inferSelect, sections: readonly string[]) {
  return {
    alias: c.alias,
    ageBand: c.ageBand,
    postcode: c.postcode,
    languages: c.languages,
    strengths: c.strengths,
    wishIndustries: c.wishIndustries,
    wishTasks: c.wishTasks,
    hoursNow: c.hoursNow,
    goalHours: c.goalHours,
    days: c.days,
    transport: c.transport,
    mentorStyles: c.mentorStyles,
    mentorWish: c.mentorWish,
    experience: sections.includes("experience") ? { text: c.experience, industries: c.experienceIndustries } : null,
    support: sections.includes("support") ? { needs: c.supportNeeds, text: c.supportText } : null,
    activities: sections.includes("activities") ? { text: c.activities } : null,
  };
}

/** A proposal in full for the jobcentre, with the commands the consultant may give now. */
export function proposalForJobcentre(ctx: Ctx, proposalId: number) {
  const jobcentreId = jobcentreOf(ctx);
  const row = ctx.db
    .select({ proposal: proposals, slotTitle: slots.title, slotStatus: slots.status, companyName: companies.name, alias: candidates.alias, candidate: candidates, proposedBy: users.name })
    .from(proposals)
    .innerJoin(slots, eq(slots.id, proposals.slotId))
    .innerJoin(companies, eq(companies.id, proposals.companyId))
    .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
    .innerJoin(users, eq(users.id, proposals.proposedByUserId))
    .where(and(eq(proposals.id, proposalId), eq(proposals.jobcentreId, jobcentreId)))
    .get();
  if (!row) throw notFound();
  const consent = currentConsent(ctx.db, row.proposal.candidateId);
  const today = copenhagenDate(ctx.now);
  const { candidate, ...rest } = row;
  // What HR sees of the candidate through this proposal; a view of candidate data, so audited.
  const sections = consent ? sharedSections(consent) : ["basic" as const];
  recordAudit(ctx.db, ctx, "candidate.viewed", { type: "candidate", id: candidate.id, jobcentreId }, { via: "proposal", proposalId: row.proposal.id });
  return {
    ...rest,
    profile: sharedProfile(candidate, sections),
    sharedSections: sections,
    meetingOutcomes: meetingOutcomesOf(ctx.db, [proposalId], ["company", "jobcentre"]),
    mayRecordOutcome: mayRecordMeetingOutcome(ctx.actor.role) && meetingHasHappened(row.proposal.meetingDate, today),
    consentCovers: covers(consent, row.proposal.companyId, today),
    unanswered: isUnanswered(row.proposal, ctx.now),
    commands: commandsFrom(row.proposal.status, ctx.actor.role),
    placementId: placementOf(ctx, row.proposal.id),
  };
}

/** The placement started from a proposal, if any (the proposal page links to it, or offers the start). */
function placementOf(ctx: Ctx, proposalId: number): number | null {
  return ctx.db.select({ id: placements.id }).from(placements).where(eq(placements.proposalId, proposalId)).get()?.id ?? null;
}

/** Company side: which proposals this person may see at all (HR all, mentor their slots). */

/**
 * The company's proposals. A proposal whose consent no longer covers the company stays in
 * the list as "no longer available", without the candidate's name.
 */
export function companyProposals(ctx: Ctx, input: { page: number; waiting?: boolean }, pageSize = PROPOSAL_PAGE_SIZE) {
  const today = copenhagenDate(ctx.now);
  const covered = consentCoversSql(proposals.candidateId, proposals.companyId, today);
  // "Waiting": those waiting for the company's first answer that it can still answer, oldest
  // first, as the start page counts them (companyWaitingCount).
  const scope = input.waiting ? and(companyScope(ctx), eq(proposals.status, "proposed"), covered)! : companyScope(ctx);
  const total = ctx.db.select({ n: count() }).from(proposals).innerJoin(slots, eq(slots.id, proposals.slotId)).where(scope).get()?.n ?? 0;
  const rows = ctx.db
    .select({ ...listColumns, covered: sql<number>`${covered}` })
    .from(proposals)
    .innerJoin(slots, eq(slots.id, proposals.slotId))
    .innerJoin(companies, eq(companies.id, proposals.companyId))
    .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
    .where(scope)
    .orderBy(
      ...(input.waiting
        ? [asc(proposals.proposedAt), asc(proposals.id)]
        : [sql`case when ${proposals.status} in ('proposed','meeting_planned') then 0 else 1 end`, desc(proposals.proposedAt), desc(proposals.id)]),
    )
    .limit(pageSize)
    .offset(pageOffset(input.page, pageSize))
    .all()
    .map((r) => ({
      id: r.id,
      status: r.status,
      proposedAt: r.proposedAt,
      meetingDate: r.meetingDate,
      meetingTime: r.meetingTime,
      slotTitle: r.slotTitle,
      available: Boolean(r.covered),
      alias: r.covered ? r.alias : null,
      unanswered: isUnanswered(r, ctx.now),
    }));
  const page: Page<(typeof rows)[number]> = { rows, total, page: input.page, pageSize };
  return page;
}


/**
 * One proposal for HR or the slot's mentor: the shared profile sections only, the fit lines
 * those sections allow, and the motivation. 404 once consent no longer covers the company.
 * The view is audited with the proposal it came through.
 */
export function proposalForCompany(ctx: Ctx, proposalId: number) {
  companyScope(ctx);
  const row = ctx.db
    .select({ proposal: proposals, slotTitle: slots.title, mentorUserId: slots.mentorUserId, candidate: candidates, jobcentreName: sql<string>`(select name from jobcentres where id = ${proposals.jobcentreId})`, consultant: users.name, consultantEmail: users.email })
    .from(proposals)
    .innerJoin(slots, eq(slots.id, proposals.slotId))
    .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
    .innerJoin(users, eq(users.id, proposals.proposedByUserId))
    .where(eq(proposals.id, proposalId))
    .get();
  if (!row || !maySeeProposalAsCompany(ctx.actor, { companyId: row.proposal.companyId, mentorUserId: row.mentorUserId })) throw notFound();
  const consent = currentConsent(ctx.db, row.candidate.id);
  if (!consent || !covers(consent, row.proposal.companyId, copenhagenDate(ctx.now))) throw notFound();
  const sections = sharedSections(consent);
  const c = row.candidate;
  const profile = sharedProfile(c, sections);
  recordAudit(ctx.db, ctx, "candidate.viewed", { type: "candidate", id: c.id, jobcentreId: row.proposal.jobcentreId, companyId: row.proposal.companyId }, { via: "proposal", proposalId: row.proposal.id });
  const p = row.proposal;
  return {
    id: p.id,
    version: p.version,
    status: p.status,
    proposedAt: p.proposedAt,
    motivation: p.motivation,
    slotId: p.slotId,
    slotTitle: row.slotTitle,
    jobcentreName: row.jobcentreName,
    consultant: row.consultant,
    consultantEmail: row.consultantEmail,
    meeting: p.meetingDate ? { date: p.meetingDate, time: p.meetingTime ?? "", place: p.meetingPlace ?? "", proposedBy: p.meetingProposedBy, confirmed: p.meetingConfirmedAt != null, state: meetingState(p) } : null,
    decline: p.declineReason ? { reason: p.declineReason, text: p.declineText, shareable: p.declineShareable } : null,
    lines: p.fitLines.filter((l) => sections.includes(l.section)),
    profile,
    // The company reads its own side's record of the meeting, not the jobcentre's.
    meetingOutcomes: meetingOutcomesOf(ctx.db, [p.id], ["company"]),
    role: ctx.actor.role,
    mayRecordOutcome: mayRecordMeetingOutcome(ctx.actor.role) && meetingHasHappened(p.meetingDate, copenhagenDate(ctx.now)),
    unanswered: isUnanswered(p, ctx.now),
    commands: commandsFrom(p.status, ctx.actor.role),
    placementId: placementOf(ctx, p.id),
    mayStartPlacement: ctx.actor.role === "company_admin",
  };
}

