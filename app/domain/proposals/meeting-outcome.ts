import type { Role } from "../users/schema";

/**
 * After the match meeting HR and the consultant each record how the social match between
 * citizen and mentor felt: one overall choice, what they noticed, and a line. Pure; safe for
 * the browser.
 */
export const SOCIAL_MATCH = ["good", "unsure", "poor"] as const;
export type SocialMatch = (typeof SOCIAL_MATCH)[number];

export const MEETING_SIGNALS = ["easy_contact", "style_suits", "pace_suits", "candidate_at_ease", "wants_to_start", "needs_another_meeting"] as const;
export type MeetingSignal = (typeof MEETING_SIGNALS)[number];

export const MEETING_SIDES = ["company", "jobcentre"] as const;
export type MeetingSide = (typeof MEETING_SIDES)[number];

/** HR for the company and the jobcentre's staff; the mentor takes part in the meeting but does not grade it. */
export function mayRecordMeetingOutcome(role: Role): boolean {
  return role === "company_admin" || role === "consultant" || role === "jobcentre_admin";
}

/** Only once the meeting day has come: before it there is nothing to tell. */
export function meetingHasHappened(meetingDate: string | null, today: string): boolean {
  return meetingDate != null && meetingDate <= today;
}
