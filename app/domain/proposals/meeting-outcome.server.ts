import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { meetingOutcomes, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { forbidden, invalid } from "../errors";
import { recordAudit } from "../shared/audit.server";
import { copenhagenDate } from "../shared/working-days";
import { lockedProposal } from "./commands.server";
import { mayRecordMeetingOutcome, meetingHasHappened, type MeetingSide } from "./meeting-outcome";
import type { MeetingOutcomeInput } from "./schema";
import { side } from "./status";

/**
 * HR or the consultant records how the match meeting felt. Not a step of the proposal: the
 * state stays, each side keeps one record (a new one replaces it), and every record is audited.
 */
export function recordMeetingOutcome(ctx: Ctx, input: MeetingOutcomeInput & { proposalId: number; version: number }): void {
  if (!mayRecordMeetingOutcome(ctx.actor.role)) throw forbidden();
  ctx.db.transaction((tx) => {
    const { proposal } = lockedProposal(tx, ctx, input.proposalId, input.version);
    if (!meetingHasHappened(proposal.meetingDate, copenhagenDate(ctx.now))) throw invalid("error.meetingOutcome.beforeMeeting", "socialMatch");
    const values = { socialMatch: input.socialMatch, signals: input.signals, note: input.note, recordedByUserId: ctx.actor.userId, recordedAt: ctx.now };
    const mySide = side(ctx.actor.role);
    tx.insert(meetingOutcomes)
      .values({ proposalId: proposal.id, side: mySide, ...values })
      .onConflictDoUpdate({ target: [meetingOutcomes.proposalId, meetingOutcomes.side], set: values })
      .run();
    recordAudit(
      tx,
      ctx,
      "proposal.meetingOutcome",
      { type: "proposal", id: proposal.id, jobcentreId: proposal.jobcentreId, companyId: proposal.companyId },
      { candidateId: proposal.candidateId, side: mySide, socialMatch: input.socialMatch, signals: input.signals.join(",") },
    );
  });
}

export interface MeetingOutcomeView {
  proposalId: number;
  side: MeetingSide;
  socialMatch: (typeof meetingOutcomes.$inferSelect)["socialMatch"];
  signals: (typeof meetingOutcomes.$inferSelect)["signals"];
  note: string | null;
  recordedBy: string;
  recordedAt: Date;
}

/** The records of these proposals for the given sides (a company reads only its own side's). */
export function meetingOutcomesOf(db: DbOrTx, proposalIds: number[], sides: readonly MeetingSide[]): MeetingOutcomeView[] {
  if (proposalIds.length === 0) return [];
  return db
    .select({
      proposalId: meetingOutcomes.proposalId,
      side: meetingOutcomes.side,
      socialMatch: meetingOutcomes.socialMatch,
      signals: meetingOutcomes.signals,
      note: meetingOutcomes.note,
      recordedBy: users.name,
      recordedAt: meetingOutcomes.recordedAt,
    })
    .from(meetingOutcomes)
    .innerJoin(users, eq(users.id, meetingOutcomes.recordedByUserId))
    .where(and(inArray(meetingOutcomes.proposalId, proposalIds), inArray(meetingOutcomes.side, [...sides])))
    .orderBy(meetingOutcomes.side)
    .all();
}
