import { refreshSlotFacts } from "../dashboard/facts.server";
import { bumpDashboardVersion } from "../dashboard/versions.server";
import { and, count, eq, gt, inArray, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { candidates, proposals, slotEvents, slots } from "~/db/schema";
import type { Ctx } from "../actor";
import { recordAudit } from "../shared/audit.server";
import { covers } from "../candidates/consent";
import { currentConsent } from "../candidates/consent.server";
import { distanceCache, fitFor, isPlaced, slotsForFit } from "../candidates/fit.server";
import { mayKeepCandidates, maySeeProposalAsCompany } from "../candidates/policy";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { copenhagenDate } from "../shared/working-days";
import { companyProposalLink, jobcentreProposalLink, notifyCompanySide, notifyConsultant } from "./notify.server";
import { OPEN_PROPOSAL_STATUSES, type DeclineInput, type MeetingInput, type WithdrawalReason } from "./schema";
import { canTransition, fillsSlot, mayGive, PROPOSAL_TRANSITIONS, side, type ProposalCommand } from "./status";

type ProposalRow = typeof proposals.$inferSelect;

/**
 * The consultant proposes a candidate to an open slot of the jobcentre's board, with a
 * motivation. Only while consent covers that company; never twice while one is open.
 */
export function propose(ctx: Ctx, input: { candidateId: number; slotId: number; motivation: string }): number {
  if (!mayKeepCandidates(ctx.actor.role) || ctx.actor.jobcentreId == null) throw forbidden();
  const jobcentreId = ctx.actor.jobcentreId;
  const today = copenhagenDate(ctx.now);
  return ctx.db.transaction((tx) => {
    const candidate = tx
      .select()
      .from(candidates)
      .where(and(eq(candidates.id, input.candidateId), eq(candidates.jobcentreId, jobcentreId)))
      .get();
    if (!candidate) throw notFound();
    const [slot] = slotsForFit(tx, jobcentreId, [input.slotId]);
    if (!slot) throw conflict("error.proposal.slotNotOpen");
    const consent = currentConsent(tx, candidate.id);
    if (!covers(consent, slot.companyId, today)) throw invalid("error.proposal.consent");
    const open = tx
      .select({ id: proposals.id })
      .from(proposals)
      .where(and(eq(proposals.candidateId, candidate.id), eq(proposals.slotId, slot.id), inArray(proposals.status, OPEN_PROPOSAL_STATUSES)))
      .get();
    if (open) throw conflict("error.proposal.alreadyOpen");
    const placed = isPlaced(tx, candidate.id);
    const f = fitFor(candidate, slot, { consentCovers: true, placed, distance: distanceCache() });
    const row = tx
      .insert(proposals)
      .values({
        candidateId: candidate.id,
        slotId: slot.id,
        companyId: slot.companyId,
        jobcentreId,
        motivation: input.motivation,
        fitLines: [...f.lines, ...f.hardMisfits],
        proposedByUserId: ctx.actor.userId,
        proposedAt: ctx.now,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: proposals.id })
      .get();
    // The slot has had a proposal from now on, whatever becomes of it (decision 045): the earliest one's instant.
    tx.update(slots)
      .set({ firstProposedAt: ctx.now })
      .where(and(eq(slots.id, slot.id), or(isNull(slots.firstProposedAt), gt(slots.firstProposedAt, ctx.now))))
      .run();
    refreshSlotFacts(tx, slot.id);
    const mentorUserId = tx.select({ m: slots.mentorUserId }).from(slots).where(eq(slots.id, slot.id)).get()!.m;
    notifyCompanySide(tx, { companyId: slot.companyId, mentorUserId }, { subjectKey: "mail.proposalNew.subject", bodyKey: "mail.proposalNew.body", vars: { title: slot.title, jobcentre: ctx.actor.organisationName } }, ctx.now, { link: companyProposalLink(row.id) });
    recordAudit(tx, ctx, "proposal.proposed", { type: "proposal", id: row.id, jobcentreId, companyId: slot.companyId }, { candidateId: candidate.id, slotId: slot.id });
    return row.id;
  });
}

/**
 * The proposal as the actor may act on it: the jobcentre's own, or for the company side the
 * company's own (a mentor only for slots they mentor) and only while consent covers the company.
 */
export function lockedProposal(tx: DbOrTx, ctx: Ctx, proposalId: number, version: number) {
  const row = tx
    .select({ proposal: proposals, mentorUserId: slots.mentorUserId, slotTitle: slots.title, seats: slots.seats, slotStatus: slots.status, slotVersion: slots.version })
    .from(proposals)
    .innerJoin(slots, eq(proposals.slotId, slots.id))
    .where(eq(proposals.id, proposalId))
    .get();
  if (!row) throw notFound();
  const { actor } = ctx;
  if (side(actor.role) === "jobcentre") {
    if (row.proposal.jobcentreId !== actor.jobcentreId) throw notFound();
  } else {
    if (!maySeeProposalAsCompany(actor, { companyId: row.proposal.companyId, mentorUserId: row.mentorUserId })) throw notFound();
    if (!covers(currentConsent(tx, row.proposal.candidateId), row.proposal.companyId, copenhagenDate(ctx.now))) throw notFound();
  }
  if (row.proposal.version !== version) throw conflict("error.proposal.conflict");
  return row;
}

export type TransitionInput =
  | { command: "inviteToMeeting" | "moveMeeting"; meeting: MeetingInput }
  | { command: "confirmMeeting" | "accept" | "withdraw" }
  | { command: "decline"; decline: DeclineInput }
  | { command: "recordCandidateDeclined"; reason: Exclude<WithdrawalReason, "consultant" | "consent_ended">; reasonText: string | null };

type MailName = "proposalInvited" | "proposalMeetingMoved" | "proposalMeetingConfirmed" | "proposalAccepted" | "proposalDeclined" | "proposalUnavailable";
const MAIL: Record<Exclude<ProposalCommand, "consentEnded">, { to: "company" | "consultant" | "other"; key: MailName }> = {
  inviteToMeeting: { to: "consultant", key: "proposalInvited" },
  moveMeeting: { to: "other", key: "proposalMeetingMoved" },
  confirmMeeting: { to: "company", key: "proposalMeetingConfirmed" },
  accept: { to: "consultant", key: "proposalAccepted" },
  decline: { to: "consultant", key: "proposalDeclined" },
  withdraw: { to: "company", key: "proposalUnavailable" },
  recordCandidateDeclined: { to: "company", key: "proposalUnavailable" },
};

/** One command per transition: policy, table, the command's own rules, one transaction, audit and mail. */
export function transitionProposal(ctx: Ctx, input: TransitionInput & { proposalId: number; version: number }): void {
  const command = input.command;
  if (!mayGive(command, ctx.actor.role)) throw forbidden();
  ctx.db.transaction((tx) => {
    const { proposal, mentorUserId, slotTitle, seats, slotStatus, slotVersion } = lockedProposal(tx, ctx, input.proposalId, input.version);
    if (!canTransition(command, proposal.status)) throw conflict("error.proposal.transition");
    const changes: Partial<ProposalRow> = { status: PROPOSAL_TRANSITIONS[command].to, version: proposal.version + 1, updatedAt: ctx.now };
    const details: Record<string, string | number | boolean | null> = { candidateId: proposal.candidateId, from: proposal.status };
    if (input.command === "inviteToMeeting" || input.command === "moveMeeting") {
      if (input.meeting.meetingDate < copenhagenDate(ctx.now)) throw invalid("error.proposal.meetingInPast", "meetingDate");
      Object.assign(changes, { ...input.meeting, meetingProposedBy: side(ctx.actor.role), meetingConfirmedAt: null });
      details.meeting = `${input.meeting.meetingDate} ${input.meeting.meetingTime}`;
    }
    if (input.command === "inviteToMeeting" || input.command === "decline") changes.answeredAt = proposal.answeredAt ?? ctx.now;
    if (input.command === "confirmMeeting") changes.meetingConfirmedAt = ctx.now;
    if (input.command === "decline") {
      Object.assign(changes, { declineReason: input.decline.reason, declineText: input.decline.reasonText, declineShareable: input.decline.shareWithCandidate, closedAt: ctx.now });
      details.reason = input.decline.reason;
    }
    if (input.command === "withdraw") Object.assign(changes, { withdrawalReason: "consultant", closedAt: ctx.now });
    if (input.command === "recordCandidateDeclined") {
      Object.assign(changes, { withdrawalReason: input.reason, withdrawalText: input.reasonText, closedAt: ctx.now });
      details.reason = input.reason;
    }
    if (input.command === "accept") {
      if (slotStatus !== "open") throw conflict("error.proposal.slotNotOpen");
      changes.closedAt = ctx.now;
      const accepted = tx.select({ n: count() }).from(proposals).where(and(eq(proposals.slotId, proposal.slotId), eq(proposals.status, "accepted"))).get()?.n ?? 0;
      if (fillsSlot(accepted, seats)) {
        tx.update(slots).set({ status: "filled", version: slotVersion + 1, updatedAt: ctx.now }).where(eq(slots.id, proposal.slotId)).run();
        tx.insert(slotEvents).values({ slotId: proposal.slotId, event: "markFilled", at: ctx.now, actorLabel: `${ctx.actor.name} (${ctx.actor.organisationName})` }).run();
        recordAudit(tx, ctx, "slot.markFilled", { type: "slot", id: proposal.slotId, jobcentreId: proposal.jobcentreId, companyId: proposal.companyId }, { title: slotTitle, via: "proposal" });
        details.slotFilled = true;
      }
    }
    tx.update(proposals).set(changes).where(eq(proposals.id, proposal.id)).run();
    // Declines per month and reason, and a slot filled by an acceptance (decision 045).
    bumpDashboardVersion(tx, proposal.jobcentreId);
    recordAudit(tx, ctx, `proposal.${command}` as const, { type: "proposal", id: proposal.id, jobcentreId: proposal.jobcentreId, companyId: proposal.companyId }, details);
    const mail = MAIL[command as keyof typeof MAIL];
    const to = mail.to === "other" ? (side(ctx.actor.role) === "company" ? "consultant" : "company") : mail.to;
    const message = { subjectKey: `mail.${mail.key}.subject` as const, bodyKey: `mail.${mail.key}.body` as const, vars: { title: slotTitle, company: ctx.actor.organisationName } };
    if (to === "company") notifyCompanySide(tx, { companyId: proposal.companyId, mentorUserId }, message, ctx.now, { link: companyProposalLink(proposal.id) });
    else notifyConsultant(tx, proposal.proposedByUserId, message, ctx.now, { link: jobcentreProposalLink(proposal.id) });
  });
}
