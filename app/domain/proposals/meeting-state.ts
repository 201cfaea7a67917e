import { copenhagenDate } from "../shared/working-days";
import type { ProposalStatus, WithdrawalReason } from "./vocabulary";

/**
 * What became of a proposal's match meeting, as both sides read it beside the meeting's date:
 * while planned, whether the other side has confirmed; once accepted, it was held; closed
 * before the meeting day, it was cancelled; a candidate who did not come is said so. Pure.
 */
export const MEETING_STATES = ["unconfirmed", "confirmed", "held", "cancelled", "noShow"] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export function meetingState(
  p: { status: ProposalStatus; meetingDate: string | null; meetingConfirmedAt: Date | null; withdrawalReason: WithdrawalReason | null; closedAt: Date | null },
): MeetingState | null {
  if (!p.meetingDate) return null;
  if (p.status === "meeting_planned" || p.status === "proposed") return p.meetingConfirmedAt ? "confirmed" : "unconfirmed";
  if (p.status === "accepted") return "held";
  if (p.withdrawalReason === "candidate_no_show") return "noShow";
  return p.closedAt && copenhagenDate(p.closedAt) < p.meetingDate ? "cancelled" : "held";
}
