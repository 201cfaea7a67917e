import { meetingState } from "./meeting-state";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { candidates, companies, consents as consents_, mentorProfiles, placements, proposals, slots, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { recordAudit } from "../shared/audit.server";
import { consentStatus, covers, sharedSections } from "../candidates/consent";
import { currentConsent } from "../candidates/consent.server";
import { distanceCache, fitFor, fitOrderFor, isPlaced, openSlotsById, openSlotsForFit, slotsForFit, type SlotForFit } from "../candidates/fit.server";
import { rank } from "../candidates/fit";
import { keptUnderCounter } from "../dashboard/cache.server";
import { changeCount } from "../shared/list-counts.server";
import { rankCandidatesPage } from "../candidates/ranking.server";
import { mayKeepCandidates, maySeeProposalAsCompany } from "../candidates/policy";
import { ownCandidate } from "../candidates/commands.server";
import { forbidden, notFound } from "../errors";
import { pageOffset, type Page } from "../pagination";
import { copenhagenDate } from "../shared/working-days";
import { OPEN_PROPOSAL_STATUSES } from "./schema";
import type { ProposalStatus } from "./vocabulary";
import { commandsFrom } from "./status";
import { isUnanswered } from "./unanswered";
import { mayRecordMeetingOutcome, meetingHasHappened } from "./meeting-outcome";
import { meetingOutcomesOf } from "./meeting-outcome.server";
import { companyScope } from "./company-waiting.server";


/**
 * Cards per page of the ranked lists (decision 087): each card carries ten-odd fit lines, so ten
 * cards are already a long read (about a hundred lines), and the best come first.
 */
export const RANK_PAGE_SIZE = 10;

function jobcentreOf(ctx: Ctx): number {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  return ctx.actor.jobcentreId;
}

/** A slot's mentor: the name, and how they describe themself (null until they have), in one read. */
export function mentorOf(ctx: Pick<Ctx, "db">, userId: number) {
  const m = ctx.db
    .select({ name: users.name, styles: mentorProfiles.styles, edgeExperience: mentorProfiles.edgeExperience, languages: mentorProfiles.languages, line: mentorProfiles.line })
    .from(users)
    .leftJoin(mentorProfiles, eq(mentorProfiles.userId, users.id))
    .where(eq(users.id, userId))
    .get();
  const profile = m?.styles ? { styles: m.styles, edgeExperience: m.edgeExperience!, languages: m.languages!, line: m.line } : null;
  return { name: m?.name ?? "", profile };
}

export function mentorProfileOf(ctx: Pick<Ctx, "db">, userId: number) {
  return mentorOf(ctx, userId).profile;
}

/**
 * The jobcentre's candidates ranked for one open slot; hard misfits last, never hidden. The slot is
 * taken from the kept open slots (decision 087); a page reads its 20 candidates, their current
 * consents' two dates, their open proposals to this slot and the mentor. `kept: false` works
 * everything out anew (the tests' reference).
 */
export function rankCandidatesForSlot(ctx: Ctx, slotId: number, page: number, { kept = true }: { kept?: boolean } = {}) {
  const jobcentreId = jobcentreOf(ctx);
  const today = copenhagenDate(ctx.now);
  const open = openSlotsForFit(ctx.db, jobcentreId, { kept });
  const slot = openSlotsById(open).get(slotId);
  if (!slot) throw notFound();
  const ranked = rankCandidatesPage(ctx.db, { jobcentreId, slot, today, page, pageSize: RANK_PAGE_SIZE, kept });
  const ids = ranked.rows.map((r) => r.row.id);
  const consents = new Map(
    ids.length
      ? ctx.db
          .select({ candidateId: consents_.candidateId, expiresOn: consents_.expiresOn, withdrawnAt: consents_.withdrawnAt })
          .from(consents_)
          .where(and(inArray(consents_.candidateId, ids), isNull(consents_.replacedAt)))
          .orderBy(consents_.id)
          .all()
          .map((c) => [c.candidateId, c])
      : [],
  );
  const proposed = new Map(
    ids.length
      ? ctx.db
          .select({ candidateId: proposals.candidateId, id: proposals.id })
          .from(proposals)
          .where(and(eq(proposals.slotId, slotId), inArray(proposals.status, OPEN_PROPOSAL_STATUSES), inArray(proposals.candidateId, ids)))
          .all()
          .map((p) => [p.candidateId, p.id])
      : [],
  );
  const rows = ranked.rows.map(({ row, fit }) => ({
    id: row.id,
    alias: row.alias,
    ageBand: row.ageBand,
    consentStatus: consentStatus(consents.get(row.id) ?? null, today),
    openProposalId: proposed.get(row.id) ?? null,
    lines: fit.lines,
    hardMisfits: fit.hardMisfits,
  }));
  const result: Page<(typeof rows)[number]> = { rows, total: ranked.total, page, pageSize: RANK_PAGE_SIZE };
  return { slot: { id: slot.id, title: slot.title, companyName: slot.companyName, city: slot.city, startHours: slot.fit.startHours, targetHours: slot.fit.targetHours }, mentor: mentorOf(ctx, slot.mentorUserId), result };
}

export const SLOTS_FOR_CANDIDATE_PAGE_SIZE = RANK_PAGE_SIZE;

/** The board's open slots ranked for one candidate: "a citizen under the arm", a page of them with their fit. */
export function rankSlotsForCandidate(ctx: Ctx, candidateId: number, page = 1, { kept = true }: { kept?: boolean } = {}) {
  const jobcentreId = jobcentreOf(ctx);
  const today = copenhagenDate(ctx.now);
  const candidate = ownCandidate(ctx.db, jobcentreId, candidateId);
  const consent = currentConsent(ctx.db, candidateId);
  const placed = isPlaced(ctx.db, candidateId);
  const distance = distanceCache();
  const open = openSlotsForFit(ctx.db, jobcentreId, { kept });
  const facts = (s: SlotForFit) => ({ consentCovers: covers(consent, s.companyId, today), placed, distance });
  // Every open slot is ordered by the verdicts alone; only the shown rows get their lines. The order is
  // kept under the counter of what the candidate's side reads (profile, consent, placed), with the open
  // slots' counter and the day in the key (decision 087): a consent given from a later day that names
  // some companies covers their slots from that day, and they move up.
  const order = () => Int32Array.from(rank(open, (s) => fitOrderFor(candidate, s, facts(s))).map((s) => s.id));
  const ranked = kept
    ? keptUnderCounter(ctx.db, "candidate_fit_changes", jobcentreId, ["slotsForCandidate", candidateId, changeCount(ctx.db, "open_slot_fit_changes", jobcentreId), today], order)
    : order();
  const byId = openSlotsById(open);
  const start = pageOffset(page, SLOTS_FOR_CANDIDATE_PAGE_SIZE);
  const shown = Array.from(ranked.subarray(start, start + SLOTS_FOR_CANDIDATE_PAGE_SIZE))
    .map((id) => byId.get(id))
    // A slot that left the open ones since the order was kept (another process) is left out of this view.
    .filter((s): s is SlotForFit => s !== undefined);
  const earlier = latestProposalsTo(ctx, candidateId, shown.map((s) => s.id));
  const rows = shown.map((s) => {
    const fit = fitFor(candidate, s, facts(s));
    return { id: s.id, title: s.title, companyName: s.companyName, city: s.city, startDate: s.startDate, lines: fit.lines, hardMisfits: fit.hardMisfits, proposal: earlier.get(s.id) ?? null };
  });
  const result: Page<(typeof rows)[number]> = { rows, total: ranked.length, page, pageSize: SLOTS_FOR_CANDIDATE_PAGE_SIZE };
  return { candidate: { id: candidate.id, alias: candidate.alias }, result };
}

/**
 * The candidate's latest proposal to each of these slots (its status, and the day it closed or was
 * made), so the consultant sees on the slot's card that the company already declined the citizen
 * there, or that a proposal is open, before proposing again.
 */
function latestProposalsTo(ctx: Ctx, candidateId: number, slotIds: number[]) {
  const latest = new Map<number, { id: number; status: ProposalStatus; on: string }>();
  if (slotIds.length === 0) return latest;
  for (const p of ctx.db
    .select({ id: proposals.id, slotId: proposals.slotId, status: proposals.status, proposedAt: proposals.proposedAt, closedAt: proposals.closedAt })
    .from(proposals)
    .where(and(eq(proposals.candidateId, candidateId), inArray(proposals.slotId, slotIds)))
    .orderBy(proposals.id)
    .all()) {
    latest.set(p.slotId, { id: p.id, status: p.status, on: copenhagenDate(p.closedAt ?? p.proposedAt) });
  }
  return latest;
}

/** What the consultant sees before proposing: the fit and whether consent allows it. */
export function proposalDraft(ctx: Ctx, candidateId: number, slotId: number) {
  const jobcentreId = jobcentreOf(ctx);
  const today = copenhagenDate(ctx.now);
  const candidate = ownCandidate(ctx.db, jobcentreId, candidateId);
  const [slot] = slotsForFit(ctx.db, jobcentreId, [slotId]);
  if (!slot) throw notFound();
  const consent = currentConsent(ctx.db, candidateId);
  const f = fitFor(candidate, slot, { consentCovers: covers(consent, slot.companyId, today), placed: isPlaced(ctx.db, candidateId), distance: distanceCache() });
  return { candidate: { id: candidate.id, alias: candidate.alias }, slot: { id: slot.id, title: slot.title, companyName: slot.companyName }, fit: f, consentCovers: covers(consent, slot.companyId, today) };
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

